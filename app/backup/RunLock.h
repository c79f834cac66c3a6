#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace Coffre {

// "This profile is running": one QLockFile per profile, in a directory that the GUI and
// cron/systemd runs of the same user share. The cache dir is used rather than
// XDG_RUNTIME_DIR because cron jobs usually run without XDG_RUNTIME_DIR, and the two
// processes must agree on the path. A lock left by a killed process is recovered: QLockFile
// sees that its pid is gone. Locks never go stale by age, since a long upload is legitimate.
class RunLock
{
    Q_DECLARE_TR_FUNCTIONS(RunLock)
public:
    explicit RunLock(const QString &profileSlug, const QString &directory = defaultDirectory());
    ~RunLock();
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

    static QString defaultDirectory(); // AppPaths::cacheDir()/locks

    // Takes the lock without waiting. False when another process (or another RunLock in
    // this one) holds it — holderPid() then says which — or on an I/O problem.
    bool tryLock();
    void unlock();
    bool isLocked() const;

    qint64 holderPid() const { return m_holderPid; } // 0 when unknown
    QString holderHost() const { return m_holderHost; }
    // One sentence for the user after a failed tryLock().
    QString errorString() const { return m_error; }
    QString filePath() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_holderPid = 0;
    QString m_holderHost;
    QString m_error;
};

} // namespace Coffre
