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
// looks at the file only when its size or modification time changed, then reads just the
// lines appended since (the whole file again after a rotation or any other rewrite), and
// answers the per-profile questions from an index. Same answers as RunHistory: "last" is
// file order, "verified success" as RunRecord defines it.
class RunHistoryCache
{
public:
    explicit RunHistoryCache(const QString &filePath);

    std::optional<RunRecord> last(const QString &profile) const;
    std::optional<RunRecord> lastVerifiedSuccess(const QString &profile) const;
    // Every readable record, oldest first; only `profile`'s when given.
    QList<RunRecord> records(const QString &profile = {}) const;
    // Times the whole file was read (for tests); appends are read without it.
    int reads() const { return m_reads; }

private:
    void refresh() const;
    void parse(const QByteArray &bytes) const;

    QString m_filePath;
    mutable bool m_loaded = false;
    mutable qint64 m_size = -1;
    mutable QByteArray m_head; // the file's first bytes, to notice a rewrite
    mutable qint64 m_consumed = 0; // bytes read so far (whole lines)
    mutable QDateTime m_modified;
    mutable QList<RunRecord> m_records;
    mutable QHash<QString, qsizetype> m_last;
    mutable QHash<QString, qsizetype> m_lastVerified;
    mutable int m_reads = 0;
};

} // namespace Coffre
