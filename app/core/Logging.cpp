#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "coffre.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "coffre.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFichier, "coffre.fichier", QtWarningMsg)
Q_LOGGING_CATEGORY(lcArchive, "coffre.archive", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBackup, "coffre.backup", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "coffre.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "coffre.ui", QtWarningMsg)

namespace Coffre {

void enableDebugLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("coffre.*.debug=true\ncoffre.*.info=true"));
}

} // namespace Coffre
