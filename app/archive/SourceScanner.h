#pragma once

#include "archive/ArchiveTypes.h"
#include "archive/ExcludeMatcher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>

#include <atomic>
#include <functional>
#include <sys/types.h>
#include <vector>

namespace Coffre {

// One thing found in the sources, in the order it goes into the archive.
struct ScanEntry {
    enum Kind { File, Folder, Symlink };
    Kind kind = File;
    QByteArray sourcePath; // the path as the file system spells it (any bytes), for open(2)
    QString zipName; // "docs/sub/file.txt"; folders end with '/'
    qint64 size = 0; // regular files: size at scan time
    qint64 mtime = 0; // seconds since the epoch
    quint32 mode = 0; // st_mode: type and permission bits
    QByteArray linkTarget; // symbolic links: the target, unresolved
    bool followLinks = false; // reached through a followed symlink: open without O_NOFOLLOW
};

// Walks the source folders: applies the excludes and the symlink policy, skips FIFOs, sockets
// and devices without opening them, and names each source as a top-level folder ("docs",
// "docs (2)" when two sources share a name). Problems with single files are warnings; only
// a missing or unusable source folder is an error.
class SourceScanner
{
    Q_DECLARE_TR_FUNCTIONS(SourceScanner)
public:
    struct Options {
        ExcludeMatcher excludes;
        bool followSymlinks = false;
        // A file to leave out wherever it appears (the archive being written into a source).
        dev_t skipDevice = 0;
        ino_t skipInode = 0;
        const std::atomic_bool *cancel = nullptr;
        // Called now and then with the running totals.
        std::function<void(qint64 files, qint64 bytes, const QString &current)> progress;
    };

    explicit SourceScanner(Options options);

    // Returns false on a fatal error (errorString()) or when cancelled.
    bool scan(const QStringList &sources);

    std::vector<ScanEntry> &entries() { return m_entries; }
    const QList<ArchiveWarning> &warnings() const { return m_warnings; }
    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }
    qint64 fileCount() const { return m_files; }
    qint64 byteCount() const { return m_bytes; }

private:
    struct DirId {
        dev_t dev;
        ino_t ino;
        bool operator==(const DirId &o) const { return dev == o.dev && ino == o.ino; }
    };

    bool scanSource(const QString &source, QSet<QString> &usedNames);
    void walk(const QByteArray &dirPath, const QString &zipPrefix, const QString &relPrefix,
        std::vector<DirId> &ancestors);
    QString decodeName(const QByteArray &name, const QByteArray &fullPath);
    void warn(ArchiveWarning::Kind kind, const QByteArray &path, const QString &message);
    void tick(const QByteArray &current);
    bool cancelled();

    Options m_options;
    std::vector<ScanEntry> m_entries;
    QList<ArchiveWarning> m_warnings;
    QString m_error;
    bool m_cancelled = false;
    qint64 m_files = 0;
    qint64 m_bytes = 0;
    qint64 m_sinceTick = 0;
};

} // namespace Coffre
