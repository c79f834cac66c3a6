#include "cli/CliInterrupt.h"

#include <csignal>

namespace Coffre {

namespace {

// Lock-free, so setting it from a signal handler is safe.
std::atomic_bool g_interrupted {false};
struct sigaction g_previousInt {
};
struct sigaction g_previousTerm {
};

void onSignal(int)
{
    g_interrupted.store(true);
}

} // namespace

CliInterrupt::CliInterrupt()
{
    g_interrupted = false;
    struct sigaction action {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &g_previousInt);
    ::sigaction(SIGTERM, &action, &g_previousTerm);
}

CliInterrupt::~CliInterrupt()
{
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
}

const std::atomic_bool *CliInterrupt::flag() const
{
    return &g_interrupted;
}

bool CliInterrupt::interrupted() const
{
    return g_interrupted.load();
}

} // namespace Coffre
