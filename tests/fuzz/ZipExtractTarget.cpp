#include "ZipExtractTarget.h"

#include "FuzzCheck.h"
#include "archive/ArchiveReader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <limits>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Coffre;

namespace {

const QByteArray kCanary = "canary\n";
const QByteArray kMine = "mine\n";

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

// Removes a tree without following links, making folders writable first (an archive may
// have given them mode 000).
void removeTree(const QString &path)
{
    struct stat st {
    };
    if (::lstat(encoded(path).constData(), &st) != 0)
        return;
    if (S_ISDIR(st.st_mode)) {
        ::chmod(encoded(path).constData(), 0700);
        if (DIR *dir = ::opendir(encoded(path).constData())) {
            QStringList names;
            while (const dirent *entry = ::readdir(dir)) {
                const QString name = QFile::decodeName(entry->d_name);
                if (name != QLatin1String(".") && name != QLatin1String(".."))
                    names << name;
            }
            ::closedir(dir);
            for (const QString &name : names)
                removeTree(path + QLatin1Char('/') + name);
        }
        ::rmdir(encoded(path).constData());
    } else {
        ::unlink(encoded(path).constData());
    }
}

// Names in a folder (links not followed), sorted.
QStringList namesIn(const QString &path)
{
    return QDir(path).entryList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// Resolves a link target from the folder `from` (components under the target) without
// the disk; false when it is absolute or climbs above the target.
bool staysInside(QStringList from, const QByteArray &target)
{
    if (target.startsWith('/'))
        return false;
    for (const QByteArray &part : target.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (from.isEmpty())
                return false;
            from.removeLast();
        } else {
            from.append(QFile::decodeName(part));
        }
    }
    return true;
}

struct Declared {
    ArchiveEntry::Kind kind;
    qint64 size;
};

class Walk
{
public:
    Walk(FuzzCheck &check, const QHash<QString, QList<Declared>> &entries,
        const QSet<QString> &impliedFolders, const QSet<QString> &preexisting, bool extracted)
        : m_check(check),
          m_entries(entries),
          m_implied(impliedFolders),
          m_preexisting(preexisting),
          m_extracted(extracted)
    { }

    qint64 fileBytes = 0;

    void visit(const QString &root, const QStringList &components)
    {
        const QString rel = components.join(QLatin1Char('/'));
        const QString path = components.isEmpty() ? root : root + QLatin1Char('/') + rel;
        struct stat st {
        };
        if (::lstat(encoded(path).constData(), &st) != 0) {
            m_check.expect(false, QStringLiteral("cannot lstat ") + rel);
            return;
        }
        if (!components.isEmpty()) {
            m_check.expect(!components.last().contains(QLatin1String(".coffre-")),
                QStringLiteral("temporary file left: ") + rel);
            if (m_preexisting.contains(rel))
                return;
            const QList<Declared> declared = m_entries.value(rel);
            auto declares = [&](ArchiveEntry::Kind kind, qint64 *size = nullptr) {
                for (const Declared &d : declared) {
                    if (d.kind == kind) {
                        if (size)
                            *size = d.size;
                        return true;
                    }
                }
                return false;
            };
            if (S_ISREG(st.st_mode)) {
                fileBytes += st.st_size;
                qint64 size = -1;
                m_check.expect(
                    declares(ArchiveEntry::File, &size), QStringLiteral("file not in the archive: ") + rel);
                m_check.expect(st.st_size <= size,
                    QStringLiteral("%1 holds %2 bytes, declared %3").arg(rel).arg(st.st_size).arg(size));
                m_check.expect(!m_extracted || st.st_size == size,
                    QStringLiteral("%1 holds %2 bytes after success, declared %3")
                        .arg(rel)
                        .arg(st.st_size)
                        .arg(size));
                m_check.expect((st.st_mode & 07000) == 0, QStringLiteral("set-id or sticky bit on ") + rel);
                return;
            }
            if (S_ISLNK(st.st_mode)) {
                m_check.expect(
                    declares(ArchiveEntry::Symlink), QStringLiteral("link not in the archive: ") + rel);
                QByteArray target(4096, '\0');
                const ssize_t n = ::readlink(encoded(path).constData(), target.data(), size_t(target.size()));
                target.truncate(n < 0 ? 0 : qsizetype(n));
                m_check.expect(staysInside(components.mid(0, components.size() - 1), target),
                    QStringLiteral("link %1 leads out: %2").arg(rel, QString::fromUtf8(target)));
                return;
            }
            if (!S_ISDIR(st.st_mode)) {
                m_check.expect(false, QStringLiteral("neither file, folder nor link: ") + rel);
                return;
            }
            m_check.expect(declares(ArchiveEntry::Folder) || m_implied.contains(rel),
                QStringLiteral("folder not in the archive: ") + rel);
            m_check.expect((st.st_mode & 07000) == 0, QStringLiteral("set-id or sticky bit on ") + rel);
        }
        ::chmod(encoded(path).constData(), (st.st_mode & 0777) | 0700); // to look inside
        for (const QString &name : namesIn(path))
            visit(root, components + QStringList {name});
        if (!components.isEmpty())
            ::chmod(encoded(path).constData(), st.st_mode & 07777);
    }

private:
    FuzzCheck &m_check;
    const QHash<QString, QList<Declared>> &m_entries;
    const QSet<QString> &m_implied;
    const QSet<QString> &m_preexisting;
    bool m_extracted;
};

} // namespace

