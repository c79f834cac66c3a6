#include "TrayController.h"

#include "DesktopApp.h"
#include "MainWindow.h"
#include "backup/BackupCoordinator.h"
#include "backup/BackupScheduler.h"

#include <QMenu>
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
                m_app->window()->showNormal();
        });
        m_icon->show();
    }
    connect(app, &DesktopApp::stateChanged, this, &TrayController::refresh);
    connect(app, &DesktopApp::profilesChanged, this, &TrayController::rebuildMenu);
    rebuildMenu();
}

TrayController::~TrayController()
{
    delete m_menu;
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

void TrayController::refresh()
{
    State state = State::Idle;
    if (m_app->coordinator()->isBusy())
        state = State::Running;
    else if (m_app->anyFailed())
        state = State::Failed;
    else if (m_app->anyOverdue())
        state = State::Warning;
    else if (m_app->scheduler()->isPaused())
        state = State::Paused;
    if (m_icon) {
        m_icon->setIcon(icon(state));
        static const char *const tips[] = {QT_TR_NOOP("Coffre: all backups up to date"),
            QT_TR_NOOP("Coffre: backing up"), QT_TR_NOOP("Coffre: a backup failed"),
            QT_TR_NOOP("Coffre: a backup is overdue"), QT_TR_NOOP("Coffre: schedules paused")};
        m_icon->setToolTip(tr(tips[int(state)]));
    }
    if (state != m_state) {
        m_state = state;
        emit stateChanged(state);
    }
    rebuildMenu();
}

void TrayController::rebuildMenu()
{
    m_menu->clear();
    QMenu *now = m_menu->addMenu(tr("Back up now"));
    now->setObjectName(QStringLiteral("trayBackupNowMenu"));
    for (const Profile &p : m_app->profiles().profiles()) {
        const QString name = p.name;
        QAction *action = now->addAction(name, this, [this, name] { m_app->backUpNow(name); });
        action->setEnabled(m_app->hasKey() && !m_app->coordinator()->isQueued(name)
            && m_app->coordinator()->runningProfile() != name);
    }
    now->setEnabled(!now->isEmpty());
    m_menu->addAction(tr("Open Coffre"), this, [this] {
        m_app->window()->showNormal();
        m_app->window()->raise();
        m_app->window()->activateWindow();
    });
    QAction *pause = m_menu->addAction(tr("Pause schedules"));
    pause->setObjectName(QStringLiteral("trayPauseAction"));
    pause->setCheckable(true);
    pause->setChecked(m_app->scheduler()->isPaused());
    connect(pause, &QAction::toggled, m_app->scheduler(), &BackupScheduler::setPaused);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayController::quitRequested);
}

void TrayController::notify(const QString &title, const QString &text, bool failure)
{
    if (m_icon && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, text, failure ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information);
}

} // namespace Coffre
