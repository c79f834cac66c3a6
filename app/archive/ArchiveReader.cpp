#include "archive/ArchiveReader.h"

#include "archive/ExtractionTarget.h"
#include "archive/ZipEntryReader.h"
#include "core/DisplayText.h"
#include "core/Logging.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <limits>

namespace Coffre {

namespace {

constexpr qint64 kMaxLinkTarget = 4095; // PATH_MAX - 1

// Declared sizes are the archive's word (up to 2^62 each, ZipEntryReader): totals of many
// of them must not overflow.
void addTo(qint64 &total, qint64 size)
{
    total = size > std::numeric_limits<qint64>::max() - total ? std::numeric_limits<qint64>::max()
                                                              : total + size;
}

// Progress at most ten times a second, plus a final report.
class Reporter
{
public:
    Reporter(const ArchiveProgressFn &fn) : m_fn(fn) { }
    ArchiveProgress state;
    void report(bool force = false)
    {
        if (!m_fn || (!force && m_timer.isValid() && m_timer.elapsed() < 100))
            return;
        m_timer.start();
        m_fn(state);
    }

private:
    const ArchiveProgressFn &m_fn;
    QElapsedTimer m_timer;
};

// Messages quote entry names, which are the archive's to choose: control characters (a
// NUL, terminal escapes, line breaks) and 64 KiB names must not reach the user as they are.
QString sentence(const QString &text)
{
    return DisplayText::oneLine(text, 1000);
}

ArchiveReadResult failure(ArchiveReadResult result, ArchiveReadResult::Failure kind, const QString &error)
{
    qCDebug(lcArchive) << "read failed:" << error;
    result.ok = false;
    result.failure = kind;
    result.error = sentence(error);
    return result;
}

ArchiveReadResult::Failure failureOf(ExtractionTarget::Problem problem)
{
    switch (problem) {
    case ExtractionTarget::UnsafeProblem:
        return ArchiveReadResult::Unsafe;
    case ExtractionTarget::ExistsProblem:
        return ArchiveReadResult::Exists;
    default:
        return ArchiveReadResult::Io;
    }
}

ArchiveReadResult::Failure failureOf(ZipEntryReader::Status status)
{
    switch (status) {
    case ZipEntryReader::TooLarge:
        return ArchiveReadResult::Unsafe;
    case ZipEntryReader::SinkFailed:
        return ArchiveReadResult::Io;
    case ZipEntryReader::Cancelled:
        return ArchiveReadResult::Cancelled;
    default:
        return ArchiveReadResult::Damaged;
    }
}

// Resolves a link target from the link's folder without touching the disk. False when it
// leaves the target folder, is absolute, or goes through another link (whose own target
// could turn a harmless-looking "x/.." into a way out).
bool linkStaysInside(const QStringList &linkPath, const QByteArray &target, const QSet<QString> &archiveLinks,
    const ExtractionTarget &disk, QString *reason)
{
    if (target.isEmpty() || target.startsWith('/') || target.contains('\0')) {
        *reason = ArchiveReader::tr("it points to an absolute path");
        return false;
    }
    QStringList walked = linkPath.mid(0, linkPath.size() - 1);
    const QStringList parts = QString::fromUtf8(target).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (walked.isEmpty()) {
                *reason = ArchiveReader::tr("it points outside the target folder");
                return false;
            }
            walked.removeLast();
            continue;
        }
        walked.append(part);
        if (i == parts.size() - 1)
            break; // the last component may be a link: that link is checked on its own
        if (archiveLinks.contains(walked.join(QLatin1Char('/'))) || disk.hasSymlinkOnPath(walked)) {
            *reason = ArchiveReader::tr("it points through another symbolic link");
            return false;
        }
    }
    return true;
}

} // namespace

QStringList ArchiveReader::safeComponents(const QString &name, QString *reason)
{
    reason->clear();
    if (name.isEmpty()) {
        *reason = tr("it has an empty name");
        return {};
    }
    // The system cuts a path at a NUL: "a/..\0x/..\0y/f" would be written as "a/../../f".
    if (name.contains(QChar(0))) {
        *reason = tr("its name contains a NUL character");
        return {};
    }
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\'))
        || (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter())) {
        *reason = tr("its path is absolute");
        return {};
    }
    QStringList out;
    const QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            *reason = tr("its path goes up with '..'");
            return {};
        }
        out.append(part);
    }
    return out; // empty with no reason: "./", nothing to create
}

ArchiveListing ArchiveReader::list(const QString &zipPath) const
{
    ArchiveListing listing;
    ZipEntryReader reader(zipPath);
    if (!reader.open()) {
        listing.error = reader.errorString();
        return listing;
    }
    for (bool more = reader.first(); more; more = reader.next())
        listing.entries.append(reader.current());
    if (reader.hasError()) {
        listing.error = reader.errorString();
        return listing;
    }
    listing.ok = true;
    return listing;
}

