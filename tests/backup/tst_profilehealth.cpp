// ProfileHealth: only verified uploads count; overdue after the next scheduled moment plus
// grace; never backed up = overdue; manual profiles are only flagged after a failure.
#include "backup/ProfileHealth.h"

#include <QtTest>

using namespace Coffre;

namespace {

QDateTime utc(int d, int h)
{
    return QDateTime(QDate(2024, 5, d), QTime(h, 0), QTimeZone::utc());
}

RunRecord record(const QDateTime &start, RunRecord::Result result, bool verified)
{
    RunRecord r;
    r.profile = QStringLiteral("P");
    r.startUtc = start;
    r.endUtc = start.addSecs(30);
    r.result = result;
    r.verified = verified;
    return r;
}

Profile profile(const Schedule &schedule)
{
    Profile p;
    p.name = QStringLiteral("P");
    p.schedule = schedule;
    return p;
}

} // namespace

class TestProfileHealth : public QObject
{
    Q_OBJECT

private slots:
    void neverBackedUpIsOverdue()
    {
        const auto h = ProfileHealth::assess(profile(Schedule::daily(QTime(2, 0))), std::nullopt,
            std::nullopt, utc(1, 12), 3600, QTimeZone::utc());
        QCOMPARE(h.state, ProfileHealth::State::Overdue);
        QVERIFY(h.needsAttention());
    }

    void healthyUntilIntervalPlusGrace()
    {
        const Profile p = profile(Schedule::everyHours(6));
        const auto ok = record(utc(1, 0), RunRecord::Result::Ok, true);
        const auto at = [&](const QDateTime &now) {
            return ProfileHealth::assess(p, ok, ok, now, 3600, QTimeZone::utc()).state;
        };
        QCOMPARE(at(utc(1, 5)), ProfileHealth::State::Healthy);
        QCOMPARE(at(utc(1, 7)), ProfileHealth::State::Healthy); // within grace
        QCOMPARE(at(utc(1, 7).addSecs(1)), ProfileHealth::State::Overdue);
    }

    void unverifiedRunDoesNotCount()
    {
        const Profile p = profile(Schedule::everyHours(6));
        const auto verified = record(utc(1, 0), RunRecord::Result::Ok, true);
        const auto unverified = record(utc(1, 10), RunRecord::Result::Ok, false);
        const auto h = ProfileHealth::assess(p, unverified, verified, utc(1, 11), 3600, QTimeZone::utc());
        QCOMPARE(h.state, ProfileHealth::State::Failed);
        QCOMPARE(*h.lastSuccessUtc, utc(1, 0));
    }

    void failedLastRunIsFlagged()
    {
        const Profile p = profile(Schedule::everyHours(24));
        const auto ok = record(utc(1, 0), RunRecord::Result::Ok, true);
        const auto failed = record(utc(1, 2), RunRecord::Result::Failed, false);
        QCOMPARE(ProfileHealth::assess(p, failed, ok, utc(1, 3), 3600, QTimeZone::utc()).state,
            ProfileHealth::State::Failed);
    }

    void manualProfiles()
    {
        const Profile p = profile(Schedule::manual());
        QCOMPARE(ProfileHealth::assess(p, std::nullopt, std::nullopt, utc(20, 0)).state,
            ProfileHealth::State::NeverRun);
        const auto ok = record(utc(1, 0), RunRecord::Result::Ok, true);
        QCOMPARE(ProfileHealth::assess(p, ok, ok, utc(30, 0)).state, ProfileHealth::State::Healthy);
        const auto failed = record(utc(2, 0), RunRecord::Result::Failed, false);
        QCOMPARE(ProfileHealth::assess(p, failed, ok, utc(3, 0)).state, ProfileHealth::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestProfileHealth)
#include "tst_profilehealth.moc"
