// The desktop app's real widgets, offscreen, against the 1fichier stand-in over loopback:
// first-run key entry, the profile editor, Back up now with progress, the remote browser
// (restore, delete, pin), the retention preview, failures, health and the scheduler,
// waiting for the network and metered connections, reminders and their snooze, Settings.
#include "AutostartEntry.h"
#include "DesktopApp.h"
#include "FakeFichier.h"
#include "FakeNetworkStatus.h"
#include "HistoryDialog.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "ProfileEditor.h"
#include "RemoteBrowser.h"
#include "ScriptedPrompter.h"
#include "TestEnvironment.h"
#include "TrayController.h"
#include "backup/BackupCoordinator.h"
#include "backup/BackupName.h"
#include "backup/BackupScheduler.h"
#include "backup/HealthReminders.h"
#include "backup/RunHistory.h"
#include "backup/SystemClock.h"
#include "core/Preferences.h"
#include "fichier/FichierClient.h"
#include "secrets/ApiKeyStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace Coffre;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QMap<QString, QByteArray> readTree(const QString &root)
{
    QMap<QString, QByteArray> tree;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            tree.insert(QDir(root).relativeFilePath(path), f.readAll());
    }
    return tree;
}

template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

// A verified backup of `profile` that started at `start`, as the history records it.
RunRecord verifiedRun(const QString &profile, const QDateTime &start)
{
    RunRecord r;
    r.profile = profile;
    r.startUtc = start;
    r.endUtc = start.addSecs(60);
    r.result = RunRecord::Result::Ok;
    r.verified = true;
    r.archiveName = QStringLiteral("earlier.zip");
    r.size = 1234;
    return r;
}

// Clicks a window command the way a user does: its tool bar button when it has one.
bool clickAction(MainWindow *window, const char *name)
{
    QAction *action = window->action(QLatin1String(name));
    if (!action || !action->isEnabled())
        return false;
    auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action))) {
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    }
    action->trigger();
    return true;
}

} // namespace

