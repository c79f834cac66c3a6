#include "archive/ArchiveOutput.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Coffre {

namespace {
// Large enough that the many tiny header writes of minizip become few system calls.
constexpr qsizetype kBufferSize = 1024 * 1024;
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

bool ArchiveOutput::writeOut(const char *data, qint64 size)
{
    if (m_discarding)
        return true;
    if (m_errno != 0)
        return false;
    // Hash what goes to the file, in file order: the same bytes the upload will send.
    m_hash.addData(data, size);
    while (size > 0) {
        const qint64 n = m_writeFn ? m_writeFn(m_fd, data, size) : qint64(::write(m_fd, data, size_t(size)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_errno = n < 0 ? errno : ENOSPC; // write(2) returning 0 on a regular file: no room
            setErrorString(QString::fromLocal8Bit(std::strerror(m_errno)));
            return false;
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
    return used == 0 || writeOut(m_buffer.constData(), used);
}

qint64 ArchiveOutput::writeData(const char *data, qint64 size)
{
    if (m_discarding)
        return size;
    if (m_errno != 0)
        return -1;
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
