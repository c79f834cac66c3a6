// Renders the desktop app's windows to PNGs for the README (`./dev screenshots`), against
// the 1fichier stand-in with demo profiles in a private home. A test tool, not part of
// the product: it drives the real windows the way the widget tests do.
#include "DesktopApp.h"
#include "FakeFichier.h"
#include "FakeNetworkStatus.h"
#include "HistoryDialog.h"
#include "MainWindow.h"
#include "ProfileEditor.h"
#include "RemoteBrowser.h"
#include "TestEnvironment.h"
#include "TrayController.h"
#include "backup/BackupCoordinator.h"
#include "backup/BackupName.h"
#include "backup/BackupScheduler.h"
#include "backup/RunHistory.h"
#include "backup/SystemClock.h"
#include "core/Translations.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScreen>
#include <QTest>
#include <QTreeWidget>

#include <cstdio>

using namespace Coffre;

namespace {

QString g_outDir;

bool save(QWidget *widget, const QString &name)
{
    widget->raise();
    QTest::qWait(300);
    const QString path = g_outDir + u'/' + name;
    const bool ok = widget->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
}

QByteArray noise(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator rng(42);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

RunRecord record(const QString &profile, const QDateTime &start, RunRecord::Result result, qint64 size,
    const QString &error = {})
{
    RunRecord r;
    r.profile = profile;
    r.startUtc = start;
    r.endUtc = start.addSecs(95);
    r.result = result;
    r.verified = result == RunRecord::Result::Ok;
    r.archiveName = QStringLiteral("demo.zip");
    r.size = size;
    r.files = 1240;
    r.error = error;
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    TestEnvironment env;
    env.applyToThisProcess();
    // Paths show as ~/Documents, as on a real desktop.
    const QString home = env.root() + QLatin1String("/home");
    QDir().mkpath(home);
    qputenv("HOME", home.toLocal8Bit());

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("coffre"));
    // In the locale's language, as the app would be: `./dev screenshots` pins English for
    // the README; COFFRE_SCREENSHOTS_LOCALE=fr_FR.UTF-8 shows the French windows.
    Coffre::Translations::install();
    QApplication::setApplicationDisplayName(QStringLiteral("Coffre"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/coffre.svg")));
    g_outDir = app.arguments().value(1, QStringLiteral("docs/screenshots"));
    QDir().mkpath(g_outDir);

    FakeFichier fake;
    if (!fake.start()) {
        std::fprintf(stderr, "stand-in: %s\n", qPrintable(fake.errorString()));
        return 1;
    }
    qputenv("COFFRE_API_URL", fake.apiUrl().toString().toLatin1());
    qputenv("COFFRE_API_KEY", fake.apiKey().toLatin1());

    writeFile(home + QLatin1String("/Documents/taxes/2024.pdf"), noise(300000));
    writeFile(home + QLatin1String("/Documents/letters/bank.odt"), noise(40000));
    writeFile(home + QLatin1String("/Pictures/2024/beach.jpg"), noise(48 * 1024 * 1024));
    writeFile(home + QLatin1String("/Pictures/2024/dunes.jpg"), noise(24 * 1024 * 1024));

    const QDateTime now = SystemClock::instance().nowUtc();
    ProfileStore store;
    Profile docs;
    docs.name = QStringLiteral("Documents");
    docs.sources = {home + QLatin1String("/Documents")};
    docs.excludes = {QStringLiteral("*.tmp"), QStringLiteral("~$*")};
    docs.remotePath = QStringLiteral("/Backups/documents");
    docs.schedule = Schedule::daily(QTime(2, 0));
    docs.retention.keepLast = 2;
    docs.retention.keepDaily = 3;
    docs.retention.keepWeekly = 2;
    Profile pictures;
    pictures.name = QStringLiteral("Pictures");
    pictures.sources = {home + QLatin1String("/Pictures")};
    pictures.remotePath = QStringLiteral("/Backups/pictures");
    pictures.level = 0;
    pictures.schedule = Schedule::weekly({Qt::Monday, Qt::Thursday}, QTime(21, 30));
    pictures.retention.keepLast = 4;
    pictures.skipOnMetered = true;
    Profile laptop;
    laptop.name = QStringLiteral("Laptop settings");
    laptop.sources = {QStringLiteral("/media/backup-disk/laptop")};
    laptop.remotePath = QStringLiteral("/Backups/laptop");
    laptop.schedule = Schedule::everyHours(12);
    laptop.retention.keepLast = 5;
    // Past backups for the remote browser and the retention preview.
    QStringList docNames;
    for (const int hoursAgo : {14, 38, 62, 86, 110, 200, 370}) {
        const QDateTime t = now.addSecs(-3600 * hoursAgo);
        docNames << BackupName::format(docs.slug(), t);
        fake.seedFile(docs.remotePath, docNames.last(), noise(3000 + hoursAgo * 10), t);
    }
    fake.seedFile(
        docs.remotePath, QStringLiteral("notes from the old laptop.txt"), noise(900), now.addDays(-40));
    RunHistory history;
    for (int day = 9; day >= 1; --day) {
        history.append(record(
            docs.name, now.addDays(-day).addSecs(-3600 * 14), RunRecord::Result::Ok, 340000 + day * 1200));
    }
    history.append(record(docs.name, now.addSecs(-3600 * 14), RunRecord::Result::Ok, 345678));
    history.append(record(pictures.name, now.addDays(-2), RunRecord::Result::Ok, 75 * 1024 * 1024));
    RunRecord warned = record(pictures.name, now.addDays(-6), RunRecord::Result::Ok, 74 * 1024 * 1024);
    warned.warnings = 2;
    warned.pruned = 1;
    history.append(warned);
    history.append(record(laptop.name, now.addSecs(-3600 * 3), RunRecord::Result::Failed, 0,
        QStringLiteral(
            "The source folder /media/backup-disk/laptop does not exist (is a disk unplugged?).")));

    FakeNetworkStatus network;
    DesktopApp::Options options;
    options.runOptions.verifyListDelayMs = 500;
    options.network = &network;
    DesktopApp desktop(options);
    // Scheduled runs would start at once (two profiles are overdue): held until the end.
    desktop.scheduler()->setPaused(true);
    desktop.start();
    MainWindow *window = desktop.window();
    if (!QTest::qWaitFor([&] { return desktop.hasKey(); }, 20000))
        return 1;
    window->move(40, 60);
    window->resize(960, 620);
    // Before any profile: the page that says what a profile is.
    QTest::qWait(300);
    bool ok = save(window, QStringLiteral("no-profiles.png"));
    if (!store.add(docs) || !store.add(pictures) || !store.add(laptop)) {
        std::fprintf(stderr, "profiles: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    desktop.reloadProfiles();
    window->selectProfile(laptop.name);
    QTest::qWait(500);
    ok = save(window, QStringLiteral("main-window.png")) && ok;

    window->editProfile(docs.name);
    auto *editor = window->findChild<ProfileEditor *>();
    if (editor && QTest::qWaitFor([&] { return editor->previewReady(); }, 20000)) {
        QTest::qWait(300);
        ok = save(editor, QStringLiteral("profile-editor.png")) && ok;
        editor->reject();
    } else {
        ok = false;
    }

    // Pin the oldest backup, so the browser shows one.
    window->browseBackups(docs.name);
    auto *browser = window->findChild<RemoteBrowser *>();
    if (browser && QTest::qWaitFor([&] { return browser->isLoaded(); }, 20000)) {
        browser->selectBackup(docNames.last());
        browser->findChild<QPushButton *>(QStringLiteral("pinButton"))->click();
        browser->selectBackup(docNames.at(2));
        ok = save(browser, QStringLiteral("remote-browser.png")) && ok;
        browser->close();
    } else {
        ok = false;
    }

    window->showHistory(QString());
    if (auto *historyDialog = window->findChild<HistoryDialog *>()) {
        QTest::qWait(300);
        ok = save(historyDialog, QStringLiteral("history.png")) && ok;
        historyDialog->close();
    }

    window->showSettings();
    if (auto *settings = window->findChild<QDialog *>(QStringLiteral("settingsDialog"))) {
        QTest::qWait(300);
        ok = save(settings, QStringLiteral("settings.png")) && ok;
        settings->close();
    }

    // The first-run page, with a tested key.
    desktop.dropKey();
    auto *keyEdit = window->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
    auto *test = window->findChild<QPushButton *>(QStringLiteral("testButton"));
    auto *result = window->findChild<QLabel *>(QStringLiteral("testResultLabel"));
    keyEdit->setText(fake.apiKey());
    test->click();
    if (!QTest::qWaitFor([&] { return result->text().contains(u'@'); }, 20000))
        ok = false;
    ok = save(window, QStringLiteral("welcome.png")) && ok;
    desktop.useKey(fake.apiKey());
    desktop.scheduler()->setPaused(true);

    // A running backup, caught half-way through its upload.
    bool caught = false;
    QObject::connect(desktop.coordinator(), &BackupCoordinator::runProgress, window,
        [&](const QString &, const RunProgress &p) {
            if (!caught && p.phase == RunPhase::Uploading && p.bytesTotal > 0
                && p.bytesDone * 3 > p.bytesTotal) {
                caught = true;
                save(window, QStringLiteral("running-backup.png"));
            }
        });
    window->selectProfile(pictures.name);
    desktop.backUpNow(pictures.name);
    const bool ran = QTest::qWaitFor([&] { return !desktop.coordinator()->isBusy() && caught; }, 300000);
    ok = ran && ok;

    desktop.scheduler()->setPaused(false);
    if (!QTest::qWaitFor([&] { return !desktop.coordinator()->isBusy(); }, 60000))
        ok = false;
    QTest::qWait(1000);
    if (desktop.tray()->isVisible()) {
        // The whole screen: the icon in trayer's panel (red badge) and the failure notification.
        const QString path = g_outDir + QLatin1String("/desktop.png");
        QGuiApplication::primaryScreen()->grabWindow(0).save(path);
        std::fprintf(stderr, "wrote %s\n", qPrintable(path));
    } else {
        std::fprintf(stderr, "no system tray: tray icon not shown\n");
    }
    QMenu *menu = desktop.tray()->menu();
    menu->popup(QPoint(700, 34));
    QTest::qWait(500);
    ok = save(menu, QStringLiteral("tray-menu.png")) && ok;
    menu->hide();
    return ok ? 0 : 1;
}
