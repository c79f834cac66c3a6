#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;

namespace Coffre {

class DesktopApp;

// Preferences: the API key (test it, enter another one, forget it), closing to the tray and
// failure notifications. Preferences live in QSettings; the key only in the keychain.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(DesktopApp *app, QWidget *parent = nullptr);

    static bool closeToTray();
    static bool notifyFailures();

private:
    void testKey();
    void forgetKey();

    DesktopApp *m_app;
    QLabel *m_keyStatus;
    QCheckBox *m_closeToTray;
    QCheckBox *m_notify;
};

} // namespace Coffre
