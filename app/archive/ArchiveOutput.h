#pragma once

#include "core/Whirlpool.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>

namespace Coffre {

// The device QuaZip writes the archive into: an already open file descriptor, buffered,
// with the archive's size and Whirlpool computed on the bytes as they go to disk, so every
// byte is hashed once, in order, and final.
//
// It never really seeks back. For an entry whose CRC and sizes are known before its data
// (a whole file, a link, a folder), ZipStreamWriter announces them with
// expectLocalHeader(): they are put into the local header as it passes through, and the
// patch minizip makes when the entry is closed (a seek back to the header, 12 bytes, a
// seek to the end) is only checked against them. Such entries need no data descriptor,
// which saves 16 bytes each and lets streaming readers take stored entries. Entries whose
// CRC is known only at the end (large files written in chunks) are written by minizip in
// sequential mode, with a data descriptor.
class ArchiveOutput : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveOutput)
public:
    // Replaces write(2); a test seam for a full disk. Returns bytes written or -1 with errno.
    using WriteFn = std::function<qint64(int fd, const char *data, qint64 size)>;

    explicit ArchiveOutput(int fd, WriteFn writeFn = {});
    ~ArchiveOutput() override;

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_end; }
    bool seek(qint64 pos) override;
    void close() override; // flushes; does not close the descriptor

    // The next bytes written start a local file header whose CRC-32, compressed and
    // uncompressed sizes (below 4 GiB) are these.
    void expectLocalHeader(quint32 crc, qint64 compressedSize, qint64 size);
    // The next bytes are the central directory and the end records: they are held until
    // flushBuffer() and their entries' versions are put right (see fixCentralDirectory).
    void beginCentralDirectory();

    bool flushBuffer();
    // After a failure or a cancel: everything further is accepted and thrown away, so QuaZip
    // can be closed without touching the file again.
    void discard() { m_discarding = true; }

    qint64 written() const { return m_written; }
    QString whirlpoolHex() const { return m_hash.resultHex(); }
    int lastErrno() const { return m_errno; } // 0, or the errno of the first failed write

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    static constexpr qint64 kPatchOffset = 14; // CRC-32, then the two sizes, in a local header
    static constexpr int kPatchSize = 12;

    bool writeOut(const char *data, qint64 size);
    void fixCentralDirectory();
    bool fail(int error, const QString &message);

    int m_fd;
    WriteFn m_writeFn;
    QByteArray m_buffer;
    qsizetype m_used = 0;
    qint64 m_end = 0; // bytes accepted: the archive's size so far
    qint64 m_written = 0; // bytes written to the file
    int m_errno = 0;
    bool m_discarding = false;
    Whirlpool m_hash;

    bool m_inDirectory = false;
    QByteArray m_directory; // the central directory and end records, held until the end

    // The announced header fields: their place in the archive and their bytes.
    qint64 m_patchAt = -1;
    char m_patch[kPatchSize] = {};
};

} // namespace Coffre
