#include "TrayController.h"

#include "DesktopApp.h"
#include "Icons.h"
#include "MainWindow.h"
#include "backup/BackupCoordinator.h"
#include "backup/BackupScheduler.h"

#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>

namespace Coffre {

TrayController::TrayController(DesktopApp *app, bool allowTray, QObject *parent)
    : QObject(parent), m_app(app), m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    if (allowTray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(icon(State::Idle), this);
        m_icon->setToolTip(tr("Coffre"));
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                showWindow();
        });
        // A click on "Backup failed" opens the window that says why.
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayController::showWindow);
        m_icon->show();
    }
    connect(app, &DesktopApp::stateChanged, this, &TrayController::refresh);
    connect(app, &DesktopApp::notify, this, &TrayController::notify);
    connect(app, &DesktopApp::profilesChanged, this, &TrayController::rebuildMenu);
    // Fresh each time it opens (a state change while it was open is not lost).
    connect(m_menu, &QMenu::aboutToShow, this, &TrayController::rebuildMenu);
    refresh();
}

TrayController::~TrayController()
{
    delete m_menu;
}

QSystemTrayIcon *TrayController::trayIcon() const
{
    return m_icon;
}

bool TrayController::isVisible() const
{
    return m_icon && m_icon->isVisible();
}

QString TrayController::iconPath(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral(":/icons/tray-idle.svg");
    case State::Running:
        return QStringLiteral(":/icons/tray-running.svg");
    case State::Failed:
        return QStringLiteral(":/icons/tray-failed.svg");
    case State::Warning:
        return QStringLiteral(":/icons/tray-warning.svg");
    case State::Paused:
        return QStringLiteral(":/icons/tray-paused.svg");
    }
    return {};
}

QIcon TrayController::icon(State state)
{
    return QIcon(iconPath(state));
}

void TrayController::showWindow()
{
    m_app->window()->showNormal();
    m_app->window()->raise();
    m_app->window()->activateWindow();
}

void TrayController::refresh()
{
    State state = State::Idle;
    int failed = 0;
    int overdue = 0;
    for (const Profile &p : m_app->profiles().profiles()) {
        const auto h = m_app->health(p).state;
        failed += h == ProfileHealth::State::Failed ? 1 : 0;
        overdue += h == ProfileHealth::State::Overdue ? 1 : 0;
    }
    const QString running = m_app->coordinator()->runningProfile();
    if (!running.isEmpty()) {
        state = State::Running;
        m_summary = tr("Backing up “%1”…").arg(running);
    } else if (failed > 0) {
        state = State::Failed;
        m_summary = tr("%n backup(s) failed", nullptr, failed);
    } else if (overdue > 0) {
        state = State::Warning;
        m_summary = tr("%n backup(s) overdue", nullptr, overdue);
    } else if (m_app->scheduler()->isPaused()) {
        state = State::Paused;
        m_summary = tr("Scheduled backups paused");
    } else if (m_app->profiles().profiles().isEmpty()) {
        m_summary = tr("No backup profiles yet");
    } else {
        m_summary = tr("All backups up to date");
    }
    if (m_icon) {
        m_icon->setIcon(icon(state));
        m_icon->setToolTip(tr("Coffre: %1").arg(m_summary));
    }
    if (state != m_state) {
        m_state = state;
        emit stateChanged(state);
    }
    rebuildMenu();
}

void TrayController::rebuildMenu()
{
    // While it is open the user is reading it: leave it until it opens again.
    if (m_menu->isVisible())
        return;
    m_menu->clear();
    // What the icon means, in words, greyed out like a title.
    QAction *header = m_menu->addAction(icon(m_state), m_summary);
    header->setObjectName(QStringLiteral("trayStatusAction"));
    header->setEnabled(false);
    m_menu->addSeparator();
    QMenu *now = m_menu->addMenu(Icons::backUp(), tr("Back up now"));
    now->setObjectName(QStringLiteral("trayBackupNowMenu"));
    for (const Profile &p : m_app->profiles().profiles()) {
        const QString name = p.name;
        QAction *action = now->addAction(name, this, [this, name] { m_app->backUpNow(name); });
        action->setObjectName(QStringLiteral("trayBackupNow:") + name);
        action->setEnabled(m_app->hasKey() && !m_app->coordinator()->isQueued(name)
            && m_app->coordinator()->runningProfile() != name);
    }
    now->setEnabled(!now->isEmpty());
    QAction *open = m_menu->addAction(tr("Open Coffre"), this, &TrayController::showWindow);
    open->setObjectName(QStringLiteral("trayOpenAction"));
    QAction *pause = m_menu->addAction(tr("Pause schedules"));
    pause->setObjectName(QStringLiteral("trayPauseAction"));
    pause->setCheckable(true);
    pause->setChecked(m_app->scheduler()->isPaused());
    connect(pause, &QAction::toggled, m_app->scheduler(), &BackupScheduler::setPaused);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit Coffre"), this, &TrayController::quitRequested);
    quit->setObjectName(QStringLiteral("trayQuitAction"));
}

void TrayController::notify(const QString &title, const QString &text, bool failure)
{
    if (m_icon && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, text, failure ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information);
}

} // namespace Coffre
