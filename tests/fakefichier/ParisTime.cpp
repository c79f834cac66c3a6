#include "ParisTime.h"

#include <QTimeZone>

namespace Coffre::Fake {

namespace {
const QTimeZone &paris()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Paris"));
    if (!zone.isValid())
        qFatal("time zone Europe/Paris is missing (install tzdata)");
    return zone;
}
const QString kFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
} // namespace

QString ParisTime::format(const QDateTime &utc)
{
    return utc.toTimeZone(paris()).toString(kFormat);
}

QDateTime ParisTime::parse(const QString &text)
{
    const QDateTime local = QDateTime::fromString(text.trimmed(), kFormat);
    if (!local.isValid())
        return {};
    return QDateTime(local.date(), local.time(), paris()).toUTC();
}

} // namespace Coffre::Fake