class TestDesktopApp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<FakeFichier> m_fake;
    std::unique_ptr<MockClock> m_clock;
    int m_listingCap = 0; // the client's idea of 1fichier's listing cap; 0: the real one
    std::unique_ptr<FakeNetworkStatus> m_network;
    std::unique_ptr<DesktopApp> m_app;
    ScriptedPrompter *m_prompter = nullptr;
    QString m_source;

    DesktopApp::Options options()
    {
        DesktopApp::Options o;
        o.clock = m_clock.get();
        o.allowTray = false;
        o.keychainRetryMs = 100;
        o.network = m_network.get();
        o.runOptions.verifyListDelayMs = 200;
        o.runOptions.historyFile = RunHistory::defaultFilePath();
        o.tuneConfig = [cap = m_listingCap](FichierConfig &c) {
            if (cap > 0)
                c.listingCap = cap;
            c.minSpacingMs = FichierConfig::kMinSpacingFloorMs;
            c.recoverySpacingMs = 400;
            c.retryBaseMs = 100;
            c.retryMaxMs = 400;
            c.endPollDelayMs = 100;
            c.floodPauseMs = 1000;
        };
        return o;
    }

    // Starts the app with the stand-in's key in COFFRE_API_KEY; waits for the profiles page.
    bool startApp(bool pauseSchedules = true)
    {
        qputenv("COFFRE_API_KEY", m_fake->apiKey().toLatin1());
        m_app = std::make_unique<DesktopApp>(options());
        if (pauseSchedules)
            m_app->scheduler()->setPaused(true);
        m_app->start();
        return QTest::qWaitFor([&] { return m_app->hasKey(); }, 20000);
    }

    Profile profile(const QString &name, const QString &remote = QStringLiteral("/Backups/ui")) const
    {
        Profile p;
        p.name = name;
        p.sources = {m_source};
        p.remotePath = remote;
        p.retention.keepLast = 3;
        return p;
    }

    QTreeWidgetItem *row(const QString &name) const
    {
        QTreeWidget *list = m_app->window()->profileList();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(MainWindow::NameColumn) == name)
                return list->topLevelItem(i);
        }
        return nullptr;
    }

    RunOutcome backUpNow(const QString &name)
    {
        QSignalSpy finished(m_app->coordinator(), &BackupCoordinator::runFinished);
        m_app->window()->selectProfile(name);
        if (!clickAction(m_app->window(), "backupNowAction"))
            return {};
        if (!finished.wait(120000))
            return {};
        return finished.first().at(1).value<RunOutcome>();
    }

    QList<FileEntry> remoteFiles(const QString &folder)
    {
        FichierClient *client = m_app->coordinator()->client();
        std::unique_ptr<FolderIdJob> id(client->resolveFolder(folder));
        if (!id->waitForFinished())
            return {};
        std::unique_ptr<FileListJob> list(client->listFiles(id->result()));
        if (!list->waitForFinished())
            return {};
        return list->result();
    }

    // Puts a backup of `p` in its remote folder for each age in seconds, in the order given;
    // returns their names (empty if the stand-in refused one).
    QStringList seedBackups(const Profile &p, const QList<qint64> &secondsAgo)
    {
        QStringList names;
        const QDateTime now = m_clock->nowUtc();
        for (const qint64 age : secondsAgo) {
            const QDateTime t = now.addSecs(-age);
            names << BackupName::format(p.slug(), t);
            if (m_fake->seedFile(p.remotePath, names.last(), "zip", t).isEmpty())
                return {};
        }
        return names;
    }

    RemoteBrowser *openBrowser(const QString &name)
    {
        m_app->window()->selectProfile(name);
        if (!clickAction(m_app->window(), "browseAction"))
            return nullptr;
        auto *browser = m_app->window()->findChild<RemoteBrowser *>();
        if (browser && !QTest::qWaitFor([&] { return browser->isLoaded(); }, 20000))
            return nullptr;
        return browser;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<RunOutcome>();
        qRegisterMetaType<RunProgress>();
    }

    void init()
    {
        m_listingCap = 0;
        m_env = std::make_unique<TestEnvironment>();
        m_env->applyToThisProcess();
        m_fake = std::make_unique<FakeFichier>();
        QVERIFY2(m_fake->start(), qPrintable(m_fake->errorString()));
        qputenv("COFFRE_API_URL", m_fake->apiUrl().toString().toLatin1());
        qunsetenv("COFFRE_API_KEY");
        m_clock = std::make_unique<MockClock>(SystemClock::instance().nowUtc());
        m_network = std::make_unique<FakeNetworkStatus>();
        auto prompter = std::make_unique<ScriptedPrompter>();
        m_prompter = prompter.get();
        Prompter::setInstance(std::move(prompter));
        m_source = m_env->root() + QLatin1String("/src");
        writeFile(m_source + QLatin1String("/notes/todo.txt"), "buy milk\n");
        writeFile(m_source + QLatin1String("/photos/été.jpg"), QByteArray(50000, 'x') + "tail");
    }

    void cleanup()
    {
        m_app.reset();
        Prompter::setInstance(nullptr);
        m_prompter = nullptr;
        m_fake.reset();
        m_clock.reset();
        m_network.reset();
        m_env.reset();
        qunsetenv("COFFRE_API_KEY");
        qunsetenv("COFFRE_API_URL");
    }

    void firstRunKeyEntry()
    {
        m_app = std::make_unique<DesktopApp>(options());
        m_app->start();
        MainWindow *window = m_app->window();
        QTRY_VERIFY_WITH_TIMEOUT(window->showsWelcome(), 30000);
        QVERIFY(!m_app->hasKey());
        auto *intro = child<QLabel>(window, "introLabel");
        QVERIFY(intro->text().contains(QLatin1String("https://1fichier.com/console/params.pl")));
        auto *keyEdit = child<QLineEdit>(window, "apiKeyEdit");
        QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
        auto *test = child<QPushButton>(window, "testButton");
        auto *save = child<QPushButton>(window, "saveKeyButton");
        auto *result = child<QLabel>(window, "testResultLabel");

        // A malformed key is refused inline, before any request.
        QTest::keyClicks(keyEdit, QStringLiteral("short"));
        QVERIFY(!test->isEnabled());
        QVERIFY(!save->isEnabled());
        QVERIFY(!result->text().isEmpty());

        // A well-formed but wrong key: the test says so.
        keyEdit->clear();
        QTest::keyClicks(keyEdit, QString(32, u'A'));
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(tr("The connection failed")), 20000);
        QVERIFY(!result->text().contains(QString(32, u'A')));

        keyEdit->clear();
        QTest::keyClicks(keyEdit, m_fake->apiKey());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("@fakefichier.invalid")), 20000);

        if (qEnvironmentVariableIsEmpty("COFFRE_TEST_SESSION"))
            QSKIP("saving needs the private keychain of ./dev test");
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->hasKey(), 20000);
        QVERIFY(!window->showsWelcome());
        QVERIFY(m_app->coordinator()->client());
        // Leave the shared test keychain as it was.
        QVERIFY(m_app->keyStore()->forgetKeySync().isOk());
    }

    void createProfileInEditorAndBackUp()
    {
        QVERIFY(startApp());
        MainWindow *window = m_app->window();
        // No profile yet: the list is replaced by a page that says what a profile is.
        QVERIFY(child<QLabel>(window, "emptyLabel")->isVisibleTo(window));
        QVERIFY(!window->profileList()->isVisibleTo(window));
        QTest::mouseClick(child<QPushButton>(window, "emptyAddButton"), Qt::LeftButton);
        auto *editor = window->findChild<ProfileEditor *>();
        QVERIFY(editor);
        auto *save = child<QPushButton>(editor, "saveButton");
        QVERIFY(!save->isEnabled()); // no name, no folder yet
        QVERIFY(!child<QLabel>(editor, "problemsLabel")->text().isEmpty());
        QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("My Documents"));
        m_prompter->directoryAnswers << m_source;
        QTest::mouseClick(child<QPushButton>(editor, "addSourceButton"), Qt::LeftButton);
        auto *remote = child<QLineEdit>(editor, "remoteEdit");
        // A new profile's folder follows its name, until the user types one.
        QCOMPARE(remote->text(), QStringLiteral("/Backups/My Documents"));
        QCOMPARE(editor->profile().schedule, Schedule::daily(QTime(2, 0)));
        QVERIFY(!editor->profile().retention.isEmpty());
        remote->clear();
        QTest::keyClicks(remote, QStringLiteral("/Backups/docs"));
        QTRY_VERIFY(save->isEnabled());
        QVERIFY(child<QLabel>(editor, "problemsLabel")->text().isEmpty());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(row(QStringLiteral("My Documents")) != nullptr);
        QCOMPARE(m_app->profiles().find(QStringLiteral("My Documents"))->sources, QStringList {m_source});
        QVERIFY(window->profileList()->isVisibleTo(window));

        // Back up now: progress shows, then the row shows the result.
        QSignalSpy progress(m_app->coordinator(), &BackupCoordinator::runProgress);
        QSignalSpy started(m_app->coordinator(), &BackupCoordinator::runStarted);
        QList<RunPhase> phases;
        connect(m_app->coordinator(), &BackupCoordinator::runProgress, this,
            [&](const QString &, const RunProgress &p) {
                if (phases.isEmpty() || phases.last() != p.phase)
                    phases << p.phase;
                if (p.phase == RunPhase::Uploading)
                    QVERIFY(child<QGroupBox>(window, "progressBox")->isVisibleTo(window));
            });
        const RunOutcome outcome = backUpNow(QStringLiteral("My Documents"));
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.record.error));
        QCOMPARE(started.size(), 1);
        QVERIFY(phases.contains(RunPhase::Uploading));
        QCOMPARE(phases.last(), RunPhase::Finished);
        QCOMPARE(child<QProgressBar>(window, "progressBar")->value(), 1000);
        QTreeWidgetItem *item = row(QStringLiteral("My Documents"));
        QVERIFY(item);
        QCOMPARE(item->text(MainWindow::ResultColumn), tr("Backed up, verified"));
        QCOMPARE(item->text(MainWindow::SizeColumn), MainWindow::formatSize(outcome.record.size));
        QCOMPARE(item->text(MainWindow::HealthColumn), tr("Healthy"));
        QVERIFY(child<QLabel>(window, "statusLabel")->text().contains(outcome.record.archiveName));

        // The backup shows in the remote browser; restore it; delete it after confirming.
        RemoteBrowser *browser = openBrowser(QStringLiteral("My Documents"));
        QVERIFY(browser);
        QCOMPARE(browser->backupList()->topLevelItemCount(), 1);
        QCOMPARE(browser->backupList()->topLevelItem(0)->text(RemoteBrowser::NameColumn),
            outcome.record.archiveName);

        browser->selectBackup(outcome.record.archiveName);
        const QString target = m_env->root() + QLatin1String("/restored");
        QDir().mkpath(target);
        m_prompter->directoryAnswers << target;
        QSignalSpy restored(browser, &RemoteBrowser::restoreFinished);
        QTest::mouseClick(child<QPushButton>(browser, "restoreButton"), Qt::LeftButton);
        QVERIFY(restored.wait(60000));
        QCOMPARE(restored.first().first().toBool(), true);
        const auto restoredTree = readTree(target);
        QCOMPARE(restoredTree.size(), 2);
        for (auto it = restoredTree.cbegin(); it != restoredTree.cend(); ++it) {
            const QString name = it.key().section(u'/', -2); // "notes/todo.txt"
            QFile original(m_source + u'/' + name);
            QVERIFY2(original.open(QIODevice::ReadOnly), qPrintable(it.key()));
            QCOMPARE(it.value(), original.readAll());
        }

        browser->selectBackup(outcome.record.archiveName);
        m_prompter->confirmAnswers << false; // "Cancel" first: nothing happens
        QTest::mouseClick(child<QPushButton>(browser, "deleteButton"), Qt::LeftButton);
        QCOMPARE(m_prompter->asked.last(), tr("Delete backup"));
        QTest::qWait(300);
        QCOMPARE(remoteFiles(QStringLiteral("/Backups/docs")).size(), 1);
        m_prompter->confirmAnswers << true;
        QSignalSpy reloaded(browser, &RemoteBrowser::loaded);
        QTest::mouseClick(child<QPushButton>(browser, "deleteButton"), Qt::LeftButton);
        QVERIFY(reloaded.wait(20000));
        QCOMPARE(browser->backupList()->topLevelItemCount(), 0);
        QVERIFY(remoteFiles(QStringLiteral("/Backups/docs")).isEmpty());
    }

    void failingRunShowsItsSentence()
    {
        Profile p = profile(QStringLiteral("Gone"));
        p.sources = {m_env->root() + QLatin1String("/missing")};
        QVERIFY(ProfileStore().add(p));
        QVERIFY(startApp());
        const RunOutcome outcome = backUpNow(QStringLiteral("Gone"));
        QVERIFY(!outcome.succeeded());
        QVERIFY(!outcome.record.error.isEmpty());
        QTreeWidgetItem *item = row(QStringLiteral("Gone"));
        QVERIFY(item);
        QCOMPARE(item->text(MainWindow::ResultColumn), tr("Failed"));
        QCOMPARE(item->toolTip(MainWindow::ResultColumn), outcome.record.error);
        QCOMPARE(item->text(MainWindow::HealthColumn), tr("Last run failed"));
        QVERIFY(child<QLabel>(m_app->window(), "statusLabel")->text().contains(outcome.record.error));
        // The details of the selected profile give the whole sentence.
        m_app->window()->selectProfile(QStringLiteral("Gone"));
        QVERIFY(child<QLabel>(m_app->window(), "detailStatus")->text().contains(outcome.record.error));
        QCOMPARE(m_app->tray()->state(), TrayController::State::Failed);

        // The history shows the run with its sentence.
        QVERIFY(clickAction(m_app->window(), "historyAction"));
        auto *history = m_app->window()->findChild<HistoryDialog *>();
        QVERIFY(history);
        QCOMPARE(history->list()->topLevelItemCount(), 1);
        QCOMPARE(
            history->list()->topLevelItem(0)->text(HistoryDialog::ProfileColumn), QStringLiteral("Gone"));
        QCOMPARE(history->list()->topLevelItem(0)->text(HistoryDialog::DetailsColumn), outcome.record.error);
        history->setProfileFilter(QStringLiteral("Nobody"));
        QCOMPARE(history->list()->topLevelItemCount(), 1); // unknown name: all profiles
    }

    void overdueProfileTurnsWarning()
    {
        Profile p = profile(QStringLiteral("Daily"));
        p.schedule = Schedule::daily(QTime(2, 0));
        QVERIFY(ProfileStore().add(p));
        QVERIFY(RunHistory().append(verifiedRun(p.name, m_clock->nowUtc().addSecs(-60))));
        QVERIFY(startApp(true));
        QCOMPARE(m_app->tray()->state(), TrayController::State::Paused);
        QCOMPARE(row(QStringLiteral("Daily"))->text(MainWindow::HealthColumn), tr("Healthy"));

        m_clock->advanceDays(3);
        QSignalSpy trayChanged(m_app->tray(), &TrayController::stateChanged);
        m_app->reloadProfiles();
        QCOMPARE(m_app->tray()->state(), TrayController::State::Warning);
        QCOMPARE(trayChanged.size(), 1);
        QCOMPARE(row(QStringLiteral("Daily"))->text(MainWindow::HealthColumn), tr("Overdue"));
        QCOMPARE(row(QStringLiteral("Daily"))->data(MainWindow::HealthColumn, Qt::UserRole).toInt(),
            int(ProfileHealth::State::Overdue));
        QVERIFY(child<QLabel>(m_app->window(), "statusLabel")->text().contains(tr("overdue")));
    }

    void retentionPreviewEqualsPrunePlan()
    {
        Profile p = profile(QStringLiteral("Photos"), QStringLiteral("/Backups/photos"));
        p.retention = {};
        p.retention.keepLast = 1;
        p.retention.keepDaily = 2;
        QVERIFY(ProfileStore().add(p));
        const QDateTime now = m_clock->nowUtc();
        QCOMPARE(seedBackups(p, {3600 * 1, 3600 * 5, 3600 * 26, 3600 * 30, 3600 * 50, 3600 * 75, 3600 * 100})
                     .size(),
            7);
        QVERIFY(!m_fake->seedFile(p.remotePath, QStringLiteral("someone-else.txt"), "x").isEmpty());
        QVERIFY(startApp());

        m_app->window()->editProfile(p.name);
        auto *editor = m_app->window()->findChild<ProfileEditor *>();
        QVERIFY(editor);
        QTRY_VERIFY_WITH_TIMEOUT(editor->previewReady(), 20000);
        PrunePlan plan;
        const auto check = [&] {
            const PrunePlan expected = PrunePlan::make(editor->profile(), remoteFiles(p.remotePath), now);
            plan = expected;
            auto *table = child<QTableWidget>(editor, "retentionPreview");
            QCOMPARE(table->rowCount(), expected.items.size());
            for (int i = 0; i < expected.items.size(); ++i) {
                const auto &item = expected.items[i];
                QCOMPARE(table->item(i, ProfileEditor::DateColumn)->data(Qt::UserRole).toString(),
                    item.file.filename);
                // Local time, to the minute, with the weekday: what people think in.
                QCOMPARE(table->item(i, ProfileEditor::DateColumn)->text(),
                    MainWindow::formatDateTime(item.decision.backup.timeUtc));
                QCOMPARE(table->item(i, ProfileEditor::VerdictColumn)->text(),
                    item.decision.keep ? tr("Keep") : tr("Delete"));
                const QString why = table->item(i, ProfileEditor::WhyColumn)->text();
                QCOMPARE(
                    why, item.decision.keep ? item.decision.reasonsText() : item.decision.deleteReasonText());
                QVERIFY(!why.isEmpty()); // a deleted backup says why too
            }
        };
        check();
        QCOMPARE(plan.items.size(), 7);
        QVERIFY(plan.deleteCount() > 0);
        // A live change of the policy changes the preview.
        child<QSpinBox>(editor, "keepLast")->setValue(5);
        check();
        QVERIFY(plan.keepCount() >= 5);
        editor->reject();
    }

    // A folder listing at 1fichier's cap may be cut (the client's cap is lowered to 3 here):
    // the preview deletes nothing and says why, as a run would, and the browser says some
    // backups may be missing.
    void listingAtTheCapIsMarkedIncomplete()
    {
        Profile p = profile(QStringLiteral("Capped"), QStringLiteral("/Backups/capped"));
        p.retention = {};
        p.retention.keepLast = 1;
        QVERIFY(ProfileStore().add(p));
        QCOMPARE(seedBackups(p, {3600 * 1, 3600 * 2, 3600 * 3}).size(), 3);
        m_listingCap = 3;
        QVERIFY(startApp());

        m_app->window()->editProfile(p.name);
        auto *editor = m_app->window()->findChild<ProfileEditor *>();
        QVERIFY(editor);
        QTRY_VERIFY_WITH_TIMEOUT(editor->previewReady(), 20000);
        auto *table = child<QTableWidget>(editor, "retentionPreview");
        QCOMPARE(table->rowCount(), 3);
        for (int i = 0; i < table->rowCount(); ++i)
            QCOMPARE(table->item(i, ProfileEditor::VerdictColumn)->text(), tr("Keep"));
        // keep-last 1 alone would delete the two older ones: they are held back, and say so.
        QVERIFY2(table->item(2, ProfileEditor::WhyColumn)->text().startsWith(QLatin1String("held back")),
            qPrintable(table->item(2, ProfileEditor::WhyColumn)->text()));
        const QString status = child<QLabel>(editor, "previewStatus")->text();
        QVERIFY2(status.contains(QLatin1String("0 deleted by the next run")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("deletes none of them")), qPrintable(status));
        editor->reject();

        RemoteBrowser *browser = openBrowser(p.name);
        QVERIFY(browser);
        const QString browserStatus = child<QLabel>(browser, "browserStatus")->text();
        QVERIFY2(
            browserStatus.contains(QLatin1String("some backups may be missing")), qPrintable(browserStatus));
        browser->close();
    }

    void pinnedBackupSurvivesPruning()
    {
        Profile p = profile(QStringLiteral("Pinned"), QStringLiteral("/Backups/pin"));
        p.retention = {};
        p.retention.keepLast = 1;
        QVERIFY(ProfileStore().add(p));
        constexpr qint64 kDay = 24 * 3600;
        const QStringList names = seedBackups(p, {3 * kDay, 2 * kDay, 1 * kDay});
        QCOMPARE(names.size(), 3);
        QVERIFY(startApp());
        RemoteBrowser *browser = openBrowser(p.name);
        QVERIFY(browser);
        QCOMPARE(browser->backupList()->topLevelItemCount(), 3);
        browser->selectBackup(names.first()); // the oldest
        QTest::mouseClick(child<QPushButton>(browser, "pinButton"), Qt::LeftButton);
        QCOMPARE(m_app->profiles().find(p.name)->pinned.size(), 1);
        QCOMPARE(child<QPushButton>(browser, "pinButton")->text(), tr("Unpin"));
        QCOMPARE(browser->backupList()->topLevelItem(2)->text(RemoteBrowser::PinnedColumn), tr("pinned"));
        browser->close();

        // The editor's preview shows it kept as "pinned", though keep-last 1 would drop it.
        m_app->window()->editProfile(p.name);
        auto *editor = m_app->window()->findChild<ProfileEditor *>();
        QVERIFY(editor);
        QTRY_VERIFY_WITH_TIMEOUT(editor->previewReady(), 20000);
        auto *table = child<QTableWidget>(editor, "retentionPreview");
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(2, ProfileEditor::DateColumn)->data(Qt::UserRole).toString(), names.first());
        QCOMPARE(table->item(2, ProfileEditor::VerdictColumn)->text(), tr("Keep"));
        QCOMPARE(table->item(2, ProfileEditor::WhyColumn)->text(), tr("pinned"));
        QCOMPARE(table->item(1, ProfileEditor::VerdictColumn)->text(), tr("Delete"));
        QCOMPARE(table->item(1, ProfileEditor::WhyColumn)->text(), QStringLiteral("beyond last 1"));
        editor->reject();

        m_clock->advanceSecs(60);
        const RunOutcome outcome = backUpNow(p.name);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.record.error));
        QStringList left;
        for (const FileEntry &f : remoteFiles(p.remotePath))
            left << f.filename;
        left.sort();
        QStringList expected {names.first(), outcome.record.archiveName};
        expected.sort();
        QCOMPARE(left, expected);
        QCOMPARE(outcome.record.pruned, 2);
    }

    void schedulerCatchesUpOnce()
    {
        Profile p = profile(QStringLiteral("Nightly"), QStringLiteral("/Backups/nightly"));
        p.schedule = Schedule::daily(QTime(2, 0));
        QVERIFY(ProfileStore().add(p));
        QVERIFY(
            RunHistory().append(verifiedRun(p.name, m_clock->nowUtc().addDays(-5)))); // five nights missed
        qputenv("COFFRE_API_KEY", m_fake->apiKey().toLatin1());
        m_app = std::make_unique<DesktopApp>(options());
        QSignalSpy started(m_app->coordinator(), &BackupCoordinator::runStarted);
        QSignalSpy done(m_app->coordinator(), &BackupCoordinator::runFinished);
        m_app->start();
        QVERIFY(done.wait(120000));
        QVERIFY(done.first().at(1).value<RunOutcome>().succeeded());
        m_app->scheduler()->check();
        QTest::qWait(500);
        QCOMPARE(started.size(), 1);
        QCOMPARE(remoteFiles(p.remotePath).size(), 1);
        QCOMPARE(row(p.name)->text(MainWindow::HealthColumn), tr("Healthy"));
        QCOMPARE(m_app->tray()->state(), TrayController::State::Idle);
    }

    void editorShowsOnlyTheChosenSchedulesFields()
    {
        QVERIFY(startApp());
        m_app->window()->addProfile();
        auto *editor = m_app->window()->findChild<ProfileEditor *>();
        QVERIFY(editor);
        editor->show();
        auto *kind = child<QComboBox>(editor, "scheduleCombo");
        auto *hours = child<QSpinBox>(editor, "hoursSpin");
        auto *time = child<QTimeEdit>(editor, "timeEdit");
        auto *monday = child<QCheckBox>(editor, "day1");
        auto *metered = child<QCheckBox>(editor, "meteredCheck");
        kind->setCurrentIndex(int(Schedule::Kind::Manual));
        QVERIFY(!hours->isVisible() && !time->isVisible() && !monday->isVisible());
        QVERIFY(!metered->isVisible()); // no schedule, nothing to hold back
        kind->setCurrentIndex(int(Schedule::Kind::EveryHours));
        QVERIFY(hours->isVisible() && !time->isVisible() && !monday->isVisible());
        kind->setCurrentIndex(int(Schedule::Kind::Daily));
        QVERIFY(!hours->isVisible() && time->isVisible() && !monday->isVisible());
        QVERIFY(metered->isVisible());
        kind->setCurrentIndex(int(Schedule::Kind::Weekly));
        QVERIFY(!hours->isVisible() && time->isVisible() && monday->isVisible());
        // The metered option is saved with the profile.
        metered->setChecked(true);
        QVERIFY(editor->profile().skipOnMetered);
        editor->reject();
    }

    void meteredConnectionHoldsScheduledRunsOnly()
    {
        Profile p = profile(QStringLiteral("Careful"), QStringLiteral("/Backups/careful"));
        p.schedule = Schedule::everyHours(6);
        p.skipOnMetered = true;
        QVERIFY(ProfileStore().add(p));
        m_network->setMetered(true);
        QVERIFY(startApp(/*pauseSchedules*/ false));
        QSignalSpy runs(m_app->coordinator(), &BackupCoordinator::runStarted);
        m_app->scheduler()->check();
        QTest::qWait(300);
        QCOMPARE(runs.size(), 0); // due (never backed up), but held
        QCOMPARE(m_app->scheduler()->hold(p.name), BackupScheduler::Hold::Metered);
        QCOMPARE(row(p.name)->text(MainWindow::NextRunColumn), tr("after the metered connection"));
        m_app->window()->selectProfile(p.name);
        QVERIFY(child<QLabel>(m_app->window(), "detailStatus")->text().contains(tr("metered")));
        QVERIFY(child<QLabel>(m_app->window(), "detailSchedule")->text().contains(tr("metered")));
        // "Back up now" is always allowed.
        const RunOutcome outcome = backUpNow(p.name);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.record.error));
        QCOMPARE(runs.size(), 1);
    }

    void windowSaysItWaitsForTheNetwork()
    {
        Profile p = profile(QStringLiteral("Laptop"), QStringLiteral("/Backups/laptop"));
        p.schedule = Schedule::everyHours(6);
        QVERIFY(ProfileStore().add(p));
        m_network->setReachability(NetworkStatus::Reachability::Offline);
        // The stand-in is on loopback, where the network never matters; this test plays a
        // real remote API, so the scheduler is told the network is needed.
        QVERIFY(startApp(/*pauseSchedules*/ true));
        m_app->scheduler()->setNetworkRequired(true);
        QSignalSpy runs(m_app->coordinator(), &BackupCoordinator::runStarted);
        QSignalSpy done(m_app->coordinator(), &BackupCoordinator::runFinished);
        m_app->scheduler()->setPaused(false); // checks at once
        QCOMPARE(m_app->scheduler()->hold(p.name), BackupScheduler::Hold::Network);
        QCOMPARE(row(p.name)->text(MainWindow::NextRunColumn), tr("waiting for the network"));
        QVERIFY(
            child<QLabel>(m_app->window(), "statusLabel")->text().contains(tr("Waiting for the network")));
        m_app->window()->selectProfile(p.name);
        const QString details = child<QLabel>(m_app->window(), "detailStatus")->text();
        QVERIFY2(details.contains(tr("tries anyway in 30 min")), qPrintable(details));
        QTest::qWait(300);
        QCOMPARE(runs.size(), 0);
        // Back online: the held catch-up starts by itself.
        m_network->setReachability(NetworkStatus::Reachability::Online);
        QVERIFY(done.wait(120000));
        QVERIFY(done.first().at(1).value<RunOutcome>().succeeded());
        QCOMPARE(runs.size(), 1);
    }

    void failedScheduledRunSaysWhenItRetries()
    {
        Profile p = profile(QStringLiteral("Flaky"), QStringLiteral("/Backups/flaky"));
        p.sources = {m_env->root() + QLatin1String("/unplugged")};
        p.schedule = Schedule::everyHours(6);
        QVERIFY(ProfileStore().add(p));
        QVERIFY(startApp(/*pauseSchedules*/ true));
        QSignalSpy done(m_app->coordinator(), &BackupCoordinator::runFinished);
        m_app->scheduler()->setPaused(false); // due now: the scheduler starts it
        QVERIFY(done.wait(60000));
        QVERIFY(m_app->scheduler()->isRetrying(p.name));
        QCOMPARE(row(p.name)->text(MainWindow::NextRunColumn), tr("retrying in 10 min"));
    }

    void remindersComeBackUntilSnoozed()
    {
        Profile p = profile(QStringLiteral("Gone"));
        p.sources = {m_env->root() + QLatin1String("/missing")};
        QVERIFY(ProfileStore().add(p));
        QVERIFY(startApp());
        QSignalSpy notes(m_app.get(), &DesktopApp::notify);
        const RunOutcome outcome = backUpNow(p.name);
        QVERIFY(!outcome.succeeded());
        // The failure is announced at once, with its sentence.
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).at(0).toString(), tr("Backup failed"));
        QVERIFY(notes.at(0).at(1).toString().contains(outcome.record.error));
        QCOMPARE(notes.at(0).at(2).toBool(), true);
        // Not again within the day, even after another failed attempt...
        backUpNow(p.name);
        m_app->checkReminders();
        QCOMPARE(notes.size(), 1);
        // ...but again the next day.
        m_clock->advanceSecs(HealthReminders::IntervalSecs + 60);
        m_app->checkReminders();
        QCOMPARE(notes.size(), 2);

        // Snoozed for 3 days from the window: silent, and the window says so.
        MainWindow *window = m_app->window();
        window->selectProfile(p.name);
        QAction *snooze3d = window->action(QStringLiteral("snooze3dAction"));
        QVERIFY(snooze3d && snooze3d->isEnabled());
        snooze3d->trigger();
        QVERIFY(row(p.name)->text(MainWindow::HealthColumn).contains(tr("snoozed")));
        QVERIFY(child<QLabel>(window, "detailReminders")->text().startsWith(tr("Snoozed until")));
        m_clock->advanceSecs(HealthReminders::IntervalSecs + 60);
        m_app->checkReminders();
        QCOMPARE(notes.size(), 2);

        // The snooze survives a restart of the app.
        m_app.reset();
        QVERIFY(startApp());
        QSignalSpy notesAfter(m_app.get(), &DesktopApp::notify);
        QVERIFY(m_app->snoozedUntil(p.name).has_value());
        m_app->checkReminders();
        QCOMPARE(notesAfter.size(), 0);
        // It ends: the reminder comes back.
        m_clock->advanceSecs(2 * HealthReminders::IntervalSecs);
        m_app->checkReminders();
        QCOMPARE(notesAfter.size(), 1);
        QCOMPARE(notesAfter.at(0).at(0).toString(), tr("Backup failed"));
    }

    void overdueReminderSaysHowLate()
    {
        Profile p = profile(QStringLiteral("Daily"));
        p.schedule = Schedule::daily(QTime(2, 0));
        QVERIFY(ProfileStore().add(p));
        QVERIFY(RunHistory().append(verifiedRun(p.name, m_clock->nowUtc().addDays(-4))));
        QVERIFY(startApp());
        QSignalSpy notes(m_app.get(), &DesktopApp::notify);
        m_app->checkReminders();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).at(0).toString(), tr("Backup overdue"));
        QVERIFY2(notes.at(0).at(1).toString().contains(QLatin1String("4 days ago")),
            qPrintable(notes.at(0).at(1).toString()));
        // Turned off in Settings: no reminders at all.
        Preferences().setRemindAttention(false);
        m_clock->advanceDays(2);
        m_app->checkReminders();
        QCOMPARE(notes.size(), 1);
    }

    void settingsPacingAndStartAtLogin()
    {
        QVERIFY(startApp());
        MainWindow *window = m_app->window();
        QVERIFY(clickAction(window, "settingsAction"));
        auto *settings = window->findChild<QDialog *>(QStringLiteral("settingsDialog"));
        QVERIFY(settings);
        auto *spacing = child<QSpinBox>(settings, "requestSpacingSpin");
        QCOMPARE(spacing->value(), Preferences::DefaultRequestSpacingMs);
        // The client enforces 3 requests a second at most; the setting cannot go below.
        QCOMPARE(spacing->minimum(), FichierConfig::kMinSpacingFloorMs);
        spacing->setValue(800);
        QCOMPARE(Preferences().requestSpacingMs(), 800);
        // Applied at once to the running client's queue, not only to the next client.
        QCOMPARE(m_app->coordinator()->client()->config().minSpacingMs, 800);
        spacing->setValue(10);
        QCOMPARE(spacing->value(), FichierConfig::kMinSpacingFloorMs);
        QCOMPARE(m_app->coordinator()->client()->config().minSpacingMs, FichierConfig::kMinSpacingFloorMs);
        // A hand-edited value below the floor is raised to it.
        {
            QSettings raw(Preferences::defaultFilePath(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("network/requestSpacingMs"), 50);
        }
        QCOMPARE(Preferences().requestSpacingMs(), FichierConfig::kMinSpacingFloorMs);
        FichierConfig config;
        Preferences().applyTo(config);
        QCOMPARE(config.spacingMs(), FichierConfig::kMinSpacingFloorMs);

        // Start at login writes the autostart entry, and removes it again.
        auto *login = child<QCheckBox>(settings, "startAtLoginCheck");
        QVERIFY(!login->isChecked());
        const QString file = AutostartEntry().filePath();
        QVERIFY(file.startsWith(m_env->configHome()));
        login->setChecked(true);
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(AutostartEntry().isEnabled());
        login->setChecked(false);
        QVERIFY(!QFileInfo::exists(file));
        settings->close();
    }
};

QTEST_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
