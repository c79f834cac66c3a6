#pragma once

#include <QCoreApplication>
#include <QString>

namespace Coffre {

// A 1fichier API key together with where it came from. Deliberately has no QDebug
// operator and no toString(): the value is reachable only through value(), so it cannot
// slip into a log line by accident.
class ApiKey
{
    Q_DECLARE_TR_FUNCTIONS(ApiKey)
public:
    enum class Source { None, Environment, KeyFile, Keychain };

    static constexpr qsizetype Length = 32;

    ApiKey() = default;
    ApiKey(const QString &value, Source source, const QString &origin = {});

    bool isEmpty() const { return m_value.isEmpty(); }
    const QString &value() const { return m_value; }
    Source source() const { return m_source; }
    // The key file path for Source::KeyFile, empty otherwise.
    const QString &origin() const { return m_origin; }
    // "the COFFRE_API_KEY environment variable", "the key file /p", "the OS keychain".
    QString sourceDescription() const;

    // Removes the whitespace and newline a file or a pipe adds around a key.
    static QString normalized(const QString &raw);
    // True for 32 characters of [A-Za-z0-9_=-] (1fichier-api.md §1.2).
    static bool isWellFormed(const QString &key);
    // Empty when `key` is well formed, otherwise a sentence saying what is wrong with it,
    // naming `where` ("the key on standard input"). Never contains the key itself.
    static QString shapeProblem(const QString &key, const QString &where);

private:
    QString m_value;
    Source m_source = Source::None;
    QString m_origin;
};

} // namespace Coffre
