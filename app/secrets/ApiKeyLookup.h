#pragma once

#include "secrets/ApiKey.h"
#include "secrets/KeychainError.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Coffre {

// The answer to "which API key do I use?": the key and its source, or why there is none.
class ApiKeyLookup
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyLookup)
public:
    enum class Status {
        Found,
        Missing, // no source holds a key
        Refused, // a source was given but is unusable (key file mode, malformed key, ...)
        KeychainUnavailable, // env and file gave nothing and the keychain cannot be reached
    };

    ApiKeyLookup() = default;
    static ApiKeyLookup found(const ApiKey &key);
    static ApiKeyLookup missing();
    static ApiKeyLookup refused(const QString &sentence);
    static ApiKeyLookup keychainUnavailable(const KeychainError &error);

    Status status() const { return m_status; }
    bool isFound() const { return m_status == Status::Found; }
    const ApiKey &key() const { return m_key; }
    const KeychainError &keychainError() const { return m_keychainError; }
    // For anything but Found: the one line to show the user.
    QString message() const;

    // How many times the keychain was asked (loadWithRetry: 1 or 2).
    int attempts() const { return m_attempts; }
    void setAttempts(int attempts) { m_attempts = attempts; }

private:
    Status m_status = Status::Missing;
    ApiKey m_key;
    QString m_sentence;
    KeychainError m_keychainError;
    int m_attempts = 0;
};

} // namespace Coffre

Q_DECLARE_METATYPE(Coffre::ApiKeyLookup)
