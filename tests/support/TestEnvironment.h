#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

// A private home for one test: XDG config/data/cache/runtime dirs inside a temporary
// directory, so no test ever reads or writes the real user's files.
class TestEnvironment
{
public:
    TestEnvironment();

    bool isValid() const { return m_root.isValid(); }
    QString root() const { return m_root.path(); }
    QString configHome() const;
    QString dataHome() const;
    QString cacheHome() const;

    // Points this process's XDG variables (and so QStandardPaths) at the private dirs.
    void applyToThisProcess() const;
    // A child process environment with the private dirs, without DISPLAY/WAYLAND_DISPLAY.
    QProcessEnvironment processEnvironment() const;

private:
    QTemporaryDir m_root;
};
