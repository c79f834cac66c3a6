#include "archive/ExcludeMatcher.h"

namespace Coffre {

ExcludeMatcher::ExcludeMatcher(const QStringList &patterns)
{
    for (const QString &raw : patterns) {
        QString pattern = raw.trimmed();
        if (pattern.isEmpty() || pattern.startsWith(QLatin1Char('#')))
            continue;
        Rule rule;
        if (pattern.startsWith(QLatin1Char('!'))) {
            rule.negated = true;
            pattern.remove(0, 1);
        }
        while (pattern.endsWith(QLatin1Char('/'))) {
            rule.dirOnly = true;
            pattern.chop(1);
        }
        // As in gitignore, a slash anywhere but at the end ties the pattern to the root.
        if (pattern.contains(QLatin1Char('/'))) {
            rule.anchored = true;
            while (pattern.startsWith(QLatin1Char('/')))
                pattern.remove(0, 1);
        }
        if (pattern.isEmpty()) {
            m_error = tr("The exclude pattern '%1' matches nothing.").arg(raw);
            return;
        }
        rule.regex = QRegularExpression(QRegularExpression::anchoredPattern(globToRegex(pattern)),
            QRegularExpression::DotMatchesEverythingOption);
        if (!rule.regex.isValid()) {
            m_error = tr("The exclude pattern '%1' is not valid.").arg(raw);
            return;
        }
        rule.regex.optimize();
        m_rules.push_back(std::move(rule));
    }
}

QString ExcludeMatcher::globToRegex(const QString &glob)
{
    QString rx;
    const qsizetype n = glob.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = glob.at(i);
        if (c == QLatin1Char('*')) {
            const bool doubleStar = i + 1 < n && glob.at(i + 1) == QLatin1Char('*');
            const bool atSegmentStart = i == 0 || glob.at(i - 1) == QLatin1Char('/');
            if (doubleStar && atSegmentStart) {
                const qsizetype after = i + 2;
                if (after == n) {
                    rx += QLatin1String(".*"); // "dir/**": everything inside
                    i = after - 1;
                    continue;
                }
                if (glob.at(after) == QLatin1Char('/')) {
                    rx += QLatin1String("(?:.*/)?"); // "**/x", "a/**/b": zero or more folders
                    i = after;
                    continue;
                }
            }
            // Any other run of stars is one star: never crosses a folder boundary.
            while (i + 1 < n && glob.at(i + 1) == QLatin1Char('*'))
                ++i;
            rx += QLatin1String("[^/]*");
        } else if (c == QLatin1Char('?')) {
            rx += QLatin1String("[^/]");
        } else if (c == QLatin1Char('\\') && i + 1 < n) {
            rx += QRegularExpression::escape(QString(glob.at(++i)));
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = glob.indexOf(QLatin1Char(']'), i + 2);
            if (close < 0) {
                rx += QLatin1String("\\[");
                continue;
            }
            QString body = glob.mid(i + 1, close - i - 1);
            QString cls = QStringLiteral("[");
            qsizetype j = 0;
            if (body.startsWith(QLatin1Char('!')) || body.startsWith(QLatin1Char('^'))) {
                cls += QLatin1Char('^');
                j = 1;
            }
            for (; j < body.size(); ++j) {
                const QChar b = body.at(j);
                if (b == QLatin1Char('\\') || b == QLatin1Char('[') || b == QLatin1Char(']')
                    || b == QLatin1Char('^'))
                    cls += QLatin1Char('\\');
                cls += b;
            }
            cls += QLatin1Char(']');
            rx += cls;
            i = close;
        } else {
            rx += QRegularExpression::escape(QString(c));
        }
    }
    return rx;
}

bool ExcludeMatcher::isExcluded(const QString &relativePath, bool isDir) const
{
    if (m_rules.empty())
        return false;
    const qsizetype slash = relativePath.lastIndexOf(QLatin1Char('/'));
    const QStringView baseName = QStringView(relativePath).mid(slash + 1);
    bool excluded = false;
    for (const Rule &rule : m_rules) {
        if (rule.dirOnly && !isDir)
            continue;
        if (excluded != rule.negated)
            continue; // this rule could not change the outcome
        const bool hit = rule.anchored ? rule.regex.match(relativePath).hasMatch()
                                       : rule.regex.match(baseName).hasMatch();
        if (hit)
            excluded = !rule.negated;
    }
    return excluded;
}

} // namespace Coffre
