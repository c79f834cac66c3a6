#pragma once

#include "backup/BackupRun.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QGroupBox;

namespace Coffre {

class DesktopApp;
class WelcomePage;

// The main window: the welcome page until there is an API key, then one row per profile
// (status, last run, next run, health) with its actions, and the running backup's progress.
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

    // Opens the editor for a new profile / the selected one (non-modal to the event loop:
    // it is a window-modal dialog opened with open()).
    void addProfile();
    void editProfile(const QString &name);
    void removeProfile(const QString &name);
    void browseBackups(const QString &name);

    static QString formatSize(qint64 bytes);
    static QString formatWhen(const QDateTime &utc, const QDateTime &nowUtc);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildProfilesPage();
    void refreshRows();
    void updateButtons();
    void onKeyChanged(bool hasKey);
    void onRunStarted(const QString &profile);
    void onRunProgress(const QString &profile, const RunProgress &progress);
    void onRunFinished(const QString &profile, const RunOutcome &outcome);

    DesktopApp *m_app;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QWidget *m_profilesPage = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_backupNow = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_browse = nullptr;
    QGroupBox *m_progressBox = nullptr;
    QLabel *m_phaseLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_rateLabel = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QString m_lastResult; // the last run's sentence
    bool m_lastResultFailed = false;
};

} // namespace Coffre
