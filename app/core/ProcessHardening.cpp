#include "core/ProcessHardening.h"

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace Coffre {

void hardenProcess()
{
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit noCore {0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace Coffre
