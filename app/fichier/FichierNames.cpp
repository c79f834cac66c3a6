#include "fichier/FichierNames.h"

#include <algorithm>

namespace Coffre::FichierNames {

namespace {

constexpr char16_t kQuote = u'\u201B'; // ‛ marks a literal replacement character
constexpr char16_t kSpace = u'\u2420'; // ␠
constexpr char16_t kDel = u'\u2421'; // ␡
constexpr char16_t kDot = u'\uFF0E'; // ．

struct Pair {
    char16_t plain;
    char16_t wide;
};
constexpr Pair kReserved[] = {
    {u'\\', u'\uFF3C'},
    {u'<', u'\uFF1C'},
    {u'>', u'\uFF1E'},
    {u'"', u'\uFF02'},
    {u'\'', u'\uFF07'},
    {u'$', u'\uFF04'},
    {u'`', u'\uFF40'},
    {u'/', u'\uFF0F'},
};

// The replacement for a character we must not send as is, or 0 when it may be sent.
char16_t wideFor(char16_t c)
{
    for (const Pair &p : kReserved) {
        if (p.plain == c)
            return p.wide;
    }
    if (c < 0x20)
        return char16_t(0x2400 + c);
    if (c == 0x7F)
        return kDel;
    return 0;
}

// The plain character a replacement stands for, or -1 when `c` is not a replacement
// (int, because U+2400 stands for NUL).
int plainFor(char16_t c)
{
    for (const Pair &p : kReserved) {
        if (p.wide == c)
            return p.plain;
    }
    if (c >= 0x2400 && c < 0x2420)
        return c - 0x2400;
    if (c == kDel)
        return 0x7F;
    if (c == kSpace)
        return u' ';
    return -1;
}

bool needsQuote(char16_t c)
{
    return c == kQuote || plainFor(c) >= 0;
}

} // namespace

QString encode(const QString &name)
{
    if (name == QLatin1String("."))
        return QString(QChar(kDot));
    if (name == QLatin1String(".."))
        return QString(QChar(kDot)) + QChar(kDot);
    // A name made only of full-width dots would decode to "." or ".."; quote them.
    const bool dotsOnly = !name.isEmpty() && name.size() <= 2
        && std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() == kDot; });

    qsizetype lead = 0;
    while (lead < name.size() && name.at(lead) == QLatin1Char(' '))
        ++lead;
    qsizetype trail = name.size();
    while (trail > lead && name.at(trail - 1) == QLatin1Char(' '))
        --trail;

    QString out;
    out.reserve(name.size() + 8);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        if (c == u' ' && (i < lead || i >= trail)) {
            out += QChar(kSpace);
        } else if (const char16_t wide = wideFor(c)) {
            out += QChar(wide);
        } else if ((c == kDot && dotsOnly) || (c != kDot && needsQuote(c))) {
            out += QChar(kQuote);
            out += QChar(c);
        } else {
            out += QChar(c);
        }
    }
    return out;
}

QString decode(const QString &wireName)
{
    if (wireName == QString(QChar(kDot)))
        return QStringLiteral(".");
    if (wireName == QString(QChar(kDot)) + QChar(kDot))
        return QStringLiteral("..");
    QString out;
    out.reserve(wireName.size());
    for (qsizetype i = 0; i < wireName.size(); ++i) {
        const char16_t c = wireName.at(i).unicode();
        if (c == kQuote && i + 1 < wireName.size()) {
            out += wireName.at(++i);
        } else if (const int plain = plainFor(c); plain >= 0) {
            out += QChar(char16_t(plain));
        } else {
            out += QChar(c);
        }
    }
    return out;
}

} // namespace Coffre::FichierNames
