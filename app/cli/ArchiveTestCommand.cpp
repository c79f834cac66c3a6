#include "cli/ArchiveTestCommand.h"

#include "archive/ArchiveReader.h"
#include "cli/ExitCode.h"
#include "cli/InterruptWatcher.h"
#include "cli/ProgressLine.h"

namespace Coffre {

QString ArchiveTestCommand::summary() const
{
    return tr("Check every entry of a zip archive (CRC and size).");
}

void ArchiveTestCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ZIP"), tr("The archive to check."));
}

int ArchiveTestCommand::run(const QCommandLineParser &parser, CliContext &ctx)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return ctx.fail(ExitCode::Usage, tr("give exactly one archive to test."));
    InterruptWatcher interrupt(InterruptWatcher::SecondSignal::Ignore);
    ProgressLine line(ctx);
    const ArchiveReadResult result = ArchiveReader().test(
        args.first(), [&line](const ArchiveProgress &p) { line.update(p); }, interrupt.flag());
    line.done();
    for (const ArchiveWarning &problem : result.problems)
        ctx.err << tr("damaged: %1").arg(problem.message) << '\n';
    ctx.err.flush();
    switch (result.failure) {
    case ArchiveReadResult::None:
        ctx.out << tr("%1: OK, %n file(s) (%2) checked.", nullptr, int(result.files))
                       .arg(args.first())
                       .arg(ProgressLine::formatSize(result.bytes))
                << Qt::endl;
        return ExitCode::Ok;
    case ArchiveReadResult::Cancelled:
        return ctx.fail(ExitCode::Cancelled, tr("interrupted."));
    case ArchiveReadResult::Io:
        return ctx.fail(ExitCode::Failure, result.error);
    default:
        return ctx.fail(ExitCode::Verify, result.error);
    }
}

} // namespace Coffre
