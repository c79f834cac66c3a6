#pragma once

#include "archive/ArchiveTypes.h"

#include <QCoreApplication>

#include <atomic>

namespace Coffre {

// Lists, tests and extracts zip archives (Coffre's own and any other).
//
// Extraction never writes outside the target folder: entries with absolute paths or ".."
// components, links that point outside (directly or through another link), and entries
// whose data outgrows their declared size are refused with a clear error. The names are
// all checked before anything is written. Each file is written under a temporary name and
// renamed into place once its CRC is verified, so a failed or cancelled extraction leaves
// only complete files behind. Existing files are not replaced unless setOverwrite(true).
//
// All calls block; use them from a worker thread. `progress` is called on that thread.
class ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)
public:
    using ProgressFn = ArchiveProgressFn;

    void setOverwrite(bool overwrite) { m_overwrite = overwrite; }
    // Leave out links that point outside the target (listed in `problems`) instead of
    // refusing the whole extraction: for restoring backups that hold such links.
    void setSkipUnsafeLinks(bool skip) { m_skipUnsafeLinks = skip; }

    ArchiveListing list(const QString &zipPath) const;

    // Decompresses every entry and checks its CRC and size; every damaged entry is listed
    // in `problems`.
    ArchiveReadResult test(const QString &zipPath, const ProgressFn &progress = {},
        const std::atomic_bool *cancel = nullptr) const;

    // Extracts the whole archive, or only `selection`: entry names, where a folder name
    // selects everything under it. Modes (without set-id bits) and times are restored.
    ArchiveReadResult extract(const QString &zipPath, const QString &targetDir,
        const QStringList &selection = {}, const ProgressFn &progress = {},
        const std::atomic_bool *cancel = nullptr) const;

    // The path components of an entry name, or an empty list and `reason` when the name is
    // unsafe (absolute, "..", empty). "./a//b/" gives ["a", "b"].
    static QStringList safeComponents(const QString &name, QString *reason);

private:
    bool m_overwrite = false;
    bool m_skipUnsafeLinks = false;
};

} // namespace Coffre
