#include "cli/RunCommand.h"

#include "backup/BackupRun.h"
#include "backup/ProfileStore.h"
#include "backup/RunHistory.h"
#include "backup/SystemClock.h"
#include "cli/ExitCode.h"
#include "cli/InterruptWatcher.h"
#include "cli/PrunePrinter.h"
#include "fichier/FichierClient.h"

#include <QEventLoop>

namespace Coffre {

namespace {
const QString kDryRun = QStringLiteral("dry-run");
const QString kDue = QStringLiteral("due");
} // namespace

QString RunCommand::summary() const
{
    return tr("Back up a profile now (zip, upload, verify, delete old backups), or every due profile.");
}

void RunCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("NAME"), tr("The profile to back up."), tr("[NAME]"));
    parser.addOption(
        {kDue, tr("Back up, one after the other, every profile whose schedule is due (for cron).")});
    parser.addOption({kDryRun, tr("Change nothing: show what the run would keep and delete remotely.")});
}

int RunCommand::run(const QCommandLineParser &parser, CliContext &ctx)
{
    const QStringList args = parser.positionalArguments();
    const bool due = parser.isSet(kDue);
    if (due == (args.size() == 1) || args.size() > 1)
        return ctx.fail(
            ExitCode::Usage, tr("Give either one profile name or --due. See 'coffre run --help'."));

    if (!due) {
        Profile profile;
        if (const auto exit = openProfile(ctx, args.first(), &profile))
            return *exit;
        std::unique_ptr<FichierClient> client;
        if (const auto exit = openClient(ctx, &client))
            return *exit;
        return runOne(ctx, *client, profile, parser.isSet(kDryRun));
    }

    ProfileStore store;
    if (!store.load())
        return ctx.fail(ExitCode::Config, store.errorString());
    RunHistory history;
    const QDateTime now = SystemClock::instance().nowUtc();
    QList<Profile> dueProfiles;
    for (const Profile &profile : store.profiles()) {
        const auto last = history.lastVerifiedSuccess(profile.name);
        const std::optional<QDateTime> lastTime = last ? std::optional(last->startUtc) : std::nullopt;
        if (profile.schedule.isDue(lastTime, now))
            dueProfiles.append(profile);
    }
    if (dueProfiles.isEmpty()) {
        if (ctx.interactive)
            ctx.out << tr("No backup is due.") << Qt::endl;
        return ExitCode::Ok;
    }
    // The key is needed only when something is due, so an idle cron tick never asks the keychain.
    std::unique_ptr<FichierClient> client;
    if (const auto exit = openClient(ctx, &client))
        return *exit;
    int worst = ExitCode::Ok;
    for (const Profile &profile : std::as_const(dueProfiles)) {
        const int code = runOne(ctx, *client, profile, parser.isSet(kDryRun));
        if (code == ExitCode::Cancelled)
            return code;
        if (worst == ExitCode::Ok)
            worst = code;
    }
    return worst;
}

int RunCommand::runOne(CliContext &ctx, FichierClient &client, const Profile &profile, bool dryRun)
{
    RunOptions options;
    options.dryRun = dryRun;
    BackupRun run(profile, &client, SystemClock::instance(), options);
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &run, &BackupRun::cancel);
    ProgressLine line(ctx);
    QObject::connect(&run, &BackupRun::progress, &run, [&](const RunProgress &p) {
        const QString phase = QStringLiteral("%1: %2").arg(profile.name, RunProgress::phaseText(p.phase));
        const bool bytes = p.phase == RunPhase::Zipping || p.phase == RunPhase::Uploading;
        line.update(phase, bytes ? p.bytesDone : 0, bytes ? p.bytesTotal : 0, p.bytesPerSecond,
            p.notice.isEmpty() ? p.currentFile : p.notice);
    });
    RunOutcome outcome;
    QEventLoop loop;
    QObject::connect(&run, &BackupRun::finished, &loop, [&](const RunOutcome &o) {
        outcome = o;
        loop.quit();
    });
    QMetaObject::invokeMethod(&run, &BackupRun::start, Qt::QueuedConnection);
    loop.exec();
    line.done();
    report(ctx, profile, outcome);
    return outcome.exitCode;
}

void RunCommand::report(CliContext &ctx, const Profile &profile, const RunOutcome &outcome)
{
    for (const ArchiveWarning &warning : outcome.warnings)
        ctx.err << tr("warning: %1: %2").arg(warning.path, warning.message) << '\n';
    ctx.err.flush();
    if (outcome.dryRun) {
        if (outcome.succeeded()) {
            ctx.out << tr("Dry run for %1: nothing was changed. With a new backup now, %2 would hold:")
                           .arg(profile.name, profile.remotePath)
                    << '\n';
            PrunePrinter::print(ctx.out, outcome.plan);
        } else {
            ctx.fail(outcome.exitCode, outcome.record.error);
        }
        return;
    }
    const RunRecord &r = outcome.record;
    if (r.result == RunRecord::Result::Ok) {
        ctx.out << tr("Backed up %1: %2 (%3, %n file(s)) in %4, verified.", nullptr, int(r.files))
                       .arg(profile.name, r.archiveName, formatSize(r.size), profile.remotePath);
        if (r.pruned > 0)
            ctx.out << ' ' << tr("Deleted %n old backup(s).", nullptr, r.pruned);
        ctx.out << Qt::endl;
        if (!outcome.pruneError.isEmpty())
            ctx.fail(outcome.exitCode, outcome.pruneError);
        return;
    }
    ctx.fail(outcome.exitCode, tr("Backup of %1 failed: %2").arg(profile.name, r.error));
}

} // namespace Coffre
