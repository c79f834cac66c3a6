#include "cli/BackupsCommand.h"

#include "backup/PrunePlan.h"
#include "backup/SystemClock.h"
#include "cli/ExitCode.h"
#include "cli/PrunePrinter.h"
#include "fichier/FichierClient.h"

#include <QJsonDocument>

namespace Coffre {

namespace {
const QString kJson = QStringLiteral("json");
}

QString BackupsCommand::summary() const
{
    return tr("List the backups of a profile on 1fichier, newest first.");
}

void BackupsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("NAME"), tr("The profile."));
    parser.addOption({kJson, tr("Print JSON, for scripts.")});
}

int BackupsCommand::run(const QCommandLineParser &parser, CliContext &ctx)
{
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(ExitCode::Usage, tr("Give one profile name. See 'coffre backups --help'."));
    Profile profile;
    if (const auto exit = openProfile(ctx, parser.positionalArguments().first(), &profile))
        return *exit;
    std::unique_ptr<FichierClient> client;
    if (const auto exit = openClient(ctx, &client))
        return *exit;
    int exit = ExitCode::Ok;
    const auto files = listFolder(ctx, *client, profile, &exit);
    if (!files)
        return exit;
    // The retention plan orders the profile's backups and says which are pinned.
    QString cut;
    const PrunePlan plan = planFor(*client, profile, *files, &cut);
    if (!cut.isEmpty())
        ctx.err << tr("warning: %1").arg(cut) << Qt::endl;
    if (parser.isSet(kJson)) {
        ctx.out << QJsonDocument(PrunePrinter::toJson(plan)).toJson(QJsonDocument::Indented) << Qt::flush;
        return ExitCode::Ok;
    }
    if (plan.items.isEmpty()) {
        ctx.out << tr("No backups of %1 in %2 yet.").arg(profile.name, profile.remotePath) << Qt::endl;
        return ExitCode::Ok;
    }
    for (const PrunePlan::Item &item : plan.items) {
        ctx.out << formatLocalTime(item.decision.backup.timeUtc) << "  "
                << formatSize(item.file.size).rightJustified(10) << "  " << item.file.filename << "  "
                << item.file.url;
        if (item.decision.backup.pinned)
            ctx.out << "  " << tr("[pinned]");
        ctx.out << '\n';
    }
    ctx.out << tr("%n backup(s) in %1.", nullptr, int(plan.items.size())).arg(profile.remotePath) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace Coffre
