#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "coffre.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "coffre.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFichier, "coffre.fichier", QtInfoMsg)
Q_LOGGING_CATEGORY(lcArchive, "coffre.archive", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBackup, "coffre.backup", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "coffre.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "coffre.ui", QtInfoMsg)

namespace Coffre {

void enableDebugLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("coffre.*.debug=true"));
}

} // namespace Coffre
