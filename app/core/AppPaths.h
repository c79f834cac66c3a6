#pragma once

#include <QString>

// Where Coffre keeps its files. All come from QStandardPaths, so XDG_* variables (and
// QStandardPaths test mode) move them; the directories are created owner-only on demand.
namespace Coffre::AppPaths {

QString configDir(); // profiles.json           (~/.config/coffre)
QString dataDir(); // history                 (~/.local/share/coffre)
QString cacheDir(); // temporary archives      (~/.cache/coffre)

// Creates `dir` (and parents) if missing, with mode 0700. Returns false if it cannot.
bool ensurePrivateDir(const QString &dir);

} // namespace Coffre::AppPaths
