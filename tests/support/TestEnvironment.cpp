#include "TestEnvironment.h"

#include <QDir>

TestEnvironment::TestEnvironment()
{
    for (const QString &sub : {QStringLiteral("config"), QStringLiteral("data"), QStringLiteral("cache"),
             QStringLiteral("runtime")})
        QDir(m_root.path()).mkpath(sub);
    QFile::setPermissions(
        m_root.filePath(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QString TestEnvironment::configHome() const
{
    return m_root.filePath(QStringLiteral("config"));
}

QString TestEnvironment::dataHome() const
{
    return m_root.filePath(QStringLiteral("data"));
}

QString TestEnvironment::cacheHome() const
{
    return m_root.filePath(QStringLiteral("cache"));
}

void TestEnvironment::applyToThisProcess() const
{
    qputenv("XDG_CONFIG_HOME", configHome().toLocal8Bit());
    qputenv("XDG_DATA_HOME", dataHome().toLocal8Bit());
    qputenv("XDG_CACHE_HOME", cacheHome().toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", m_root.filePath(QStringLiteral("runtime")).toLocal8Bit());
}

QProcessEnvironment TestEnvironment::processEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome());
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("COFFRE_API_KEY"));
    return env;
}
