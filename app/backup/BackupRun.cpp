#include "backup/BackupRun.h"

#include "archive/ArchiveWriter.h"
#include "backup/BackupName.h"
#include "backup/Clock.h"
#include "backup/RunHistory.h"
#include "backup/RunLock.h"
#include "cli/ExitCode.h"
#include "core/AppPaths.h"
#include "core/Logging.h"
#include "fichier/FichierClient.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStorageInfo>
#include <QTimer>
#include <QtConcurrent>

namespace Coffre {

QString RunProgress::phaseText(RunPhase phase)
{
    switch (phase) {
    case RunPhase::Preparing:
        return BackupRun::tr("Preparing");
    case RunPhase::Zipping:
        return BackupRun::tr("Compressing");
    case RunPhase::ResolvingFolder:
        return BackupRun::tr("Opening the 1fichier folder");
    case RunPhase::Uploading:
        return BackupRun::tr("Uploading");
    case RunPhase::Verifying:
        return BackupRun::tr("Verifying");
    case RunPhase::Pruning:
        return BackupRun::tr("Deleting old backups");
    case RunPhase::Finished:
        return BackupRun::tr("Finished");
    }
    return {};
}

BackupRun::BackupRun(const Profile &profile, FichierClient *client, const Clock &clock,
    const RunOptions &options, QObject *parent)
    : QObject(parent),
      m_profile(profile),
      m_client(client),
      m_clock(clock),
      m_options(options),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
    if (m_options.workDir.isEmpty())
        m_options.workDir = AppPaths::cacheDir() + QLatin1String("/runs/") + m_profile.slug();
    if (m_options.lockDir.isEmpty())
        m_options.lockDir = RunLock::defaultDirectory();
    if (m_options.historyFile.isEmpty())
        m_options.historyFile = RunHistory::defaultFilePath();
    connect(&m_zipWatcher, &QFutureWatcher<ArchiveResult>::finished, this, &BackupRun::onZipped);
    connect(&m_finishWatcher, &QFutureWatcher<QString>::finished, this, &BackupRun::onCleanedUp);
}

BackupRun::~BackupRun()
{
    if (m_zipWatcher.isRunning()) {
        // The writer thread reports progress to this object: stop it before going away.
        m_cancel->store(true);
        m_zipWatcher.waitForFinished();
    }
    if (m_job)
        m_job->cancel();
    if (m_running)
        removeTempFiles();
    // Finishing: the archive must be gone (and the run recorded) before the lock goes.
    if (m_finishing)
        m_finishWatcher.waitForFinished();
}

void BackupRun::start()
{
    if (m_running)
        return;
    m_running = true;
    m_spaceChecked = false;
    m_zipStop.clear();
    m_outcome = {};
    m_outcome.dryRun = m_options.dryRun;
    m_outcome.record.profile = m_profile.name;
    m_outcome.record.startUtc = m_clock.nowUtc();
    setPhase(RunPhase::Preparing);

    const QStringList problems = m_profile.validate();
    if (!problems.isEmpty())
        return fail(ExitCode::Config, problems.first());
    if (!m_client)
        return fail(ExitCode::Failure, tr("No 1fichier connection is set up."));

    m_lock = std::make_unique<RunLock>(m_profile.slug(), m_options.lockDir);
    if (!m_lock->tryLock()) {
        const QString why = m_lock->errorString();
        m_lock.reset(); // not ours: never unlock or clean up after another run
        return fail(ExitCode::Locked, why);
    }
    if (!AppPaths::ensurePrivateDir(m_options.workDir))
        return fail(ExitCode::Failure,
            tr("Cannot create the folder for temporary archives: %1.").arg(m_options.workDir));
    // Leftovers of a run that was killed: we hold the lock, so nobody else is writing them.
    // That run could not say so itself; its history line is written now.
    const QDateTime interruptedAt = removeTempFiles();
    if (interruptedAt.isValid() && m_options.writeHistory && !m_options.dryRun)
        recordInterruptedRun(interruptedAt);

    if (!checkSources())
        return;
    if (m_options.dryRun)
        return resolveFolder();
    startZip();
}

bool BackupRun::checkSources()
{
    for (const QString &source : std::as_const(m_profile.sources)) {
        const QFileInfo info(source);
        if (!info.exists()) {
            fail(ExitCode::Config,
                tr("The source folder %1 does not exist (is a disk unplugged?).").arg(source));
            return false;
        }
        if (!info.isReadable()) {
            fail(ExitCode::Failure, tr("The source folder %1 cannot be read.").arg(source));
            return false;
        }
    }
    return true;
}

