// SystemNetworkStatus over QNetworkInformation as Debian 12's Qt 6.4 ships it. Registered
// twice: as is (here NetworkManager is absent, so Qt's default backend does not load and
// Coffre must fall back), and with no plugin at all (COFFRE_TEST_NO_NETWORK_PLUGINS=1),
// where everything is Unknown and a due scheduled backup still starts at once.
#include "MockClock.h"
#include "TestEnvironment.h"
#include "backup/BackupScheduler.h"
#include "core/SystemNetworkStatus.h"

#include <QNetworkInformation>
#include <QSignalSpy>
#include <QtTest>

using namespace Coffre;

class TestSystemNetworkStatus : public QObject
{
    Q_OBJECT

private:
    bool noPlugins() const { return qEnvironmentVariableIsSet("COFFRE_TEST_NO_NETWORK_PLUGINS"); }

private slots:
    void initTestCase()
    {
        // Before anything loads a plugin: QNetworkInformation is one backend per process.
        if (noPlugins())
            QCoreApplication::setLibraryPaths({QStringLiteral("/nonexistent")});
    }

    void loadsWhatThereIs()
    {
        SystemNetworkStatus status;
        const QStringList available = QNetworkInformation::availableBackends();
        if (noPlugins()) {
            QVERIFY(available.isEmpty());
            QVERIFY(status.backendName().isEmpty());
            QCOMPARE(status.reachability(), NetworkStatus::Reachability::Unknown);
            QVERIFY(!status.isMetered().has_value());
            return;
        }
        qInfo(
            "available: %s; loaded: %s", qPrintable(available.join(u',')), qPrintable(status.backendName()));
        // Debian 12's libqt6network6 has both; whichever loaded is one of them.
        QVERIFY(available.contains(QLatin1String("networkmanager")));
        QVERIFY(available.contains(QLatin1String("glib")));
        QVERIFY(status.backendName().isEmpty() || available.contains(status.backendName()));
        // GLib's monitor reports reachability but cannot tell metered connections apart:
        // the profile editor says so rather than promising what it cannot keep.
        if (status.backendName() == QLatin1String("glib"))
            QVERIFY(!status.isMetered().has_value());
        // A second instance shares the process's one backend.
        SystemNetworkStatus again;
        QCOMPARE(again.backendName(), status.backendName());
    }

    void unknownNeverHoldsABackup()
    {
        TestEnvironment env;
        SystemNetworkStatus status;
        if (status.reachability() != NetworkStatus::Reachability::Unknown)
            QSKIP("a backend reports reachability here; the Unknown case runs without plugins");
        MockClock clock(QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc()));
        BackupScheduler scheduler(clock, env.root() + QLatin1String("/history.jsonl"));
        scheduler.setNetworkStatus(&status);
        Profile p;
        p.name = QStringLiteral("A");
        p.sources = {QStringLiteral("/tmp")};
        p.schedule = Schedule::everyHours(6);
        p.skipOnMetered = true;
        scheduler.setProfiles({p});
        QSignalSpy requested(&scheduler, &BackupScheduler::runRequested);
        scheduler.check();
        QCOMPARE(requested.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSystemNetworkStatus)
#include "tst_systemnetworkstatus.moc"
