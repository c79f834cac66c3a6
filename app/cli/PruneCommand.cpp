#include "cli/PruneCommand.h"

#include "backup/PrunePlan.h"
#include "backup/RunLock.h"
#include "backup/SystemClock.h"
#include "cli/ExitCode.h"
#include "cli/PrunePrinter.h"
#include "fichier/FichierClient.h"

#include <QJsonDocument>

namespace Coffre {

namespace {
const QString kJson = QStringLiteral("json");
const QString kDryRun = QStringLiteral("dry-run");
} // namespace

QString PruneCommand::summary() const
{
    return tr("Delete the backups of a profile that its retention rules no longer keep.");
}

void PruneCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("NAME"), tr("The profile."));
    parser.addOption(
        {kDryRun, tr("Delete nothing: list every backup with keep/delete and the rule that keeps it.")});
    parser.addOption({kJson, tr("Print the plan as JSON, for scripts.")});
}

int PruneCommand::run(const QCommandLineParser &parser, CliContext &ctx)
{
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(ExitCode::Usage, tr("Give one profile name. See 'coffre prune --help'."));
    Profile profile;
    if (const auto exit = openProfile(ctx, parser.positionalArguments().first(), &profile))
        return *exit;
    const bool dryRun = parser.isSet(kDryRun);
    // Pruning while a run of the same profile uploads could judge the folder half-way.
    RunLock lock(profile.slug());
    if (!dryRun && !lock.tryLock())
        return ctx.fail(ExitCode::Locked, lock.errorString());
    std::unique_ptr<FichierClient> client;
    if (const auto exit = openClient(ctx, &client))
        return *exit;
    int exit = ExitCode::Ok;
    const auto files = listFolder(ctx, *client, profile, &exit);
    if (!files)
        return exit;
    QString cut;
    const PrunePlan plan = planFor(*client, profile, *files, &cut);
    if (parser.isSet(kJson))
        ctx.out << QJsonDocument(PrunePrinter::toJson(plan)).toJson(QJsonDocument::Indented) << Qt::flush;
    else
        PrunePrinter::print(ctx.out, plan);
    if (!cut.isEmpty()) {
        // Nothing is deleted from a listing that may be cut (deleteUrls() is empty).
        if (dryRun) {
            ctx.err << tr("warning: %1").arg(cut) << Qt::endl;
            return ExitCode::Ok;
        }
        return ctx.fail(ExitCode::Failure, cut);
    }
    const QStringList urls = plan.deleteUrls();
    if (dryRun || urls.isEmpty())
        return ExitCode::Ok;
    std::unique_ptr<RemoveJob> rm(client->removeFiles(urls));
    if (const auto code = wait(ctx, rm.get()))
        return *code;
    if (!parser.isSet(kJson))
        ctx.out << tr("Deleted %n old backup(s).", nullptr, int(urls.size())) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace Coffre
