#include "cli/RemoteCommand.h"

#include "backup/BackupName.h"
#include "backup/ProfileStore.h"
#include "cli/ExitCode.h"
#include "core/Preferences.h"
#include "fichier/FichierClient.h"
#include "secrets/ApiKeyStore.h"

#include <QLocale>

#include <algorithm>

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

int RemoteCommand::exitCodeFor(const FichierJob *job)
{
    return ExitCode::forError(job->error());
}

QString RemoteCommand::formatSize(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1);
}

QString RemoteCommand::formatLocalTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void ProgressLine::update(const QString &phase, qint64 done, qint64 total, double rate, const QString &detail)
{
    if (!m_ctx.interactive) {
        if (phase != m_phase)
            m_ctx.out << phase << "…" << Qt::endl;
        m_phase = phase;
        return;
    }
    if (phase == m_phase && m_lastDraw.isValid() && m_lastDraw.elapsed() < 200)
        return;
    m_phase = phase;
    m_lastDraw.start();
    QString line = phase;
    if (total > 0) {
        const int percent = int(std::clamp<qint64>(done * 100 / total, 0, 100));
        line += QStringLiteral(" %1% (%2 of %3)")
                    .arg(percent)
                    .arg(RemoteCommand::formatSize(done), RemoteCommand::formatSize(total));
        if (rate > 0) {
            line += QStringLiteral(", %1/s").arg(RemoteCommand::formatSize(qint64(rate)));
            const qint64 seconds = qint64((total - done) / rate);
            line += QStringLiteral(", %1:%2 left")
                        .arg(seconds / 60)
                        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
        }
    }
    if (!detail.isEmpty())
        line += QStringLiteral("  ") + detail;
    if (line.size() > 100)
        line = line.left(99) + QChar(0x2026);
    m_ctx.out << '\r' << line.leftJustified(m_width) << Qt::flush;
    m_width = line.size();
}

void ProgressLine::done()
{
    if (m_ctx.interactive && m_width > 0) {
        m_ctx.out << '\r' << QString(m_width, QLatin1Char(' ')) << '\r' << Qt::flush;
        m_width = 0;
    }
}

} // namespace Coffre
