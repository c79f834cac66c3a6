#pragma once

#include "backup/RunRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Coffre {

// The user-facing run history: one JSON line per run in AppPaths::dataDir()/history.jsonl
// (mode 0600), appended by the GUI and by cron runs alike (under a lock file).
// Bounded by size, not by count: when an append would take the file past maxBytes
// (1 MiB by default, several thousand runs) it is first rewritten atomically with only the
// newest records that fit in half of maxBytes, so rotation is rare and the file never
// grows past the bound. A line cut short by a killed writer is skipped when reading and
// never glued to the next record.
class RunHistory
{
    Q_DECLARE_TR_FUNCTIONS(RunHistory)
public:
    static constexpr qint64 DefaultMaxBytes = 1024 * 1024;

    explicit RunHistory(const QString &filePath = defaultFilePath(), qint64 maxBytes = DefaultMaxBytes);
    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }
    qint64 maxBytes() const { return m_maxBytes; }

    bool append(const RunRecord &record);
    QString errorString() const { return m_error; }

    // Every readable record, oldest first; only `profile`'s when given.
    QList<RunRecord> records(const QString &profile = {}) const;
    // The most recently appended record of `profile` (any result) / with a verified
    // upload. "Most recent" is file order, not the recorded time, so a clock that went
    // back cannot hide the newest run.
    std::optional<RunRecord> last(const QString &profile) const;
    std::optional<RunRecord> lastVerifiedSuccess(const QString &profile) const;
    // Lines skipped by the last records() call (cut or unreadable).
    int skippedLines() const { return m_skipped; }

    // The file format without the disk (fuzzed): one record from one line, nullopt for a
    // cut or foreign line; every readable record of a whole file, counting the others.
    static std::optional<RunRecord> parseLine(const QByteArray &line);
    static QList<RunRecord> parse(const QByteArray &content, int *skipped = nullptr);

private:
    bool rotate(qint64 incomingBytes);

    QString m_filePath;
    qint64 m_maxBytes;
    QString m_error;
    mutable int m_skipped = 0;
};

} // namespace Coffre
