#include "archive/ExtractionTarget.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Coffre {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

timespec toTimespec(const QDateTime &time)
{
    timespec ts {};
    ts.tv_sec = time_t(time.toSecsSinceEpoch());
    return ts;
}

// The hidden name a file or link has while it is made, unlikely to meet an entry's name
// (kept within NAME_MAX even for a long final name).
QByteArray hiddenPrefixFor(const QByteArray &name)
{
    return "." + name.left(200) + ".coffre-";
}

constexpr int kDirFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

// One path component the system will take as it is: a NUL would cut it ("..\0x" is ".."),
// a '/' would make it two. The reader refuses such names; this is the last line.
bool isPlainName(const QByteArray &name)
{
    return !name.isEmpty() && name != "." && name != ".." && !name.contains('\0') && !name.contains('/');
}

bool allPlain(const QStringList &components)
{
    for (const QString &component : components) {
        if (!isPlainName(QFile::encodeName(component)))
            return false;
    }
    return true;
}

} // namespace

ExtractionTarget::ExtractionTarget(bool overwrite) : m_overwrite(overwrite)
{ }

ExtractionTarget::~ExtractionTarget()
{
    abortFile();
    if (m_rootFd >= 0)
        ::close(m_rootFd);
}

bool ExtractionTarget::fail(Problem problem, const QString &message)
{
    m_problem = problem;
    m_error = message;
    return false;
}

bool ExtractionTarget::open(const QString &dir)
{
    m_path = QDir::cleanPath(QDir(dir).absolutePath());
    if (!QDir().mkpath(m_path))
        return fail(IoProblem, tr("The folder %1 cannot be created.").arg(m_path));
    // The target itself may be reached through links (the user chose it); below it, never.
    m_rootFd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_rootFd < 0)
        return fail(IoProblem, tr("The folder %1 cannot be opened: %2.").arg(m_path, systemError(errno)));
    return true;
}

