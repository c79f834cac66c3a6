#pragma once

#include "core/Whirlpool.h"

#include <QIODevice>

#include <functional>

namespace Coffre {

// The device QuaZip writes the archive into: an already open file descriptor, buffered,
// with the archive's size and Whirlpool computed on the bytes as they go to disk.
// It reports itself as sequential so that QuaZip never seeks back to patch a header (it
// writes data descriptors instead): every byte is hashed once, in order, and final.
class ArchiveOutput : public QIODevice
{
public:
    // Replaces write(2); a test seam for a full disk. Returns bytes written or -1 with errno.
    using WriteFn = std::function<qint64(int fd, const char *data, qint64 size)>;

    explicit ArchiveOutput(int fd, WriteFn writeFn = {});
    ~ArchiveOutput() override;

    bool isSequential() const override { return true; }
    void close() override; // flushes; does not close the descriptor

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
    bool writeOut(const char *data, qint64 size);

    int m_fd;
    WriteFn m_writeFn;
    QByteArray m_buffer;
    qsizetype m_used = 0;
    qint64 m_written = 0;
    int m_errno = 0;
    bool m_discarding = false;
    Whirlpool m_hash;
};

} // namespace Coffre
