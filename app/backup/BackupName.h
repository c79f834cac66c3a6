#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Coffre {

// Archive names on 1fichier: `<profile-slug>_<YYYY-MM-DD_HH-MM-SS>Z.zip`, time in UTC.
// Retention reads a backup's time from its name only, and pruning only ever considers
// names that parse for the profile's own slug, so foreign files and other profiles'
// backups in the same folder are never touched.
class BackupName
{
public:
    // The name for a backup of `slug` started at `timeUtc` (sub-seconds dropped).
    static QString format(const QString &slug, const QDateTime &timeUtc);

    // The UTC time encoded in `fileName` if it is exactly a backup name of `slug`;
    // nullopt for anything else (another slug, a renamed copy, an impossible date, ...).
    static std::optional<QDateTime> parse(const QString &slug, const QString &fileName);

    // True if `fileName` is a backup of `slug`.
    static bool matches(const QString &slug, const QString &fileName)
    {
        return parse(slug, fileName).has_value();
    }
};

} // namespace Coffre
