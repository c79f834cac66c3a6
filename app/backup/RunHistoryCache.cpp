#include "backup/RunHistoryCache.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Coffre {

namespace {
constexpr qsizetype kHeadBytes = 256;
}

RunHistoryCache::RunHistoryCache(const QString &filePath) : m_filePath(filePath)
{ }

// Appends the records of `bytes` (whole lines; unreadable ones skipped, as RunHistory does)
// and indexes them.
void RunHistoryCache::parse(const QByteArray &bytes) const
{
    const qsizetype from = m_records.size();
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (const auto record = doc.isObject() ? RunRecord::fromJson(doc.object()) : std::nullopt)
            m_records.append(*record);
    }
    for (qsizetype i = from; i < m_records.size(); ++i) {
        const RunRecord &r = m_records.at(i);
        m_last.insert(r.profile, i);
        if (r.isVerifiedSuccess())
            m_lastVerified.insert(r.profile, i);
    }
}

void RunHistoryCache::refresh() const
{
    const QFileInfo info(m_filePath);
    const qint64 size = info.exists() ? info.size() : -1;
    const QDateTime modified = info.exists() ? info.lastModified() : QDateTime();
    if (m_loaded && size == m_size && modified == m_modified)
        return;
    m_loaded = true;
    m_size = size;
    m_modified = modified;
    QFile file(m_filePath);
    if (size < 0 || !file.open(QIODevice::ReadOnly)) {
        m_records.clear();
        m_last.clear();
        m_lastVerified.clear();
        m_head.clear();
        m_consumed = 0;
        return;
    }
    // The usual change is one run appended: read just that, not the whole file (up to
    // 1 MiB, tens of milliseconds on the GUI thread). Only when the file grew and still
    // starts as it did: a rotation rewrites it from the newest records.
    if (m_consumed > 0 && size >= m_consumed && file.read(m_head.size()) == m_head && file.seek(m_consumed)) {
        const QByteArray added = file.read(size - m_consumed);
        const qsizetype end = added.lastIndexOf('\n') + 1; // a line still being written waits
        parse(added.left(end));
        m_consumed += end;
        return;
    }
    file.seek(0);
    const QByteArray all = file.readAll();
    m_records.clear();
    m_last.clear();
    m_lastVerified.clear();
    ++m_reads;
    // Like RunHistory, a last line without its newline is read if it parses (a killed
    // writer's newline may be what is missing; the next append starts a new line).
    parse(all);
    m_head = all.left(kHeadBytes);
    m_consumed = all.size();
}

std::optional<RunRecord> RunHistoryCache::last(const QString &profile) const
{
    refresh();
    const auto it = m_last.constFind(profile);
    return it == m_last.cend() ? std::nullopt : std::optional(m_records.at(*it));
}

std::optional<RunRecord> RunHistoryCache::lastVerifiedSuccess(const QString &profile) const
{
    refresh();
    const auto it = m_lastVerified.constFind(profile);
    return it == m_lastVerified.cend() ? std::nullopt : std::optional(m_records.at(*it));
}

QList<RunRecord> RunHistoryCache::records(const QString &profile) const
{
    refresh();
    if (profile.isEmpty())
        return m_records;
    QList<RunRecord> result;
    for (const RunRecord &r : std::as_const(m_records)) {
        if (r.profile == profile)
            result.append(r);
    }
    return result;
}

} // namespace Coffre
