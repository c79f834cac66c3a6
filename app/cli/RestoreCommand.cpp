#include "cli/RestoreCommand.h"

#include "backup/PrunePlan.h"
#include "backup/RestoreRun.h"
#include "backup/SystemClock.h"
#include "cli/ExitCode.h"
#include "cli/InterruptWatcher.h"
#include "fichier/FichierClient.h"

#include <QDir>
#include <QEventLoop>

namespace Coffre {

namespace {
const QString kTo = QStringLiteral("to");
}

QString RestoreCommand::summary() const
{
    return tr("Download a backup, check it, and extract it into a folder.");
}

void RestoreCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("NAME"), tr("The profile."));
    parser.addPositionalArgument(
        tr("BACKUP"), tr("The backup: its file name or link (see 'coffre backups'), or 'latest'."));
    parser.addOption({kTo,
        tr("The folder to extract into (created if needed; existing files are never replaced)."), tr("dir")});
}

int RestoreCommand::run(const QCommandLineParser &parser, CliContext &ctx)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || parser.value(kTo).isEmpty())
        return ctx.fail(
            ExitCode::Usage, tr("Give a profile, a backup and --to DIR. See 'coffre restore --help'."));
    Profile profile;
    if (const auto exit = openProfile(ctx, args.at(0), &profile))
        return *exit;
    std::unique_ptr<FichierClient> client;
    if (const auto exit = openClient(ctx, &client))
        return *exit;
    int exit = ExitCode::Ok;
    const auto files = listFolder(ctx, *client, profile, &exit);
    if (!files)
        return exit;
    QString cut;
    const PrunePlan plan = planFor(*client, profile, *files, &cut);
    const QString wanted = args.at(1);
    if (!cut.isEmpty() && wanted == QLatin1String("latest")) {
        // The newest backup may be among the files the listing left out.
        return ctx.fail(ExitCode::Failure,
            tr("%1 holds %2 files or more, the most 1fichier lists at once, so Coffre cannot tell which "
               "backup is the latest — name the backup to restore (see 'coffre backups %3').")
                .arg(profile.remotePath, QLocale::system().toString(client->config().listingCap),
                    profile.name));
    }
    const PrunePlan::Item *chosen = nullptr;
    for (const PrunePlan::Item &item : plan.items) {
        if ((wanted == QLatin1String("latest") && !chosen) || item.file.filename == wanted
            || item.file.url == wanted) {
            chosen = &item;
            break;
        }
    }
    if (!chosen)
        return ctx.fail(ExitCode::Failure,
            tr("There is no backup '%1' of %2. 'coffre backups %2' lists them.").arg(wanted, profile.name));

    const QString target = QDir(parser.value(kTo)).absolutePath();
    RestoreRun restore(chosen->file, target, client.get());
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &restore, &RestoreRun::cancel);
    ProgressLine line(ctx);
    QObject::connect(&restore, &RestoreRun::progress, &restore,
        [&](RestoreRun::Phase phase, qint64 done, qint64 total, double rate) {
            if (phase == RestoreRun::Phase::Finished)
                return;
            line.update(phase == RestoreRun::Phase::Downloading ? tr("Downloading") : tr("Extracting"), done,
                total, rate);
        });
    RestoreRun::Outcome outcome;
    QEventLoop loop;
    QObject::connect(&restore, &RestoreRun::finished, &loop, [&](const RestoreRun::Outcome &o) {
        outcome = o;
        loop.quit();
    });
    QMetaObject::invokeMethod(&restore, &RestoreRun::start, Qt::QueuedConnection);
    loop.exec();
    line.done();
    if (!outcome.ok)
        return ctx.fail(outcome.cancelled ? ExitCode::Cancelled : ExitCode::Failure,
            tr("Restore of %1 failed: %2").arg(chosen->file.filename, outcome.error));
    ctx.out << tr("Restored %n file(s)", nullptr, int(outcome.files)) << " (" << formatSize(outcome.bytes)
            << ") " << tr("from %1 into %2.").arg(chosen->file.filename, target) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace Coffre
