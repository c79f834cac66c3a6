#include "FuzzCheck.h"

void FuzzCheck::expect(bool ok, const QString &what)
{
    if (!ok && m_failure.isEmpty())
        m_failure = what;
}

bool FuzzCheck::isOneLine(const QString &text)
{
    for (const QChar c : text) {
        // Other_Control covers C0, DEL and C1; U+2028/2029 are line and paragraph breaks.
        if (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029))
            return false;
    }
    return true;
}

void FuzzCheck::expectMessage(const QString &text, const QString &what, qsizetype maxChars)
{
    expect(!text.trimmed().isEmpty(), what + QStringLiteral(": empty message"));
    expectOneLine(text, what, maxChars);
}

void FuzzCheck::expectOneLine(const QString &text, const QString &what, qsizetype maxChars)
{
    expect(isOneLine(text), what + QStringLiteral(": not one clean line: ") + text.left(300));
    expect(text.size() <= maxChars,
        what + QStringLiteral(": %1 characters (at most %2 expected)").arg(text.size()).arg(maxChars));
}
