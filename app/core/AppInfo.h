#pragma once

#include <QString>

class QCoreApplication;

// Identity of the application: name, version, and where QStandardPaths puts its files.
namespace Coffre {

QString versionString();
// Sets application name/version so QStandardPaths gives ~/.config/coffre, ~/.cache/coffre, ...
void setupApplicationInfo();

} // namespace Coffre
