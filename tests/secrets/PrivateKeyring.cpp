#include "PrivateKeyring.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <csignal>

namespace {

const QString kSecrets = QStringLiteral("org.freedesktop.secrets");

} // namespace

PrivateKeyring::PrivateKeyring()
{
    for (const char *sub : {"data", "config", "cache", "runtime"})
        QDir(m_root.path()).mkpath(QString::fromLatin1(sub));
    QFile::setPermissions(runtimeDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

PrivateKeyring::~PrivateKeyring()
{
    stopDaemon();
    m_connection = QDBusConnection(QString());
    if (!m_connectionName.isEmpty())
        QDBusConnection::disconnectFromBus(m_connectionName);
    if (m_bus.state() != QProcess::NotRunning) {
        m_bus.terminate();
        if (!m_bus.waitForFinished(5000))
            m_bus.kill();
        m_bus.waitForFinished(5000);
    }
}

QString PrivateKeyring::runtimeDir() const
{
    return m_root.filePath(QStringLiteral("runtime"));
}

bool PrivateKeyring::startBus(QString *error)
{
    // No <servicedir>: nothing is activated on demand, so "no Secret Service" stays so.
    const QString config = m_root.filePath(QStringLiteral("bus.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(
        QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                       "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                       "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                       "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                       "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
            .arg(m_root.path())
            .toUtf8());
    file.close();
    m_bus.start(QStringLiteral("dbus-daemon"),
        {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
            QStringLiteral("--print-address")});
    if (!m_bus.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start dbus-daemon: ") + m_bus.errorString();
        return false;
    }
    QByteArray line;
    QDeadlineTimer deadline(10000);
    while (!line.contains('\n') && !deadline.hasExpired() && m_bus.state() == QProcess::Running) {
        m_bus.waitForReadyRead(200);
        line += m_bus.readAllStandardOutput();
    }
    m_address = QString::fromUtf8(line).trimmed();
    if (m_address.isEmpty()) {
        *error = QStringLiteral("dbus-daemon printed no address: ")
            + QString::fromUtf8(m_bus.readAllStandardError());
        return false;
    }
    m_connectionName = QStringLiteral("private-keyring-test");
    m_connection = QDBusConnection::connectToBus(m_address, m_connectionName);
    if (!m_connection.isConnected()) {
        *error = QStringLiteral("cannot connect to the private bus: ") + m_connection.lastError().message();
        return false;
    }
    return true;
}

QProcessEnvironment PrivateKeyring::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_root.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_root.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_root.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL", "COFFRE_API_KEY"})
        env.remove(QString::fromLatin1(name));
    return env;
}

bool PrivateKeyring::secretServiceOwned()
{
    return m_connection.isConnected() && m_connection.interface()->isServiceRegistered(kSecrets).value();
}

bool PrivateKeyring::startDaemon(bool unlock, QString *error)
{
    stopDaemon();
    m_daemon = std::make_unique<QProcess>();
    m_daemon->setProcessEnvironment(environment());
    m_daemon->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args {QStringLiteral("--foreground"), QStringLiteral("--components=secrets")};
    if (unlock)
        args << QStringLiteral("--unlock");
    m_daemon->start(QStringLiteral("gnome-keyring-daemon"), args);
    if (!m_daemon->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start gnome-keyring-daemon: ") + m_daemon->errorString();
        return false;
    }
    if (unlock) {
        // Flushed now: the wait below runs no event loop that would write it later.
        m_daemon->write(Password);
        m_daemon->waitForBytesWritten(5000);
    }
    m_daemon->closeWriteChannel();
    QDeadlineTimer deadline(15000);
    while (!secretServiceOwned()) {
        if (deadline.hasExpired() || m_daemon->state() != QProcess::Running) {
            *error = QStringLiteral("gnome-keyring-daemon did not take org.freedesktop.secrets");
            return false;
        }
        QThread::msleep(50);
    }
    return true;
}

void PrivateKeyring::stopDaemon()
{
    if (!m_daemon)
        return;
    resumeDaemon();
    m_daemon->terminate();
    if (!m_daemon->waitForFinished(5000)) {
        m_daemon->kill();
        m_daemon->waitForFinished(5000);
    }
    m_daemon.reset();
    // The name goes when the daemon's connection closes.
    QDeadlineTimer deadline(5000);
    while (secretServiceOwned() && !deadline.hasExpired())
        QThread::msleep(20);
}

bool PrivateKeyring::pauseDaemon()
{
    return m_daemon && ::kill(pid_t(m_daemon->processId()), SIGSTOP) == 0;
}

bool PrivateKeyring::resumeDaemon()
{
    return m_daemon && ::kill(pid_t(m_daemon->processId()), SIGCONT) == 0;
}

bool PrivateKeyring::lockLoginCollection(QString *error)
{
    // Locking needs no prompt (unlocking would), so the Secret Service API does it.
    QDBusMessage call = QDBusMessage::createMethodCall(kSecrets, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
    call << QVariant::fromValue(QList<QDBusObjectPath> {
        QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login"))});
    const QDBusMessage reply = m_connection.call(call, QDBus::Block, 10000);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        *error = reply.errorMessage();
        return false;
    }
    return true;
}

int PrivateKeyring::lockedItems(const QMap<QString, QString> &attributes)
{
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>();
    Q_UNUSED(registered);
    QDBusMessage call = QDBusMessage::createMethodCall(kSecrets, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    call << QVariant::fromValue(attributes);
    const QDBusMessage reply = m_connection.call(call, QDBus::Block, 10000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return -1;
    return int(qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1)).size());
}
