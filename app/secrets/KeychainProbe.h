#pragma once

#include "secrets/KeychainError.h"

#include <QString>

namespace Coffre {

// Finds out why the keychain backend failed, in terms the user can act on. QtKeychain
// reports most Linux failures as "OtherError" with the backend's own (translated) text;
// asking the session bus directly tells "no bus" from "no keyring daemon" reliably.
class KeychainProbe
{
public:
    // False when neither DBUS_SESSION_BUS_ADDRESS nor $XDG_RUNTIME_DIR/bus gives a session
    // bus: then nothing can reach a keychain, and there is no point in asking.
    static bool sessionBusConfigured();

    // The cause of a failure whose backend text was `detail`: SessionBusUnreachable,
    // NoSecretService, NoDefaultCollection (a running Secret Service whose "default"
    // alias points nowhere), or Other(detail).
    // Talks to the bus daemon itself (not to the keyring), with a short timeout.
    static KeychainError diagnose(const QString &detail);

    // True when the running Secret Service holds an entry for (service, key) in a locked
    // collection. libsecret reports such an entry as "not found" once its unlock prompt
    // fails (no display, dismissed), which would make Coffre say "no key" and make
    // "forget" a silent no-op; SearchItems tells locked matches apart without prompting.
    static bool lockedEntryExists(const QString &service, const QString &key);
};

} // namespace Coffre
