#include "archive/PendingFile.h"

#include <QRandomGenerator>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Coffre {

namespace {

std::atomic_bool unnamedAllowed {true};

// Linking an unnamed file goes through its /proc/self/fd entry (linkat with AT_EMPTY_PATH
// would need CAP_DAC_READ_SEARCH), so without /proc no file is created unnamed: it could
// not be given a name afterwards.
bool procFdAvailable()
{
    static const bool available = ::access("/proc/self/fd", X_OK) == 0;
    return available;
}

} // namespace

PendingFile::~PendingFile()
{
    discard();
}

QByteArray PendingFile::randomName(const QByteArray &prefix)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray name = prefix;
    for (int i = 0; i < 6; ++i)
        name += alphabet[QRandomGenerator::global()->bounded(36)];
    return name;
}

void PendingFile::setUnnamedAllowed(bool allowed)
{
    unnamedAllowed = allowed;
}

bool PendingFile::create(int dirFd, const QByteArray &hiddenPrefix, bool allowUnnamed)
{
    discard();
    m_dirFd = dirFd;
    m_prefix = hiddenPrefix;
    if (allowUnnamed && unnamedAllowed && procFdAvailable()) {
        m_fd = ::openat(dirFd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (m_fd >= 0) {
            m_unnamed = true;
            return true;
        }
        // EOPNOTSUPP (no support in this file system), EISDIR or EINVAL (older kernels),
        // or a real problem, which the named file below meets and reports as well.
    }
    for (int attempt = 0; attempt < 100 && m_fd < 0; ++attempt) {
        m_hiddenName = randomName(hiddenPrefix);
        m_fd = ::openat(dirFd, m_hiddenName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
            S_IRUSR | S_IWUSR);
        if (m_fd < 0 && errno != EEXIST)
            break;
    }
    if (m_fd < 0) {
        const int error = errno;
        m_hiddenName.clear();
        m_dirFd = -1;
        errno = error;
        return false;
    }
    return true;
}

bool PendingFile::linkAs(const QByteArray &name)
{
    char path[40];
    std::snprintf(path, sizeof path, "/proc/self/fd/%d", m_fd);
    return ::linkat(AT_FDCWD, path, m_dirFd, name.constData(), AT_SYMLINK_FOLLOW) == 0;
}

bool PendingFile::publish(const QByteArray &name, bool replace)
{
    if (m_fd < 0) {
        errno = EBADF;
        return false;
    }
    auto failWith = [this](int error) {
        discard();
        errno = error;
        return false;
    };
    // An unnamed file must get a name before it is closed: closing would free it.
    QByteArray linkedAsFinal;
    if (m_unnamed) {
        if (!replace) {
            // link(2) never replaces: the final name appears, complete, or not at all.
            if (!linkAs(name))
                return failWith(errno);
            linkedAsFinal = name;
        } else {
            for (int attempt = 0; attempt < 100 && m_hiddenName.isEmpty(); ++attempt) {
                const QByteArray hidden = randomName(m_prefix);
                if (linkAs(hidden))
                    m_hiddenName = hidden;
                else if (errno != EEXIST)
                    return failWith(errno);
            }
            if (m_hiddenName.isEmpty())
                return failWith(EEXIST);
        }
        m_unnamed = false;
    }
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) {
        const int error = errno;
        if (!linkedAsFinal.isEmpty())
            ::unlinkat(m_dirFd, linkedAsFinal.constData(), 0);
        return failWith(error);
    }
    if (!m_hiddenName.isEmpty()) {
        if (!rename(m_dirFd, m_hiddenName, name, replace))
            return failWith(errno);
        m_hiddenName.clear();
    }
    m_dirFd = -1;
    return true;
}

void PendingFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_hiddenName.isEmpty()) {
        ::unlinkat(m_dirFd, m_hiddenName.constData(), 0);
        m_hiddenName.clear();
    }
    m_unnamed = false;
    m_dirFd = -1;
}

bool PendingFile::rename(int dirFd, const QByteArray &from, const QByteArray &to, bool replace)
{
    const unsigned flags = replace ? 0 : RENAME_NOREPLACE;
    if (::renameat2(dirFd, from.constData(), dirFd, to.constData(), flags) == 0)
        return true;
    if (replace || (errno != EINVAL && errno != ENOSYS))
        return false;
    // No RENAME_NOREPLACE on this file system: link(2) refuses an existing name as well.
    if (::linkat(dirFd, from.constData(), dirFd, to.constData(), 0) != 0)
        return false;
    ::unlinkat(dirFd, from.constData(), 0);
    return true;
}

} // namespace Coffre
