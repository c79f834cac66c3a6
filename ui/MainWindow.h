#pragma once

#include "backup/BackupRun.h"
#include "backup/Schedule.h"

#include <QMainWindow>

class QAction;
class QGroupBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace Coffre {

class DesktopApp;
class RetentionPolicy;
class WelcomePage;

// The main window: the welcome page until there is an API key, then one row per profile
// (status icon, last run, result, size, next run, health), the selected profile's details
// (what went wrong, in full; what it backs up, where, when; reminders), and the running
// backup's progress. Every command is in the menu bar; the common ones in the tool bar and
// the rows' context menu.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Column { NameColumn, LastRunColumn, ResultColumn, SizeColumn, NextRunColumn, HealthColumn };

    explicit MainWindow(DesktopApp *app, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTreeWidget *profileList() const { return m_list; }
    // The selected profile's name, or empty.
    QString selectedProfile() const;
    void selectProfile(const QString &name);
    // True while the welcome page (no key) is shown.
    bool showsWelcome() const;
    // The menu bar's and tool bar's commands, by object name ("backupNowAction", ...).
    QAction *action(const QString &objectName) const;

    // Opens the editor for a new profile / the selected one (non-modal to the event loop:
    // it is a window-modal dialog opened with open()).
    void addProfile();
    void editProfile(const QString &name);
    void removeProfile(const QString &name);
    void browseBackups(const QString &name);
    void showHistory(const QString &name);
    void showSettings();

    static QString formatSize(qint64 bytes);
    static QString formatWhen(const QDateTime &utc, const QDateTime &nowUtc);
    // "Mon 25 Nov 2024 02:07", local time: for lists of dates (the retention preview).
    static QString formatDateTime(const QDateTime &utc);
    // "in 10 min", "in 2 h", else formatWhen.
    static QString formatUntil(const QDateTime &utc, const QDateTime &nowUtc);
    // "Every day at 02:00", "Mondays and Thursdays at 21:30", ...
    static QString scheduleText(const Schedule &schedule);
    // "the last 5 backups, one a day for 7 days, one a week for 4 weeks"
    static QString retentionText(const RetentionPolicy &policy);
    // A local path with the home folder shown as "~".
    static QString displayPath(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildProfilesPage();
    void refreshRows();
    void refreshDetails();
    void updateActions();
    void showRowMenu(const QPoint &pos);
    QString nextRunText(const QString &profile, const QDateTime &now) const;
    QString statusSentence() const;
    void onKeyChanged(bool hasKey);
    void onRunStarted(const QString &profile);
    void onRunProgress(const QString &profile, const RunProgress &progress);
    void onRunFinished(const QString &profile, const RunOutcome &outcome);

    DesktopApp *m_app;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QWidget *m_profilesPage = nullptr;
    QToolBar *m_toolBar = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTreeWidget *m_list = nullptr;
    QWidget *m_emptyPage = nullptr;
    QGroupBox *m_details = nullptr;
    QLabel *m_detailStatus = nullptr;
    QLabel *m_detailSources = nullptr;
    QLabel *m_detailRemote = nullptr;
    QLabel *m_detailSchedule = nullptr;
    QLabel *m_detailKeep = nullptr;
    QLabel *m_detailReminders = nullptr;
    QPushButton *m_snoozeButton = nullptr;
    QGroupBox *m_progressBox = nullptr;
    QLabel *m_phaseLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_rateLabel = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QMenu *m_snoozeMenu = nullptr;
    QAction *m_backupNow = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_browse = nullptr;
    QAction *m_history = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_pause = nullptr;
    QString m_lastResult; // the last run's sentence, this session
    QString m_lastResultProfile;
};

} // namespace Coffre
