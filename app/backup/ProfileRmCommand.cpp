#include "backup/ProfileRmCommand.h"

#include "cli/ExitCode.h"

namespace Coffre {

QString ProfileRmCommand::summary() const
{
    return tr("Remove a backup profile; its backups on 1fichier are left in place.");
}

void ProfileRmCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("NAME"), tr("The profile's name (or its slug)."));
}

int ProfileRmCommand::run(const QCommandLineParser &parser, CliContext &ctx)
{
    QString wanted;
    if (const auto exit = takeName(parser, ctx, name(), &wanted))
        return *exit;
    ProfileStore store;
    if (const auto exit = loadStore(store, ctx))
        return *exit;
    const auto profile = store.find(wanted);
    if (!profile)
        return ctx.fail(ExitCode::Config,
            tr("There is no profile named \"%1\" (see 'coffre profile list').").arg(wanted));
    if (!store.remove(profile->name))
        return ctx.fail(ExitCode::Config, store.errorString());
    ctx.out << tr("Removed profile \"%1\". Its backups in %2 on 1fichier are left in place.")
                   .arg(profile->name, profile->remotePath)
            << Qt::endl;
    return ExitCode::Ok;
}

} // namespace Coffre
