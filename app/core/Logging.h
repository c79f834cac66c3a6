#pragma once

#include <QLoggingCategory>

// Developer log categories, one per module (`coffre.<module>`). Debug output is off unless
// `--debug` (or QT_LOGGING_RULES) turns it on. Nothing logged here may contain the API key.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcFichier)
Q_DECLARE_LOGGING_CATEGORY(lcArchive)
Q_DECLARE_LOGGING_CATEGORY(lcBackup)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace Coffre {
// Turns on debug messages for every coffre.* category (the `--debug` switch).
void enableDebugLogging();
} // namespace Coffre
