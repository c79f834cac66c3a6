#include "backup/RunHistory.h"

#include "core/AppPaths.h"
#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

namespace Coffre {

namespace {

constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The non-blank lines of the file content (a last line without its newline included: it
// may be a whole record whose newline was lost, and parsing decides).
QList<QByteArray> splitLines(const QByteArray &content)
{
    QList<QByteArray> lines = content.split('\n');
    lines.removeIf([](const QByteArray &line) { return line.trimmed().isEmpty(); });
    return lines;
}

QList<QByteArray> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return splitLines(file.readAll());
}

} // namespace

std::optional<RunRecord> RunHistory::parseLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return RunRecord::fromJson(doc.object());
}

QList<RunRecord> RunHistory::parse(const QByteArray &content, int *skipped)
{
    QList<RunRecord> result;
    int bad = 0;
    for (const QByteArray &line : splitLines(content)) {
        if (const auto record = parseLine(line))
            result.append(*record);
        else
            ++bad;
    }
    if (skipped)
        *skipped = bad;
    return result;
}

RunHistory::RunHistory(const QString &filePath, qint64 maxBytes) : m_filePath(filePath), m_maxBytes(maxBytes)
{ }

QString RunHistory::defaultFilePath()
{
    return QDir(AppPaths::dataDir()).filePath(QStringLiteral("history.jsonl"));
}

bool RunHistory::append(const RunRecord &record)
{
    m_error.clear();
    const QString shown = QDir::toNativeSeparators(m_filePath);
    const QString dir = QFileInfo(m_filePath).absolutePath();
    if (!QFileInfo::exists(dir) && !AppPaths::ensurePrivateDir(dir)) {
        m_error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QLockFile lock(m_filePath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(10000)) {
        m_error = tr("Cannot lock %1 to add the run to the history.").arg(shown);
        return false;
    }

    QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
    const qint64 size = QFileInfo(m_filePath).size();
    if (size + line.size() > m_maxBytes && !rotate(line.size()))
        return false;

    QFile file(m_filePath);
    // A killed writer may have left a line without its newline: never glue onto it.
    if (file.open(QIODevice::ReadOnly) && file.size() > 0) {
        file.seek(file.size() - 1);
        if (file.read(1) != "\n")
            line.prepend('\n');
    }
    file.close();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered, kPrivate)) {
        m_error = tr("Cannot write the history %1: %2.").arg(shown, file.errorString());
        return false;
    }
    // One write() call with O_APPEND: a concurrent reader sees whole lines or a cut last one.
    const qint64 before = file.size();
    if (file.write(line) != line.size()) {
        m_error = tr("Cannot write the history %1: %2.").arg(shown, file.errorString());
        file.resize(before); // drop the partial line (we hold the lock)
        return false;
    }
    return true;
}

bool RunHistory::rotate(qint64 incomingBytes)
{
    const QList<QByteArray> lines = readLines(m_filePath);
    // Keep the newest records that fit in half the bound, as one contiguous tail; cut or
    // unreadable lines are dropped on the way.
    const qint64 budget = m_maxBytes / 2 - incomingBytes;
    qint64 used = 0;
    QList<const QByteArray *> newestFirst;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QByteArray &line = lines.at(i);
        if (!parseLine(line))
            continue;
        if (used + line.size() + 1 > budget)
            break;
        used += line.size() + 1;
        newestFirst.append(&line);
    }
    QByteArray tail;
    tail.reserve(used);
    for (auto it = newestFirst.rbegin(); it != newestFirst.rend(); ++it)
        tail += **it + '\n';
    QSaveFile file(m_filePath);
    // Unbuffered so a short write is seen (see ProfileStore::writeFile).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        m_error = tr("Cannot rotate the history %1: %2.")
                      .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    file.setPermissions(kPrivate);
    if (file.write(tail) != tail.size()) {
        file.cancelWriting();
        m_error = tr("Cannot rotate the history %1: %2.")
                      .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Cannot rotate the history %1: %2.")
                      .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    qCDebug(lcBackup) << "history rotated to" << tail.size() << "bytes";
    return true;
}

QList<RunRecord> RunHistory::records(const QString &profile) const
{
    QList<RunRecord> result;
    m_skipped = 0;
    QFile file(m_filePath);
    if (file.open(QIODevice::ReadOnly))
        result = parse(file.readAll(), &m_skipped);
    if (!profile.isEmpty())
        result.removeIf([&profile](const RunRecord &record) { return record.profile != profile; });
    if (m_skipped > 0)
        qCDebug(lcBackup) << "history:" << m_skipped << "unreadable lines skipped";
    return result;
}

std::optional<RunRecord> RunHistory::last(const QString &profile) const
{
    const QList<RunRecord> list = records(profile);
    if (list.isEmpty())
        return std::nullopt;
    return list.last();
}

std::optional<RunRecord> RunHistory::lastVerifiedSuccess(const QString &profile) const
{
    const QList<RunRecord> list = records(profile);
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
        if (it->isVerifiedSuccess())
            return *it;
    }
    return std::nullopt;
}

} // namespace Coffre