void BackupRun::startZip()
{
    setPhase(RunPhase::Zipping);
    m_outcome.record.archiveName = BackupName::format(m_profile.slug(), m_outcome.record.startUtc);
    m_archivePath = QDir(m_options.workDir).filePath(m_outcome.record.archiveName);

    ArchiveSpec spec;
    spec.sources = m_profile.sources;
    spec.excludes = m_profile.excludes;
    spec.level = m_profile.level;
    spec.followSymlinks = m_profile.symlinks == Profile::Symlinks::Follow;
    spec.failOnUnreadable = m_profile.unreadable == Profile::Unreadable::Fail;

    const QString out = m_archivePath;
    const auto cancel = m_cancel;
    const ArchiveWriterHooks hooks = m_options.archiveHooks;
    auto onProgress = [this](const ArchiveProgress &p) {
        QMetaObject::invokeMethod(
            this,
            [this, p] {
                m_progress.filesDone = p.filesDone;
                m_progress.filesTotal = p.filesTotal;
                m_progress.bytesDone = p.bytesDone;
                m_progress.bytesTotal = p.bytesTotal;
                m_progress.currentFile = p.currentFile;
                if (!p.scanning && !m_spaceChecked) {
                    m_spaceChecked = true;
                    // The archive is at most about as large as its input: check the space once
                    // the scan knows the total, rather than failing at the end of a long zip.
                    const QStorageInfo storage(m_options.workDir);
                    const qint64 needed = p.bytesTotal + (16 << 20);
                    if (storage.isValid() && storage.bytesAvailable() >= 0
                        && storage.bytesAvailable() < needed) {
                        m_zipStop = tr("Not enough free space in %1 for the archive: %2 MB may be "
                                       "needed, %3 MB are free.")
                                        .arg(m_options.workDir)
                                        .arg(needed >> 20)
                                        .arg(storage.bytesAvailable() >> 20);
                        m_cancel->store(true);
                    }
                }
                emitProgress();
            },
            Qt::QueuedConnection);
    };
    m_zipWatcher.setFuture(QtConcurrent::run([spec, out, cancel, onProgress, hooks] {
        ArchiveWriter writer;
        writer.setHooks(hooks);
        // A partial archive left in the work folder is how the next run learns that this
        // one was killed while zipping (see removeTempFiles()).
        writer.setHiddenNameWhileWriting(true);
        return writer.write(spec, out, onProgress, cancel.get());
    }));
}

void BackupRun::onZipped()
{
    m_archive = m_zipWatcher.result();
    m_progress.notice.clear();
    m_outcome.warnings = m_archive.warnings;
    m_outcome.record.files = m_archive.files;
    m_outcome.record.warnings = int(m_archive.warnings.size());
    if (!m_zipStop.isEmpty()) // the free-space check stopped the writer
        return fail(ExitCode::Failure, m_zipStop);
    if (m_cancelled || m_archive.cancelled)
        return finishRun(RunRecord::Result::Cancelled, ExitCode::Cancelled, tr("The backup was cancelled."));
    if (!m_archive.ok)
        return fail(ExitCode::Failure, m_archive.error);
    m_outcome.record.size = m_archive.archiveSize;
    qCInfo(lcBackup) << "archive written:" << m_outcome.record.archiveName << m_archive.archiveSize
                     << "bytes," << m_archive.files << "files," << m_archive.warnings.size() << "warnings";
    resolveFolder();
}

void BackupRun::resolveFolder()
{
    setPhase(RunPhase::ResolvingFolder);
    // A dry run must not create anything remotely.
    auto *job = m_client->resolveFolder(m_profile.remotePath, !m_options.dryRun);
    watchJob(job);
    connect(job, &FichierJob::finished, this, [this, job] {
        if (m_cancelled)
            return;
        if (!job->succeeded()) {
            if (m_options.dryRun && job->error().kind() == FichierError::Kind::NotFound) {
                planDryRun({}); // the folder will be created by the first real run
                return;
            }
            return fail(exitCodeFor(job), job->errorString());
        }
        m_folderId = job->result();
        if (m_options.dryRun) {
            auto *list = m_client->listFiles(m_folderId);
            watchJob(list);
            connect(list, &FichierJob::finished, this, [this, list] {
                if (m_cancelled)
                    return;
                if (!list->succeeded())
                    return fail(exitCodeFor(list), list->errorString());
                planDryRun(list->result());
            });
            return;
        }
        upload();
    });
}

