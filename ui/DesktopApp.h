#pragma once

#include "backup/BackupRun.h"
#include "backup/HealthReminders.h"
#include "backup/ProfileHealth.h"
#include "backup/ProfileStore.h"
#include "backup/RunHistoryCache.h"
#include "fichier/FichierConfig.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace Coffre {

class ApiKeyLookup;
class ApiKeyStore;
class BackupCoordinator;
class BackupScheduler;
class Clock;
class MainWindow;
class NetworkStatus;
class TrayController;

// The desktop app's wiring: the profiles, the run history, the key, the coordinator that
// runs backups and the scheduler that asks for them, plus the window and the tray that
// show them. Widgets reach the engine only through this object and the app/ classes it
// hands out.
class DesktopApp : public QObject
{
    Q_OBJECT
public:
    struct Options {
        const Clock *clock = nullptr; // default SystemClock
        RunOptions runOptions;
        std::function<void(FichierConfig &)> tuneConfig; // tests shorten the client's timings
        QString keyFile; // --api-key-file
        bool allowTray = true;
        qint64 graceSecs = ProfileHealth::DefaultGraceSecs;
        int keychainRetryMs = 3000;
        NetworkStatus *network = nullptr; // default SystemNetworkStatus (QNetworkInformation)
        int reminderCheckMs = 10 * 60 * 1000;
    };

    explicit DesktopApp(const Options &options, QObject *parent = nullptr);
    ~DesktopApp() override;

    // Loads the profiles and the key, starts the scheduler; the window shows itself
    // unless `hidden`.
    void start(bool hidden = false);

    MainWindow *window() const { return m_window.get(); }
    TrayController *tray() const { return m_tray; }
    BackupCoordinator *coordinator() const { return m_coordinator; }
    BackupScheduler *scheduler() const { return m_scheduler; }
    ApiKeyStore *keyStore() const { return m_keyStore; }
    NetworkStatus *network() const { return m_network; }
    ProfileStore &profiles() { return m_store; }
    const Clock &clock() const { return *m_clock; }
    const Options &options() const { return m_options; }
    QString historyFile() const;
    // The run history, re-read only when the file changed (every widget asks it often).
    const RunHistoryCache &history() const { return m_history; }

    // A client configuration for `key` (the API address from COFFRE_API_URL when set).
    FichierConfig configFor(const QString &key) const;
    bool hasKey() const { return m_hasKey; }
    // Starts using `key` for every run (after the welcome page or Settings saved it).
    void useKey(const QString &key);
    // After the keychain lost the key ("Forget").
    void dropKey();

    ProfileHealth health(const Profile &profile) const;
    // Any profile failed / overdue.
    bool anyFailed() const;
    bool anyOverdue() const;

    // Re-reads profiles.json and tells everyone (after an edit here or by `coffre profile`).
    void reloadProfiles();
    // "Back up now".
    bool backUpNow(const QString &profile);

    // The sentence shown when the key could not be loaded at start-up; empty otherwise.
    QString keyProblem() const { return m_keyProblem; }

    // The pacing setting: saved, and applied at once to the client's queue.
    void setRequestSpacingMs(int ms);

    // Reminders of profiles that need attention (see HealthReminders): checked every few
    // minutes and after each run; each due one is announced with notify().
    void checkReminders();
    void snoozeReminders(const QString &profile, qint64 secs);
    void remindAgain(const QString &profile);
    std::optional<QDateTime> snoozedUntil(const QString &profile) const;

signals:
    void profilesChanged();
    void keyChanged(bool hasKey);
    // A run ended or a schedule moved: health, tray state and rows may change.
    void stateChanged();
    // Something to tell the user outside the window (a tray notification).
    void notify(const QString &title, const QString &text, bool failure);

private:
    void onKeyLoaded(const ApiKeyLookup &lookup);
    void onRunFinished(const QString &profile, const RunOutcome &outcome);

    Options m_options;
    const Clock *m_clock;
    ProfileStore m_store;
    RunHistoryCache m_history;
    ApiKeyStore *m_keyStore;
    BackupCoordinator *m_coordinator;
    BackupScheduler *m_scheduler;
    NetworkStatus *m_network;
    HealthReminders m_reminders;
    QTimer m_reminderTimer;
    TrayController *m_tray = nullptr;
    std::unique_ptr<MainWindow> m_window;
    bool m_hasKey = false;
    bool m_finishingRun = false;
    QString m_keyProblem;
};

} // namespace Coffre
