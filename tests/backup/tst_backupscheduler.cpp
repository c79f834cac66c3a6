// BackupScheduler with a MockClock: due profiles requested one at a time, catch-up once,
// growing retries after failures, pause, and a wall-clock jump noticed between ticks.
#include "MockClock.h"
#include "TestEnvironment.h"
#include "backup/BackupScheduler.h"
#include "backup/RunHistory.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Coffre;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

Profile scheduled(const QString &name, const Schedule &schedule)
{
    Profile p;
    p.name = name;
    p.sources = {QStringLiteral("/tmp")};
    p.schedule = schedule;
    return p;
}

RunRecord success(const QString &profile, const QDateTime &start)
{
    RunRecord r;
    r.profile = profile;
    r.startUtc = start;
    r.endUtc = start.addSecs(60);
    r.result = RunRecord::Result::Ok;
    r.verified = true;
    r.archiveName = QStringLiteral("x.zip");
    return r;
}

} // namespace

class TestBackupScheduler : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    QString m_history;

private slots:
    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        m_history = m_env->root() + QLatin1String("/history.jsonl");
    }

    void dueProfilesOneAtATime()
    {
        MockClock clock(utc(2024, 5, 1, 12));
        BackupScheduler scheduler(clock, m_history);
        scheduler.setTimeZone(QTimeZone::utc());
        scheduler.setProfiles({scheduled(QStringLiteral("A"), Schedule::everyHours(6)),
            scheduled(QStringLiteral("B"), Schedule::daily(QTime(2, 0))),
            scheduled(QStringLiteral("M"), Schedule::manual())});
        QSignalSpy requested(&scheduler, &BackupScheduler::runRequested);
        scheduler.check();
        // Never backed up: both scheduled profiles are due, the manual one never is.
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("A"));
        QVERIFY(scheduler.isPending(QStringLiteral("B")));
        scheduler.check(); // no duplicates while waiting
        QCOMPARE(requested.size(), 1);
        RunHistory(m_history).append(success(QStringLiteral("A"), clock.nowUtc()));
        scheduler.runFinished(QStringLiteral("A"), true);
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.at(1).at(0).toString(), QStringLiteral("B"));
        RunHistory(m_history).append(success(QStringLiteral("B"), clock.nowUtc()));
        scheduler.runFinished(QStringLiteral("B"), true);
        scheduler.check();
        QCOMPARE(requested.size(), 2);
        QVERIFY(!scheduler.nextAttempt(QStringLiteral("M")).has_value());
        QCOMPARE(*scheduler.nextAttempt(QStringLiteral("A")), utc(2024, 5, 1, 18));
        QCOMPARE(*scheduler.nextAttempt(QStringLiteral("B")), utc(2024, 5, 2, 2));
    }

    void catchUpOnceAfterSleep()
    {
        MockClock clock(utc(2024, 5, 1, 12));
        RunHistory(m_history).append(success(QStringLiteral("A"), clock.nowUtc()));
        BackupScheduler scheduler(clock, m_history);
        scheduler.setTimeZone(QTimeZone::utc());
        scheduler.setProfiles({scheduled(QStringLiteral("A"), Schedule::daily(QTime(2, 0)))});
        QSignalSpy requested(&scheduler, &BackupScheduler::runRequested);
        scheduler.check();
        QCOMPARE(requested.size(), 0);
        clock.advanceDays(5); // five missed slots
        scheduler.check();
        scheduler.check();
        QCOMPARE(requested.size(), 1);
        RunHistory(m_history).append(success(QStringLiteral("A"), clock.nowUtc()));
        scheduler.runFinished(QStringLiteral("A"), true);
        scheduler.check();
        QCOMPARE(requested.size(), 1); // caught up once, not five times
    }

    void failedRunRetriesWithGrowingDelays()
    {
        MockClock clock(utc(2024, 5, 1, 12));
        BackupScheduler scheduler(clock, m_history);
        scheduler.setProfiles({scheduled(QStringLiteral("A"), Schedule::everyHours(24))});
        QSignalSpy requested(&scheduler, &BackupScheduler::runRequested);
        scheduler.check();
        QCOMPARE(requested.size(), 1);
        scheduler.runFinished(QStringLiteral("A"), false);
        QVERIFY(scheduler.isRetrying(QStringLiteral("A")));
        QCOMPARE(*scheduler.nextAttempt(QStringLiteral("A")), clock.nowUtc().addSecs(10 * 60));
        clock.advanceSecs(9 * 60);
        scheduler.check();
        QCOMPARE(requested.size(), 1);
        clock.advanceSecs(60);
        scheduler.check();
        QCOMPARE(requested.size(), 2);
        scheduler.runFinished(QStringLiteral("A"), false);
        QCOMPARE(scheduler.failures(QStringLiteral("A")), 2);
        QCOMPARE(*scheduler.nextAttempt(QStringLiteral("A")), clock.nowUtc().addSecs(30 * 60));
        QCOMPARE(BackupScheduler::retryDelaySecs(3), 3600);
        QVERIFY(BackupScheduler::retryDelaySecs(4) > BackupScheduler::retryDelaySecs(3));
        QCOMPARE(BackupScheduler::retryDelaySecs(50), BackupScheduler::retryDelaySecs(6)); // capped
        clock.advanceSecs(30 * 60);
        scheduler.check();
        QCOMPARE(requested.size(), 3);
        RunHistory(m_history).append(success(QStringLiteral("A"), clock.nowUtc()));
        scheduler.runFinished(QStringLiteral("A"), true);
        QVERIFY(!scheduler.isRetrying(QStringLiteral("A")));
        QCOMPARE(*scheduler.nextAttempt(QStringLiteral("A")), clock.nowUtc().addSecs(24 * 3600));
    }

    void pauseHoldsRequests()
    {
        MockClock clock(utc(2024, 5, 1, 12));
        BackupScheduler scheduler(clock, m_history);
        scheduler.setProfiles({scheduled(QStringLiteral("A"), Schedule::everyHours(1))});
        QSignalSpy requested(&scheduler, &BackupScheduler::runRequested);
        QSignalSpy paused(&scheduler, &BackupScheduler::pausedChanged);
        scheduler.setPaused(true);
        scheduler.check();
        QCOMPARE(requested.size(), 0);
        scheduler.setPaused(false);
        QCOMPARE(paused.size(), 2);
        QCOMPARE(requested.size(), 1);
    }

    void wallClockJumpIsNoticed()
    {
        MockClock clock(utc(2024, 5, 1, 12));
        RunHistory(m_history).append(success(QStringLiteral("A"), clock.nowUtc()));
        BackupScheduler scheduler(clock, m_history);
        scheduler.setTimeZone(QTimeZone::utc());
        scheduler.setTickInterval(20);
        scheduler.setProfiles({scheduled(QStringLiteral("A"), Schedule::daily(QTime(2, 0)))});
        QSignalSpy jumped(&scheduler, &BackupScheduler::clockJumped);
        QSignalSpy requested(&scheduler, &BackupScheduler::runRequested);
        scheduler.start();
        QTest::qWait(100);
        QCOMPARE(jumped.size(), 0); // the mock clock stood still for less than the tolerance
        clock.advanceSecs(16 * 3600); // "woke up" sixteen hours later, past the 02:00 slot
        QTRY_COMPARE(jumped.size(), 1);
        QVERIFY(jumped.first().first().toLongLong() > 15 * 3600);
        QTRY_COMPARE(requested.size(), 1);
        scheduler.stop();
    }
};

QTEST_GUILESS_MAIN(TestBackupScheduler)
#include "tst_backupscheduler.moc"
