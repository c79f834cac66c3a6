#pragma once

#include <QDBusConnection>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A D-Bus session bus of the test's own, without service activation, on which the test
// starts, pauses, locks and stops a gnome-keyring-daemon at will: the keychain failures
// (no Secret Service, a daemon that starts late, hangs, or is locked) for real, without
// disturbing the session keychain other tests use.
class PrivateKeyring
{
public:
    static constexpr const char *Password = "coffre-test";

    PrivateKeyring();
    ~PrivateKeyring();

    // Starts the bus; false (with `error`) if dbus-daemon is missing or fails.
    bool startBus(QString *error);
    QString busAddress() const { return m_address; }
    QString runtimeDir() const;
    // For child processes (coffre, secret-tool): this bus, private XDG dirs, no display.
    QProcessEnvironment environment() const;

    // Starts gnome-keyring-daemon (secrets component) and waits until it owns
    // org.freedesktop.secrets. `unlock` creates/unlocks the login collection.
    bool startDaemon(bool unlock, QString *error);
    void stopDaemon();
    bool pauseDaemon(); // SIGSTOP: it holds its bus name but answers nothing
    bool resumeDaemon();
    bool lockLoginCollection(QString *error);
    // Items matching `attributes` in locked collections, via SearchItems (no prompt).
    int lockedItems(const QMap<QString, QString> &attributes);
    bool secretServiceOwned();

private:
    QTemporaryDir m_root;
    QProcess m_bus;
    std::unique_ptr<QProcess> m_daemon;
    QString m_address;
    QString m_connectionName;
    QDBusConnection m_connection {QString()};
};
