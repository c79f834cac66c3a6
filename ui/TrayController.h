#pragma once

#include <QIcon>
#include <QObject>
#include <QPointer>

class QMenu;
class QSystemTrayIcon;

namespace Coffre {

class DesktopApp;

// The tray icon and its menu. The state is computed whether or not a tray exists (it is
// also the window's status), so it can be checked offscreen where no tray is available.
class TrayController : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Failed, Warning, Paused };
    Q_ENUM(State)

    TrayController(DesktopApp *app, bool allowTray, QObject *parent = nullptr);
    ~TrayController() override;

    State state() const { return m_state; }
    static QString iconPath(State state);
    static QIcon icon(State state);
    // True when a system tray exists and Coffre shows an icon in it: closing the window
    // then keeps Coffre running.
    bool isVisible() const;
    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *trayIcon() const;
    // One line on what Coffre is doing or what needs attention (tray tooltip, menu header,
    // window status bar).
    QString summary() const { return m_summary; }
    // Shows a tray notification (no-op without a tray).
    void notify(const QString &title, const QString &text, bool failure);

public slots:
    void refresh();

signals:
    void stateChanged(Coffre::TrayController::State state);
    void quitRequested();

private:
    void rebuildMenu();
    void showWindow();

    DesktopApp *m_app;
    QPointer<QSystemTrayIcon> m_icon;
    QMenu *m_menu;
    State m_state = State::Idle;
    QString m_summary;
};

} // namespace Coffre
