#include "secrets/KeyTestCommand.h"

#include "cli/ExitCode.h"
#include "secrets/ApiKeyStore.h"
#include "secrets/ApiKeyVerifier.h"

namespace Coffre {

QString KeyTestCommand::summary() const
{
    return tr("Show where the API key comes from and the 1fichier account it opens.");
}

void KeyTestCommand::addOptions(QCommandLineParser &) const
{ }

int KeyTestCommand::run(const QCommandLineParser &parser, CliContext &ctx)
{
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(ExitCode::Usage, tr("'coffre key test' takes no arguments."));
    ApiKeyStore store;
    const ApiKeyLookup lookup = store.resolve(ctx.apiKeyFile);
    if (!lookup.isFound())
        return ctx.fail(ExitCode::Auth, lookup.message());
    ctx.out << tr("Key source:    %1").arg(lookup.key().sourceDescription()) << Qt::endl;

    const ApiKeyVerifier::Result check = ApiKeyVerifier::verify(lookup.key().value());
    switch (check.outcome) {
    case ApiKeyVerifier::Outcome::Verified:
        break;
    case ApiKeyVerifier::Outcome::Rejected:
        return ctx.fail(ExitCode::Auth, check.error.userMessage());
    case ApiKeyVerifier::Outcome::Unverified:
        return ctx.fail(
            check.error.kind() == FichierError::Kind::Config ? ExitCode::Config : ExitCode::Network,
            check.error.userMessage());
    }
    const AccountInfo &account = check.account;
    ctx.out << tr("Account:       %1").arg(account.email.isEmpty() ? tr("(no email given)") : account.email)
            << '\n'
            << tr("Offer:         %1").arg(ApiKeyVerifier::offerText(account)) << '\n'
            << tr("Storage used:  %1").arg(ApiKeyVerifier::storageText(account)) << '\n';
    if (account.uploadForbidden)
        ctx.out << tr("Uploads:       refused by 1fichier (quota reached or account blocked)") << '\n';
    ctx.out << Qt::flush;
    return ExitCode::Ok;
}

} // namespace Coffre
