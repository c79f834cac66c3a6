#include "XServer.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {
pid_t run(const QStringList &arguments, const posix_spawn_file_actions_t *actions)
{
    QList<QByteArray> bytes;
    for (const QString &a : arguments)
        bytes << a.toLocal8Bit();
    QList<char *> argv;
    for (QByteArray &b : bytes)
        argv << b.data();
    argv << nullptr;
    pid_t pid = -1;
    if (posix_spawnp(&pid, argv.first(), actions, nullptr, argv.data(), environ) != 0)
        return -1;
    return pid;
}
} // namespace

XServer::~XServer()
{
    for (auto it = m_children.rbegin(); it != m_children.rend(); ++it) {
        kill(*it, SIGTERM);
        waitpid(*it, nullptr, 0);
    }
    if (m_server > 0) {
        kill(m_server, SIGTERM);
        waitpid(m_server, nullptr, 0);
    }
}

bool XServer::start(int width, int height)
{
    int fds[2];
    if (pipe(fds) != 0) {
        m_problem = QString::fromLocal8Bit(strerror(errno));
        return false;
    }
    // Only the pipe's write end goes to Xvfb, as fd 3; its output is of no interest.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    // Close the read end first: it may itself be fd 3.
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 3);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    m_server = run(
        {QStringLiteral("Xvfb"), QStringLiteral("-displayfd"), QStringLiteral("3"), QStringLiteral("-screen"),
            QStringLiteral("0"), QStringLiteral("%1x%2x24").arg(width).arg(height),
            QStringLiteral("-nolisten"), QStringLiteral("tcp")},
        &actions);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    if (m_server < 0) {
        close(fds[0]);
        m_problem = QStringLiteral("Xvfb could not be run (is the xvfb package installed?)");
        return false;
    }
    // Xvfb writes the display number once it accepts connections.
    QByteArray number;
    pollfd p {fds[0], POLLIN, 0};
    while (poll(&p, 1, 15000) > 0) {
        char buf[32];
        const ssize_t n = read(fds[0], buf, sizeof buf);
        if (n <= 0)
            break;
        number.append(buf, n);
        if (number.contains('\n'))
            break;
    }
    close(fds[0]);
    bool ok = false;
    const int display = number.trimmed().toInt(&ok);
    if (!ok) {
        m_problem = QStringLiteral("Xvfb started but did not report a display within 15 s");
        return false;
    }
    m_display = u':' + QString::number(display);
    return true;
}

pid_t XServer::spawn(const QStringList &arguments)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    const pid_t pid = run(arguments, &actions);
    posix_spawn_file_actions_destroy(&actions);
    if (pid > 0)
        m_children << pid;
    return pid;
}