QString ZipExtractTarget::run(const QByteArray &data)
{
    // One layout per process: base/zip/in.zip, base/box/target, base/box/outside.
    static QTemporaryDir base;
    if (!base.isValid())
        return QStringLiteral("no temporary folder (harness problem)");
    const QString zipDir = base.filePath(QStringLiteral("zip"));
    const QString box = base.filePath(QStringLiteral("box"));
    const QString target = box + QStringLiteral("/target");
    const QString outside = box + QStringLiteral("/outside");
    const QString zip = zipDir + QStringLiteral("/in.zip");
    removeTree(zipDir);
    removeTree(box);
    QDir().mkpath(zipDir);
    QDir().mkpath(target);
    QDir().mkpath(outside);
    {
        QFile file(zip);
        QFile canary(outside + QStringLiteral("/canary.txt"));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()
            || !canary.open(QIODevice::WriteOnly) || canary.write(kCanary) != kCanary.size())
            return QStringLiteral("cannot prepare %1 (harness problem)").arg(base.path());
    }

    const int mode = data.isEmpty() ? 0 : quint8(data.back()) % 4;
    QSet<QString> preexisting;
    if (mode == 3) {
        ::symlink("../outside", encoded(target + QStringLiteral("/docs")).constData());
        ::symlink(encoded(outside).constData(), encoded(target + QStringLiteral("/abs")).constData());
        QFile mine(target + QStringLiteral("/existing.txt"));
        if (!mine.open(QIODevice::WriteOnly) || mine.write(kMine) != kMine.size())
            return QStringLiteral("cannot prepare the target (harness problem)");
        preexisting = {QStringLiteral("docs"), QStringLiteral("abs"), QStringLiteral("existing.txt")};
    }

    FuzzCheck check;
    ArchiveReader reader;
    reader.setOverwrite(mode == 1);
    reader.setSkipUnsafeLinks(mode == 2);

    const ArchiveListing listing = reader.list(zip);
    if (!listing.ok)
        check.expectMessage(listing.error, QStringLiteral("list error"), 1000);
    QHash<QString, QList<Declared>> entries;
    QSet<QString> implied;
    qint64 declaredFileBytes = 0;
    for (const ArchiveEntry &entry : listing.entries) {
        QString reason;
        const QStringList components = ArchiveReader::safeComponents(entry.name, &reason);
        if (components.isEmpty())
            continue;
        entries[components.join(QLatin1Char('/'))].append({entry.kind, entry.size});
        for (qsizetype n = 1; n < components.size(); ++n)
            implied.insert(components.mid(0, n).join(QLatin1Char('/')));
        const qint64 size = qMax<qint64>(entry.size, 0);
        if (entry.kind != ArchiveEntry::Folder) // saturating: hostile sizes reach 2^63
            declaredFileBytes = size > std::numeric_limits<qint64>::max() - declaredFileBytes
                ? std::numeric_limits<qint64>::max()
                : declaredFileBytes + size;
    }

    const ArchiveReadResult tested = reader.test(zip);
    if (!tested.ok) {
        check.expectMessage(tested.error, QStringLiteral("test error"), 2000);
        check.expect(tested.failure != ArchiveReadResult::None, QStringLiteral("test failed without a kind"));
    }
    for (const ArchiveWarning &problem : tested.problems)
        check.expectMessage(problem.message, QStringLiteral("test problem"), 2000);

    const ArchiveReadResult result = reader.extract(zip, target);
    if (result.ok) {
        check.expect(listing.ok, QStringLiteral("extracted an archive that list() refuses"));
        check.expect(
            result.failure == ArchiveReadResult::None, QStringLiteral("success with a failure kind"));
        check.expect(result.bytes <= declaredFileBytes, QStringLiteral("wrote more than declared"));
    } else {
        check.expectMessage(result.error, QStringLiteral("extract error"), 2000);
        check.expect(
            result.failure != ArchiveReadResult::None, QStringLiteral("extract failed without a kind"));
    }
    for (const ArchiveWarning &problem : result.problems)
        check.expectMessage(problem.message, QStringLiteral("extract problem"), 2000);

    // Nothing changed outside the target.
    check.expect(namesIn(base.path()) == QStringList({QStringLiteral("box"), QStringLiteral("zip")}),
        QStringLiteral("written beside the target: ") + namesIn(base.path()).join(QLatin1Char(' ')));
    check.expect(namesIn(zipDir) == QStringList(QStringLiteral("in.zip")),
        QStringLiteral("written beside the archive: ") + namesIn(zipDir).join(QLatin1Char(' ')));
    check.expect(namesIn(box) == QStringList({QStringLiteral("outside"), QStringLiteral("target")}),
        QStringLiteral("written beside the target: ") + namesIn(box).join(QLatin1Char(' ')));
    check.expect(namesIn(outside) == QStringList(QStringLiteral("canary.txt"))
            && readFile(outside + QStringLiteral("/canary.txt")) == kCanary,
        QStringLiteral("the folder next to the target changed: ") + namesIn(outside).join(QLatin1Char(' ')));
    if (mode == 3)
        check.expect(readFile(target + QStringLiteral("/existing.txt")) == kMine,
            QStringLiteral("an existing file was replaced"));

    // What is in the target is what the archive declares, and no more.
    Walk walk(check, entries, implied, preexisting, result.ok);
    walk.visit(target, {});
    check.expect(walk.fileBytes <= declaredFileBytes,
        QStringLiteral("%1 bytes on disk, %2 declared").arg(walk.fileBytes).arg(declaredFileBytes));

    removeTree(box);
    return check.failure();
}
