#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace Coffre {

class DesktopApp;

// Preferences: the API key (test it, enter another one, forget it), request pacing, start
// at login (an XDG autostart entry), closing to the tray and reminders. Preferences live in
// coffre.conf (Preferences), start at login in the autostart file; the key only in the
// keychain. Every change applies at once; there is nothing to "apply" or lose on Close.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(DesktopApp *app, QWidget *parent = nullptr);

    static bool closeToTray();

private:
    void testKey();
    void forgetKey();
    void setStartAtLogin(bool on);

    DesktopApp *m_app;
    QLabel *m_keyStatus;
    QSpinBox *m_spacing;
    QCheckBox *m_startAtLogin;
    QLabel *m_startAtLoginProblem;
    QCheckBox *m_closeToTray;
    QCheckBox *m_remind;
};

} // namespace Coffre
