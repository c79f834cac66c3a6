#include "secrets/KeySetCommand.h"

#include "cli/ExitCode.h"
#include "core/Logging.h"
#include "secrets/ApiKey.h"
#include "secrets/ApiKeyStore.h"
#include "secrets/ApiKeyVerifier.h"
#include "secrets/SecretInput.h"

namespace Coffre {

QString KeySetCommand::summary() const
{
    return tr("Check your 1fichier API key and store it in the OS keychain (reads it from standard input).");
}

void KeySetCommand::addOptions(QCommandLineParser &) const
{ }

int KeySetCommand::run(const QCommandLineParser &parser, CliContext &ctx)
{
    // Whatever was passed is not repeated back: it may be the key, typed where it should
    // not be.
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(ExitCode::Usage,
            tr("'coffre key set' takes no arguments: it reads the key from standard input, because "
               "arguments show in the process list. Example: coffre key set < keyfile"));
    }
    const SecretInput::Result input = SecretInput::read(tr("1fichier API key (input hidden): "), ctx.err);
    if (!input.ok())
        return ctx.fail(ExitCode::Usage, input.error);
    const QString key = ApiKey::normalized(input.text);
    if (key.isEmpty()) {
        return ctx.fail(ExitCode::Usage,
            tr("no key on standard input. Type it when asked, or pipe it in: coffre key set < keyfile"));
    }
    const QString problem = ApiKey::shapeProblem(key, tr("the key on standard input"));
    if (!problem.isEmpty())
        return ctx.fail(ExitCode::Auth, problem + QLatin1Char(' ') + tr("Nothing was stored."));

    // The keychain first: if the key cannot be stored, there is no point in asking
    // 1fichier (user/info.cgi answers once a minute) or in waiting for the network.
    ApiKeyStore store;
    const KeychainResult previous = store.readKeySync();
    if (previous.isFailed())
        return ctx.fail(ExitCode::Auth, previous.error().message());

    // Ask 1fichier before storing: a rejected key is not kept; an unreachable API is not
    // a reason to refuse (the user may be offline), but it is said.
    const ApiKeyVerifier::Result check = ApiKeyVerifier::verify(key);
    switch (check.outcome) {
    case ApiKeyVerifier::Outcome::Rejected:
        return ctx.fail(
            ExitCode::Auth, check.error.userMessage() + QLatin1Char(' ') + tr("Nothing was stored."));
    case ApiKeyVerifier::Outcome::Unverified:
        ctx.err << tr("coffre: warning: the key could not be verified: %1 It is stored anyway.")
                       .arg(check.error.userMessage())
                << Qt::endl;
        break;
    case ApiKeyVerifier::Outcome::Verified:
        ctx.out << tr("API key verified: it opens the 1fichier account %1.").arg(check.account.email)
                << Qt::endl;
        break;
    }

    const KeychainResult written = store.writeKeySync(key);
    if (written.isFailed())
        return ctx.fail(ExitCode::Auth, written.error().message());
    const QString stored = previous.isOk()
        ? tr("API key stored in the OS keychain, replacing the previous one "
             "(service '%1', key '%2').")
        : tr("API key stored in the OS keychain (service '%1', key '%2').");
    ctx.out << stored.arg(ApiKeyStore::serviceName(), ApiKeyStore::keyName()) << Qt::endl;
    if (!qEnvironmentVariableIsEmpty("COFFRE_API_KEY")) {
        ctx.err << tr("coffre: note: COFFRE_API_KEY is set in this environment and takes precedence over "
                      "the keychain.")
                << Qt::endl;
    }
    return ExitCode::Ok;
}

} // namespace Coffre