void BackupRun::upload()
{
    setPhase(RunPhase::Uploading);
    m_progress.bytesTotal = m_archive.archiveSize;
    m_progress.filesDone = m_progress.filesTotal = 0;
    m_progress.currentFile = m_outcome.record.archiveName;
    m_uploadStartUtc = m_clock.nowUtc();
    auto *job
        = m_client->upload(m_archivePath, m_folderId, m_outcome.record.archiveName, m_archive.whirlpool);
    watchJob(job);
    connect(job, &FichierJob::progress, this, [this](qint64 done, qint64 total, double rate) {
        m_progress.bytesDone = done;
        m_progress.bytesTotal = total;
        m_progress.bytesPerSecond = rate;
        emitProgress();
    });
    connect(job, &FichierJob::finished, this, [this, job] {
        if (m_cancelled)
            return;
        if (!job->succeeded())
            return fail(exitCodeFor(job), job->errorString());
        const UploadResult &result = job->result();
        setPhase(RunPhase::Verifying);
        // end.pl's report must describe exactly the archive we wrote.
        if (result.size != m_archive.archiveSize
            || result.whirlpool.compare(m_archive.whirlpool, Qt::CaseInsensitive) != 0) {
            return fail(ExitCode::Verify,
                tr("1fichier reports a different size or checksum for the uploaded archive than the one "
                   "sent; old backups were kept."));
        }
        m_uploadedUrl = result.url;
        m_outcome.record.url = result.url;
        verifyListing(1);
    });
}

void BackupRun::verifyListing(int attempt)
{
    auto *job = m_client->listFiles(m_folderId);
    watchJob(job);
    connect(job, &FichierJob::finished, this, [this, job, attempt] {
        if (m_cancelled)
            return;
        if (!job->succeeded())
            return fail(exitCodeFor(job), job->errorString());
        const QList<FileEntry> files = job->result();
        const bool cut = m_client->config().listingMayBeCut(files.size());
        const auto it = std::find_if(
            files.begin(), files.end(), [this](const FileEntry &f) { return f.url == m_uploadedUrl; });
        if (it == files.end()) {
            if (cut)
                return verifyByInfo(files); // waiting would not help: it may be past the cap
            if (attempt < m_options.verifyListAttempts) {
                m_progress.notice = tr("Waiting for the new backup to show in the folder listing…");
                emitProgress();
                QTimer::singleShot(m_options.verifyListDelayMs, this, [this, attempt] {
                    if (!m_cancelled)
                        verifyListing(attempt + 1);
                });
                return;
            }
            return fail(ExitCode::Verify,
                tr("The upload was reported complete but the archive does not show in %1 yet; old backups "
                   "were kept.")
                    .arg(m_profile.remotePath));
        }
        if (!matchesArchive(*it)) {
            return fail(ExitCode::Verify,
                tr("The archive listed in %1 differs from the one uploaded; old backups were kept.")
                    .arg(m_profile.remotePath));
        }
        m_progress.notice.clear();
        m_outcome.record.verified = true;
        prune(files, it->uploaded, cut);
    });
}

void BackupRun::verifyByInfo(const QList<FileEntry> &files)
{
    auto *job = m_client->fileInfo(m_uploadedUrl);
    watchJob(job);
    connect(job, &FichierJob::finished, this, [this, job, files] {
        if (m_cancelled)
            return;
        if (!job->succeeded())
            return fail(exitCodeFor(job), job->errorString());
        const FileEntry &info = job->result();
        if (info.folderId != m_folderId || !matchesArchive(info)) {
            return fail(ExitCode::Verify,
                tr("The archive stored in %1 differs from the one uploaded; old backups were kept.")
                    .arg(m_profile.remotePath));
        }
        m_progress.notice.clear();
        m_outcome.record.verified = true;
        prune(files, info.uploaded, true);
    });
}

bool BackupRun::matchesArchive(const FileEntry &entry) const
{
    return entry.size == m_archive.archiveSize
        && (entry.checksum.isEmpty()
            || entry.checksum.compare(m_archive.whirlpool, Qt::CaseInsensitive) == 0);
}

