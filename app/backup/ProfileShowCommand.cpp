#include "backup/ProfileShowCommand.h"

#include "backup/RunHistory.h"
#include "backup/SystemClock.h"
#include "cli/ExitCode.h"

#include <QJsonDocument>

#include <algorithm>

namespace Coffre {

namespace {

QString localText(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QString ProfileShowCommand::summary() const
{
    return tr("Show the settings of a backup profile, its last backup and its next run.");
}

void ProfileShowCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("NAME"), tr("The profile's name (or its slug)."));
    parser.addOption({QStringLiteral("json"), tr("Print the profile as a JSON object, for scripts.")});
}

int ProfileShowCommand::run(const QCommandLineParser &parser, CliContext &ctx)
{
    QString wanted;
    if (const auto exit = takeName(parser, ctx, name(), &wanted))
        return *exit;
    ProfileStore store;
    if (const auto exit = loadStore(store, ctx))
        return *exit;
    const auto found = store.find(wanted);
    if (!found)
        return ctx.fail(ExitCode::Config,
            tr("There is no profile named \"%1\" (see 'coffre profile list').").arg(wanted));
    const Profile &profile = *found;

    const RunHistory history;
    const auto lastGood = history.lastVerifiedSuccess(profile.name);
    const std::optional<QDateTime> lastGoodTime
        = lastGood ? std::optional<QDateTime>(lastGood->startUtc) : std::nullopt;
    const QDateTime now = SystemClock::instance().nowUtc();
    const auto nextDue = profile.schedule.nextDue(lastGoodTime, now);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = describeJson(profile);
        json.insert(QStringLiteral("lastVerifiedSuccess"),
            lastGood ? QJsonValue(lastGood->startUtc.toString(Qt::ISODate)) : QJsonValue());
        json.insert(
            QStringLiteral("nextDue"), nextDue ? QJsonValue(nextDue->toString(Qt::ISODate)) : QJsonValue());
        ctx.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)) << Qt::flush;
        return ExitCode::Ok;
    }

    // "Label:" padded to one column; translated labels may be longer than the English ones.
    auto labelText = [](const QString &label) {
        return label.isEmpty() ? QString() : tr("%1:").arg(label);
    };
    qsizetype width = 14;
    for (const QString &label : {tr("Name"), tr("Archives"), tr("Sources"), tr("Excludes"), tr("Remote"),
             tr("Level"), tr("Schedule"), tr("Retention"), tr("Unreadable"), tr("Symlinks"), tr("Pinned"),
             tr("Last backup"), tr("Next run")})
        width = std::max(width, labelText(label).size() + 1);
    auto row = [&](const QString &label, const QString &value) {
        ctx.out << labelText(label).leftJustified(width) << value << '\n';
    };
    auto rows = [&](const QString &label, const QStringList &values) {
        if (values.isEmpty())
            row(label, tr("(none)"));
        for (qsizetype i = 0; i < values.size(); ++i)
            row(i == 0 ? label : QString(), values.at(i));
    };
    row(tr("Name"), profile.name);
    row(tr("Archives"), profile.slug() + QStringLiteral("_<YYYY-MM-DD_HH-MM-SS>Z.zip"));
    rows(tr("Sources"), profile.sources);
    rows(tr("Excludes"), profile.excludes);
    row(tr("Remote"), profile.remotePath);
    row(tr("Level"), QString::number(profile.level));
    row(tr("Schedule"), profile.schedule.displayText());
    row(tr("Retention"), profile.retention.summary());
    row(tr("Unreadable"),
        profile.unreadable == Profile::Unreadable::Fail ? tr("fail the run") : tr("skip and report"));
    row(tr("Symlinks"), profile.symlinks == Profile::Symlinks::Follow ? tr("follow") : tr("store as links"));
    if (!profile.pinned.isEmpty())
        rows(tr("Pinned"), profile.pinned);
    row(tr("Last backup"),
        lastGood ? tr("%1 (%2, verified)").arg(localText(lastGood->startUtc), lastGood->archiveName)
                 : tr("never"));
    if (nextDue)
        row(tr("Next run"), *nextDue <= now ? tr("due now") : localText(*nextDue));
    else
        row(tr("Next run"), tr("only when started by hand"));
    ctx.out << Qt::flush;
    return ExitCode::Ok;
}

} // namespace Coffre
