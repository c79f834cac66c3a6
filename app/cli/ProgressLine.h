#pragma once

#include "archive/ArchiveTypes.h"
#include "cli/CliCommand.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Coffre {

// The one progress display of the command line: a single line rewritten in place when
// stdout is a terminal. Off a terminal (cron, pipes) the run and restore phases print one
// plain line each, so logs stay readable, and archive progress prints nothing, so the
// output of `coffre archive ...` stays what the command reports.
class ProgressLine
{
    Q_DECLARE_TR_FUNCTIONS(ProgressLine)
public:
    explicit ProgressLine(CliContext &ctx);
    ~ProgressLine();
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    // A phase of a run or restore: bytes done of total (0 = unknown) at `rate` bytes/s.
    void update(const QString &phase, qint64 done, qint64 total, double rate, const QString &detail = {});
    // Archive work: the scan's running totals, then files and bytes done, and the current file.
    void update(const ArchiveProgress &progress);
    // Erases the line, before the final messages.
    void done();

    static QString formatSize(qint64 bytes);

private:
    void draw(const QString &text, const QString &detail);

    CliContext &m_ctx;
    QString m_phase;
    QElapsedTimer m_lastDraw;
    qsizetype m_width = 0;
};

} // namespace Coffre
