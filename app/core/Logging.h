#pragma once

#include <QLoggingCategory>

// Developer log categories, one per module (`coffre.<module>`). Only warnings are printed
// by default, so a command prints its one result line and nothing else; `--debug` (or
// QT_LOGGING_RULES) turns on info and debug messages. Nothing logged here may contain the API key.
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
