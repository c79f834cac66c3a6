#include "cli/RemoteCommand.h"

#include "backup/SystemClock.h"

#include "backup/BackupName.h"
#include "backup/ProfileStore.h"
#include "cli/ExitCode.h"
#include "core/Preferences.h"
#include "fichier/FichierClient.h"
#include "secrets/ApiKeyStore.h"

namespace Coffre {

std::optional<int> RemoteCommand::openProfile(CliContext &ctx, const QString &name, Profile *profile)
{
    ProfileStore store;
    if (!store.load())
        return ctx.fail(ExitCode::Config, store.errorString());
    const auto found = store.find(name);
    if (!found)
        return ctx.fail(ExitCode::Config,
            tr("There is no profile named '%1'. 'coffre profile list' shows the profiles.").arg(name));
    *profile = *found;
    return std::nullopt;
}

std::optional<int> RemoteCommand::openClient(CliContext &ctx, std::unique_ptr<FichierClient> *client)
{
    ApiKeyStore keys;
    const ApiKeyLookup lookup = keys.resolve(ctx.apiKeyFile);
    if (!lookup.isFound())
        return ctx.fail(ExitCode::Auth, lookup.message());
    FichierConfig config = FichierConfig::fromEnvironment(lookup.key().value());
    // The pacing chosen in the app's Settings: cron runs share the account with it.
    Preferences().applyTo(config);
    if (const QString problem = config.problem(); !problem.isEmpty())
        return ctx.fail(ExitCode::Config, problem);
    *client = std::make_unique<FichierClient>(config);
    return std::nullopt;
}

std::optional<int> RemoteCommand::wait(CliContext &ctx, FichierJob *job)
{
    QObject::connect(job, &FichierJob::notice, job, [&ctx](const QString &message) {
        if (ctx.interactive)
            ctx.err << message << Qt::endl;
    });
    if (job->waitForFinished())
        return std::nullopt;
    const int code = exitCodeFor(job);
    ctx.fail(code, job->errorString());
    return code;
}

std::optional<QList<FileEntry>> RemoteCommand::listFolder(
    CliContext &ctx, FichierClient &client, const Profile &profile, int *exit)
{
    std::unique_ptr<FolderIdJob> folder(client.resolveFolder(profile.remotePath, false));
    if (!folder->waitForFinished()) {
        if (folder->error().kind() == FichierError::Kind::NotFound)
            return QList<FileEntry>();
        *exit = exitCodeFor(folder.get());
        ctx.fail(*exit, folder->errorString());
        return std::nullopt;
    }
    std::unique_ptr<FileListJob> files(client.listFiles(folder->result()));
    if (const auto code = wait(ctx, files.get())) {
        *exit = *code;
        return std::nullopt;
    }
    return files->result();
}

PrunePlan RemoteCommand::planFor(
    const FichierClient &client, const Profile &profile, const QList<FileEntry> &files, QString *warning)
{
    PrunePlan plan = PrunePlan::make(profile, files, SystemClock::instance().nowUtc());
    plan.incomplete = client.config().listingMayBeCut(files.size());
    if (warning)
        *warning = plan.incompleteText(profile.remotePath, client.config().listingCap);
    return plan;
}

int RemoteCommand::exitCodeFor(const FichierJob *job)
{
    return ExitCode::forError(job->error());
}

QString RemoteCommand::formatLocalTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace Coffre
