#include "secrets/ApiKeyFile.h"

#include "core/Logging.h"
#include "secrets/ApiKey.h"

#include <QByteArray>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Coffre {

namespace {

// Closes the descriptor on every return path.
class FdGuard
{
public:
    explicit FdGuard(int fd) : m_fd(fd) { }
    ~FdGuard()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FdGuard(const FdGuard &) = delete;
    FdGuard &operator=(const FdGuard &) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

QString modeText(mode_t mode)
{
    return QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
}

} // namespace

ApiKeyFile::Result ApiKeyFile::read(const QString &path)
{
    Result result;
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: a FIFO given by mistake must give an error, not wait for a writer.
    // The checks below use fstat on the open descriptor, so the file that is checked is
    // the file that is read.
    FdGuard file(::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (file.fd() < 0) {
        const int err = errno;
        if (err == ENOENT)
            result.error = tr("the key file %1 does not exist.").arg(path);
        else
            result.error = tr("cannot open the key file %1: %2.")
                               .arg(path, QString::fromLocal8Bit(std::strerror(err)));
        return result;
    }
    struct stat st {
    };
    if (::fstat(file.fd(), &st) != 0) {
        result.error
            = tr("cannot check the key file %1: %2.").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    if (!S_ISREG(st.st_mode)) {
        result.error = tr("the key file %1 is not a regular file.").arg(path);
        return result;
    }
    if (st.st_uid != ::geteuid()) {
        result.error = tr("the key file %1 belongs to another user (uid %2); it must be your own file, "
                          "readable by you only.")
                           .arg(path, QString::number(st.st_uid));
        return result;
    }
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        result.error = tr("the key file %1 has mode %2, so other users can read it; it must be readable by "
                          "you only. Fix it with: chmod 600 %1")
                           .arg(path, modeText(st.st_mode));
        return result;
    }
    if (st.st_size > MaxSize) {
        result.error = tr("the key file %1 is too big to hold an API key (%2 bytes).")
                           .arg(path, QString::number(st.st_size));
        return result;
    }

    QByteArray bytes(MaxSize + 1, Qt::Uninitialized);
    qsizetype used = 0;
    while (used < bytes.size()) {
        const ssize_t n = ::read(file.fd(), bytes.data() + used, size_t(bytes.size() - used));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            result.error = tr("cannot read the key file %1: %2.")
                               .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            return result;
        }
        if (n == 0)
            break;
        used += n;
    }
    if (used > MaxSize) {
        result.error = tr("the key file %1 is too big to hold an API key.").arg(path);
        return result;
    }
    bytes.truncate(used);
    const QString key = ApiKey::normalized(QString::fromUtf8(bytes));
    bytes.fill('\0');
    const QString problem = ApiKey::shapeProblem(key, tr("the key file %1").arg(path));
    if (!problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    qCDebug(lcSecrets) << "read a well-formed key from the key file" << path;
    result.key = key;
    return result;
}

} // namespace Coffre
