#include "cli/CliCommand.h"

namespace Coffre {

CliCommand::~CliCommand() = default;

int CliContext::fail(int code, const QString &message)
{
    // The prefix is translatable: French puts a non-breaking space before the colon.
    err << QCoreApplication::translate("CliApp", "%1: %2").arg(QCoreApplication::applicationName(), message)
        << Qt::endl;
    return code;
}

} // namespace Coffre
