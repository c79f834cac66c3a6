#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Coffre {

// Why the OS keychain could not be used, and the one sentence that tells the user what to
// do about it. The sentences never contain the key: `detail` comes from the keychain
// backend, which is never given the key in an error path.
class KeychainError
{
    Q_DECLARE_TR_FUNCTIONS(KeychainError)
public:
    enum class Cause {
        None,
        NoSessionBus, // DBUS_SESSION_BUS_ADDRESS unset and no $XDG_RUNTIME_DIR/bus (cron, ssh)
        SessionBusUnreachable, // an address is set but nothing answers there
        NoSecretService, // the bus works, but no keyring daemon owns org.freedesktop.secrets
        NoDefaultCollection, // a Secret Service runs but has no default keyring to store in
        Locked, // the collection is locked and was not unlocked
        AccessDenied, // the user or the keyring refused access
        NotResponding, // the keyring daemon did not answer within the timeout
        Other, // anything else the backend reported (see detail)
    };

    KeychainError() = default;
    KeychainError(Cause cause, const QString &detail = {}) : m_cause(cause), m_detail(detail) { }

    bool isError() const { return m_cause != Cause::None; }
    Cause cause() const { return m_cause; }
    // The backend's own text (e.g. "Could not connect: Connection refused"), may be empty.
    const QString &detail() const { return m_detail; }

    // True for causes that can go away by themselves shortly after login (the keyring
    // daemon or the session bus starting after the tray app): worth one retry.
    bool isTransient() const;

    // One line: the cause, then the ways out (unlock the keyring; COFFRE_API_KEY or a 0600
    // key file for cron; a systemd user timer, which has the session bus).
    QString message() const;
    // The cause alone, without the ways out (for the GUI, which shows those as actions).
    QString causeText() const;
    static QString waysOut();

private:
    Cause m_cause = Cause::None;
    QString m_detail;
};

} // namespace Coffre

Q_DECLARE_METATYPE(Coffre::KeychainError)
