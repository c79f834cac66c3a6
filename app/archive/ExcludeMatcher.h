#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace Coffre {

// Decides which paths of a source folder are left out of an archive, with gitignore rules:
//   *.tmp            any file or folder named *.tmp, at any depth
//   node_modules/    a trailing slash matches folders only
//   /build           a leading slash (or any inner slash) anchors to the source folder
//   docs/*.md        anchored: only <source>/docs/*.md
//   **/.cache/**     ** spans any number of folders
//   !keep.tmp        a later ! pattern takes a path back in (the last match wins)
// `*` and `?` never match '/', `[a-z]` and `[!a-z]` are character classes, `\` escapes.
// Paths are relative to the source folder, '/'-separated, without a leading slash.
class ExcludeMatcher
{
    Q_DECLARE_TR_FUNCTIONS(ExcludeMatcher)
public:
    ExcludeMatcher() = default;
    explicit ExcludeMatcher(const QStringList &patterns);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; } // names the first bad pattern
    bool isEmpty() const { return m_rules.empty(); }

    bool isExcluded(const QString &relativePath, bool isDir) const;

    // The regular expression a glob turns into (exposed for tests and error messages).
    static QString globToRegex(const QString &glob);

private:
    struct Rule {
        QRegularExpression regex;
        bool negated = false;
        bool dirOnly = false;
        bool anchored = false; // matched against the whole relative path, else the base name
    };
    std::vector<Rule> m_rules;
    QString m_error;
};

} // namespace Coffre
