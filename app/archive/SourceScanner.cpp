#include "archive/SourceScanner.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Coffre {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QByteArray readLinkTarget(const QByteArray &path, qint64 sizeHint)
{
    QByteArray buffer(qMax<qint64>(sizeHint, 64) + 1, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::readlink(path.constData(), buffer.data(), size_t(buffer.size()));
        if (n < 0)
            return {};
        if (n < buffer.size()) {
            buffer.truncate(n);
            return buffer;
        }
        buffer.resize(buffer.size() * 2);
    }
}

QString specialKind(mode_t mode)
{
    if (S_ISFIFO(mode))
        return SourceScanner::tr("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return SourceScanner::tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return SourceScanner::tr("a device");
    return SourceScanner::tr("not a regular file");
}

} // namespace

SourceScanner::SourceScanner(Options options) : m_options(std::move(options))
{ }

bool SourceScanner::cancelled()
{
    if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
        m_cancelled = true;
    return m_cancelled;
}

void SourceScanner::warn(ArchiveWarning::Kind kind, const QByteArray &path, const QString &message)
{
    const QString name = QFile::decodeName(path);
    qCDebug(lcArchive) << "scan warning:" << name << message;
    m_warnings.append({kind, name, message});
}

void SourceScanner::tick(const QByteArray &current)
{
    if (m_options.progress && ++m_sinceTick >= 256) {
        m_sinceTick = 0;
        m_options.progress(m_files, m_bytes, QFile::decodeName(current));
    }
}

QString SourceScanner::decodeName(const QByteArray &name, const QByteArray &fullPath)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(name);
    if (decoder.hasError()) {
        warn(ArchiveWarning::Name, fullPath,
            tr("The name is not valid UTF-8; it is stored with replacement characters."));
    }
    return decoded;
}

bool SourceScanner::scan(const QStringList &sources)
{
    QSet<QString> usedNames;
    QSet<QString> seen;
    for (const QString &source : sources) {
        if (cancelled())
            return false;
        const QString absolute = QDir::cleanPath(QFileInfo(source).absoluteFilePath());
        const QString canonical = QFileInfo(absolute).canonicalFilePath();
        // The same folder named twice (or through a link) is archived once.
        if (!canonical.isEmpty() && seen.contains(canonical))
            continue;
        seen.insert(canonical);
        if (!scanSource(absolute, usedNames))
            return false;
    }
    if (m_options.progress)
        m_options.progress(m_files, m_bytes, QString());
    return !cancelled();
}

