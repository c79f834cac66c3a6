#include "cli/CliCommand.h"

namespace Coffre {

CliCommand::~CliCommand() = default;

int CliContext::fail(int code, const QString &message)
{
    err << QCoreApplication::applicationName() << ": " << message << Qt::endl;
    return code;
}

} // namespace Coffre
