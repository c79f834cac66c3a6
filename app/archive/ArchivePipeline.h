#pragma once

#include "archive/ArchiveTuning.h"
#include "archive/ArchiveTypes.h"
#include "archive/SourceScanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace Coffre {

class ZipStreamWriter;

// Turns scanned entries into zip entries: worker threads read and deflate pieces (whole
// files, or chunks of large ones) in parallel, while the calling thread — the only one
// touching QuaZip — writes the finished pieces raw, strictly in scan order. Files stored as
// they are (level 0, empty, or sampled as already compressed) skip the workers: the writer
// reads them itself when their turn comes, so they hold no memory while they wait.
//
// Memory stays bounded: a piece is only handed to the workers when the bytes held by all
// pieces not yet written (file data plus compressed output) fit in maxBytesInFlight.
// Pieces are submitted in write order, so the oldest one is always being worked on and the
// writer can never wait on a piece that waits for memory. Descriptors stay bounded too:
// small compressible files are opened by their worker, and the writer stops planning while
// maxOpenFiles of the files it opened are still unread (or, stored, unwritten).
//
// The writer plans whenever a piece finishes while it waits, and while it copies a stored
// file, so that the workers stay busy. Every problem with a file is reported when its turn
// comes, so warnings keep scan order.
class ArchivePipeline
{
    Q_DECLARE_TR_FUNCTIONS(ArchivePipeline)
public:
    struct Totals {
        qint64 files = 0;
        qint64 bytes = 0;
    };

    ArchivePipeline(const ArchiveTuning &tuning, const ArchiveWriterHooks &hooks, int level,
        bool failOnUnreadable, const std::atomic_bool *cancel);
    ~ArchivePipeline();

    // Returns false on a write error (zip->lastError()), a data-loss warning when
    // failOnUnreadable is set (errorString()), or cancel (wasCancelled()).
    bool run(const std::vector<ScanEntry> &entries, ZipStreamWriter &zip, Totals totals,
        const ArchiveProgressFn &progress);

    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }
    const QList<ArchiveWarning> &warnings() const { return m_warnings; }
    qint64 filesWritten() const { return m_filesDone; }
    qint64 foldersWritten() const { return m_foldersDone; }
    qint64 bytesWritten() const { return m_bytesDone; }

private:
    struct SourceFile;
    struct Piece;

    bool isCancelled() const;
    bool planNext();
    static constexpr int kNotRegular = -1; // an open "error": the path is no longer a regular file
    // Opens a source file for reading; returns 0, or the errno (or kNotRegular) of the failure.
    // Called on the writer thread (files it samples) or on a worker (small files).
    int openSource(const ScanEntry &entry, int *fd) const;
    void warnOpenFailure(const ScanEntry &entry, int error);
    // openSource for the planner; a failure is queued, to be reported in its turn.
    bool openPlanned(size_t index, int *fd);
    void planAhead();
    bool planningDone() const;
    bool sampleLooksIncompressible(int fd, qint64 size);
    void planDirect(size_t index, std::shared_ptr<SourceFile> file, bool chunked);
    void submit(const std::shared_ptr<Piece> &piece);
    void work(Piece &piece);
    // A worker reads into its own per-thread buffer; the writer (stored files) into ownBuffer.
    void readWhole(Piece &piece, QByteArray *ownBuffer);
    void readChunk(Piece &piece);
    bool writePiece(Piece &piece, ZipStreamWriter &zip);
    bool writeDirect(Piece &piece, ZipStreamWriter &zip, const ArchiveProgressFn &progress);
    void release(Piece &piece);
    void warn(ArchiveWarning::Kind kind, const QByteArray &path, const QString &message);
    void report(const ArchiveProgressFn &progress, const QString &current, bool force);

    const ArchiveTuning m_tuning;
    const ArchiveWriterHooks m_hooks;
    const int m_level;
    const bool m_failOnUnreadable;
    const std::atomic_bool *m_cancelFlag;
    std::atomic_bool m_abort {false}; // set on failure so workers stop early

    const std::vector<ScanEntry> *m_entries = nullptr; // what run() was given; read by every step
    // Source files open now. Declared before everything that holds a SourceFile, so that it
    // outlives them.
    std::atomic_int m_openFiles {0};

    // Planning state (writer thread only).
    size_t m_nextEntry = 0;
    std::shared_ptr<SourceFile> m_chunkFile; // the large file whose chunks are being planned (deflated)
    size_t m_chunkEntry = 0;
    qint64 m_chunkOffset = 0;
    int m_chunkIndex = 0;
    std::shared_ptr<SourceFile> m_wholeFile; // opened and sampled, waiting for room in the budget

    // Writing state (writer thread only).
    QByteArray m_directBuffer; // stored whole files, read by the writer; freed at the end of run()
    std::deque<std::shared_ptr<Piece>> m_queue;
    qint64 m_entryDone = -1; // an entry that ended early: its remaining pieces are dropped
    quint32 m_entryCrc = 0;
    qint64 m_entrySize = 0;

    // Shared with the workers, under m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_pieceDone;
    qint64 m_bytesInFlight = 0;
    quint64 m_piecesDone = 0; // lets the writer plan more while it waits for the oldest piece

    QList<ArchiveWarning> m_warnings;
    QString m_error;
    bool m_cancelled = false;
    Totals m_totals;
    qint64 m_filesDone = 0;
    qint64 m_foldersDone = 0;
    qint64 m_bytesDone = 0;
    QElapsedTimer m_sinceReport;

    QThreadPool m_pool; // last: destroyed first, waiting for the workers
};

} // namespace Coffre
