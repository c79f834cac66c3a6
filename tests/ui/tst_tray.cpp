// The tray icon on a real X server with a real tray host: this test starts its own Xvfb and
// Debian's trayer (an XEmbed system tray) before QApplication, so it runs under `./dev test`
// like any other. It checks that the icon is embedded and visible (its pixels on the screen),
// that it changes with the state (failed = red badge), and drives the context menu with real
// X clicks (xdotool): Back up now per profile, Open Coffre, Pause schedules, Quit; and the
// failure notification, whose click opens the window.
// It skips, saying why, only when Xvfb cannot start; a tray host that does not come up fails.
#include "DesktopApp.h"
#include "FakeFichier.h"
#include "FakeNetworkStatus.h"
#include "MainWindow.h"
#include "TestEnvironment.h"
#include "TrayController.h"
#include "XServer.h"
#include "backup/BackupCoordinator.h"
#include "backup/BackupScheduler.h"
#include "backup/ProfileStore.h"
#include "backup/RunHistory.h"

#include <QApplication>
#include <QMenu>
#include <QProcess>
#include <QScreen>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QtTest>

using namespace Coffre;

namespace {

QString g_xProblem; // why there is no X server, when there is none
QString g_trayProblem;

// The share of pixels in `image` within `tolerance` of `color` on every channel.
double share(const QImage &image, QColor color, int tolerance = 40)
{
    if (image.isNull() || image.width() * image.height() == 0)
        return 0;
    int hits = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) <= tolerance && qAbs(c.green() - color.green()) <= tolerance
                && qAbs(c.blue() - color.blue()) <= tolerance)
                ++hits;
        }
    }
    return double(hits) / (image.width() * image.height());
}

// A real pointer event through the X server (XTEST), as a user's click would be.
bool xclick(const QPoint &global, int button)
{
    return QProcess::execute(QStringLiteral("xdotool"),
               {QStringLiteral("mousemove"), QString::number(global.x()), QString::number(global.y()),
                   QStringLiteral("click"), QString::number(button)})
        == 0;
}

bool xkey(const QString &key)
{
    return QProcess::execute(QStringLiteral("xdotool"), {QStringLiteral("key"), key}) == 0;
}

} // namespace

class TestTray : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<FakeFichier> m_fake;
    std::unique_ptr<FakeNetworkStatus> m_network;
    std::unique_ptr<DesktopApp> m_app;

    QImage iconOnScreen() const
    {
        const QRect r = m_app->tray()->trayIcon()->geometry();
        return QGuiApplication::primaryScreen()->grabWindow(0, r.x(), r.y(), r.width(), r.height()).toImage();
    }

    // Qt's own notification bubble for an XEmbed tray icon, when one is shown.
    static QWidget *notificationBalloon()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (qstrcmp(w->metaObject()->className(), "QBalloonTip") == 0 && w->isVisible())
                return w;
        }
        return nullptr;
    }

    QMenu *openTrayMenu()
    {
        QMenu *menu = m_app->tray()->menu();
        const QRect icon = m_app->tray()->trayIcon()->geometry();
        if (!xclick(icon.center(), 3))
            return nullptr;
        if (!QTest::qWaitFor([&] { return menu->isVisible(); }, 10000))
            return nullptr;
        QTest::qWait(200); // mapped and placed
        return menu;
    }

    QAction *menuAction(QMenu *menu, const QString &objectName)
    {
        for (QAction *a : menu->actions()) {
            if (a->objectName() == objectName)
                return a;
        }
        return nullptr;
    }

    bool clickMenuItem(QMenu *menu, QAction *action)
    {
        const QRect r = menu->actionGeometry(action);
        return xclick(menu->mapToGlobal(r.center()), 1);
    }

