#pragma once

#include "secrets/ApiKeyLookup.h"
#include "secrets/KeychainResult.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

namespace Coffre {

// The 1fichier API key: where to find it and how to keep it. Reads from, in order,
// COFFRE_API_KEY, a 0600 key file (--api-key-file), then the OS keychain (QtKeychain,
// service "coffre", key "api-key"); writes only to the keychain, never to a file
// (QtKeychain's insecure plaintext fallback stays off).
//
// Keychain operations are asynchronous (the GUI never blocks) and bounded by timeout(),
// so a hung keyring daemon gives KeychainError::NotResponding instead of a hang. The
// *Sync() variants wait for the same jobs in a local event loop; they are for the
// command line, not for code running under a GUI event loop.
class ApiKeyStore : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultTimeout {20000};

    explicit ApiKeyStore(QObject *parent = nullptr);
    ~ApiKeyStore() override;

    static QString serviceName(); // "coffre"
    static QString keyName(); // "api-key"
    static QString environmentVariable(); // "COFFRE_API_KEY"

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Asynchronous keychain operations; each emits its signal exactly once.
    void readKey(); // -> keyRead
    void writeKey(const QString &key); // -> keyWritten; refuses a malformed key
    void forgetKey(); // -> keyForgotten; result.existed() says whether there was one

    // The GUI's start-up load: COFFRE_API_KEY, `keyFile` if given, then the keychain. If
    // the keychain fails for a reason that may pass (daemon or bus not up yet, locked,
    // not answering), emits retrying() and asks once more after `delay`. Emits loaded()
    // exactly once.
    void loadWithRetry(std::chrono::milliseconds delay, const QString &keyFile = {});

    // Blocking variants for the command line.
    KeychainResult readKeySync();
    KeychainResult writeKeySync(const QString &key);
    KeychainResult forgetKeySync();
    // COFFRE_API_KEY, then `keyFile` (if not empty), then the keychain.
    ApiKeyLookup resolve(const QString &keyFile = {});

    // The first two sources alone: a lookup when COFFRE_API_KEY or `keyFile` decides
    // (found or refused), or Missing when the keychain must be asked.
    static ApiKeyLookup resolveWithoutKeychain(const QString &keyFile);

signals:
    void keyRead(const Coffre::KeychainResult &result);
    void keyWritten(const Coffre::KeychainResult &result);
    void keyForgotten(const Coffre::KeychainResult &result);
    void retrying(const Coffre::KeychainError &firstError);
    void loaded(const Coffre::ApiKeyLookup &lookup);

private:
    using Callback = std::function<void(const KeychainResult &)>;

    void startRead(const Callback &done);
    void startWrite(const QString &key, const Callback &done);
    void startForget(const Callback &done);
    void runJob(QKeychain::Job *job, const std::function<KeychainResult(QKeychain::Job *)> &interpret,
        const Callback &done);
    void deliverLater(const KeychainResult &result, const Callback &done);
    KeychainResult waitFor(const std::function<void(const Callback &)> &start);
    void loadAttempt(int attempt, std::chrono::milliseconds delay);
    static ApiKeyLookup lookupFromKeychain(const KeychainResult &result);

    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace Coffre
