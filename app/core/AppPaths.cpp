#include "core/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Coffre::AppPaths {

QString configDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString cacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

bool ensurePrivateDir(const QString &dir)
{
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return false;
    return QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace Coffre::AppPaths
