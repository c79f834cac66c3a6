#include "secrets/ApiKey.h"

#include <algorithm>

namespace Coffre {

namespace {

bool isKeyCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'
        || u == u'_' || u == u'=';
}

} // namespace

ApiKey::ApiKey(const QString &value, Source source, const QString &origin)
    : m_value(value), m_source(source), m_origin(origin)
{ }

QString ApiKey::sourceDescription() const
{
    switch (m_source) {
    case Source::Environment:
        return tr("the COFFRE_API_KEY environment variable");
    case Source::KeyFile:
        return tr("the key file %1").arg(m_origin);
    case Source::Keychain:
        return tr("the OS keychain");
    case Source::None:
        break;
    }
    return tr("nowhere");
}

QString ApiKey::normalized(const QString &raw)
{
    return raw.trimmed();
}

bool ApiKey::isWellFormed(const QString &key)
{
    return key.size() == Length && std::all_of(key.begin(), key.end(), isKeyCharacter);
}

QString ApiKey::shapeProblem(const QString &key, const QString &where)
{
    if (isWellFormed(key))
        return {};
    const QString expected
        = tr("a 1fichier API key is %1 characters of A-Z, a-z, 0-9, '-', '_' and '='").arg(Length);
    if (key.isEmpty())
        return tr("%1 is empty; %2.").arg(where, expected);
    // Saying the length and that some character is wrong is enough to act on; showing
    // the character would show part of a secret.
    if (key.size() != Length)
        return tr("%1 has %2 characters, not a 1fichier API key: %3.")
            .arg(where, QString::number(key.size()), expected);
    return tr("%1 contains characters a 1fichier API key never has: %2.").arg(where, expected);
}

} // namespace Coffre
