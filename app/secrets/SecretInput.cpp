#include "secrets/SecretInput.h"

#include <QByteArray>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace Coffre {

namespace {

// Saved terminal state for the signal handler: if the user presses Ctrl+C at the prompt,
// the terminal must get its echo back before the process dies.
struct termios g_savedTerminal {
};
volatile sig_atomic_t g_echoOff = 0;

void restoreAndReraise(int signal)
{
    if (g_echoOff)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

// Turns echo off for the lifetime of the object (and on the way out of a signal).
class EchoOff
{
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        struct sigaction action {
        };
        action.sa_handler = restoreAndReraise;
        sigemptyset(&action.sa_mask);
        for (int i = 0; i < 3; ++i)
            ::sigaction(kSignals[i], &action, &m_previous[i]);
        struct termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL; // the Enter still moves to the next line
        g_echoOff = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        m_active = true;
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
        if (g_echoOff)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
        g_echoOff = 0;
        for (int i = 0; i < 3; ++i)
            ::sigaction(kSignals[i], &m_previous[i], nullptr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;
    bool isActive() const { return g_echoOff; }

private:
    static constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction m_previous[3] {};
    bool m_active = false;
};

// Reads up to MaxSize + 1 bytes; on a terminal, stops at the end of the first line.
bool readInput(QByteArray &bytes, bool oneLine, QString &error)
{
    bytes.resize(SecretInput::MaxSize + 1);
    qsizetype used = 0;
    while (used < bytes.size()) {
        const ssize_t n
            = ::read(STDIN_FILENO, bytes.data() + used, oneLine ? 1 : size_t(bytes.size() - used));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            error = SecretInput::tr("cannot read standard input: %1.")
                        .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        if (n == 0)
            break;
        used += n;
        if (oneLine && bytes.at(used - 1) == '\n')
            break;
    }
    bytes.truncate(used);
    return true;
}

} // namespace

SecretInput::Result SecretInput::read(const QString &prompt, QTextStream &err)
{
    Result result;
    QByteArray bytes;
    const bool terminal = ::isatty(STDIN_FILENO);
    if (terminal) {
        EchoOff echoOff;
        if (!echoOff.isActive()) {
            result.error = tr("cannot turn off echo on the terminal; pipe the key in instead "
                              "(coffre key set < keyfile).");
            return result;
        }
        err << prompt << Qt::flush;
        if (!readInput(bytes, true, result.error))
            return result;
    } else if (!readInput(bytes, false, result.error)) {
        return result;
    }
    if (bytes.size() > MaxSize) {
        bytes.fill('\0');
        result.error = tr("standard input holds more than %1 bytes, which is not an API key.").arg(MaxSize);
        return result;
    }
    result.text = QString::fromUtf8(bytes);
    bytes.fill('\0');
    return result;
}

} // namespace Coffre