void BackupRun::prune(const QList<FileEntry> &files, const QDateTime &serverUploadedUtc, bool listingCut)
{
    setPhase(RunPhase::Pruning);
    m_outcome.plan = PrunePlan::make(m_profile, files, m_clock.nowUtc(), m_uploadedUrl, m_options.zone);
    m_outcome.plan.incomplete = listingCut;
    if (listingCut) {
        // Some backups may be missing from the listing: deleting from it could keep the
        // wrong ones. The backup itself is verified; the user has to make room.
        m_outcome.pruneError
            = m_outcome.plan.incompleteText(m_profile.remotePath, m_client->config().listingCap);
        return finishRun(RunRecord::Result::Ok, ExitCode::Failure, m_outcome.pruneError);
    }
    const QStringList urls = m_outcome.plan.deleteUrls();
    if (urls.isEmpty())
        return finishRun(RunRecord::Result::Ok, ExitCode::Ok, {});
    const QString skew = clockSkewProblem(serverUploadedUtc);
    if (!skew.isEmpty()) {
        m_outcome.pruneError = skew;
        return finishRun(RunRecord::Result::Ok, ExitCode::Failure, skew);
    }
    auto *job = m_client->removeFiles(urls);
    watchJob(job);
    connect(job, &FichierJob::finished, this, [this, job, urls] {
        if (m_cancelled)
            return;
        if (!job->succeeded())
            return checkPruned(urls, exitCodeFor(job), job->errorString());
        m_outcome.record.pruned = int(urls.size());
        finishRun(RunRecord::Result::Ok, ExitCode::Ok, {});
    });
}

void BackupRun::checkPruned(const QStringList &urls, int exitCode, const QString &why)
{
    // A failed delete may still have happened: its reply lost on the way back, then the
    // retry answered "No file has been removed". The folder says what is really left.
    auto *job = m_client->listFiles(m_folderId);
    watchJob(job);
    connect(job, &FichierJob::finished, this, [this, job, urls, exitCode, why] {
        if (m_cancelled)
            return;
        int left = int(urls.size());
        if (job->succeeded()) {
            QSet<QString> present;
            for (const FileEntry &f : job->result())
                present.insert(f.url);
            left = int(std::count_if(
                urls.begin(), urls.end(), [&](const QString &u) { return present.contains(u); }));
        }
        m_outcome.record.pruned = int(urls.size()) - left;
        if (left == 0) {
            qCInfo(lcBackup) << "the delete reported a failure, but the old backups are gone:" << why;
            return finishRun(RunRecord::Result::Ok, ExitCode::Ok, {});
        }
        // The new backup is safe; the old ones stay and the next run tries again.
        m_outcome.pruneError
            = tr("The backup is done, but deleting %n old backup(s) failed: %1", nullptr, left).arg(why);
        finishRun(RunRecord::Result::Ok, exitCode, m_outcome.pruneError);
    });
}

QString BackupRun::clockSkewProblem(const QDateTime &serverUploadedUtc) const
{
    if (m_options.maxClockSkewSecs <= 0 || !serverUploadedUtc.isValid())
        return {};
    // 1fichier dated the file somewhere between the start of the upload and now, by its own
    // clock; allow the skew on both sides (and any upload duration in between).
    const QDateTime from = m_uploadStartUtc.addSecs(-m_options.maxClockSkewSecs);
    const QDateTime to = m_clock.nowUtc().addSecs(m_options.maxClockSkewSecs);
    if (serverUploadedUtc >= from && serverUploadedUtc <= to)
        return {};
    const qint64 off = serverUploadedUtc < from ? m_uploadStartUtc.secsTo(serverUploadedUtc)
                                                : m_clock.nowUtc().secsTo(serverUploadedUtc);
    const qint64 hours = qAbs(off) / 3600;
    const QString amount
        = hours >= 48 ? tr("%n day(s)", nullptr, int(hours / 24)) : tr("%n hour(s)", nullptr, int(hours));
    return off < 0 ? tr("The backup is done, but this computer's clock is %1 ahead of 1fichier's, so no old "
                        "backup was deleted — set the clock right.")
                         .arg(amount)
                   : tr("The backup is done, but this computer's clock is %1 behind 1fichier's, so no old "
                        "backup was deleted — set the clock right.")
                         .arg(amount);
}

