#include "cli/ArchiveCreateCommand.h"

#include "archive/ArchiveWriter.h"
#include "cli/ExitCode.h"
#include "cli/InterruptWatcher.h"
#include "cli/ProgressLine.h"

namespace Coffre {

namespace {
const QString kLevel = QStringLiteral("level");
const QString kExclude = QStringLiteral("exclude");
const QString kFollow = QStringLiteral("follow-symlinks");
const QString kFailOnUnreadable = QStringLiteral("fail-on-unreadable");
} // namespace

QString ArchiveCreateCommand::summary() const
{
    return tr("Zip folders into an archive, the way a backup does.");
}

void ArchiveCreateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({kLevel, tr("Compression level, 0 (store) to 9 (smallest); default 6."), tr("0-9"),
        QStringLiteral("6")});
    parser.addOption({kExclude,
        tr("Leave out paths matching this gitignore-style pattern (repeatable), e.g. '*.tmp', "
           "'node_modules/', '/build'."),
        tr("glob")});
    parser.addOption({kFollow, tr("Archive what symbolic links point to instead of the links.")});
    parser.addOption(
        {kFailOnUnreadable, tr("Fail instead of warning when a file cannot be read completely.")});
    parser.addPositionalArgument(tr("OUT.zip"), tr("The archive to create (never replaced)."));
    parser.addPositionalArgument(tr("DIR"), tr("Folders to archive."), tr("DIR..."));
}

int ArchiveCreateCommand::run(const QCommandLineParser &parser, CliContext &ctx)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return ctx.fail(ExitCode::Usage, tr("give the archive to create and at least one folder."));
    bool levelOk = false;
    const int level = parser.value(kLevel).toInt(&levelOk);
    if (!levelOk || level < 0 || level > 9)
        return ctx.fail(ExitCode::Usage, tr("--level takes a number from 0 to 9."));

    ArchiveSpec spec;
    spec.sources = args.mid(1);
    spec.excludes = parser.values(kExclude);
    spec.level = level;
    spec.followSymlinks = parser.isSet(kFollow);
    spec.failOnUnreadable = parser.isSet(kFailOnUnreadable);

    InterruptWatcher interrupt(InterruptWatcher::SecondSignal::Ignore);
    ProgressLine line(ctx);
    ArchiveWriter writer;
    const ArchiveResult result = writer.write(
        spec, args.first(), [&line](const ArchiveProgress &p) { line.update(p); }, interrupt.flag());
    line.done();

    for (const ArchiveWarning &warning : result.warnings)
        ctx.err << tr("warning: %1: %2").arg(warning.path, warning.message) << '\n';
    ctx.err.flush();
    if (result.cancelled)
        return ctx.fail(ExitCode::Cancelled, tr("interrupted; no archive was written."));
    if (!result.ok)
        return ctx.fail(ExitCode::Failure, result.error);
    if (ctx.interactive) {
        ctx.out << tr("Archived %n file(s) (%1) into %2: %3.", nullptr, int(result.files))
                       .arg(ProgressLine::formatSize(result.bytesIn), args.first(),
                           ProgressLine::formatSize(result.archiveSize))
                << Qt::endl;
    }
    return ExitCode::Ok;
}

} // namespace Coffre