bool SourceScanner::scanSource(const QString &source, QSet<QString> &usedNames)
{
    const QByteArray path = QFile::encodeName(source);
    struct stat st {
    };
    // A source named by the user is followed even when it is a link: that is what they chose.
    if (::stat(path.constData(), &st) != 0) {
        const int error = errno;
        m_error = error == ENOENT
            ? tr("The source folder %1 does not exist.").arg(source)
            : tr("The source folder %1 cannot be read: %2.").arg(source, systemError(error));
        return false;
    }
    if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode)) {
        m_error = tr("The source %1 is neither a folder nor a regular file.").arg(source);
        return false;
    }

    QString base = QFileInfo(source).fileName();
    if (base.isEmpty())
        base = QStringLiteral("root"); // the source is "/"
    QString name = base;
    for (int n = 2; usedNames.contains(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    usedNames.insert(name);

    ScanEntry entry;
    entry.sourcePath = path;
    entry.mtime = st.st_mtim.tv_sec;
    entry.mode = st.st_mode;
    entry.followLinks = true;
    if (S_ISREG(st.st_mode)) {
        entry.kind = ScanEntry::File;
        entry.zipName = name;
        entry.size = st.st_size;
        m_entries.push_back(std::move(entry));
        ++m_files;
        m_bytes += st.st_size;
        return true;
    }
    entry.kind = ScanEntry::Folder;
    entry.zipName = name + QLatin1Char('/');
    m_entries.push_back(std::move(entry));
    std::vector<DirId> ancestors {{st.st_dev, st.st_ino}};
    walk(path, name, QString(), ancestors);
    return !cancelled();
}

void SourceScanner::walk(const QByteArray &dirPath, const QString &zipPrefix, const QString &relPrefix,
    std::vector<DirId> &ancestors)
{
    if (cancelled())
        return;
    DIR *dir = ::opendir(dirPath.constData());
    if (!dir) {
        const int error = errno;
        if (error == ENOENT)
            warn(ArchiveWarning::Vanished, dirPath, tr("The folder disappeared before it could be read."));
        else
            warn(ArchiveWarning::Unreadable, dirPath,
                tr("The folder could not be read (%1); it is archived empty.").arg(systemError(error)));
        return;
    }
    std::vector<QByteArray> names;
    while (const dirent *d = ::readdir(dir)) {
        if (std::strcmp(d->d_name, ".") == 0 || std::strcmp(d->d_name, "..") == 0)
            continue;
        names.emplace_back(d->d_name);
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end()); // byte order: the same archive for the same tree

    for (const QByteArray &rawName : names) {
        if (cancelled())
            return;
        const QByteArray childPath
            = dirPath.endsWith('/') ? QByteArray(dirPath + rawName) : QByteArray(dirPath + '/' + rawName);
        tick(childPath);
        struct stat st {
        };
        if (::lstat(childPath.constData(), &st) != 0) {
            const int error = errno;
            if (error == ENOENT)
                warn(
                    ArchiveWarning::Vanished, childPath, tr("The file disappeared before it could be read."));
            else
                warn(ArchiveWarning::Unreadable, childPath,
                    tr("The file could not be examined: %1.").arg(systemError(error)));
            continue;
        }
        if (st.st_dev == m_options.skipDevice && st.st_ino == m_options.skipInode && m_options.skipInode != 0)
            continue; // the archive we are writing

        const QString name = decodeName(rawName, childPath);
        const QString rel = relPrefix.isEmpty() ? name : relPrefix + QLatin1Char('/') + name;
        const QString zipName = zipPrefix + QLatin1Char('/') + name;

        bool followed = false; // O_NOFOLLOW only concerns the last component
        if (S_ISLNK(st.st_mode)) {
            struct stat target {
            };
            if (m_options.followSymlinks && ::stat(childPath.constData(), &target) == 0) {
                const bool loops = S_ISDIR(target.st_mode)
                    && std::find(ancestors.begin(), ancestors.end(), DirId {target.st_dev, target.st_ino})
                        != ancestors.end();
                if (loops) {
                    warn(ArchiveWarning::Skipped, childPath,
                        tr("The link leads back into one of its parent folders; it is stored as a link."));
                } else {
                    st = target;
                    followed = true;
                }
            } else if (m_options.followSymlinks) {
                warn(ArchiveWarning::Skipped, childPath,
                    tr("The link points to nothing that can be read; it is stored as a link."));
            }
        }

        const bool isDir = S_ISDIR(st.st_mode);
        if (m_options.excludes.isExcluded(rel, isDir))
            continue;

        ScanEntry entry;
        entry.sourcePath = childPath;
        entry.mtime = st.st_mtim.tv_sec;
        entry.mode = st.st_mode;
        entry.followLinks = followed;
        if (S_ISLNK(st.st_mode)) {
            entry.kind = ScanEntry::Symlink;
            entry.zipName = zipName;
            entry.linkTarget = readLinkTarget(childPath, st.st_size);
            if (entry.linkTarget.isEmpty()) {
                warn(
                    ArchiveWarning::Vanished, childPath, tr("The link disappeared before it could be read."));
                continue;
            }
            m_entries.push_back(std::move(entry));
            ++m_files;
        } else if (isDir) {
            entry.kind = ScanEntry::Folder;
            entry.zipName = zipName + QLatin1Char('/');
            m_entries.push_back(std::move(entry));
            ancestors.push_back({st.st_dev, st.st_ino});
            walk(childPath, zipName, rel, ancestors);
            ancestors.pop_back();
        } else if (S_ISREG(st.st_mode)) {
            entry.kind = ScanEntry::File;
            entry.zipName = zipName;
            entry.size = st.st_size;
            m_entries.push_back(std::move(entry));
            ++m_files;
            m_bytes += st.st_size;
        } else {
            // Never opened: opening a FIFO blocks until someone writes to it.
            warn(ArchiveWarning::Skipped, childPath, tr("Skipped: this is %1.").arg(specialKind(st.st_mode)));
        }
    }
}

} // namespace Coffre
