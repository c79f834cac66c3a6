#include "archive/ArchiveOutput.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <utility>

namespace Coffre {

namespace {
// Large enough that the many tiny header writes of minizip become few system calls.
constexpr qsizetype kBufferSize = 1024 * 1024;

void putLe32(char *out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out[i] = char((value >> (8 * i)) & 0xff);
}

quint32 le(const char *p, int bytes)
{
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | quint8(p[i]);
    return v;
}

constexpr quint32 kCentralHeaderSignature = 0x02014b50;
constexpr qsizetype kCentralHeaderSize = 46;
constexpr quint32 kUnixHost = 3;
constexpr quint32 kZip64Version = 45; // 4.5: zip64 (APPNOTE 4.4.3.2)
} // namespace

ArchiveOutput::ArchiveOutput(int fd, WriteFn writeFn)
    : m_fd(fd), m_writeFn(std::move(writeFn)), m_buffer(kBufferSize, Qt::Uninitialized)
{ }

ArchiveOutput::~ArchiveOutput() = default;

void ArchiveOutput::close()
{
    flushBuffer();
    QIODevice::close();
}

qint64 ArchiveOutput::readData(char *, qint64)
{
    return -1;
}

bool ArchiveOutput::fail(int error, const QString &message)
{
    if (m_errno == 0) {
        m_errno = error;
        setErrorString(message);
    }
    return false;
}

void ArchiveOutput::expectLocalHeader(quint32 crc, qint64 compressedSize, qint64 size)
{
    Q_ASSERT(compressedSize < 0xffffffffLL && size < 0xffffffffLL);
    m_patchAt = m_end + kPatchOffset;
    putLe32(m_patch, crc);
    putLe32(m_patch + 4, quint32(compressedSize));
    putLe32(m_patch + 8, quint32(size));
}

void ArchiveOutput::beginCentralDirectory()
{
    m_inDirectory = true;
}

// minizip marks every entry that needs zip64 (sizes or its offset past 4 GiB) as "made by"
// 45 and "needed" 63: host byte 0 (MS-DOS), so readers ignore its Unix mode, and spec 6.3,
// which Info-ZIP unzip 6.0 refuses as an unsupported method. Zip64 needs 4.5; the host
// stays Unix, as for every other entry.
void ArchiveOutput::fixCentralDirectory()
{
    char *p = m_directory.data();
    qsizetype at = 0;
    while (at + kCentralHeaderSize <= m_directory.size() && le(p + at, 4) == kCentralHeaderSignature) {
        char *record = p + at;
        if (le(record + 4, 2) == kZip64Version) {
            record[4] = char(kZip64Version);
            record[5] = char(kUnixHost);
        }
        if (le(record + 6, 2) > kZip64Version) {
            record[6] = char(kZip64Version);
            record[7] = 0;
        }
        at += kCentralHeaderSize + le(record + 28, 2) + le(record + 30, 2) + le(record + 32, 2);
    }
}

bool ArchiveOutput::seek(qint64 pos)
{
    if (m_discarding || pos == m_end || (m_patchAt >= 0 && pos >= m_patchAt && pos < m_patchAt + kPatchSize))
        return QIODevice::seek(pos);
    // Anything else would rewrite bytes already hashed (and maybe already on disk).
    return fail(EIO, tr("internal error: the zip writer sought to %1 of %2").arg(pos).arg(m_end));
}

bool ArchiveOutput::writeOut(const char *data, qint64 size)
{
    if (m_errno != 0)
        return false;
    // Hash what goes to the file, in file order: the same bytes the upload will send.
    m_hash.addData(data, size);
    while (size > 0) {
        const qint64 n = m_writeFn ? m_writeFn(m_fd, data, size) : qint64(::write(m_fd, data, size_t(size)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : ENOSPC; // write(2) returning 0 on a regular file: no room
            return fail(error, QString::fromLocal8Bit(std::strerror(error)));
        }
        data += n;
        size -= n;
        m_written += n;
    }
    return true;
}

bool ArchiveOutput::flushBuffer()
{
    const qsizetype used = m_used;
    m_used = 0;
    if (m_discarding || (used > 0 && !writeOut(m_buffer.constData(), used)))
        return m_discarding;
    if (m_inDirectory && !m_directory.isEmpty()) {
        fixCentralDirectory();
        const QByteArray directory = std::exchange(m_directory, QByteArray());
        return writeOut(directory.constData(), directory.size());
    }
    return true;
}

qint64 ArchiveOutput::writeData(const char *data, qint64 size)
{
    if (m_discarding)
        return size;
    if (m_errno != 0)
        return -1;
    const qint64 at = pos();
    if (at < m_end) {
        // minizip closing an announced entry: it may only write what was announced.
        if (at + size > m_patchAt + kPatchSize
            || std::memcmp(data, m_patch + (at - m_patchAt), size_t(size)) != 0) {
            fail(EIO, tr("internal error: a local header changed after it was written"));
            return -1;
        }
        return size;
    }
    // The announced fields replace minizip's zeros as they pass by.
    QByteArray patched;
    if (m_patchAt >= 0 && at < m_patchAt + kPatchSize && at + size > m_patchAt) {
        patched = QByteArray(data, qsizetype(size));
        const qint64 from = std::max(at, m_patchAt);
        const qint64 to = std::min(at + size, m_patchAt + kPatchSize);
        std::memcpy(patched.data() + (from - at), m_patch + (from - m_patchAt), size_t(to - from));
        data = patched.constData();
    }
    m_end += size;
    if (m_inDirectory) {
        m_directory.append(data, qsizetype(size));
        return size;
    }
    if (m_used + size > m_buffer.size()) {
        if (!flushBuffer())
            return -1;
        if (size >= m_buffer.size())
            return writeOut(data, size) ? size : -1;
    }
    std::memcpy(m_buffer.data() + m_used, data, size_t(size));
    m_used += size;
    return size;
}

} // namespace Coffre
