#pragma once

#include "backup/Profile.h"
#include "backup/RetentionPolicy.h"
#include "fichier/FichierTypes.h"

#include <QList>
#include <QTimeZone>

namespace Coffre {

// What retention would do to one remote folder: every backup of the profile with its
// keep/delete verdict and reasons, and the folder's other files, which are never touched.
// Shared by the backup run, `coffre prune`, and the editor's live preview.
struct PrunePlan {
    struct Item {
        FileEntry file;
        RetentionPolicy::Decision decision;
    };

    QList<Item> items; // the profile's backups, newest first
    QList<FileEntry> foreign; // files whose names are not this profile's backups

    // `protectUrl`: a backup that must stay whatever the policy says (the one just uploaded).
    static PrunePlan make(const Profile &profile, const QList<FileEntry> &folderFiles,
        const QDateTime &nowUtc, const QString &protectUrl = {},
        const QTimeZone &zone = QTimeZone::systemTimeZone());

    QStringList deleteUrls() const;
    int keepCount() const;
    int deleteCount() const { return int(deleteUrls().size()); }
};

} // namespace Coffre
