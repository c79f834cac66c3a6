#include "secrets/KeychainError.h"

namespace Coffre {

bool KeychainError::isTransient() const
{
    switch (m_cause) {
    case Cause::SessionBusUnreachable:
    case Cause::NoSecretService:
    case Cause::NotResponding:
    case Cause::Locked:
        return true;
    case Cause::None:
    case Cause::NoSessionBus:
    case Cause::NoDefaultCollection:
    case Cause::AccessDenied:
    case Cause::Other:
        break;
    }
    return false;
}

QString KeychainError::causeText() const
{
    switch (m_cause) {
    case Cause::None:
        return {};
    case Cause::NoSessionBus:
        return tr("cannot reach the OS keychain: DBUS_SESSION_BUS_ADDRESS is not set, so there is no "
                  "D-Bus session bus to find it on (usual under cron, ssh and su).");
    case Cause::SessionBusUnreachable:
        return tr("cannot reach the OS keychain: the D-Bus session bus does not answer (%1).")
            .arg(m_detail.isEmpty() ? tr("no details") : m_detail);
    case Cause::NoSecretService:
        return tr("cannot reach the OS keychain: no keyring service (gnome-keyring, KWallet or another "
                  "Secret Service) runs on the D-Bus session bus.");
    case Cause::NoDefaultCollection:
        return tr("the OS keychain has no default keyring to keep the key in (log in to the desktop "
                  "session once, or create one in Passwords and Keys / Seahorse).");
    case Cause::Locked:
        return tr("the OS keychain is locked.");
    case Cause::AccessDenied:
        return tr("the OS keychain refused access to Coffre's entry (%1).")
            .arg(m_detail.isEmpty() ? tr("no details") : m_detail);
    case Cause::NotResponding:
        return tr("the OS keychain did not answer in time (the keyring daemon may be hung or waiting for "
                  "an unlock prompt).");
    case Cause::Other:
        return tr("the OS keychain failed: %1.").arg(m_detail.isEmpty() ? tr("no details") : m_detail);
    }
    return {};
}

QString KeychainError::waysOut()
{
    return tr("Unlock your keyring (log in to the desktop session), or, for cron, give the key in "
              "COFFRE_API_KEY or in a key file with mode 0600 (--api-key-file PATH), or run Coffre from a "
              "systemd user timer, which has the session bus.");
}

QString KeychainError::message() const
{
    if (!isError())
        return {};
    QString text = causeText() + QLatin1Char(' ') + waysOut();
    // One line on stderr, whatever the backend put in its detail text.
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace Coffre
