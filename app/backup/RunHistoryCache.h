#pragma once

#include "backup/RunRecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Coffre {

// The run history for readers that ask often: the window refreshes its rows, the tray its
// state and the scheduler its plan many times a minute, and the file can be 1 MiB. This
// re-reads the file (through RunHistory) only when its size or modification time changed,
// and answers the per-profile questions from an index. Same answers as RunHistory: "last"
// is file order, "verified success" as RunRecord defines it.
class RunHistoryCache
{
public:
    explicit RunHistoryCache(const QString &filePath);

    std::optional<RunRecord> last(const QString &profile) const;
    std::optional<RunRecord> lastVerifiedSuccess(const QString &profile) const;
    // Every readable record, oldest first; only `profile`'s when given.
    QList<RunRecord> records(const QString &profile = {}) const;
    // Times the file was actually read (for tests).
    int reads() const { return m_reads; }

private:
    void refresh() const;

    QString m_filePath;
    mutable qint64 m_size = -1;
    mutable QDateTime m_modified;
    mutable QList<RunRecord> m_records;
    mutable QHash<QString, qsizetype> m_last;
    mutable QHash<QString, qsizetype> m_lastVerified;
    mutable int m_reads = 0;
};

} // namespace Coffre
