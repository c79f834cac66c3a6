#include "cli/InterruptWatcher.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Coffre {

namespace {

// Only lock-free atomics and write(2) are touched by the handler: both are
// async-signal-safe.
static_assert(std::atomic_bool::is_always_lock_free && std::atomic_int::is_always_lock_free);
std::atomic_bool g_interrupted {false};
std::atomic_int g_count {0};
std::atomic_bool g_exitOnSecond {false};
int g_pipe[2] = {-1, -1};
struct sigaction g_previousInt {
};
struct sigaction g_previousTerm {
};

void onSignal(int)
{
    if (g_count.fetch_add(1) >= 1 && g_exitOnSecond.load())
        ::_exit(130); // the user insists
    g_interrupted.store(true);
    if (g_pipe[1] >= 0) {
        const char byte = 1;
        [[maybe_unused]] const auto n = ::write(g_pipe[1], &byte, 1);
    }
}

} // namespace

InterruptWatcher::InterruptWatcher(SecondSignal second, QObject *parent) : QObject(parent)
{
    g_interrupted = false;
    g_count = 0;
    g_exitOnSecond = second == SecondSignal::ExitAtOnce;
    // The pipe outlives the watcher (a handler may still run while one is being replaced);
    // without it the flag still works, only the Qt signal is lost.
    if (g_pipe[0] >= 0 || ::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        char buffer[16];
        while (::read(g_pipe[0], buffer, sizeof buffer) > 0) { } // left by an earlier watcher
        m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            char bytes[16];
            while (::read(g_pipe[0], bytes, sizeof bytes) > 0) { }
            emit interrupted();
        });
    }
    struct sigaction action {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &g_previousInt);
    ::sigaction(SIGTERM, &action, &g_previousTerm);
}

InterruptWatcher::~InterruptWatcher()
{
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
}

const std::atomic_bool *InterruptWatcher::flag() const
{
    return &g_interrupted;
}

bool InterruptWatcher::isInterrupted() const
{
    return g_interrupted.load();
}

} // namespace Coffre
