#pragma once

#include <QDateTime>
#include <QString>

namespace Coffre::Fake {

// 1fichier writes every date as `YYYY-MM-DD HH:MM:SS` in French local time (CET/CEST).
class ParisTime
{
public:
    static QString format(const QDateTime &utc);
    // Reads the same format as Paris local time; invalid QDateTime if it does not parse.
    static QDateTime parse(const QString &text);
};

} // namespace Coffre::Fake
