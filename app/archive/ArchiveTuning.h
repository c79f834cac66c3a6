#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <functional>

namespace Coffre {

// Knobs of the archive writer. The defaults suit a backup; tests shrink the chunk size so
// that the chunked path runs on small files.
struct ArchiveTuning {
    int threads = 0; // compression workers; 0 = one per core
    qint64 chunkSize = 1024 * 1024; // large files are deflated in pieces of this size
    qint64 wholeFileLimit = 64 * 1024 * 1024; // files up to this size are deflated in one piece
    qint64 maxBytesInFlight = 160 * 1024 * 1024; // file data and compressed output held in memory
    // Pieces planned and not yet written. Many small files are cheap to hold, and a long
    // look-ahead keeps the workers busy while the writer copies a large stored file.
    int maxPiecesInFlight = 65536;
    // Source files the writer opened (to sample them) that are not yet read by a worker,
    // or, stored as they are, not yet written. Workers open small files only briefly.
    int maxOpenFiles = 256;
};

// Seams for tests: failures that cannot be produced for real in a test run (the tests run
// as root, where chmod 000 does not stop reading; a full disk cannot be arranged).
struct ArchiveWriterHooks {
    // Called just before a source file is opened: on a worker thread for compressible
    // (level 1-9) non-empty files under 256 KiB, on the writer thread for the others.
    // Must be thread-safe.
    std::function<void(const QByteArray &path)> beforeOpen;
    // Replaces open(2) for source files; returns a descriptor or -1 with errno set.
    std::function<int(const QByteArray &path, int flags)> openSource;
    // Replaces write(2) for the archive file; returns bytes written or -1 with errno set.
    std::function<qint64(int fd, const char *data, qint64 size)> writeOutput;
};

} // namespace Coffre