int ExtractionTarget::openFolder(const QStringList &components, bool create, bool ownerOnly)
{
    if (!allPlain(components)) {
        fail(UnsafeProblem,
            tr("%1 is not a plain path; Coffre does not write it.").arg(components.join(QLatin1Char('/'))));
        return -1;
    }
    int fd = ::dup(m_rootFd);
    QString walked = m_path;
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QString &component = components.at(i);
        const QByteArray name = QFile::encodeName(component);
        walked += QLatin1Char('/') + component;
        int next = ::openat(fd, name.constData(), kDirFlags);
        if (next < 0 && errno == ENOENT && create) {
            // A folder with its own entry stays owner-only until finishFolder() applies the
            // archived mode; folders only implied by a path get the usual mode (umask).
            const mode_t mode = ownerOnly && i == components.size() - 1 ? 0700 : 0777;
            if (::mkdirat(fd, name.constData(), mode) != 0 && errno != EEXIST) {
                const int error = errno;
                ::close(fd);
                fail(IoProblem, tr("The folder %1 cannot be created: %2.").arg(walked, systemError(error)));
                return -1;
            }
            next = ::openat(fd, name.constData(), kDirFlags);
        }
        int error = errno;
        if (next < 0 && (error == ELOOP || error == ENOTDIR)) {
            // With O_DIRECTORY, Linux reports a link as "not a directory": look closer.
            struct stat st {
            };
            if (::fstatat(fd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
                error = ELOOP;
        }
        ::close(fd);
        if (next < 0) {
            if (error == ELOOP)
                fail(UnsafeProblem,
                    tr("%1 is a symbolic link; Coffre does not write through links.").arg(walked));
            else if (error == ENOTDIR)
                fail(ExistsProblem, tr("%1 is a file where the archive has a folder.").arg(walked));
            else if (error != ENOENT || create)
                fail(IoProblem, tr("The folder %1 cannot be opened: %2.").arg(walked, systemError(error)));
            return -1;
        }
        fd = next;
    }
    return fd;
}

bool ExtractionTarget::exists(const QStringList &components) const
{
    if (components.isEmpty())
        return true;
    const QString parent
        = m_path + QLatin1Char('/') + components.mid(0, components.size() - 1).join(QLatin1Char('/'));
    struct stat st {
    };
    const QByteArray path = QFile::encodeName(parent + QLatin1Char('/') + components.last());
    return ::lstat(path.constData(), &st) == 0;
}

bool ExtractionTarget::hasSymlinkOnPath(const QStringList &components) const
{
    QString walked = m_path;
    for (const QString &component : components) {
        walked += QLatin1Char('/') + component;
        struct stat st {
        };
        if (::lstat(QFile::encodeName(walked).constData(), &st) != 0)
            return false; // nothing there yet, nor below
        if (S_ISLNK(st.st_mode))
            return true;
    }
    return false;
}

bool ExtractionTarget::makeFolder(const QStringList &components)
{
    const int fd = openFolder(components, true, true);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

bool ExtractionTarget::beginFile(const QStringList &components)
{
    abortFile();
    if (components.isEmpty() || !allPlain(components))
        return fail(UnsafeProblem,
            tr("%1 is not a plain path; Coffre does not write it.").arg(components.join(QLatin1Char('/'))));
    m_dirFd = openFolder(components.mid(0, components.size() - 1), true, false);
    if (m_dirFd < 0)
        return false;
    m_finalName = QFile::encodeName(components.last());
    m_displayName = m_path + QLatin1Char('/') + components.join(QLatin1Char('/'));
    if (!m_file.create(m_dirFd, hiddenPrefixFor(m_finalName))) {
        const int error = errno;
        abortFile();
        return fail(IoProblem, tr("%1 cannot be created: %2.").arg(m_displayName, systemError(error)));
    }
    return true;
}

bool ExtractionTarget::write(const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(m_file.fd(), data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = n < 0 ? errno : ENOSPC;
            if (error == ENOSPC || error == EDQUOT)
                return fail(IoProblem, tr("Not enough space in %1 to extract the archive.").arg(m_path));
            return fail(IoProblem, tr("%1 cannot be written: %2.").arg(m_displayName, systemError(error)));
        }
        data += n;
        size -= n;
    }
    return true;
}

bool ExtractionTarget::placeTemp(int dirFd, const QByteArray &temp, const QByteArray &name)
{
    if (PendingFile::rename(dirFd, temp, name, m_overwrite))
        return true;
    return failToPlace(errno);
}

bool ExtractionTarget::failToPlace(int error)
{
    if (error == EEXIST)
        return fail(ExistsProblem, tr("%1 already exists; Coffre does not replace it.").arg(m_displayName));
    if (error == ENOSPC || error == EDQUOT)
        return fail(IoProblem, tr("Not enough space in %1 to extract the archive.").arg(m_path));
    return fail(IoProblem, tr("%1 cannot be created: %2.").arg(m_displayName, systemError(error)));
}

bool ExtractionTarget::commitFile(quint32 mode, const QDateTime &mtime)
{
    // Never set-user-ID, set-group-ID or sticky bits from an archive.
    const mode_t perms = mode != 0 ? mode_t(mode & 0777) : mode_t(0644);
    ::fchmod(m_file.fd(), perms);
    if (mtime.isValid()) {
        const timespec times[2] = {{0, UTIME_OMIT}, toTimespec(mtime)};
        ::futimens(m_file.fd(), times);
    }
    if (!m_file.publish(m_finalName, m_overwrite)) {
        const int error = errno;
        abortFile();
        return failToPlace(error);
    }
    abortFile(); // closes the folder
    return true;
}

void ExtractionTarget::abortFile()
{
    m_file.discard();
    if (m_dirFd >= 0) {
        if (!m_tempName.isEmpty())
            ::unlinkat(m_dirFd, m_tempName.constData(), 0);
        ::close(m_dirFd);
        m_dirFd = -1;
    }
    m_tempName.clear();
}

bool ExtractionTarget::makeSymlink(
    const QStringList &components, const QByteArray &target, const QDateTime &mtime)
{
    abortFile();
    if (components.isEmpty() || !allPlain(components))
        return fail(UnsafeProblem,
            tr("%1 is not a plain path; Coffre does not write it.").arg(components.join(QLatin1Char('/'))));
    m_dirFd = openFolder(components.mid(0, components.size() - 1), true, false);
    if (m_dirFd < 0)
        return false;
    m_finalName = QFile::encodeName(components.last());
    m_displayName = m_path + QLatin1Char('/') + components.join(QLatin1Char('/'));
    m_tempName = PendingFile::randomName(hiddenPrefixFor(m_finalName));
    if (::symlinkat(target.constData(), m_dirFd, m_tempName.constData()) != 0) {
        const int error = errno;
        m_tempName.clear();
        abortFile();
        return fail(IoProblem, tr("%1 cannot be created: %2.").arg(m_displayName, systemError(error)));
    }
    if (mtime.isValid()) {
        const timespec times[2] = {{0, UTIME_OMIT}, toTimespec(mtime)};
        ::utimensat(m_dirFd, m_tempName.constData(), times, AT_SYMLINK_NOFOLLOW);
    }
    if (!placeTemp(m_dirFd, m_tempName, m_finalName)) {
        const Problem problem = m_problem;
        const QString message = m_error;
        abortFile();
        return fail(problem, message);
    }
    m_tempName.clear();
    abortFile();
    return true;
}

bool ExtractionTarget::finishFolder(const QStringList &components, quint32 mode, const QDateTime &mtime)
{
    const int fd = openFolder(components, false, false);
    if (fd < 0)
        return false;
    const mode_t perms = mode != 0 ? mode_t(mode & 0777) : mode_t(0755);
    ::fchmod(fd, perms);
    if (mtime.isValid()) {
        const timespec times[2] = {{0, UTIME_OMIT}, toTimespec(mtime)};
        ::futimens(fd, times);
    }
    ::close(fd);
    return true;
}

} // namespace Coffre