ArchiveReadResult ArchiveReader::test(
    const QString &zipPath, const ProgressFn &progress, const std::atomic_bool *cancel) const
{
    ArchiveReadResult result;
    ZipEntryReader reader(zipPath);
    if (!reader.open())
        return failure(result, reader.isMissing() ? ArchiveReadResult::Io : ArchiveReadResult::Damaged,
            reader.errorString());

    Reporter reporter(progress);
    for (bool more = reader.first(); more; more = reader.next()) {
        const ArchiveEntry &e = reader.current();
        reporter.state.filesTotal += e.kind == ArchiveEntry::Folder ? 0 : 1;
        addTo(reporter.state.bytesTotal, e.size);
    }
    for (bool more = reader.first(); more && !reader.hasError(); more = reader.next()) {
        const ArchiveEntry &e = reader.current();
        reporter.state.currentFile = e.name;
        QString message;
        const ZipEntryReader::Status status = reader.read({}, cancel, &message);
        if (status == ZipEntryReader::Cancelled)
            return failure(result, ArchiveReadResult::Cancelled, tr("The test was cancelled."));
        if (status != ZipEntryReader::Ok)
            result.problems.append({ArchiveWarning::Damaged, e.name, sentence(message)});
        if (e.kind == ArchiveEntry::Folder) {
            ++result.folders;
        } else {
            ++result.files;
            ++reporter.state.filesDone;
        }
        addTo(result.bytes, e.size);
        addTo(reporter.state.bytesDone, e.size);
        reporter.report();
    }
    reporter.state.currentFile.clear();
    reporter.report(true);
    if (reader.hasError())
        return failure(result, ArchiveReadResult::Damaged, reader.errorString());
    if (!result.problems.isEmpty()) {
        const QString first = result.problems.first().message;
        return failure(result, ArchiveReadResult::Damaged,
            result.problems.size() == 1
                ? first
                : tr("%1 entries are damaged; the first: %2").arg(result.problems.size()).arg(first));
    }
    result.ok = true;
    return result;
}

