#include "backup/ProfileListCommand.h"

#include "cli/ExitCode.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Coffre {

QString ProfileListCommand::summary() const
{
    return tr("List the backup profiles.");
}

void ProfileListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array of profiles, for scripts.")});
}

int ProfileListCommand::run(const QCommandLineParser &parser, CliContext &ctx)
{
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.fail(ExitCode::Usage,
            tr("'coffre profile list' takes no arguments; did you mean 'coffre profile show %1'?")
                .arg(parser.positionalArguments().first()));
    }
    ProfileStore store;
    if (const auto exit = loadStore(store, ctx))
        return *exit;

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Profile &profile : store.profiles())
            array.append(describeJson(profile));
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)) << Qt::flush;
        return ExitCode::Ok;
    }
    if (store.profiles().isEmpty()) {
        ctx.out << tr(
            "No profiles yet. Create one with 'coffre profile add NAME --source DIR --remote PATH'.")
                << Qt::endl;
        return ExitCode::Ok;
    }
    const QStringList header {tr("NAME"), tr("SCHEDULE"), tr("RETENTION"), tr("REMOTE")};
    QList<QStringList> rows {header};
    for (const Profile &profile : store.profiles())
        rows << QStringList {
            profile.name, profile.schedule.displayText(), profile.retention.summary(), profile.remotePath};
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        ctx.out << line << '\n';
    }
    ctx.out << Qt::flush;
    return ExitCode::Ok;
}

} // namespace Coffre
