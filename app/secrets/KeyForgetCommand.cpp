#include "secrets/KeyForgetCommand.h"

#include "cli/ExitCode.h"
#include "secrets/ApiKeyStore.h"

namespace Coffre {

QString KeyForgetCommand::summary() const
{
    return tr("Remove your 1fichier API key from the OS keychain.");
}

void KeyForgetCommand::addOptions(QCommandLineParser &) const
{ }

int KeyForgetCommand::run(const QCommandLineParser &parser, CliContext &ctx)
{
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(ExitCode::Usage, tr("'coffre key forget' takes no arguments."));
    ApiKeyStore store;
    const KeychainResult result = store.forgetKeySync();
    if (result.isFailed())
        return ctx.fail(ExitCode::Auth, result.error().message());
    if (result.existed())
        ctx.out << tr("API key removed from the OS keychain.") << Qt::endl;
    else
        ctx.out << tr("There was no API key in the OS keychain; nothing to remove.") << Qt::endl;
    // The other sources are the user's own files and environment; say so rather than
    // leave them thinking Coffre has no key any more.
    if (!qEnvironmentVariableIsEmpty("COFFRE_API_KEY")) {
        ctx.err << tr("coffre: note: COFFRE_API_KEY is still set in this environment; Coffre will keep "
                      "using it.")
                << Qt::endl;
    }
    return ExitCode::Ok;
}

} // namespace Coffre
