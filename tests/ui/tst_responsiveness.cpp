// While the desktop app backs up a few hundred MB against the stand-in, the GUI event
// loop keeps running: a 10 ms timer is never late by more than 100 ms. The size can be
// raised with COFFRE_RESPONSIVENESS_MB.
#include "DesktopApp.h"
#include "FakeFichier.h"
#include "MainWindow.h"
#include "TestEnvironment.h"
#include "backup/BackupCoordinator.h"
#include "backup/BackupScheduler.h"
#include "backup/RunHistory.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using namespace Coffre;

class TestResponsiveness : public QObject
{
    Q_OBJECT

private slots:
    void eventLoopNeverStalls()
    {
        TestEnvironment env;
        env.applyToThisProcess();
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        qputenv("COFFRE_API_URL", fake.apiUrl().toString().toLatin1());
        qputenv("COFFRE_API_KEY", fake.apiKey().toLatin1());

        const int megabytes = qEnvironmentVariableIntValue("COFFRE_RESPONSIVENESS_MB") > 0
            ? qEnvironmentVariableIntValue("COFFRE_RESPONSIVENESS_MB")
            : 160;
        const QString source = env.root() + QLatin1String("/src");
        QVERIFY(QDir().mkpath(source));
        // Half incompressible, half compressible, in files of 16 MB.
        QRandomGenerator rng(7);
        for (int i = 0; i < megabytes / 16; ++i) {
            QFile f(source + QStringLiteral("/part%1.bin").arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray block(16 * 1024 * 1024, 'a');
            if (i % 2 == 0)
                rng.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            QCOMPARE(f.write(block), block.size());
        }
        Profile p;
        p.name = QStringLiteral("Big");
        p.sources = {source};
        p.remotePath = QStringLiteral("/Backups/big");
        p.level = 1;
        QVERIFY(ProfileStore().add(p));

        DesktopApp::Options options;
        options.allowTray = false;
        options.runOptions.verifyListDelayMs = 200;
        options.tuneConfig = [](FichierConfig &c) {
            c.endPollDelayMs = 100;
        };
        DesktopApp app(options);
        app.scheduler()->setPaused(true);
        app.start();
        QTRY_VERIFY_WITH_TIMEOUT(app.hasKey(), 20000);

        QElapsedTimer clock;
        qint64 last = -1;
        qint64 worstLateMs = 0;
        int ticks = 0;
        QTimer probe;
        probe.setInterval(10);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            if (last >= 0)
                worstLateMs = std::max(worstLateMs, now - last - probe.interval());
            last = now;
            ++ticks;
        });
        QSignalSpy finished(app.coordinator(), &BackupCoordinator::runFinished);
        app.window()->selectProfile(p.name);
        clock.start();
        probe.start();
        QTest::mouseClick(
            app.window()->findChild<QPushButton *>(QStringLiteral("backupNowButton")), Qt::LeftButton);
        QVERIFY(finished.wait(600000));
        probe.stop();
        const auto outcome = finished.first().at(1).value<RunOutcome>();
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.record.error));
        QVERIFY(outcome.record.size > megabytes / 2 * 1024 * 1024);
        qInfo("backup of %d MB took %lld ms; %d timer ticks; worst lateness %lld ms", megabytes,
            clock.elapsed(), ticks, worstLateMs);
        QVERIFY2(worstLateMs <= 100, qPrintable(QStringLiteral("event loop stalled %1 ms").arg(worstLateMs)));
    }
};

QTEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
