// RequestPacer with real time: order, the spacing floor between starts, cancellation,
// owners going away, retries keeping their turn, and a flood holding everything back.
#include "fichier/RequestPacer.h"

#include <QElapsedTimer>
#include <QtTest>

#include <memory>

using namespace Coffre;

namespace {
FichierConfig fastConfig()
{
    FichierConfig config;
    config.minSpacingMs = 0; // clamped to 334
    config.startMarginMs = 0;
    config.floodPauseMs = 700;
    config.floodMaxPauseMs = 700;
    config.recoverySpacingMs = 334;
    return config;
}
} // namespace

class TestRequestPacer : public QObject
{
    Q_OBJECT
private slots:
    void orderAndSpacing()
    {
        RequestPacer pacer(fastConfig());
        QObject owner;
        QElapsedTimer clock;
        clock.start();
        QList<std::pair<int, qint64>> starts;
        for (int i = 0; i < 4; ++i)
            pacer.enqueue(&owner, [&, i] { starts.append({i, clock.nsecsElapsed()}); });
        QCOMPARE(pacer.pendingCount(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(starts.size(), 4, 10000);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(starts.at(i).first, i);
        for (int i = 1; i < 4; ++i) {
            const qint64 gapMs = (starts.at(i).second - starts.at(i - 1).second) / 1000000;
            QVERIFY2(gapMs >= 334, qPrintable(QString::number(gapMs)));
        }
    }

    void cancellation()
    {
        RequestPacer pacer(fastConfig());
        QObject keep;
        auto gone = std::make_unique<QObject>();
        auto other = std::make_unique<QObject>();
        QStringList started;
        pacer.enqueue(&keep, [&] { started << QStringLiteral("a"); });
        const quint64 ticket = pacer.enqueue(&keep, [&] { started << QStringLiteral("b"); });
        pacer.enqueue(gone.get(), [&] { started << QStringLiteral("c"); });
        pacer.enqueue(other.get(), [&] { started << QStringLiteral("d"); });
        pacer.enqueue(&keep, [&] { started << QStringLiteral("e"); });
        QVERIFY(pacer.cancel(ticket));
        QVERIFY(!pacer.cancel(ticket));
        gone.reset(); // its entries are dropped
        pacer.cancelOwner(other.get());
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 10000);
        QTest::qWait(500);
        QCOMPARE(started, (QStringList {QStringLiteral("a"), QStringLiteral("e")}));
        QCOMPARE(pacer.pendingCount(), 0);
    }

    void retriesKeepTheirTurnAndWaitNotBefore()
    {
        RequestPacer pacer(fastConfig());
        QObject owner;
        QStringList started;
        QElapsedTimer clock;
        clock.start();
        qint64 retryAt = 0;
        pacer.enqueue(&owner, [&] {
            started << QStringLiteral("first");
            // Back off 800 ms; other work may go meanwhile.
            pacer.enqueue(
                &owner,
                [&] {
                    started << QStringLiteral("retry");
                    retryAt = clock.elapsed();
                },
                pacer.now() + 800, true);
        });
        pacer.enqueue(&owner, [&] { started << QStringLiteral("second"); });
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 3, 10000);
        QCOMPARE(started,
            (QStringList {QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("retry")}));
        QVERIFY(retryAt >= 800);
    }

    void floodHoldsEverything()
    {
        RequestPacer pacer(fastConfig());
        QObject owner;
        QElapsedTimer clock;
        qint64 floodAt = -1;
        QList<qint64> after;
        QSignalSpy pauses(&pacer, &RequestPacer::floodPause);
        clock.start();
        pacer.enqueue(&owner, [&] {
            floodAt = clock.elapsed();
            QCOMPARE(pacer.reportFlood(), 700);
        });
        for (int i = 0; i < 2; ++i)
            pacer.enqueue(&owner, [&] { after << clock.elapsed(); });
        QTRY_COMPARE_WITH_TIMEOUT(after.size(), 2, 10000);
        QCOMPARE(pauses.size(), 1);
        QCOMPARE(pauses.first().first().toLongLong(), 700);
        QVERIFY2(after.at(0) - floodAt >= 700, qPrintable(QString::number(after.at(0) - floodAt)));
        QVERIFY(after.at(1) - after.at(0) >= 334);
    }

    // The injectable clock is what decides: a timer firing "early" by that clock waits.
    void injectedClock()
    {
        RequestPacer pacer(fastConfig());
        qint64 fake = 0;
        pacer.setClock([&fake] { return fake; });
        QObject owner;
        int started = 0;
        pacer.enqueue(&owner, [&] { ++started; });
        pacer.enqueue(&owner, [&] { ++started; });
        QTRY_COMPARE(started, 1);
        QTest::qWait(600); // real time passes, the pacer's clock does not
        QCOMPARE(started, 1);
        fake = 334;
        QTRY_COMPARE_WITH_TIMEOUT(started, 2, 2000);
    }
};

QTEST_GUILESS_MAIN(TestRequestPacer)
#include "tst_requestpacer.moc"
