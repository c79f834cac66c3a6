#include "core/DisplayText.h"

namespace Coffre::DisplayText {

QString oneLine(const QString &text, qsizetype maxChars)
{
    // Only as much as can survive the cut: a 1 MB message costs no more than a short one.
    QString line = text.left(maxChars * 2 + 2);
    for (QChar &c : line) {
        // C0, DEL and C1 (ESC starts terminal sequences), and Unicode's line/paragraph breaks.
        if (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029))
            c = QLatin1Char(' ');
    }
    line = line.simplified();
    if (line.size() <= maxChars)
        return line;
    qsizetype cut = qMax<qsizetype>(maxChars - 1, 0);
    if (cut > 0 && line.at(cut - 1).isHighSurrogate())
        --cut;
    return line.left(cut) + QChar(0x2026);
}

} // namespace Coffre::DisplayText
