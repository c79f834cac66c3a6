#include "backup/RunLock.h"

#include "core/AppPaths.h"
#include "core/Logging.h"

#include <QDir>

namespace Coffre {

RunLock::RunLock(const QString &profileSlug, const QString &directory)
    : m_path(QDir(directory).filePath(profileSlug + QStringLiteral(".lock"))),
      m_lock(std::make_unique<QLockFile>(m_path))
{
    m_lock->setStaleLockTime(0);
}

RunLock::~RunLock() = default;

QString RunLock::defaultDirectory()
{
    return QDir(AppPaths::cacheDir()).filePath(QStringLiteral("locks"));
}

bool RunLock::tryLock()
{
    m_holderPid = 0;
    m_holderHost.clear();
    m_error.clear();
    if (m_lock->isLocked())
        return true;
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(dir) && !AppPaths::ensurePrivateDir(dir)) {
        m_error = tr("Cannot create the lock folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    if (m_lock->tryLock(0)) {
        qCDebug(lcBackup) << "locked" << m_path;
        return true;
    }
    if (m_lock->error() == QLockFile::LockFailedError) {
        QString app;
        m_lock->getLockInfo(&m_holderPid, &m_holderHost, &app);
        m_error = m_holderPid > 0
            ? tr("This profile is already running (process %1). Wait for it to finish.").arg(m_holderPid)
            : tr("This profile is already running. Wait for it to finish.");
        return false;
    }
    m_error = tr("Cannot create the lock file %1.").arg(QDir::toNativeSeparators(m_path));
    return false;
}

void RunLock::unlock()
{
    if (m_lock->isLocked()) {
        m_lock->unlock();
        qCDebug(lcBackup) << "unlocked" << m_path;
    }
}

bool RunLock::isLocked() const
{
    return m_lock->isLocked();
}

} // namespace Coffre
