#include "cli/ArchiveExtractCommand.h"

#include "archive/ArchiveReader.h"
#include "cli/ExitCode.h"
#include "cli/InterruptWatcher.h"
#include "cli/ProgressLine.h"

namespace Coffre {

namespace {
const QString kTo = QStringLiteral("to");
const QString kOverwrite = QStringLiteral("overwrite");
} // namespace

QString ArchiveExtractCommand::summary() const
{
    return tr("Extract a zip archive, or some of its entries, into a folder.");
}

void ArchiveExtractCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({kTo, tr("The folder to extract into (created if missing)."), tr("dir")});
    parser.addOption({kOverwrite, tr("Replace files that already exist in the folder.")});
    parser.addPositionalArgument(QStringLiteral("ZIP"), tr("The archive to extract."));
    parser.addPositionalArgument(tr("ENTRY"),
        tr("Entries to extract (a folder brings everything under it); all when none is given."),
        tr("[ENTRY...]"));
}

int ArchiveExtractCommand::run(const QCommandLineParser &parser, CliContext &ctx)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return ctx.fail(ExitCode::Usage, tr("give the archive to extract."));
    if (!parser.isSet(kTo) || parser.value(kTo).isEmpty())
        return ctx.fail(ExitCode::Usage, tr("give the folder to extract into with --to DIR."));
    InterruptWatcher interrupt(InterruptWatcher::SecondSignal::Ignore);
    ProgressLine line(ctx);
    ArchiveReader reader;
    reader.setOverwrite(parser.isSet(kOverwrite));
    const ArchiveReadResult result = reader.extract(
        args.first(), parser.value(kTo), args.mid(1), [&line](const ArchiveProgress &p) { line.update(p); },
        interrupt.flag());
    line.done();
    switch (result.failure) {
    case ArchiveReadResult::None:
        if (ctx.interactive) {
            ctx.out << tr("Extracted %n file(s) (%1) into %2.", nullptr, int(result.files))
                           .arg(ProgressLine::formatSize(result.bytes), parser.value(kTo))
                    << Qt::endl;
        }
        return ExitCode::Ok;
    case ArchiveReadResult::Cancelled:
        return ctx.fail(ExitCode::Cancelled, result.error);
    case ArchiveReadResult::Damaged:
        return ctx.fail(ExitCode::Verify, result.error);
    default:
        return ctx.fail(ExitCode::Failure, result.error);
    }
}

} // namespace Coffre
