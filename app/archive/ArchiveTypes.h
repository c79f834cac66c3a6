#pragma once

// Value types shared by the archive writer, the reader and their callers (backup pipeline,
// CLI, UI). They are plain data, so they live together here rather than one per file.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Coffre {

// What to put in an archive.
struct ArchiveSpec {
    QStringList sources; // folders (or single files); each becomes a top-level entry
    QStringList excludes; // gitignore-style globs, relative to each source folder
    int level = 6; // 0 = store only, 1 (fastest) .. 9 (smallest)
    bool followSymlinks = false; // false: store links as links
    bool failOnUnreadable = false; // true: an unreadable/vanished/changed file fails the run
};

// Reported from the working thread, at most about ten times a second and once at the end.
struct ArchiveProgress {
    qint64 filesDone = 0;
    qint64 filesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    QString currentFile;
    bool scanning = false; // still walking the sources: the totals keep growing
};

// Something that did not stop the run but that the user should hear about.
struct ArchiveWarning {
    enum Kind {
        Unreadable, // could not be opened or read (permission, I/O error)
        Vanished, // was there during the scan, gone (or replaced) when read
        Changed, // changed size while being read; the archived copy is what was read
        Skipped, // deliberately left out: FIFO, socket, device, link loop
        Name, // a name that could not be stored exactly (not valid UTF-8)
        Damaged, // reading: an entry that fails its check (CRC, size, bad data)
    };
    Kind kind = Unreadable;
    QString path; // the source path (writer) or the entry name (reader)
    QString message; // one translated sentence

    // Unreadable, vanished and changed files are what ArchiveSpec::failOnUnreadable is about.
    bool isDataLoss() const { return kind == Unreadable || kind == Vanished || kind == Changed; }
};

// The outcome of ArchiveWriter::write().
struct ArchiveResult {
    bool ok = false;
    bool cancelled = false;
    QString error; // one translated sentence when !ok
    qint64 files = 0; // regular files and symbolic links stored
    qint64 folders = 0;
    qint64 bytesIn = 0; // uncompressed bytes stored
    qint64 archiveSize = 0; // bytes of the archive file
    QString whirlpool; // 128 lowercase hex digits of the archive file, computed while writing
    QList<ArchiveWarning> warnings;
};

// One entry of an existing archive.
struct ArchiveEntry {
    enum Kind { File, Folder, Symlink };
    QString name; // as stored: '/'-separated, folders end with '/'
    Kind kind = File;
    qint64 size = 0; // declared uncompressed size
    qint64 compressedSize = 0;
    QDateTime modified; // UTC when the archive says so (extended timestamp), else local time
    quint32 unixMode = 0; // permission bits (07777), 0 when the archive has none
    quint32 crc = 0;
    int method = 0; // 0 stored, 8 deflated; anything else cannot be extracted
    bool encrypted = false;
};

struct ArchiveListing {
    bool ok = false;
    QString error;
    QList<ArchiveEntry> entries;
};

// The outcome of ArchiveReader::test() and extract().
struct ArchiveReadResult {
    enum Failure {
        None,
        Io, // the archive or the target could not be read or written
        Damaged, // CRC or size mismatch, truncated or unreadable archive
        Unsafe, // an entry would land outside the target, or lies about its size
        Exists, // extraction would replace an existing file
        Cancelled,
    };
    bool ok = false;
    Failure failure = None;
    QString error; // one translated sentence when !ok
    qint64 files = 0; // entries checked or extracted (files and links)
    qint64 folders = 0;
    qint64 bytes = 0; // uncompressed bytes checked or written
    QList<ArchiveWarning> problems; // test(): every damaged entry, not only the first
};

using ArchiveProgressFn = std::function<void(const ArchiveProgress &)>;

} // namespace Coffre
