#include "secrets/KeychainProbe.h"

#include "core/Logging.h"

#include <QAtomicInt>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QFileInfo>
#include <QStringList>

namespace Coffre {

namespace {

constexpr int kBusCallTimeoutMs = 3000;

// Services that can hold the key: the freedesktop Secret Service (gnome-keyring,
// KeePassXC, KWallet ≥ 5.97) or KWallet itself, which QtKeychain prefers on Plasma.
const QStringList &keyringServices()
{
    static const QStringList names {QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("org.kde.kwalletd6"), QStringLiteral("org.kde.kwalletd5")};
    return names;
}

QStringList busCall(QDBusConnection &bus, const QString &method)
{
    const QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
        QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus"), method);
    const QDBusReply<QStringList> reply = bus.call(call, QDBus::Block, kBusCallTimeoutMs);
    return reply.isValid() ? reply.value() : QStringList {};
}

// A private connection for each probe: the shared sessionBus() would remember a failure
// (or a bus that has gone away) for the life of the process.
class ProbeConnection
{
public:
    ProbeConnection()
        : m_name(QStringLiteral("coffre-keychain-probe-%1").arg(s_serial.fetchAndAddRelaxed(1))),
          m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_name))
    { }
    ~ProbeConnection()
    {
        m_bus = QDBusConnection(QString());
        QDBusConnection::disconnectFromBus(m_name);
    }
    ProbeConnection(const ProbeConnection &) = delete;
    ProbeConnection &operator=(const ProbeConnection &) = delete;
    QDBusConnection &bus() { return m_bus; }

private:
    static inline QAtomicInt s_serial;
    QString m_name;
    QDBusConnection m_bus;
};

} // namespace

bool KeychainProbe::sessionBusConfigured()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    // GDBus (libsecret) and libdbus both fall back to the systemd user bus socket.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.isEmpty())
        return false;
    const QFileInfo socket(runtime + QStringLiteral("/bus"));
    return socket.exists() && !socket.isFile() && !socket.isDir();
}

KeychainError KeychainProbe::diagnose(const QString &detail)
{
    if (!sessionBusConfigured())
        return KeychainError(KeychainError::Cause::NoSessionBus, detail);
    ProbeConnection probe;
    QDBusConnection &bus = probe.bus();
    if (!bus.isConnected()) {
        const QString why = bus.lastError().message();
        qCDebug(lcSecrets) << "session bus unreachable:" << why;
        return KeychainError(KeychainError::Cause::SessionBusUnreachable, why.isEmpty() ? detail : why);
    }
    const QStringList owned = busCall(bus, QStringLiteral("ListNames"));
    const QStringList activatable = busCall(bus, QStringLiteral("ListActivatableNames"));
    bool any = false;
    for (const QString &service : keyringServices())
        any = any || owned.contains(service) || activatable.contains(service);
    qCDebug(lcSecrets) << "session bus reachable; keyring service present:" << any;
    if (!any)
        return KeychainError(KeychainError::Cause::NoSecretService, detail);
    if (owned.contains(QStringLiteral("org.freedesktop.secrets"))) {
        // libsecret writes to the "default" alias; "/" means there is no such collection.
        QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.secrets"),
            QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("org.freedesktop.Secret.Service"),
            QStringLiteral("ReadAlias"));
        call << QStringLiteral("default");
        const QDBusReply<QDBusObjectPath> alias = bus.call(call, QDBus::Block, kBusCallTimeoutMs);
        if (alias.isValid() && alias.value().path() == QLatin1String("/"))
            return KeychainError(KeychainError::Cause::NoDefaultCollection, detail);
    }
    return KeychainError(KeychainError::Cause::Other, detail);
}

bool KeychainProbe::lockedEntryExists(const QString &service, const QString &key)
{
    if (!sessionBusConfigured())
        return false;
    ProbeConnection probe;
    QDBusConnection &bus = probe.bus();
    const QString secrets = QStringLiteral("org.freedesktop.secrets");
    // Only ask a Secret Service that is already running: a call would otherwise start one.
    if (!bus.isConnected() || !busCall(bus, QStringLiteral("ListNames")).contains(secrets))
        return false;
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>();
    Q_UNUSED(registered);
    // The attributes QtKeychain's libsecret backend stores the entry under.
    const QMap<QString, QString> attributes {
        {QStringLiteral("user"), key}, {QStringLiteral("server"), service}};
    QDBusMessage call = QDBusMessage::createMethodCall(secrets, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    call << QVariant::fromValue(attributes);
    const QDBusMessage reply = bus.call(call, QDBus::Block, kBusCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return false;
    const auto locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
    qCDebug(lcSecrets) << "locked matching entries:" << locked.size();
    return !locked.isEmpty();
}

} // namespace Coffre
