#pragma once

#include "secrets/KeychainError.h"

#include <QMetaType>
#include <QString>

namespace Coffre {

// The outcome of one keychain operation (read, write or forget the API key).
class KeychainResult
{
public:
    enum class Status {
        Ok, // done; for a read, key() holds the key
        NotFound, // read: the keychain works but holds no key for Coffre
        Failed, // the keychain could not be used: see error()
    };

    KeychainResult() = default;
    static KeychainResult ok(const QString &key = {}, bool existed = true)
    {
        KeychainResult r;
        r.m_status = Status::Ok;
        r.m_key = key;
        r.m_existed = existed;
        return r;
    }
    static KeychainResult notFound()
    {
        KeychainResult r;
        r.m_status = Status::NotFound;
        r.m_existed = false;
        return r;
    }
    static KeychainResult failed(const KeychainError &error)
    {
        KeychainResult r;
        r.m_status = Status::Failed;
        r.m_error = error;
        return r;
    }

    Status status() const { return m_status; }
    bool isOk() const { return m_status == Status::Ok; }
    bool isFailed() const { return m_status == Status::Failed; }
    const QString &key() const { return m_key; }
    // forget: whether there was a key to remove.
    bool existed() const { return m_existed; }
    const KeychainError &error() const { return m_error; }

private:
    Status m_status = Status::Failed;
    QString m_key;
    bool m_existed = false;
    KeychainError m_error;
};

} // namespace Coffre

Q_DECLARE_METATYPE(Coffre::KeychainResult)
