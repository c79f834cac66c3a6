#include "secrets/KeySetCommand.h"

#include "cli/ExitCode.h"
#include "core/Logging.h"
#include "secrets/ApiKey.h"
#include "secrets/ApiKeyStore.h"
#include "secrets/SecretInput.h"

namespace Coffre {

QString KeySetCommand::summary() const
{
    return tr("Store your 1fichier API key in the OS keychain (reads it from standard input).");
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

    ApiKeyStore store;
    const KeychainResult written = store.writeKeySync(key);
    if (written.isFailed())
        return ctx.fail(ExitCode::Auth, written.error().message());
    ctx.out << tr("API key stored in the OS keychain (service '%1', key '%2').")
                   .arg(ApiKeyStore::serviceName(), ApiKeyStore::keyName())
            << Qt::endl;
    if (!qEnvironmentVariableIsEmpty("COFFRE_API_KEY")) {
        ctx.err << tr("coffre: note: COFFRE_API_KEY is set in this environment and takes precedence over "
                      "the keychain.")
                << Qt::endl;
    }
    return ExitCode::Ok;
}

} // namespace Coffre
