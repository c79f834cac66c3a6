#include "backup/RunHistoryCache.h"

#include "backup/RunHistory.h"

#include <QFileInfo>

namespace Coffre {

RunHistoryCache::RunHistoryCache(const QString &filePath) : m_filePath(filePath)
{ }

void RunHistoryCache::refresh() const
{
    const QFileInfo info(m_filePath);
    const qint64 size = info.exists() ? info.size() : -2;
    const QDateTime modified = info.exists() ? info.lastModified() : QDateTime();
    if (size == m_size && modified == m_modified)
        return;
    m_size = size;
    m_modified = modified;
    m_records = size >= 0 ? RunHistory(m_filePath).records() : QList<RunRecord>();
    ++m_reads;
    m_last.clear();
    m_lastVerified.clear();
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        const RunRecord &r = m_records.at(i);
        m_last.insert(r.profile, i);
        if (r.isVerifiedSuccess())
            m_lastVerified.insert(r.profile, i);
    }
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
