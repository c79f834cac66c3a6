#include "secrets/ApiKeyLookup.h"

namespace Coffre {

ApiKeyLookup ApiKeyLookup::found(const ApiKey &key)
{
    ApiKeyLookup r;
    r.m_status = Status::Found;
    r.m_key = key;
    return r;
}

ApiKeyLookup ApiKeyLookup::missing()
{
    ApiKeyLookup r;
    r.m_status = Status::Missing;
    return r;
}

ApiKeyLookup ApiKeyLookup::refused(const QString &sentence)
{
    ApiKeyLookup r;
    r.m_status = Status::Refused;
    r.m_sentence = sentence;
    return r;
}

ApiKeyLookup ApiKeyLookup::keychainUnavailable(const KeychainError &error)
{
    ApiKeyLookup r;
    r.m_status = Status::KeychainUnavailable;
    r.m_keychainError = error;
    return r;
}

QString ApiKeyLookup::message() const
{
    switch (m_status) {
    case Status::Found:
        return {};
    case Status::Missing:
        return tr("no API key: store one with 'coffre key set' (it reads the key from standard input), or "
                  "give it in COFFRE_API_KEY or in a key file with mode 0600 (--api-key-file PATH).");
    case Status::Refused:
        return m_sentence;
    case Status::KeychainUnavailable:
        return m_keychainError.message();
    }
    return {};
}

} // namespace Coffre
