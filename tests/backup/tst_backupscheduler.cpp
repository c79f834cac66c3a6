// BackupScheduler with a MockClock: due profiles requested one at a time, catch-up once,
// growing retries after failures, pause, a wall-clock jump noticed between ticks, and
// holds: waiting for the network (bounded), settling after a wake-up, metered connections.
#include "FakeNetworkStatus.h"
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

    // A scheduler asking `network` (set offline) with one profile "A", every 6 hours, never
    // backed up: due at once.
    std::unique_ptr<BackupScheduler> offline(MockClock &clock, FakeNetworkStatus &network)
    {
        network.setReachability(NetworkStatus::Reachability::Offline);
        auto scheduler = std::make_unique<BackupScheduler>(clock, m_history);
        scheduler->setNetworkStatus(&network);
        scheduler->setProfiles({scheduled(QStringLiteral("A"), Schedule::everyHours(6))});
        return scheduler;
    }

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
        FakeNetworkStatus network; // online: the catch-up goes at once after the wake-up
        BackupScheduler scheduler(clock, m_history);
        scheduler.setTimeZone(QTimeZone::utc());
        scheduler.setNetworkStatus(&network);
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

    void waitsForTheNetworkThenRuns()
    {
        MockClock clock(utc(2024, 5, 1, 12));
        FakeNetworkStatus network;
        auto holder = offline(clock, network);
        BackupScheduler &scheduler = *holder;
        QSignalSpy requested(&scheduler, &BackupScheduler::runRequested);
        QSignalSpy plan(&scheduler, &BackupScheduler::planChanged);
        scheduler.check();
        QCOMPARE(requested.size(), 0);
        QCOMPARE(scheduler.hold(QStringLiteral("A")), BackupScheduler::Hold::Network);
        QCOMPARE(scheduler.holdUntil(QStringLiteral("A")),
            clock.nowUtc().addSecs(BackupScheduler::MaxNetworkWaitSecs));
        QCOMPARE(plan.size(), 1); // the window learns what it waits for
        clock.advanceSecs(5 * 60);
        scheduler.check();
        QCOMPARE(requested.size(), 0);
        // The wait is counted from its start, not from the last check.
        QCOMPARE(scheduler.holdUntil(QStringLiteral("A")),
            clock.nowUtc().addSecs(BackupScheduler::MaxNetworkWaitSecs - 5 * 60));
        // Back online: the change itself starts the run, without waiting for a tick.
        network.setReachability(NetworkStatus::Reachability::Online);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(scheduler.hold(QStringLiteral("A")), BackupScheduler::Hold::None);
    }

    void networkWaitIsBounded()
    {
        MockClock clock(utc(2024, 5, 1, 12));
        FakeNetworkStatus network;
        auto holder = offline(clock, network);
        BackupScheduler &scheduler = *holder;
        QSignalSpy requested(&scheduler, &BackupScheduler::runRequested);
        scheduler.check();
        clock.advanceSecs(BackupScheduler::MaxNetworkWaitSecs - 1);
        scheduler.check();
        QCOMPARE(requested.size(), 0);
        // A backend stuck on "offline" must not stop backups forever: tried anyway.
        clock.advanceSecs(1);
        scheduler.check();
        QCOMPARE(requested.size(), 1);
        // It fails (no network after all): the retry waits for the network again, with a
        // fresh bound, then goes.
        scheduler.runFinished(QStringLiteral("A"), false);
        clock.advanceSecs(BackupScheduler::retryDelaySecs(1));
        scheduler.check();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(scheduler.hold(QStringLiteral("A")), BackupScheduler::Hold::Network);
        QCOMPARE(scheduler.holdUntil(QStringLiteral("A")),
            clock.nowUtc().addSecs(BackupScheduler::MaxNetworkWaitSecs));
        clock.advanceSecs(BackupScheduler::MaxNetworkWaitSecs);
        scheduler.check();
        QCOMPARE(requested.size(), 2);
    }

    void unknownReachabilityDoesNotWait()
    {
        MockClock clock(utc(2024, 5, 1, 12));
        FakeNetworkStatus network;
        network.setReachability(NetworkStatus::Reachability::Unknown);
        network.setMetered(std::nullopt);
        BackupScheduler scheduler(clock, m_history);
        scheduler.setNetworkStatus(&network);
        Profile metered = scheduled(QStringLiteral("A"), Schedule::everyHours(6));
        metered.skipOnMetered = true; // cannot be told: runs as usual
        scheduler.setProfiles({metered});
        QSignalSpy requested(&scheduler, &BackupScheduler::runRequested);
        scheduler.check();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(scheduler.hold(QStringLiteral("A")), BackupScheduler::Hold::None);

        // No status object at all behaves the same.
        BackupScheduler bare(clock, m_history);
        bare.setProfiles({scheduled(QStringLiteral("B"), Schedule::everyHours(6))});
        QSignalSpy bareRequested(&bare, &BackupScheduler::runRequested);
        bare.check();
        QCOMPARE(bareRequested.size(), 1);
    }

    void loopbackApiIgnoresTheNetwork()
    {
        MockClock clock(utc(2024, 5, 1, 12));
        FakeNetworkStatus network;
        auto holder = offline(clock, network);
        BackupScheduler &scheduler = *holder;
        scheduler.setNetworkRequired(false);
        QSignalSpy requested(&scheduler, &BackupScheduler::runRequested);
        scheduler.check();
        QCOMPARE(requested.size(), 1);
    }

    void wakeUpSettlesWhenReachabilityIsUnknown()
    {
        MockClock clock(utc(2024, 5, 1, 12));
        RunHistory(m_history).append(success(QStringLiteral("A"), clock.nowUtc()));
        FakeNetworkStatus network;
        network.setReachability(NetworkStatus::Reachability::Unknown);
        BackupScheduler scheduler(clock, m_history);
        scheduler.setTimeZone(QTimeZone::utc());
        scheduler.setNetworkStatus(&network);
        scheduler.setTickInterval(20);
        scheduler.setProfiles({scheduled(QStringLiteral("A"), Schedule::daily(QTime(2, 0)))});
        QSignalSpy requested(&scheduler, &BackupScheduler::runRequested);
        QSignalSpy jumped(&scheduler, &BackupScheduler::clockJumped);
        scheduler.start();
        clock.advanceSecs(16 * 3600); // woke up past the 02:00 slot
        QTRY_COMPARE(jumped.size(), 1);
        // Held for the settling time, not failed at once against a network still coming up.
        QCOMPARE(requested.size(), 0);
        QCOMPARE(scheduler.hold(QStringLiteral("A")), BackupScheduler::Hold::Network);
        QCOMPARE(scheduler.holdUntil(QStringLiteral("A")),
            clock.nowUtc().addSecs(BackupScheduler::WakeSettleSecs));
        clock.advanceSecs(BackupScheduler::WakeSettleSecs);
        QTRY_COMPARE(requested.size(), 1);
        scheduler.stop();
    }

    void wakeUpWaitsForAKnownNetwork()
    {
        MockClock clock(utc(2024, 5, 1, 12));
        RunHistory(m_history).append(success(QStringLiteral("A"), clock.nowUtc()));
        FakeNetworkStatus network;
        BackupScheduler scheduler(clock, m_history);
        scheduler.setTimeZone(QTimeZone::utc());
        scheduler.setNetworkStatus(&network);
        scheduler.setTickInterval(20);
        scheduler.setProfiles({scheduled(QStringLiteral("A"), Schedule::daily(QTime(2, 0)))});
        QSignalSpy requested(&scheduler, &BackupScheduler::runRequested);
        scheduler.start();
        // Asleep: the network went away first, then the machine woke up past its slot.
        network.setReachability(NetworkStatus::Reachability::Offline);
        clock.advanceSecs(16 * 3600);
        QTRY_COMPARE(scheduler.hold(QStringLiteral("A")), BackupScheduler::Hold::Network);
        QTest::qWait(100);
        QCOMPARE(requested.size(), 0);
        network.setReachability(NetworkStatus::Reachability::Online);
        QCOMPARE(requested.size(), 1);
        scheduler.stop();
    }

    void meteredHoldsOnlyProfilesThatAskForIt()
    {
        MockClock clock(utc(2024, 5, 1, 12));
        FakeNetworkStatus network;
        network.setMetered(true);
        BackupScheduler scheduler(clock, m_history);
        scheduler.setNetworkStatus(&network);
        Profile careful = scheduled(QStringLiteral("Careful"), Schedule::everyHours(6));
        careful.skipOnMetered = true;
        scheduler.setProfiles({careful, scheduled(QStringLiteral("Always"), Schedule::everyHours(6))});
        QSignalSpy requested(&scheduler, &BackupScheduler::runRequested);
        scheduler.check();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("Always"));
        QCOMPARE(scheduler.hold(QStringLiteral("Careful")), BackupScheduler::Hold::Metered);
        QVERIFY(!scheduler.holdUntil(QStringLiteral("Careful")).isValid());
        RunHistory(m_history).append(success(QStringLiteral("Always"), clock.nowUtc()));
        scheduler.runFinished(QStringLiteral("Always"), true);
        // Metered for hours: still held, never tried (the profile turns overdue instead).
        clock.advanceSecs(5 * 3600);
        scheduler.check();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(scheduler.hold(QStringLiteral("Careful")), BackupScheduler::Hold::Metered);
        QVERIFY(std::none_of(requested.cbegin(), requested.cend(),
            [](const QList<QVariant> &args) { return args.first().toString() == QLatin1String("Careful"); }));
        // Off the metered connection: it runs.
        network.setMetered(false);
        QCOMPARE(requested.last().first().toString(), QStringLiteral("Careful"));
        QCOMPARE(scheduler.hold(QStringLiteral("Careful")), BackupScheduler::Hold::None);
    }

    void pauseClearsHolds()
    {
        MockClock clock(utc(2024, 5, 1, 12));
        FakeNetworkStatus network;
        auto holder = offline(clock, network);
        BackupScheduler &scheduler = *holder;
        scheduler.check();
        QCOMPARE(scheduler.hold(QStringLiteral("A")), BackupScheduler::Hold::Network);
        scheduler.setPaused(true);
        QCOMPARE(scheduler.hold(QStringLiteral("A")), BackupScheduler::Hold::None);
        network.setReachability(NetworkStatus::Reachability::Online);
        QCOMPARE(scheduler.hold(QStringLiteral("A")), BackupScheduler::Hold::None);
    }
};

QTEST_GUILESS_MAIN(TestBackupScheduler)
#include "tst_backupscheduler.moc"