private slots:
    void initTestCase()
    {
        if (!g_xProblem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no X server for the tray test: %1").arg(g_xProblem)));
        QVERIFY2(g_trayProblem.isEmpty(), qPrintable(g_trayProblem));
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        // trayer takes the _NET_SYSTEM_TRAY selection a moment after it starts.
        QTRY_VERIFY2_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(),
            "trayer is running but no system tray appeared on the display", 20000);
        qRegisterMetaType<RunOutcome>();
    }

    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        m_env->applyToThisProcess();
        m_fake = std::make_unique<FakeFichier>();
        QVERIFY2(m_fake->start(), qPrintable(m_fake->errorString()));
        qputenv("COFFRE_API_URL", m_fake->apiUrl().toString().toLatin1());
        qputenv("COFFRE_API_KEY", m_fake->apiKey().toLatin1());
        m_network = std::make_unique<FakeNetworkStatus>();
    }

    void cleanup()
    {
        m_app.reset();
        m_fake.reset();
        m_env.reset();
    }

    void iconAppearsAndMenuWorks()
    {
        const QString source = m_env->root() + QLatin1String("/src");
        QDir().mkpath(source);
        QFile f(source + QLatin1String("/a.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello tray\n");
        f.close();
        Profile good;
        good.name = QStringLiteral("Good");
        good.sources = {source};
        good.remotePath = QStringLiteral("/Backups/good");
        Profile broken = good;
        broken.name = QStringLiteral("Broken");
        broken.sources = {m_env->root() + QLatin1String("/gone")};
        broken.remotePath = QStringLiteral("/Backups/broken");
        ProfileStore store;
        QVERIFY(store.add(good));
        QVERIFY(store.add(broken));
        // Good was backed up a minute ago, so the state starts idle.
        RunRecord ok;
        ok.profile = good.name;
        ok.startUtc = QDateTime::currentDateTimeUtc().addSecs(-60);
        ok.endUtc = ok.startUtc.addSecs(5);
        ok.result = RunRecord::Result::Ok;
        ok.verified = true;
        ok.archiveName = QStringLiteral("good.zip");
        QVERIFY(RunHistory().append(ok));
        RunRecord bad = ok;
        bad.profile = broken.name;
        QVERIFY(RunHistory().append(bad));

        DesktopApp::Options options;
        options.allowTray = true;
        options.network = m_network.get();
        options.runOptions.verifyListDelayMs = 200;
        m_app = std::make_unique<DesktopApp>(options);
        m_app->scheduler()->setPaused(false);
        m_app->start(/*hidden*/ true);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->hasKey(), 20000);

        // The icon is in trayer's panel (top edge), visible, and really drawn there.
        TrayController *tray = m_app->tray();
        QVERIFY(tray->isVisible());
        QVERIFY(!m_app->window()->isVisible()); // started hidden (start at login)
        QTRY_VERIFY_WITH_TIMEOUT(!tray->trayIcon()->geometry().isEmpty(), 10000);
        const QRect geometry = tray->trayIcon()->geometry();
        QVERIFY2(geometry.top() < 60, qPrintable(QStringLiteral("icon at y=%1").arg(geometry.top())));
        QCOMPARE(tray->state(), TrayController::State::Idle);
        const QColor body(0x2f, 0x6f, 0xb0);
        const QColor red(0xd6, 0x2c, 0x2c);
        QTRY_VERIFY_WITH_TIMEOUT(share(iconOnScreen(), body) > 0.15, 10000);
        QVERIFY(share(iconOnScreen(), red) < 0.01);

        // The menu, opened by a real right-click on the icon.
        QMenu *menu = openTrayMenu();
        QVERIFY2(menu, "a right-click on the tray icon did not open its menu");
        QAction *header = menuAction(menu, QStringLiteral("trayStatusAction"));
        QVERIFY(header);
        QCOMPARE(header->text(), tr("All backups up to date"));
        QVERIFY(!header->isEnabled());
        QAction *backUpNow = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->menu() && a->menu()->objectName() == QLatin1String("trayBackupNowMenu"))
                backUpNow = a;
        }
        QVERIFY(backUpNow);
        QStringList perProfile;
        for (QAction *a : backUpNow->menu()->actions())
            perProfile << a->text();
        QCOMPARE(perProfile, (QStringList {QStringLiteral("Good"), QStringLiteral("Broken")}));
        QVERIFY(menuAction(menu, QStringLiteral("trayOpenAction")));
        QAction *pause = menuAction(menu, QStringLiteral("trayPauseAction"));
        QVERIFY(pause && pause->isCheckable() && !pause->isChecked());
        QVERIFY(menuAction(menu, QStringLiteral("trayQuitAction")));

        // Back up now ▸ Broken, clicked through the submenu: the run fails and the icon
        // turns red.
        QSignalSpy finished(m_app->coordinator(), &BackupCoordinator::runFinished);
        QVERIFY(clickMenuItem(menu, backUpNow));
        QMenu *sub = backUpNow->menu();
        QTRY_VERIFY_WITH_TIMEOUT(sub->isVisible(), 5000);
        QTest::qWait(200);
        QAction *brokenNow = sub->actions().at(1);
        QVERIFY(clickMenuItem(sub, brokenNow));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("Broken"));
        QCOMPARE(tray->state(), TrayController::State::Failed);
        QTRY_VERIFY_WITH_TIMEOUT(share(iconOnScreen(), red) > 0.03, 10000);

        // The failure is announced by a notification at the icon; clicking it opens the
        // window that says why.
        QWidget *balloon = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((balloon = notificationBalloon()) != nullptr, 10000);
        QVERIFY(!m_app->window()->isVisible());
        QVERIFY(xclick(balloon->geometry().center(), 1));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->window()->isVisible(), 5000);
        QTRY_VERIFY(!notificationBalloon());
        m_app->window()->close(); // back to the tray
        QTRY_VERIFY(!m_app->window()->isVisible());

        // Pause schedules from the menu.
        menu = openTrayMenu();
        QVERIFY(menu);
        QVERIFY(clickMenuItem(menu, menuAction(menu, QStringLiteral("trayPauseAction"))));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->scheduler()->isPaused(), 5000);

        // Open Coffre shows the window that was hidden.
        menu = openTrayMenu();
        QVERIFY(menu);
        QVERIFY(menuAction(menu, QStringLiteral("trayPauseAction"))->isChecked());
        QVERIFY(clickMenuItem(menu, menuAction(menu, QStringLiteral("trayOpenAction"))));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->window()->isVisible(), 5000);
        // Closing it keeps Coffre in the tray.
        m_app->window()->close();
        QTRY_VERIFY(!m_app->window()->isVisible());
        QVERIFY(tray->isVisible());

        // Quit asks the application to quit.
        QSignalSpy quit(tray, &TrayController::quitRequested);
        menu = openTrayMenu();
        QVERIFY(menu);
        QVERIFY(clickMenuItem(menu, menuAction(menu, QStringLiteral("trayQuitAction"))));
        QTRY_COMPARE_WITH_TIMEOUT(quit.size(), 1, 5000);
        xkey(QStringLiteral("Escape"));
    }
};

int main(int argc, char *argv[])
{
    // A display of our own: never the developer's, and the same under ctest and by hand.
    XServer x;
    if (x.start()) {
        qputenv("DISPLAY", x.display().toLocal8Bit());
        qputenv("QT_QPA_PLATFORM", "xcb");
        qunsetenv("WAYLAND_DISPLAY");
        // Without a session bus Qt uses the XEmbed tray (trayer), not a StatusNotifier host
        // that a developer's desktop session may offer.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        if (x.spawn({QStringLiteral("trayer"), QStringLiteral("--edge"), QStringLiteral("top"),
                QStringLiteral("--align"), QStringLiteral("right"), QStringLiteral("--widthtype"),
                QStringLiteral("request"), QStringLiteral("--height"), QStringLiteral("32"),
                QStringLiteral("--transparent"), QStringLiteral("false"), QStringLiteral("--tint"),
                QStringLiteral("0x303030")})
            < 0)
            g_trayProblem = QStringLiteral("trayer could not be started (is the trayer package installed?)");
    } else {
        g_xProblem = x.problem();
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    TestTray test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tray.moc"
