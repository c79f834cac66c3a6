#include "backup/RestoreRun.h"

#include "archive/ArchiveReader.h"
#include "core/AppPaths.h"
#include "core/Logging.h"
#include "fichier/FichierClient.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QtConcurrent>

#include <cerrno>
#include <csignal>

namespace Coffre {

RestoreRun::RestoreRun(const FileEntry &backup, const QString &targetDir, FichierClient *client,
    const QString &workDir, QObject *parent)
    : QObject(parent),
      m_backup(backup),
      m_target(targetDir),
      m_client(client),
      m_workDir(workDir.isEmpty() ? AppPaths::cacheDir() + QLatin1String("/restore") : workDir),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_watcher, &QFutureWatcher<ArchiveReadResult>::finished, this, [this] {
        const ArchiveReadResult result = m_watcher.result();
        Outcome outcome;
        outcome.ok = result.ok;
        outcome.cancelled = result.failure == ArchiveReadResult::Cancelled;
        outcome.error = result.error;
        outcome.files = result.files;
        outcome.folders = result.folders;
        outcome.bytes = result.bytes;
        finish(outcome);
    });
}

RestoreRun::~RestoreRun()
{
    if (m_watcher.isRunning()) {
        m_cancel->store(true);
        m_watcher.waitForFinished(); // the extractor reports to this object
    }
    if (m_job)
        m_job->cancel();
    if (!m_zipPath.isEmpty())
        QFile::remove(m_zipPath);
}

void RestoreRun::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_client)
        return finish({false, false, tr("No 1fichier connection is set up.")});
    if (!AppPaths::ensurePrivateDir(m_workDir))
        return finish({false, false, tr("Cannot create the folder for downloads: %1.").arg(m_workDir)});
    removeLeftovers();
    if (!QDir().mkpath(m_target))
        return finish({false, false, tr("Cannot create the folder %1.").arg(m_target)});
    // The download needs the backup's size before extraction starts: say so now rather
    // than after minutes of downloading into a disk that cannot hold it.
    const QStorageInfo storage(m_workDir);
    if (m_backup.size > 0 && storage.isValid() && storage.bytesAvailable() >= 0
        && storage.bytesAvailable() < m_backup.size) {
        return finish({false, false,
            tr("Not enough free space in %1 to download the backup: %2 are needed, %3 are free.")
                .arg(m_workDir, QLocale().formattedDataSize(m_backup.size),
                    QLocale().formattedDataSize(storage.bytesAvailable()))});
    }
    // A per-run name: two restores of the same backup must not share a download.
    m_zipPath = QDir(m_workDir).filePath(QStringLiteral("%1-%2.zip")
                                             .arg(QCoreApplication::applicationPid())
                                             .arg(reinterpret_cast<quintptr>(this), 0, 16));
    auto *job = m_client->download(m_backup.url, m_zipPath, m_backup.checksum, m_backup.size);
    m_job = job;
    connect(job, &FichierJob::progress, this, [this](qint64 done, qint64 total, double rate) {
        emit progress(Phase::Downloading, done, total, rate);
    });
    connect(job, &FichierJob::finished, this, [this, job] {
        if (!m_running)
            return;
        if (!job->succeeded()) {
            const bool cancelled = job->error().kind() == FichierError::Kind::Cancelled;
            return finish({false, cancelled, job->errorString()});
        }
        extract();
    });
}

void RestoreRun::removeLeftovers() const
{
    // Downloads are named <pid>-<id>.zip(.part): one whose process is gone was left by a
    // restore that was killed, and nobody will ever finish it.
    static const QRegularExpression name(QStringLiteral("^(\\d+)-[0-9a-f]+\\.zip(\\.part)?$"));
    const QFileInfoList entries = QDir(m_workDir).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        const QRegularExpressionMatch match = name.match(entry.fileName());
        if (!match.hasMatch())
            continue;
        const qint64 pid = match.captured(1).toLongLong();
        if (pid == QCoreApplication::applicationPid())
            continue;
        if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH) {
            qCInfo(lcBackup) << "removing the download of an interrupted restore:" << entry.fileName();
            QFile::remove(entry.filePath());
        }
    }
}

void RestoreRun::extract()
{
    emit progress(Phase::Extracting, 0, 0, 0);
    const QString zip = m_zipPath;
    const QString target = m_target;
    const auto cancel = m_cancel;
    auto onProgress = [this](const ArchiveProgress &p) {
        QMetaObject::invokeMethod(
            this, [this, p] { emit progress(Phase::Extracting, p.bytesDone, p.bytesTotal, 0); },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([zip, target, cancel, onProgress] {
        ArchiveReader reader;
        return reader.extract(zip, target, {}, onProgress, cancel.get());
    }));
}

void RestoreRun::cancel()
{
    if (!m_running)
        return;
    m_cancel->store(true);
    if (m_watcher.isRunning())
        return; // the extractor stops and finish() follows
    if (m_job)
        m_job->cancel();
    finish({false, true, tr("The restore was cancelled.")});
}

void RestoreRun::finish(Outcome outcome)
{
    if (!m_running)
        return;
    m_running = false;
    if (!m_zipPath.isEmpty()) {
        QFile::remove(m_zipPath);
        m_zipPath.clear();
    }
    if (outcome.cancelled && outcome.error.isEmpty())
        outcome.error = tr("The restore was cancelled.");
    qCInfo(lcBackup) << "restore of" << m_backup.filename << (outcome.ok ? "done" : "failed");
    emit progress(Phase::Finished, 0, 0, 0);
    emit finished(outcome);
}

} // namespace Coffre
