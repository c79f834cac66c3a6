#pragma once

#include "archive/ArchiveTuning.h"
#include "archive/ArchiveTypes.h"
#include "backup/Profile.h"
#include "backup/PrunePlan.h"
#include "backup/RunHistory.h"
#include "backup/RunRecord.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <atomic>
#include <memory>

namespace Coffre {

class Clock;
class FichierClient;
class FichierJob;
class RunLock;

// The steps of one backup run, in order.
enum class RunPhase { Preparing, Zipping, ResolvingFolder, Uploading, Verifying, Pruning, Finished };

// Where a run is; emitted often (throttled by the archive writer and the client).
struct RunProgress {
    RunPhase phase = RunPhase::Preparing;
    qint64 bytesDone = 0; // zipping: source bytes read; uploading: archive bytes sent
    qint64 bytesTotal = 0;
    qint64 filesDone = 0;
    qint64 filesTotal = 0;
    double bytesPerSecond = 0;
    QString currentFile;
    QString notice; // something worth showing while waiting ("1fichier asked us to slow down")

    static QString phaseText(RunPhase phase);
};

struct RunOptions {
    bool dryRun = false; // look only: list the remote folder and show the retention plan
    QString workDir; // temporary archives; default AppPaths::cacheDir()/runs/<slug>
    QString lockDir; // default RunLock::defaultDirectory()
    QString historyFile; // default RunHistory::defaultFilePath()
    bool writeHistory = true;
    int verifyListAttempts = 4; // the folder listing may lag behind end.pl (API doc §5.5)
    int verifyListDelayMs = 15000;
    QTimeZone zone = QTimeZone::systemTimeZone(); // retention periods
    qint64 historyMaxBytes = RunHistory::DefaultMaxBytes;
    // Old backups are not deleted when 1fichier's date of the new upload is further than
    // this from this computer's clock during the upload: retention reads the times from
    // names made with the local clock, and a clock years ahead would make every older
    // backup look expired. 0 turns the check off (tests that move a MockClock far away).
    qint64 maxClockSkewSecs = 24 * 3600;
    // Test seams of the archive writer (files vanishing, growing, unreadable mid-zip).
    ArchiveWriterHooks archiveHooks;
};

struct RunOutcome {
    RunRecord record; // as appended to the history (not for dry runs)
    int exitCode = 0; // Coffre::ExitCode
    QList<ArchiveWarning> warnings;
    PrunePlan plan; // the retention plan that was applied (or would be, for a dry run)
    QString pruneError; // the backup is safe but deleting old ones failed (next run retries)
    bool dryRun = false;

    bool succeeded() const { return record.result == RunRecord::Result::Ok; }
};

// One backup of one profile: lock → zip to a private temp file → resolve the remote
// folder → upload → verify (end.pl size and Whirlpool equal the local archive, and the
// file shows in the folder listing) → prune by retention → history → clean up → unlock.
// Used by the GUI, the scheduler and `coffre run` alike; lives on a thread with an event
// loop (zipping runs on a worker thread). Whatever fails, older backups stay, the temp
// file is removed and one sentence says why. Old backups are deleted only after the new
// one is verified.
class BackupRun : public QObject
{
    Q_OBJECT
public:
    BackupRun(const Profile &profile, FichierClient *client, const Clock &clock,
        const RunOptions &options = {}, QObject *parent = nullptr);
    ~BackupRun() override;

    const Profile &profile() const { return m_profile; }
    bool isRunning() const { return m_running; }
    const RunProgress &lastProgress() const { return m_progress; }

public slots:
    void start();
    // Stops at the next safe point; the run finishes as cancelled with nothing deleted.
    void cancel();

signals:
    void progress(const Coffre::RunProgress &progress);
    void finished(const Coffre::RunOutcome &outcome);

private:
    void fail(int exitCode, const QString &sentence);
    void finishRun(RunRecord::Result result, int exitCode, const QString &sentence);
    void setPhase(RunPhase phase);
    void emitProgress();
    bool checkSources();
    void startZip();
    void onZipped();
    void resolveFolder();
    void upload();
    void verifyListing(int attempt);
    // The folder listing reached the cap without the new file: ask for the file itself.
    void verifyByInfo(const QList<FileEntry> &files);
    bool matchesArchive(const FileEntry &entry) const;
    void prune(const QList<FileEntry> &files, const QDateTime &serverUploadedUtc, bool listingCut);
    QString clockSkewProblem(const QDateTime &serverUploadedUtc) const;
    void checkPruned(const QStringList &urls, int exitCode, const QString &why);
    void planDryRun(const QList<FileEntry> &files);
    void watchJob(FichierJob *job);
    QStringList tempFiles() const;
    // Returns the newest modification time of what was removed (invalid: nothing was there).
    QDateTime removeTempFiles();
    void recordInterruptedRun(const QDateTime &lastWriteUtc);
    void onCleanedUp();
    int exitCodeFor(const FichierJob *job) const;

    Profile m_profile;
    QPointer<FichierClient> m_client;
    const Clock &m_clock;
    RunOptions m_options;
    RunProgress m_progress;
    RunOutcome m_outcome;
    std::unique_ptr<RunLock> m_lock;
    QPointer<FichierJob> m_job;
    QFutureWatcher<ArchiveResult> m_zipWatcher;
    QFutureWatcher<QString> m_finishWatcher; // temp removal + history, then finished()
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_archivePath;
    ArchiveResult m_archive;
    qint64 m_folderId = -1;
    QString m_uploadedUrl;
    QDateTime m_uploadStartUtc; // local clock when the upload began
    QString m_zipStop; // why the writer was stopped early (free space), empty otherwise
    bool m_spaceChecked = false;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_finishing = false;
};

} // namespace Coffre

Q_DECLARE_METATYPE(Coffre::RunProgress)
Q_DECLARE_METATYPE(Coffre::RunOutcome)
