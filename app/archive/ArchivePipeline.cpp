#include "archive/ArchivePipeline.h"

#include "archive/EntryCompressor.h"
#include "archive/ZipStreamWriter.h"
#include "core/Logging.h"

#include <QFile>
#include <QThread>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Coffre {

namespace {

constexpr qint64 kWholeSampleMin = 256 * 1024; // below this, just compress
constexpr qint64 kSampleSize = 32 * 1024;
constexpr qint64 kLargeEntry = 0xF0000000LL; // near enough to 4 GiB to need zip64 sizes
// Stored files up to this size are read whole by the writer (their sizes and CRC then go in
// the local header); larger ones stream through in chunks, with a data descriptor.
constexpr qint64 kDirectWholeLimit = 16 * 1024 * 1024;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// pread until `size` bytes or end of file. Returns the bytes read; *error gets errno when a
// read failed (what was read before the failure is still returned).
qint64 readAt(int fd, char *buffer, qint64 size, qint64 offset, int *error)
{
    qint64 done = 0;
    *error = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, buffer + done, size_t(size - done), off_t(offset + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *error = errno;
            break;
        }
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

// Read buffers up to this size are kept by each worker between pieces (see scratch()).
constexpr qint64 kKeepScratch = 16 * 1024 * 1024;

// A per-thread buffer of at least `size` bytes. Reusing it spares the page faults of a fresh
// buffer (one per 4 KiB); buffers too big to keep are allocated into `temporary`.
char *scratch(qint64 size, QByteArray &temporary)
{
    thread_local QByteArray kept;
    if (size > kKeepScratch) {
        temporary = QByteArray(qsizetype(size), Qt::Uninitialized);
        return temporary.data();
    }
    if (kept.size() < size)
        kept = QByteArray(qsizetype(size), Qt::Uninitialized);
    return kept.data();
}

// Upper estimate of what deflating `size` bytes can produce (zlib's and libdeflate's bounds
// are both below this).
qint64 outputBound(qint64 size)
{
    return size + size / 1000 + 5 * (size / 16384 + 1) + 1024;
}

// Limits below 1 would stop planning for good.
ArchiveTuning usable(ArchiveTuning tuning)
{
    tuning.maxPiecesInFlight = qMax(1, tuning.maxPiecesInFlight);
    tuning.maxOpenFiles = qMax(1, tuning.maxOpenFiles);
    return tuning;
}

} // namespace

// An open source file, shared by the pieces that read it; closed with the last of them.
struct ArchivePipeline::SourceFile {
    int fd = -1;
    qint64 scannedSize = 0;
    std::atomic_int *openCount;
    SourceFile(int f, qint64 s, std::atomic_int *count) : fd(f), scannedSize(s), openCount(count)
    {
        ++*openCount;
    }
    ~SourceFile()
    {
        if (fd >= 0)
            ::close(fd);
        --*openCount;
    }
    SourceFile(const SourceFile &) = delete;
    SourceFile &operator=(const SourceFile &) = delete;
};

// One unit of work and of writing: a folder or link (nothing to compute), a whole file, or
// one chunk of a large file.
struct ArchivePipeline::Piece {
    size_t entry = 0;
    bool immediate = false; // folder or symlink
    bool chunked = false;
    bool last = true; // the entry's last piece
    int chunk = 0;
    bool deflated = false; // decided from samples when planned; a whole file that does not shrink is stored
    bool direct = false; // stored as it is: read by the writer, not by a worker
    qint64 offset = 0;
    qint64 length = 0;
    std::shared_ptr<SourceFile> file;
    qint64 reserved = 0; // bytes of the in-flight budget this piece holds

