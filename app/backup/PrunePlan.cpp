#include "backup/PrunePlan.h"

#include "backup/BackupName.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace Coffre {

PrunePlan PrunePlan::make(const Profile &profile, const QList<FileEntry> &folderFiles,
    const QDateTime &nowUtc, const QString &protectUrl, const QTimeZone &zone)
{
    PrunePlan plan;
    const QString slug = profile.slug();
    // 1fichier allows several files with one name (a retried upload can land twice). The
    // name carries the time, so copies are one backup for retention: kept or deleted
    // together, and the protected url keeps its whole group.
    QHash<QString, QList<FileEntry>> byName;
    QList<RetentionPolicy::Backup> backups;
    for (const FileEntry &file : folderFiles) {
        const auto time = BackupName::parse(slug, file.filename);
        if (!time) {
            plan.foreign.append(file);
            continue;
        }
        auto &copies = byName[file.filename];
        if (copies.isEmpty())
            backups.append({file.filename, *time, false});
        copies.append(file);
    }
    for (auto &backup : backups) {
        const QList<FileEntry> &copies = byName[backup.name];
        backup.pinned = std::any_of(
            copies.begin(), copies.end(), [&](const FileEntry &f) { return profile.pinned.contains(f.url); });
    }
    const QList<RetentionPolicy::Decision> decisions = profile.retention.select(backups, nowUtc, zone);
    for (RetentionPolicy::Decision decision : decisions) {
        const QList<FileEntry> copies = byName.value(decision.backup.name);
        const bool isProtected = std::any_of(copies.begin(), copies.end(),
            [&](const FileEntry &f) { return !protectUrl.isEmpty() && f.url == protectUrl; });
        if (isProtected && !decision.keep) {
            // Cannot happen with the newest-is-kept rule, but the just-uploaded backup must
            // never be deleted whatever the clock or the policy says.
            decision.keep = true;
            decision.reasons.append({RetentionPolicy::Rule::Newest});
        }
        for (const FileEntry &file : copies)
            plan.items.append({file, decision});
    }
    return plan;
}

QStringList PrunePlan::deleteUrls() const
{
    QStringList urls;
    if (incomplete)
        return urls;
    for (const Item &item : items) {
        if (!item.decision.keep)
            urls.append(item.file.url);
    }
    return urls;
}

QString PrunePlan::incompleteText(const QString &remotePath, int cap) const
{
    if (!incomplete)
        return {};
    return tr("%1 holds %2 files or more, the most 1fichier lists at once, so Coffre cannot see every "
              "backup in it and deletes none of them — move other files out of that folder.")
        .arg(remotePath, QLocale::system().toString(cap));
}

int PrunePlan::keepCount() const
{
    if (incomplete)
        return int(items.size());
    return int(std::count_if(items.begin(), items.end(), [](const Item &i) { return i.decision.keep; }));
}

} // namespace Coffre
