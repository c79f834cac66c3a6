#include "cli/PathsCommand.h"

#include "cli/ExitCode.h"
#include "core/AppPaths.h"

namespace Coffre {

QString PathsCommand::summary() const
{
    return tr("Show where Coffre keeps its profiles, history and temporary archives.");
}

void PathsCommand::addOptions(QCommandLineParser &) const
{ }

int PathsCommand::run(const QCommandLineParser &parser, CliContext &ctx)
{
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(ExitCode::Usage, tr("'coffre paths' takes no arguments."));
    ctx.out << "config  " << AppPaths::configDir() << '\n'
            << "data    " << AppPaths::dataDir() << '\n'
            << "cache   " << AppPaths::cacheDir() << Qt::endl;
    return ExitCode::Ok;
}

} // namespace Coffre