void BackupRun::planDryRun(const QList<FileEntry> &files)
{
    // Plan as if the backup of this moment had been uploaded.
    FileEntry next;
    next.url = QStringLiteral("dry-run:") + BackupName::format(m_profile.slug(), m_outcome.record.startUtc);
    next.filename = BackupName::format(m_profile.slug(), m_outcome.record.startUtc);
    next.uploaded = m_outcome.record.startUtc;
    QList<FileEntry> all = files;
    all.prepend(next);
    m_outcome.plan = PrunePlan::make(m_profile, all, m_clock.nowUtc(), next.url, m_options.zone);
    m_outcome.record.archiveName = next.filename;
    finishRun(RunRecord::Result::Ok, ExitCode::Ok, {});
}

void BackupRun::watchJob(FichierJob *job)
{
    m_job = job;
    connect(job, &FichierJob::notice, this, [this](const QString &message) {
        m_progress.notice = message;
        emitProgress();
    });
}

void BackupRun::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_cancel->store(true);
    if (m_zipWatcher.isRunning())
        return; // onZipped() finishes the run once the writer has stopped and cleaned up
    if (m_job)
        m_job->cancel();
    finishRun(RunRecord::Result::Cancelled, ExitCode::Cancelled, tr("The backup was cancelled."));
}

void BackupRun::fail(int exitCode, const QString &sentence)
{
    finishRun(RunRecord::Result::Failed, exitCode, sentence);
}

void BackupRun::finishRun(RunRecord::Result result, int exitCode, const QString &sentence)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_job)
        m_job->cancel();
    m_outcome.record.result = result;
    m_outcome.record.error = sentence;
    m_outcome.record.endUtc = m_clock.nowUtc();
    m_outcome.exitCode = exitCode;
    if (result == RunRecord::Result::Failed)
        qCInfo(lcBackup) << "backup of" << m_profile.name << "failed:" << sentence;
    // Removing a multi-GB archive and appending to the history wait on the disk (tens of
    // milliseconds here, more on a slow disk): a worker does it, so the thread that runs
    // this object — the GUI's, in the app — never waits. The lock is held until the
    // archive is gone; the worker touches nothing of this object.
    const QStringList temp = m_lock ? tempFiles() : QStringList();
    const bool record = m_options.writeHistory && !m_options.dryRun;
    const QString historyFile = m_options.historyFile;
    const qint64 historyMaxBytes = m_options.historyMaxBytes;
    const RunRecord entry = m_outcome.record;
    m_finishing = true;
    m_finishWatcher.setFuture(
        QtConcurrent::run([temp, record, historyFile, historyMaxBytes, entry]() -> QString {
            for (const QString &file : temp)
                QFile::remove(file);
            if (!record)
                return {};
            RunHistory history(historyFile, historyMaxBytes);
            return history.append(entry) ? QString() : history.errorString();
        }));
}

void BackupRun::onCleanedUp()
{
    m_finishing = false;
    if (const QString error = m_finishWatcher.result(); !error.isEmpty())
        qCWarning(lcBackup) << "could not record the run in the history:" << error;
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    setPhase(RunPhase::Finished);
    emit finished(m_outcome);
}

void BackupRun::setPhase(RunPhase phase)
{
    m_progress.phase = phase;
    m_progress.bytesDone = 0;
    m_progress.bytesPerSecond = 0;
    emitProgress();
}

void BackupRun::emitProgress()
{
    emit progress(m_progress);
}

QStringList BackupRun::tempFiles() const
{
    QStringList files;
    const QDir dir(m_options.workDir);
    for (const QFileInfo &entry : dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System))
        files << entry.filePath();
    return files;
}

QDateTime BackupRun::removeTempFiles()
{
    QDateTime newest;
    for (const QString &file : tempFiles()) {
        const QDateTime modified = QFileInfo(file).lastModified().toUTC();
        if (QFile::remove(file) && (!newest.isValid() || modified > newest))
            newest = modified;
    }
    return newest;
}

void BackupRun::recordInterruptedRun(const QDateTime &lastWriteUtc)
{
    RunRecord record;
    record.profile = m_profile.name;
    record.startUtc = record.endUtc = lastWriteUtc;
    record.result = RunRecord::Result::Failed;
    record.error = tr("An earlier backup of this profile was stopped before it finished (the computer shut "
                      "down, or Coffre was killed); its temporary archive was removed.");
    RunHistory history(m_options.historyFile, m_options.historyMaxBytes);
    if (!history.append(record))
        qCWarning(lcBackup) << "could not record the interrupted run:" << history.errorString();
}

int BackupRun::exitCodeFor(const FichierJob *job) const
{
    return ExitCode::forError(job->error());
}

} // namespace Coffre
