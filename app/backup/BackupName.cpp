#include "backup/BackupName.h"

#include <QRegularExpression>

namespace Coffre {

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd_HH-mm-ss");

} // namespace

QString BackupName::format(const QString &slug, const QDateTime &timeUtc)
{
    return slug + QLatin1Char('_') + timeUtc.toUTC().toString(kTimeFormat) + QStringLiteral("Z.zip");
}

std::optional<QDateTime> BackupName::parse(const QString &slug, const QString &fileName)
{
    // Slugs never contain '_', so "<slug>_" cannot be the start of another profile's name.
    if (slug.isEmpty() || slug.contains(QLatin1Char('_')))
        return std::nullopt;
    static const QRegularExpression pattern(
        QStringLiteral("^([a-z0-9-]+)_(\\d{4})-(\\d{2})-(\\d{2})_(\\d{2})-(\\d{2})-(\\d{2})Z\\.zip$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch() || match.captured(1) != slug)
        return std::nullopt;
    auto number = [&](int group) {
        return match.capturedView(group).toInt();
    };
    const QDate date(number(2), number(3), number(4));
    const QTime time(number(5), number(6), number(7));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace Coffre