    // Filled by the worker; read by the writer once `done` is set under the mutex.
    bool done = false;
    QByteArray data; // what goes into the archive: deflate output or the file's bytes
    quint32 crc = 0; // of the file bytes this piece covers
    qint64 inSize = 0; // file bytes this piece covers
    bool endsEarly = false; // the file ended (or failed) before the piece's end
    bool grew = false; // the file was longer than scanned
    int readErrno = 0;
    int openError = 0; // errno (or kNotRegular) when the worker could not open the file
    bool failed = false; // internal compressor error
};

ArchivePipeline::ArchivePipeline(const ArchiveTuning &tuning, const ArchiveWriterHooks &hooks, int level,
    bool failOnUnreadable, const std::atomic_bool *cancel)
    : m_tuning(usable(tuning)),
      m_hooks(hooks),
      m_level(level),
      m_failOnUnreadable(failOnUnreadable),
      m_cancelFlag(cancel)
{
    m_pool.setMaxThreadCount(m_tuning.threads > 0 ? m_tuning.threads : QThread::idealThreadCount());
}

ArchivePipeline::~ArchivePipeline()
{
    m_abort = true;
    m_pool.waitForDone();
}

bool ArchivePipeline::isCancelled() const
{
    return m_cancelFlag && m_cancelFlag->load(std::memory_order_relaxed);
}

void ArchivePipeline::warn(ArchiveWarning::Kind kind, const QByteArray &path, const QString &message)
{
    ArchiveWarning warning {kind, QFile::decodeName(path), message};
    qCDebug(lcArchive) << "warning:" << warning.path << message;
    if (m_failOnUnreadable && warning.isDataLoss() && m_error.isEmpty()) {
        m_error = tr("%1: %2").arg(warning.path, message);
        m_abort = true;
    }
    m_warnings.append(warning);
}

void ArchivePipeline::report(const ArchiveProgressFn &progress, const QString &current, bool force)
{
    if (!progress || (!force && m_sinceReport.isValid() && m_sinceReport.elapsed() < 100))
        return;
    m_sinceReport.start();
    ArchiveProgress p;
    p.filesDone = m_filesDone;
    p.filesTotal = qMax(m_totals.files, m_filesDone);
    p.bytesDone = m_bytesDone;
    p.bytesTotal = qMax(m_totals.bytes, m_bytesDone);
    p.currentFile = current;
    progress(p);
}

bool ArchivePipeline::run(const std::vector<ScanEntry> &entries, ZipStreamWriter &zip, Totals totals,
    const ArchiveProgressFn &progress)
{
    m_totals = totals;
    m_entries = &entries;
    bool ok = true;
    for (;;) {
        planAhead();
        if (m_error.isEmpty() && m_queue.empty() && !planningDone()) {
            // Nothing in flight holds memory or a descriptor, so planning can always go on;
            // stopping here would silently leave files out of the archive.
            m_error = tr("Internal error: the archive could not be planned past %1.")
                          .arg(QFile::decodeName(entries[qMin(m_nextEntry, entries.size() - 1)].sourcePath));
        }
        if (!m_error.isEmpty() || m_queue.empty()) {
            ok = m_error.isEmpty();
            break;
        }
        if (isCancelled()) {
            m_cancelled = true;
            ok = false;
            break;
        }
        const std::shared_ptr<Piece> front = m_queue.front();
        const QString current = QFile::decodeName(entries[front->entry].sourcePath);
        if (front->direct) {
            m_queue.pop_front();
            const bool written = writeDirect(*front, zip, progress);
            release(*front);
            if (!written) {
                ok = false;
                break;
            }
            report(progress, current, false);
            continue;
        }
        // While the oldest piece is being worked on, each piece that finishes frees memory
        // and a descriptor: plan more at once, so that no worker sits idle.
        // (A piece that finishes while the writer plans wakes the next wait at once.)
        bool ready = false;
        quint64 seen = 0;
        {
            std::lock_guard lock(m_mutex);
            seen = m_piecesDone;
        }
        while (!ready && !isCancelled()) {
            {
                std::unique_lock lock(m_mutex);
                m_pieceDone.wait_for(lock, std::chrono::milliseconds(100),
                    [&] { return front->done || m_piecesDone != seen; });
                ready = front->done;
                seen = m_piecesDone;
            }
            if (!ready) {
                planAhead();
                report(progress, current, false);
            }
        }
        if (!m_error.isEmpty()) {
            ok = false;
            break;
        }
        if (isCancelled()) {
            m_cancelled = true;
            ok = false;
            break;
        }
        m_queue.pop_front();
        const bool written = writePiece(*front, zip);
        release(*front);
        if (!written) {
            ok = false;
            break;
        }
        report(progress, current, false);
    }
    m_directBuffer = QByteArray();
    if (!ok) {
        m_abort = true;
        m_pool.waitForDone();
        m_queue.clear();
        return false;
    }
    report(progress, QString(), true);
    return true;
}

int ArchivePipeline::openSource(const ScanEntry &entry, int *fd) const
{
    if (m_hooks.beforeOpen)
        m_hooks.beforeOpen(entry.sourcePath);
    // O_NONBLOCK: if a FIFO took the file's place since the scan, open must not wait for a
    // writer (it changes nothing for regular files). O_NOATIME: a backup is not an access.
    int flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK;
    if (!entry.followLinks)
        flags |= O_NOFOLLOW;
    auto doOpen = [&](int f) {
        return m_hooks.openSource ? m_hooks.openSource(entry.sourcePath, f)
                                  : ::open(entry.sourcePath.constData(), f);
    };
    *fd = doOpen(flags | O_NOATIME);
    if (*fd < 0 && errno == EPERM) // O_NOATIME is only for the file's owner
        *fd = doOpen(flags);
    if (*fd < 0)
        return errno;
    struct stat st {
    };
    if (::fstat(*fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(*fd);
        *fd = -1;
        return kNotRegular;
    }
    return 0;
}

void ArchivePipeline::warnOpenFailure(const ScanEntry &entry, int error)
{
    if (error == ENOENT)
        warn(ArchiveWarning::Vanished, entry.sourcePath, tr("The file disappeared before it could be read."));
    else if (error == ELOOP)
        warn(ArchiveWarning::Vanished, entry.sourcePath,
            tr("The file was replaced by a link before it could be read."));
    else if (error == kNotRegular)
        warn(ArchiveWarning::Vanished, entry.sourcePath,
            tr("The file was replaced by something that is not a regular file."));
    else
        warn(ArchiveWarning::Unreadable, entry.sourcePath,
            tr("The file could not be opened: %1.").arg(systemError(error)));
}

bool ArchivePipeline::openPlanned(size_t index, int *fd)
{
    const int error = openSource((*m_entries)[index], fd);
    if (error == 0)
        return true;
    // Reported when its turn comes, like a failure in a worker: warnings keep scan order.
    auto piece = std::make_shared<Piece>();
    piece->entry = index;
    piece->openError = error;
    piece->done = true;
    m_queue.push_back(piece);
    return false;
}

void ArchivePipeline::planAhead()
{
    while (!m_abort && planNext()) { }
}

bool ArchivePipeline::planningDone() const
{
    return m_nextEntry >= m_entries->size() && !m_chunkFile && !m_wholeFile;
}

bool ArchivePipeline::sampleLooksIncompressible(int fd, qint64 size)
{
    if (size < kWholeSampleMin)
        return false;
    QByteArray buffer(qsizetype(kSampleSize), Qt::Uninitialized);
    const qint64 offsets[] = {0, size / 2 - kSampleSize / 2, size - kSampleSize};
    for (qint64 offset : offsets) {
        int error = 0;
        if (readAt(fd, buffer.data(), kSampleSize, offset, &error) != kSampleSize)
            return false;
        if (!EntryCompressor::looksIncompressible(buffer.constData(), kSampleSize))
            return false;
    }
    return true;
}

bool ArchivePipeline::planNext()
{
    const std::vector<ScanEntry> &entries = *m_entries;
    if (qsizetype(m_queue.size()) >= m_tuning.maxPiecesInFlight)
        return false;
    auto reserve = [this](qint64 cost) {
        std::lock_guard lock(m_mutex);
        if (m_bytesInFlight > 0 && m_bytesInFlight + cost > m_tuning.maxBytesInFlight)
            return false;
        m_bytesInFlight += cost;
        return true;
    };

    // The next chunk of the large file being planned.
    if (m_chunkFile) {
        const qint64 size = m_chunkFile->scannedSize;
        const qint64 length = qMin(m_tuning.chunkSize, size - m_chunkOffset);
        const qint64 dictionary = qMin(EntryCompressor::kDictionarySize, m_chunkOffset);
        const qint64 cost = dictionary + length + outputBound(length);
        if (!reserve(cost))
            return false;
        auto piece = std::make_shared<Piece>();
        piece->entry = m_chunkEntry;
        piece->chunked = true;
        piece->chunk = m_chunkIndex++;
        piece->deflated = true;
        piece->offset = m_chunkOffset;
        piece->length = length;
        piece->last = m_chunkOffset + length >= size;
        piece->file = m_chunkFile;
        piece->reserved = cost;
        m_chunkOffset += length;
        if (piece->last)
            m_chunkFile.reset();
        submit(piece);
        return true;
    }

    if (m_nextEntry >= entries.size())
        return false;
    const size_t index = m_nextEntry;
    const ScanEntry &entry = entries[index];
    if (entry.kind != ScanEntry::File) {
        auto piece = std::make_shared<Piece>();
        piece->entry = index;
        piece->immediate = true;
        piece->done = true;
        m_queue.push_back(piece);
        ++m_nextEntry;
        return true;
    }

    const bool whole = entry.size <= m_tuning.wholeFileLimit || m_tuning.chunkSize <= 0;
    // A small file is opened by the worker that compresses it: the writer thread, which
    // plans, has enough to do, and a file waiting for its turn holds no descriptor.
    const bool opensInWorker = whole && m_level > 0 && entry.size > 0 && entry.size < kWholeSampleMin;
    // A file opened here holds its descriptor until a worker has read it (or, for a file
    // stored as it is, until it is written).
    if (!opensInWorker && !m_wholeFile && m_openFiles.load() >= m_tuning.maxOpenFiles)
        return false;
    if (!whole) {
        ++m_nextEntry;
        int fd = -1;
        if (!openPlanned(index, &fd))
            return true;
        // A large file: choose its method once, from samples.
        auto file = std::make_shared<SourceFile>(fd, entry.size, &m_openFiles);
        if (m_level == 0 || sampleLooksIncompressible(fd, entry.size)) {
            planDirect(index, std::move(file), true);
            return true;
        }
        // Deflated: plan its chunks one by one.
        m_chunkFile = std::move(file);
        m_chunkEntry = index;
        m_chunkOffset = 0;
        m_chunkIndex = 0;
        return true;
    }
    // A larger file is opened and sampled once, then waits here for room in the budget.
    // Sampling first means an already compressed file is stored by the writer.
    if (!m_wholeFile && !opensInWorker) {
        int fd = -1;
        if (!openPlanned(index, &fd)) {
            ++m_nextEntry;
            return true;
        }
        auto file = std::make_shared<SourceFile>(fd, entry.size, &m_openFiles);
        if (m_level == 0 || entry.size == 0 || sampleLooksIncompressible(fd, entry.size)) {
            ++m_nextEntry;
            // The writer holds a stored whole file in memory, outside the budget: larger
            // ones stream through in chunks.
            planDirect(index, std::move(file), entry.size > kDirectWholeLimit && m_tuning.chunkSize > 0);
            return true;
        }
        m_wholeFile = std::move(file);
    }
    const qint64 cost = entry.size + 1 + outputBound(entry.size);
    if (!reserve(cost))
        return false;
    auto piece = std::make_shared<Piece>();
    piece->entry = index;
    piece->length = entry.size;
    piece->deflated = true;
    piece->file = std::move(m_wholeFile); // null when the worker opens it
    piece->reserved = cost;
    m_wholeFile.reset();
    ++m_nextEntry;
    submit(piece);
    return true;
}

// A file stored as it is (level 0, empty, or sampled as already compressed) has nothing for
// a worker to do: the writer reads it itself when its turn comes. It holds no memory while
// it waits, so the planner can look further ahead for work that does need the workers.
void ArchivePipeline::planDirect(size_t index, std::shared_ptr<SourceFile> file, bool chunked)
{
    auto piece = std::make_shared<Piece>();
    piece->entry = index;
    piece->direct = true;
    piece->done = true;
    piece->chunked = chunked;
    piece->deflated = false;
    piece->length = file->scannedSize;
    piece->file = std::move(file);
    m_queue.push_back(piece);
}

void ArchivePipeline::submit(const std::shared_ptr<Piece> &piece)
{
    m_queue.push_back(piece);
    m_pool.start([this, piece] { work(*piece); });
}

void ArchivePipeline::work(Piece &piece)
{
    if (!m_abort && !isCancelled()) {
        if (piece.chunked)
            readChunk(piece);
        else
            readWhole(piece, nullptr);
    }
    piece.file.reset(); // read: its descriptor is no longer needed (once no chunk needs it)
    {
        std::lock_guard lock(m_mutex);
        // Keep only what the result really holds reserved.
        const qint64 held = piece.data.capacity();
        m_bytesInFlight -= piece.reserved - held;
        piece.reserved = held;
        piece.done = true;
        ++m_piecesDone;
    }
    m_pieceDone.notify_all();
}

void ArchivePipeline::readWhole(Piece &piece, QByteArray *ownBuffer)
{
    if (!piece.file) {
        int fd = -1;
        piece.openError = openSource((*m_entries)[piece.entry], &fd);
        if (piece.openError != 0)
            return; // reported by the writer in the file's turn
        piece.file = std::make_shared<SourceFile>(fd, piece.length, &m_openFiles);
    }
    // One byte more than scanned, to notice a file that grew.
    QByteArray temporary;
    char *buffer = nullptr;
    if (ownBuffer) {
        if (ownBuffer->size() < piece.length + 1)
            *ownBuffer = QByteArray(qsizetype(piece.length + 1), Qt::Uninitialized);
        buffer = ownBuffer->data();
    } else {
        buffer = scratch(piece.length + 1, temporary);
    }
    const qint64 n = readAt(piece.file->fd, buffer, piece.length + 1, 0, &piece.readErrno);
    piece.grew = n > piece.length;
    piece.inSize = qMin(n, piece.length);
    piece.endsEarly = piece.inSize < piece.length;
    piece.crc = EntryCompressor::crc32(0, buffer, piece.inSize);
    if (piece.deflated && piece.inSize > 0) {
        QByteArray compressed = EntryCompressor::deflateWhole(m_level, buffer, piece.inSize);
        if (!compressed.isEmpty()) {
            piece.data = std::move(compressed);
            return;
        }
    }
    piece.deflated = false; // stored: already compressed (sampled), or did not shrink
    if (!temporary.isEmpty()) {
        temporary.truncate(qsizetype(piece.inSize));
        piece.data = std::move(temporary);
    } else if (ownBuffer) {
        // Read by the writer, which writes it before it touches its buffer again.
        piece.data = QByteArray::fromRawData(buffer, qsizetype(piece.inSize));
    } else {
        piece.data = QByteArray(buffer, qsizetype(piece.inSize));
    }
}

bool ArchivePipeline::writeDirect(Piece &piece, ZipStreamWriter &zip, const ArchiveProgressFn &progress)
{
    // Planning first keeps the workers fed while the writer copies.
    planAhead();
    if (!piece.chunked) {
        readWhole(piece, &m_directBuffer);
        return writePiece(piece, zip);
    }
    // A large stored file streams through in chunks, with a data descriptor.
    const QString current = QFile::decodeName((*m_entries)[piece.entry].sourcePath);
    const qint64 size = piece.length;
    qint64 offset = 0;
    for (int index = 0;; ++index) {
        if (isCancelled()) {
            m_cancelled = true;
            return false;
        }
        Piece chunk;
        chunk.entry = piece.entry;
        chunk.chunked = true;
        chunk.chunk = index;
        chunk.deflated = false;
        chunk.offset = offset;
        chunk.length = qMin(m_tuning.chunkSize, size - offset);
        chunk.last = offset + chunk.length >= size;
        chunk.file = piece.file;
        readChunk(chunk);
        if (!writePiece(chunk, zip))
            return false;
        if (chunk.last || qint64(piece.entry) == m_entryDone)
            return true;
        offset += chunk.length;
        planAhead();
        report(progress, current, false);
    }
}

void ArchivePipeline::readChunk(Piece &piece)
{
    const qint64 dictionary = piece.deflated ? qMin(EntryCompressor::kDictionarySize, piece.offset) : 0;
    QByteArray buffer(qsizetype(dictionary + piece.length), Qt::Uninitialized);
    const qint64 n = readAt(piece.file->fd, buffer.data(), dictionary + piece.length,
        piece.offset - dictionary, &piece.readErrno);
    const qint64 haveDictionary = qMin(n, dictionary);
    piece.inSize = qMax<qint64>(0, n - dictionary);
    piece.endsEarly = piece.inSize < piece.length;
    if (piece.last && !piece.endsEarly) {
        struct stat st {
        };
        if (::fstat(piece.file->fd, &st) == 0 && st.st_size != piece.file->scannedSize)
            piece.grew = true;
    }
    const char *data = buffer.constData() + dictionary;
    piece.crc = EntryCompressor::crc32(0, data, piece.inSize);
    if (piece.deflated) {
        piece.data = EntryCompressor::deflateChunk(m_level, buffer.constData() + dictionary - haveDictionary,
            haveDictionary, data, piece.inSize, piece.last || piece.endsEarly);
        piece.failed = piece.data.isEmpty();
        return;
    }
    buffer.truncate(qsizetype(piece.inSize));
    piece.data = std::move(buffer);
}

bool ArchivePipeline::writePiece(Piece &piece, ZipStreamWriter &zip)
{
    const ScanEntry &entry = (*m_entries)[piece.entry];
    ZipStreamWriter::Entry header {entry.zipName, entry.mtime, entry.mode, false, m_level};
    if (piece.immediate) {
        const QByteArray &target = entry.linkTarget; // empty for a folder
        header.known = true;
        header.crc = EntryCompressor::crc32(0, target.constData(), target.size());
        header.compressedSize = header.size = target.size();
        if (!zip.beginEntry(header))
            return false;
        if (entry.kind == ScanEntry::Symlink) {
            if (!zip.write(target.constData(), target.size()) || !zip.endEntry(target.size(), header.crc))
                return false;
            ++m_filesDone;
        } else {
            if (!zip.endEntry(0, 0))
                return false;
            ++m_foldersDone;
        }
        return true;
    }
    if (piece.failed) {
        m_error = tr("Compressing %1 failed.").arg(QFile::decodeName(entry.sourcePath));
        return false;
    }
    if (qint64(piece.entry) == m_entryDone)
        return true; // the file ended early: its later chunks are dropped
    if (piece.openError != 0) {
        warnOpenFailure(entry, piece.openError);
        return m_error.isEmpty();
    }
    if (piece.chunk == 0) {
        if (piece.inSize == 0 && piece.readErrno != 0) {
            warn(ArchiveWarning::Unreadable, entry.sourcePath,
                tr("The file could not be read: %1.").arg(systemError(piece.readErrno)));
            m_entryDone = qint64(piece.entry);
            return m_error.isEmpty();
        }
        header.deflated = piece.deflated;
        // What we archive never exceeds the scanned size; deflate adds a little at worst.
        header.large = entry.size >= kLargeEntry;
        // A whole file is all in memory: its CRC and sizes go in the local header.
        header.known = !piece.chunked;
        header.crc = piece.crc;
        header.compressedSize = piece.data.size();
        header.size = piece.inSize;
        if (!zip.beginEntry(header))
            return false;
        m_entryCrc = 0;
        m_entrySize = 0;
    }
    if (!zip.write(piece.data.constData(), piece.data.size()))
        return false;
    m_entryCrc
        = m_entrySize == 0 ? piece.crc : EntryCompressor::crc32Combine(m_entryCrc, piece.crc, piece.inSize);
    m_entrySize += piece.inSize;
    m_bytesDone += piece.inSize;
    if (!piece.last && !piece.endsEarly)
        return true;
    if (!zip.endEntry(m_entrySize, m_entryCrc))
        return false;
    ++m_filesDone;
    if (!piece.last)
        m_entryDone = qint64(piece.entry);
    if (piece.readErrno != 0) {
        warn(ArchiveWarning::Unreadable, entry.sourcePath,
            tr("Only the first %1 bytes could be read (%2); the rest is missing from the archive.")
                .arg(m_entrySize)
                .arg(systemError(piece.readErrno)));
    } else if (piece.endsEarly || piece.grew) {
        warn(ArchiveWarning::Changed, entry.sourcePath,
            tr("The file changed size while it was being read; the archive holds %1 of the %2 bytes it "
               "had when the backup started.")
                .arg(m_entrySize)
                .arg(entry.size));
    }
    return m_error.isEmpty();
}

void ArchivePipeline::release(Piece &piece)
{
    std::lock_guard lock(m_mutex);
    m_bytesInFlight -= piece.reserved;
    piece.reserved = 0;
    piece.data = QByteArray();
    piece.file.reset();
}

} // namespace Coffre
