#pragma once

#include "archive/ArchiveTuning.h"
#include "archive/ArchiveTypes.h"

#include <QCoreApplication>

#include <atomic>

namespace Coffre {

// Writes a zip archive of source folders, fast: files are read and deflated in parallel
// (one worker per core; large files in chunks), one thread writes them in order through
// QuaZip. The archive's size and Whirlpool are computed while it is written.
//
// The output file is created owner-only (0600) next to `outPath` as a PendingFile: without
// a name where the file system allows it, else under a hidden one (".NAME.part-XXXXXX"). It
// gets the name `outPath` only when complete; on failure or cancel nothing is left behind,
// and, while it has no name, not even if the process is killed. An existing `outPath` is
// never replaced.
class ArchiveWriter
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveWriter)
public:
    using ProgressFn = ArchiveProgressFn;

    void setTuning(const ArchiveTuning &tuning) { m_tuning = tuning; }
    void setHooks(const ArchiveWriterHooks &hooks) { m_hooks = hooks; }
    // Always gives the output its hidden name while it is written: for a caller that takes
    // a partial archive left by a killed process as the evidence of that kill (a backup
    // run's private work folder, which the next run cleans).
    void setHiddenNameWhileWriting(bool hidden) { m_hiddenName = hidden; }

    // Blocking: call it from a worker thread (QtConcurrent::run). `progress` is called on
    // that thread, at most about ten times a second. Setting `*cancel` stops the run soon.
    ArchiveResult write(const ArchiveSpec &spec, const QString &outPath, const ProgressFn &progress = {},
        const std::atomic_bool *cancel = nullptr);

private:
    ArchiveTuning m_tuning;
    ArchiveWriterHooks m_hooks;
    bool m_hiddenName = false;
};

} // namespace Coffre
