#include "core/AppInfo.h"

#include "core/EnglishPlurals.h"

#include <QCoreApplication>

namespace Coffre {

QString versionString()
{
    return QStringLiteral(COFFRE_VERSION);
}

void setupApplicationInfo()
{
    QCoreApplication::setApplicationName(QStringLiteral("coffre"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(versionString());
    installEnglishPlurals();
}

} // namespace Coffre
