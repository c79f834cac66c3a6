#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <sys/types.h>

// A private Xvfb display for a test that needs a real X server (the tray), started before
// QApplication exists, so it uses plain POSIX calls rather than QProcess. Xvfb picks a free
// display itself (-displayfd). Everything it starts is stopped by the destructor.
class XServer
{
public:
    XServer() = default;
    ~XServer();
    XServer(const XServer &) = delete;
    XServer &operator=(const XServer &) = delete;

    // Starts Xvfb; false (with problem()) when it cannot be run or does not answer.
    bool start(int width = 1024, int height = 768);
    // Starts a program on the display (e.g. trayer); its pid, or -1.
    pid_t spawn(const QStringList &arguments);
    // The display (":12"), empty before start().
    QString display() const { return m_display; }
    QString problem() const { return m_problem; }

private:
    QList<pid_t> m_children;
    pid_t m_server = -1;
    QString m_display;
    QString m_problem;
};
