#pragma once

#include "backup/Profile.h"
#include "backup/RetentionPolicy.h"
#include "fichier/FichierTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

namespace Coffre {

// What retention would do to one remote folder: every backup of the profile with its
// keep/delete verdict and reasons, and the folder's other files, which are never touched.
// Shared by the backup run, `coffre prune`, and the editor's live preview.
struct PrunePlan {
    Q_DECLARE_TR_FUNCTIONS(PrunePlan)

public:
    struct Item {
        FileEntry file;
        RetentionPolicy::Decision decision;
    };

    QList<Item> items; // the profile's backups, newest first
    QList<FileEntry> foreign; // files whose names are not this profile's backups
    // The listing reached 1fichier's cap (FichierConfig::listingCap) and may be cut: some
    // backups may be missing from it, so the verdicts cannot be trusted and nothing is
    // deleted (deleteUrls() is empty). Set by whoever made the listing.
    bool incomplete = false;

    // `protectUrl`: a backup that must stay whatever the policy says (the one just uploaded).
    static PrunePlan make(const Profile &profile, const QList<FileEntry> &folderFiles,
        const QDateTime &nowUtc, const QString &protectUrl = {},
        const QTimeZone &zone = QTimeZone::systemTimeZone());

    QStringList deleteUrls() const; // empty when incomplete
    // One sentence for the user when incomplete, naming the folder; empty otherwise.
    QString incompleteText(const QString &remotePath, int cap) const;
    int keepCount() const;
    int deleteCount() const { return int(deleteUrls().size()); }
};

} // namespace Coffre
