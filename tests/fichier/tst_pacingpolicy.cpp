// PacingPolicy arithmetic with time passed in: spacing, decay, flood pauses and backoff.
#include "fichier/PacingPolicy.h"

#include <QtTest>

using namespace Coffre;

class TestPacingPolicy : public QObject
{
    Q_OBJECT
private slots:
    void spacing()
    {
        FichierConfig config;
        PacingPolicy policy(config);
        QCOMPARE(policy.nextStartAt(), 0); // the first request goes at once
        policy.recordStart(1000);
        QCOMPARE(policy.nextStartAt(), 1000 + 500 + config.startMarginMs);
        policy.recordSuccess();
        QCOMPARE(policy.spacingMs(), 500); // never below the minimum
    }

    void floorOf334()
    {
        FichierConfig config;
        config.minSpacingMs = 50;
        config.startMarginMs = 0;
        PacingPolicy policy(config);
        policy.recordStart(0);
        QCOMPARE(policy.nextStartAt(), 334);
    }

    void changedMinimum()
    {
        FichierConfig config;
        config.startMarginMs = 0;
        PacingPolicy policy(config);
        policy.recordStart(0);
        // Steady: the spacing follows the new minimum at once, both ways.
        policy.setMinSpacingMs(1200);
        QCOMPARE(policy.minSpacingMs(), 1200);
        QCOMPARE(policy.nextStartAt(), 1200);
        policy.setMinSpacingMs(600);
        QCOMPARE(policy.nextStartAt(), 600);
        // Never below the floor the client enforces.
        policy.setMinSpacingMs(100);
        QCOMPARE(policy.minSpacingMs(), FichierConfig::kMinSpacingFloorMs);
        // Recovering from an error: lowering the minimum does not cut the recovery short.
        policy.recordError();
        policy.setMinSpacingMs(400);
        QCOMPARE(policy.spacingMs(), 5000);
        // ... and it decays down to the new minimum, not the old one.
        for (int i = 0; i < 20; ++i)
            policy.recordSuccess();
        QCOMPARE(policy.spacingMs(), 400);
        // A minimum above the recovery spacing raises both.
        policy.setMinSpacingMs(8000);
        policy.recordError();
        QCOMPARE(policy.spacingMs(), 8000);
    }

    void errorThenDecay()
    {
        FichierConfig config;
        PacingPolicy policy(config);
        policy.recordError();
        QCOMPARE(policy.spacingMs(), 5000);
        const QList<int> expected {3750, 2812, 2109, 1581, 1185, 888, 666, 500, 500};
        for (int value : expected) {
            policy.recordSuccess();
            QCOMPARE(policy.spacingMs(), value);
        }
    }

    void floodPauses()
    {
        FichierConfig config;
        PacingPolicy policy(config);
        policy.recordStart(0);
        QCOMPARE(policy.recordFlood(100), 30000);
        QCOMPARE(policy.pausedUntil(), 30100);
        QVERIFY(policy.nextStartAt() >= 30100);
        QCOMPARE(policy.spacingMs(), 5000); // resumes slowly
        // Floods in a row (no full recovery in between) double the pause up to 5 minutes.
        policy.recordSuccess();
        QCOMPARE(policy.recordFlood(40000), 60000);
        QCOMPARE(policy.recordFlood(200000), 120000);
        QCOMPARE(policy.recordFlood(400000), 240000);
        QCOMPARE(policy.recordFlood(700000), 300000);
        QCOMPARE(policy.recordFlood(1100000), 300000);
        QCOMPARE(policy.floodStreak(), 6);
        // Full recovery (spacing back to the minimum) forgets the streak.
        while (policy.spacingMs() > 500)
            policy.recordSuccess();
        QCOMPARE(policy.floodStreak(), 0);
        QCOMPARE(policy.recordFlood(2000000), 30000);
    }

    void shortFloodForTests()
    {
        FichierConfig config;
        config.floodPauseMs = 2000;
        config.floodMaxPauseMs = 5000;
        PacingPolicy policy(config);
        QCOMPARE(policy.recordFlood(0), 2000);
        QCOMPARE(policy.recordFlood(2000), 4000);
        QCOMPARE(policy.recordFlood(6000), 5000);
    }

    void floodsDuringAPauseAreOneFlood()
    {
        FichierConfig config;
        config.floodPauseMs = 1000;
        config.floodMaxPauseMs = 1000;
        PacingPolicy policy(config);
        QCOMPARE(policy.recordFlood(10000), 1000);
        // Other requests in flight report the same flood: same pause, same streak.
        QCOMPARE(policy.recordFlood(10400), 600);
        QCOMPARE(policy.pausedUntil(), 11000);
        QCOMPARE(policy.floodStreak(), 1);
    }

    void backoff()
    {
        FichierConfig config;
        PacingPolicy policy(config);
        QCOMPARE(policy.backoffMs(1), 1000);
        QCOMPARE(policy.backoffMs(2), 2000);
        QCOMPARE(policy.backoffMs(3), 4000);
        QCOMPARE(policy.backoffMs(6), 32000);
        QCOMPARE(policy.backoffMs(7), 60000);
        QCOMPARE(policy.backoffMs(50), 60000);
    }
};

QTEST_GUILESS_MAIN(TestPacingPolicy)
#include "tst_pacingpolicy.moc"
