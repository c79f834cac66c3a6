#include "cli/ArchiveListCommand.h"

#include "archive/ArchiveReader.h"
#include "cli/ExitCode.h"

namespace Coffre {

QString ArchiveListCommand::summary() const
{
    return tr("List the entries of a zip archive (size, date, name).");
}

void ArchiveListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ZIP"), tr("The archive to list."));
}

int ArchiveListCommand::run(const QCommandLineParser &parser, CliContext &ctx)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return ctx.fail(ExitCode::Usage, tr("give exactly one archive to list."));
    const ArchiveListing listing = ArchiveReader().list(args.first());
    if (!listing.ok)
        return ctx.fail(ExitCode::Failure, listing.error);
    for (const ArchiveEntry &e : listing.entries) {
        // Sizes in bytes and ISO dates in local time: easy to read, easy to parse.
        const QString size = e.kind == ArchiveEntry::Folder ? QStringLiteral("-") : QString::number(e.size);
        ctx.out << size.rightJustified(12) << "  "
                << e.modified.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  " << e.name
                << '\n';
    }
    ctx.out.flush();
    return ExitCode::Ok;
}

} // namespace Coffre
