#pragma once

#include <atomic>

namespace Coffre {

// While alive, Ctrl-C (SIGINT) and SIGTERM set flag() instead of killing the process, so a
// long command can stop cleanly (remove its partial output) and exit with status 130.
class CliInterrupt
{
public:
    CliInterrupt();
    ~CliInterrupt();
    CliInterrupt(const CliInterrupt &) = delete;
    CliInterrupt &operator=(const CliInterrupt &) = delete;

    const std::atomic_bool *flag() const;
    bool interrupted() const;
};

} // namespace Coffre