ArchiveReadResult ArchiveReader::extract(const QString &zipPath, const QString &targetDir,
    const QStringList &selection, const ProgressFn &progress, const std::atomic_bool *cancel) const
{
    ArchiveReadResult result;
    ZipEntryReader reader(zipPath);
    if (!reader.open())
        return failure(result, reader.isMissing() ? ArchiveReadResult::Io : ArchiveReadResult::Damaged,
            reader.errorString());

    // What was asked for, in the same normal form as the entries.
    QStringList wanted;
    for (const QString &name : selection) {
        QString ignored;
        const QStringList parts = safeComponents(name, &ignored);
        wanted.append(parts.join(QLatin1Char('/')));
    }
    QSet<QString> wantedFound;
    auto isSelected = [&](const QString &key) {
        if (wanted.isEmpty())
            return true;
        for (const QString &w : std::as_const(wanted)) {
            if (key == w || (key.startsWith(w) && key.at(w.size()) == QLatin1Char('/')) || w.isEmpty()) {
                wantedFound.insert(w);
                return true;
            }
        }
        return false;
    };

    // 1. Check every name before writing anything.
    struct Planned {
        qint64 ordinal;
        ArchiveEntry entry;
        QStringList components;
        QByteArray linkTarget;
    };
    std::vector<Planned> plan;
    QSet<QString> seen;
    QSet<QString> archiveLinks;
    Reporter reporter(progress);
    qint64 ordinal = 0;
    for (bool more = reader.first(); more; more = reader.next(), ++ordinal) {
        const ArchiveEntry &e = reader.current();
        QString reason;
        const QStringList components = safeComponents(e.name, &reason);
        if (!reason.isEmpty())
            return failure(result, ArchiveReadResult::Unsafe,
                tr("Refusing to extract '%1': %2. Nothing was extracted.").arg(e.name, reason));
        if (components.isEmpty())
            continue;
        const QString key = components.join(QLatin1Char('/'));
        if (e.kind == ArchiveEntry::Symlink)
            archiveLinks.insert(key);
        if (!isSelected(key))
            continue;
        if (e.kind != ArchiveEntry::Folder && seen.contains(key))
            return failure(result, ArchiveReadResult::Unsafe,
                tr("'%1' appears twice in the archive. Nothing was extracted.").arg(e.name));
        seen.insert(key);
        Planned p {ordinal, e, components, {}};
        if (e.kind == ArchiveEntry::Symlink) {
            if (e.size > kMaxLinkTarget)
                return failure(result, ArchiveReadResult::Damaged,
                    tr("The link '%1' is too long. Nothing was extracted.").arg(e.name));
            QString message;
            const ZipEntryReader::Status status = reader.read(
                [&p](const char *data, qint64 size) {
                    p.linkTarget.append(data, size);
                    return true;
                },
                cancel, &message);
            if (status != ZipEntryReader::Ok)
                return failure(result, failureOf(status), message);
        } else if (e.kind == ArchiveEntry::File && (e.encrypted || (e.method != 0 && e.method != 8))) {
            QString message;
            reader.read({}, cancel, &message); // only to get the sentence
            return failure(result, ArchiveReadResult::Damaged, message);
        }
        if (e.kind != ArchiveEntry::Folder) {
            ++reporter.state.filesTotal;
            addTo(reporter.state.bytesTotal, e.size);
        }
        plan.push_back(std::move(p));
    }
    if (reader.hasError())
        return failure(result, ArchiveReadResult::Damaged, reader.errorString());
    for (const QString &w : std::as_const(wanted)) {
        if (!wantedFound.contains(w))
            return failure(result, ArchiveReadResult::Io, tr("'%1' is not in the archive.").arg(w));
    }

    ExtractionTarget target(m_overwrite);
    if (!target.open(targetDir))
        return failure(result, failureOf(target.problem()), target.errorString());
    for (auto it = plan.begin(); it != plan.end();) {
        const Planned &p = *it;
        QString reason;
        if (p.entry.kind == ArchiveEntry::Symlink
            && !linkStaysInside(p.components, p.linkTarget, archiveLinks, target, &reason)) {
            if (!m_skipUnsafeLinks)
                return failure(result, ArchiveReadResult::Unsafe,
                    tr("Refusing to extract the link '%1': %2. Nothing was extracted.")
                        .arg(p.entry.name, reason));
            result.problems.append({ArchiveWarning::Skipped, p.entry.name,
                sentence(tr("The link was left out: %1.").arg(reason))});
            --reporter.state.filesTotal;
            it = plan.erase(it);
            continue;
        }
        // Nothing is ever written through a link, whether the archive makes it or it is
        // already there: say so now rather than halfway.
        const QStringList parents = p.components.mid(0, p.components.size() - 1);
        for (qsizetype n = 1; n <= parents.size(); ++n) {
            const QStringList prefix = parents.mid(0, n);
            if (archiveLinks.contains(prefix.join(QLatin1Char('/'))) || target.hasSymlinkOnPath(prefix))
                return failure(result, ArchiveReadResult::Unsafe,
                    tr("Refusing to extract '%1': it would be written through the symbolic link '%2'. "
                       "Nothing was extracted.")
                        .arg(p.entry.name, prefix.join(QLatin1Char('/'))));
        }
        if (!m_overwrite && p.entry.kind != ArchiveEntry::Folder && target.exists(p.components))
            return failure(result, ArchiveReadResult::Exists,
                tr("%1 already exists in %2; nothing was extracted.")
                    .arg(p.components.join(QLatin1Char('/')), target.path()));
        ++it;
    }

    // 2. Extract, in archive order.
    std::vector<const Planned *> folders;
    size_t next = 0;
    ordinal = 0;
    for (bool more = reader.first(); more && next < plan.size(); more = reader.next(), ++ordinal) {
        if (plan[next].ordinal != ordinal)
            continue;
        const Planned &p = plan[next++];
        if (cancel && cancel->load())
            return failure(result, ArchiveReadResult::Cancelled,
                tr("The extraction was cancelled; the files extracted so far are complete."));
        reporter.state.currentFile = p.entry.name;
        switch (p.entry.kind) {
        case ArchiveEntry::Folder:
            if (!target.makeFolder(p.components))
                return failure(result, failureOf(target.problem()), target.errorString());
            folders.push_back(&p);
            ++result.folders;
            break;
        case ArchiveEntry::Symlink:
            if (!target.makeSymlink(p.components, p.linkTarget, p.entry.modified))
                return failure(result, failureOf(target.problem()), target.errorString());
            ++result.files;
            break;
        case ArchiveEntry::File: {
            if (!target.beginFile(p.components))
                return failure(result, failureOf(target.problem()), target.errorString());
            QString message;
            const ZipEntryReader::Status status = reader.read(
                [&](const char *data, qint64 size) {
                    if (!target.write(data, size))
                        return false;
                    reporter.state.bytesDone += size;
                    reporter.report();
                    return true;
                },
                cancel, &message);
            if (status != ZipEntryReader::Ok) {
                target.abortFile();
                if (status == ZipEntryReader::SinkFailed)
                    return failure(result, failureOf(target.problem()), target.errorString());
                if (status == ZipEntryReader::Cancelled)
                    return failure(result, ArchiveReadResult::Cancelled,
                        tr("The extraction was cancelled; the files extracted so far are complete."));
                return failure(result, failureOf(status), message);
            }
            if (!target.commitFile(p.entry.unixMode, p.entry.modified))
                return failure(result, failureOf(target.problem()), target.errorString());
            ++result.files;
            result.bytes += p.entry.size;
            break;
        }
        }
        if (p.entry.kind != ArchiveEntry::Folder)
            ++reporter.state.filesDone;
        reporter.report();
    }
    if (reader.hasError())
        return failure(result, ArchiveReadResult::Damaged, reader.errorString());

    // 3. Folder modes and times last, deepest first.
    std::stable_sort(folders.begin(), folders.end(),
        [](const Planned *a, const Planned *b) { return a->components.size() > b->components.size(); });
    for (const Planned *p : folders)
        target.finishFolder(p->components, p->entry.unixMode, p->entry.modified);

    reporter.state.currentFile.clear();
    reporter.report(true);
    result.ok = true;
    return result;
}

} // namespace Coffre
