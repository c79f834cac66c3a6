#pragma once

#include "archive/ArchiveTypes.h"
#include "fichier/FichierTypes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace Coffre {

class FichierClient;
class FichierJob;

// Brings one remote backup back: download it (resumable, Whirlpool-checked against the
// listing) to a private temp file, then extract it safely into the target folder (nothing
// outside it, nothing overwritten). The temp file is always removed. Used by `coffre
// restore` and the remote browser.
class RestoreRun : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Downloading, Extracting, Finished };

    struct Outcome {
        bool ok = false;
        bool cancelled = false;
        QString error; // one sentence when !ok
        qint64 files = 0;
        qint64 folders = 0;
        qint64 bytes = 0; // uncompressed bytes written
    };

    // `backup` comes from a listing of the profile's folder (url, name, size, checksum).
    RestoreRun(const FileEntry &backup, const QString &targetDir, FichierClient *client,
        const QString &workDir = {}, QObject *parent = nullptr);
    ~RestoreRun() override;

public slots:
    void start();
    void cancel();

signals:
    void progress(Coffre::RestoreRun::Phase phase, qint64 done, qint64 total, double bytesPerSecond);
    void finished(const Coffre::RestoreRun::Outcome &outcome);

private:
    void removeLeftovers() const;
    void extract();
    void finish(Outcome outcome);

    FileEntry m_backup;
    QString m_target;
    QPointer<FichierClient> m_client;
    QString m_workDir;
    QString m_zipPath;
    QPointer<FichierJob> m_job;
    QFutureWatcher<ArchiveReadResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace Coffre

Q_DECLARE_METATYPE(Coffre::RestoreRun::Outcome)
