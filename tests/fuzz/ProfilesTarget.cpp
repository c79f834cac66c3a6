#include "ProfilesTarget.h"

#include "FuzzCheck.h"
#include "backup/ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace Coffre;

namespace {

// The store's file format, written the way ProfileStore::writeFile writes it.
QByteArray storeBytes(const QList<Profile> &profiles)
{
    QJsonArray array;
    for (const Profile &profile : profiles)
        array.append(profile.toJson());
    QJsonObject root;
    root.insert(QStringLiteral("version"), ProfileStore::FormatVersion);
    root.insert(QStringLiteral("profiles"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// A fixed history of backups, hourly over a few days with gaps, for retention to judge.
QList<RetentionPolicy::Backup> sampleBackups()
{
    QList<RetentionPolicy::Backup> backups;
    const QDateTime start(QDate(2024, 3, 28), QTime(0, 30), Qt::UTC); // spans the March DST change
    for (int i = 0; i < 24; ++i) {
        const QDateTime time = start.addSecs(qint64(i) * i * 7200);
        backups.append({QStringLiteral("p_%1Z.zip").arg(i), time, i % 7 == 0});
    }
    return backups;
}

} // namespace

QString ProfilesTarget::run(const QByteArray &data)
{
    FuzzCheck check;
    const QString shown = QStringLiteral("profiles.json");
    QList<Profile> profiles;
    QString error;
    if (!ProfileStore::parse(data, shown, &profiles, &error)) {
        check.expectMessage(error, QStringLiteral("refusal"), 4000);
        return check.failure();
    }
    check.expect(error.isEmpty(), QStringLiteral("accepted with an error: ") + error);

    QSet<QString> slugs;
    for (const Profile &profile : std::as_const(profiles)) {
        const QStringList problems = profile.validate();
        check.expect(problems.isEmpty(), QStringLiteral("accepted an invalid profile: ") + problems.value(0));
        check.expect(!profile.slug().isEmpty(), QStringLiteral("accepted a profile without a slug"));
        check.expect(!slugs.contains(profile.slug()), QStringLiteral("accepted two profiles with one slug"));
        slugs.insert(profile.slug());
        static const QRegularExpression slugShape(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        check.expect(
            slugShape.match(profile.slug()).hasMatch() && profile.slug().size() <= Profile::MaxSlugLength,
            QStringLiteral("slug is not [a-z0-9-]: ") + profile.slug());

        // What the scheduler and the retention preview do with a profile just loaded.
        const QDateTime now(QDate(2024, 10, 27), QTime(1, 30), Qt::UTC); // in the autumn DST overlap
        for (const QTimeZone &zone : {QTimeZone::utc(), QTimeZone(QByteArrayLiteral("Europe/Paris"))}) {
            const auto first = profile.schedule.nextDue(std::nullopt, now, zone);
            check.expect(profile.schedule.kind() == Schedule::Kind::Manual ? !first : first && *first == now,
                QStringLiteral("nextDue without a last run is not now"));
            const QDateTime last = now.addDays(-3);
            if (const auto due = profile.schedule.nextDue(last, now, zone)) {
                check.expect(due->isValid() && *due > last,
                    QStringLiteral("nextDue is not after the last run (%1)")
                        .arg(profile.schedule.toString()));
            }
            const QList<RetentionPolicy::Decision> decisions
                = profile.retention.select(sampleBackups(), now, zone);
            check.expect(decisions.size() == 24, QStringLiteral("retention: not one decision per backup"));
            for (const RetentionPolicy::Decision &decision : decisions) {
                check.expect(decision.keep == !decision.reasons.isEmpty(),
                    QStringLiteral("retention: kept without a reason, or deleted with one"));
                check.expect(
                    !decision.backup.pinned || decision.keep, QStringLiteral("retention: pinned deleted"));
            }
            // Newest first: the newest backup is never deleted, whatever the policy says.
            check.expect(
                decisions.isEmpty() || decisions.first().keep, QStringLiteral("retention: newest deleted"));
        }
        check.expectOneLine(profile.retention.summary(), QStringLiteral("retention summary"), 400);
        check.expectOneLine(profile.schedule.toString(), QStringLiteral("schedule text"), 400);
    }

    // What the store writes, it reads back unchanged.
    QList<Profile> again;
    QString againError;
    const bool reread = ProfileStore::parse(storeBytes(profiles), shown, &again, &againError);
    check.expect(reread, QStringLiteral("own output refused: ") + againError);
    check.expect(!reread || again == profiles, QStringLiteral("own output reads back different profiles"));
    return check.failure();
}
