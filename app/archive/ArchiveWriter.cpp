#include "archive/ArchiveWriter.h"

#include "archive/ArchiveOutput.h"
#include "archive/ArchivePipeline.h"
#include "archive/ExcludeMatcher.h"
#include "archive/PendingFile.h"
#include "archive/SourceScanner.h"
#include "archive/ZipStreamWriter.h"
#include "core/Logging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Coffre {

namespace {

// The folder the archive is written into, held open while it is written.
struct Folder {
    int fd = -1;
    ~Folder()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

bool isNoSpace(int error)
{
    return error == ENOSPC || error == EDQUOT;
}

} // namespace

ArchiveResult ArchiveWriter::write(const ArchiveSpec &spec, const QString &outPath,
    const ProgressFn &progress, const std::atomic_bool *cancel)
{
    ArchiveResult result;
    auto fail = [&result](const QString &error) {
        qCDebug(lcArchive) << "archive failed:" << error;
        result.ok = false;
        result.error = error;
        return result;
    };
    auto cancelled = [&result] {
        result.ok = false;
        result.cancelled = true;
        result.error = tr("The archive was cancelled.");
        return result;
    };

    if (spec.sources.isEmpty())
        return fail(tr("There is no source folder to archive."));
    if (spec.level < 0 || spec.level > 9)
        return fail(tr("The compression level must be between 0 and 9."));
    const ExcludeMatcher excludes(spec.excludes);
    if (!excludes.isValid())
        return fail(excludes.errorString());
    const QFileInfo out(outPath);
    const QString target = out.absoluteFilePath();
    const QString dir = out.absolutePath();
    if (out.exists() || out.isSymLink())
        return fail(tr("%1 already exists; Coffre does not replace it.").arg(target));
    if (!QFileInfo(dir).isDir())
        return fail(tr("The folder %1 does not exist.").arg(dir));
    auto notEnoughSpace = [&dir] {
        return tr("Not enough space in %1 to write the archive.").arg(dir);
    };
    // EFBIG: a file-size limit (ulimit -f, RLIMIT_FSIZE) or the file system's largest file.
    auto tooBig = [&dir] {
        return tr("The archive grew past the largest file allowed in %1 (file size limit).").arg(dir);
    };

    // The archive gets its name only once complete (see PendingFile): a failure or a
    // cancel leaves nothing behind, nor does a kill while it has no name at all.
    Folder folder;
    // O_PATH: creating and naming files needs write and search permission on the folder,
    // not read permission.
    folder.fd = ::open(QFile::encodeName(dir).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    PendingFile temp; // declared after the folder: discarded while the folder is still open
    if (folder.fd < 0
        || !temp.create(
            folder.fd, "." + QFile::encodeName(out.fileName()).left(200) + ".part-", !m_hiddenName)) {
        const int error = errno;
        if (isNoSpace(error))
            return fail(notEnoughSpace());
        return fail(tr("Cannot create the archive in %1: %2.")
                        .arg(dir, QString::fromLocal8Bit(std::strerror(error))));
    }
    ::fchmod(temp.fd(), S_IRUSR | S_IWUSR);
    struct stat tempStat {
    };
    ::fstat(temp.fd(), &tempStat);

    // 1. What goes in.
    SourceScanner::Options options;
    options.excludes = excludes;
    options.followSymlinks = spec.followSymlinks;
    options.skipDevice = tempStat.st_dev;
    options.skipInode = tempStat.st_ino;
    options.cancel = cancel;
    QElapsedTimer sinceScanReport;
    if (progress) {
        options.progress = [&](qint64 files, qint64 bytes, const QString &current) {
            if (sinceScanReport.isValid() && sinceScanReport.elapsed() < 100)
                return;
            sinceScanReport.start();
            ArchiveProgress p;
            p.filesTotal = files;
            p.bytesTotal = bytes;
            p.currentFile = current;
            p.scanning = true;
            progress(p);
        };
    }
    SourceScanner scanner(options);
    const bool scanned = scanner.scan(spec.sources);
    result.warnings = scanner.warnings();
    if (scanner.wasCancelled())
        return cancelled();
    if (!scanned)
        return fail(scanner.errorString());
    if (spec.failOnUnreadable) {
        for (const ArchiveWarning &warning : std::as_const(result.warnings)) {
            if (warning.isDataLoss())
                return fail(tr("%1: %2").arg(warning.path, warning.message));
        }
    }
    qCDebug(lcArchive) << "scanned" << scanner.entries().size() << "entries," << scanner.byteCount()
                       << "bytes";

    // 2. Compress and write.
    ArchiveOutput output(temp.fd(), m_hooks.writeOutput);
    output.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    bool ok = false;
    bool wasCancelled = false;
    QString error;
    int zipError = 0;
    {
        ZipStreamWriter zip(&output);
        ArchivePipeline pipeline(m_tuning, m_hooks, spec.level, spec.failOnUnreadable, cancel);
        ok = zip.open()
            && pipeline.run(scanner.entries(), zip, {scanner.fileCount(), scanner.byteCount()}, progress);
        result.warnings += pipeline.warnings();
        result.files = pipeline.filesWritten();
        result.folders = pipeline.foldersWritten();
        result.bytesIn = pipeline.bytesWritten();
        wasCancelled = pipeline.wasCancelled();
        error = pipeline.errorString();
        if (ok)
            ok = zip.close();
        zipError = zip.lastError();
        if (!ok)
            output.discard(); // QuaZip may still write its directory when destroyed
    }
    if (ok)
        ok = output.flushBuffer();
    output.close();
    if (wasCancelled)
        return cancelled();
    if (!ok) {
        if (!error.isEmpty())
            return fail(error);
        if (isNoSpace(output.lastErrno()))
            return fail(notEnoughSpace());
        if (output.lastErrno() == EFBIG)
            return fail(tooBig());
        if (output.lastErrno() != 0)
            return fail(tr("Could not write %1: %2.").arg(target, output.errorString()));
        return fail(tr("Could not write %1 (zip error %2).").arg(target).arg(zipError));
    }
    if (!temp.publish(QFile::encodeName(out.fileName()), false)) {
        const int error = errno;
        if (error == EEXIST)
            return fail(tr("%1 already exists; Coffre does not replace it.").arg(target));
        if (isNoSpace(error))
            return fail(notEnoughSpace());
        if (error == EFBIG)
            return fail(tooBig());
        return fail(tr("Could not create %1: %2.").arg(target, QString::fromLocal8Bit(std::strerror(error))));
    }

    result.ok = true;
    result.archiveSize = output.written();
    result.whirlpool = output.whirlpoolHex();
    qCDebug(lcArchive) << "archived" << result.files << "files," << result.bytesIn << "bytes into" << target
                       << "(" << result.archiveSize << "bytes)," << result.warnings.size() << "warnings";
    return result;
}

} // namespace Coffre
