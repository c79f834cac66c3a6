#pragma once

#include "backup/RetentionPolicy.h"
#include "backup/Schedule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coffre {

// One backup job as the user defines it: what to zip, where to put it on 1fichier, when
// to run and which backups to keep. A plain value; ProfileStore persists it.
struct Profile {
    Q_DECLARE_TR_FUNCTIONS(Profile)
public:
    enum class Unreadable { Skip, Fail }; // a file that cannot be read: report and skip, or fail
    enum class Symlinks { Store, Follow }; // store links as links, or archive their targets

    static constexpr int DefaultLevel = 6;
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxSlugLength = 60;
    static constexpr int MaxFolderNameLength = 250; // 1fichier's folder name limit

    QString name;
    QStringList sources; // absolute local paths
    QStringList excludes; // glob patterns
    QString remotePath = QStringLiteral("/"); // 1fichier folder, "/Backups/Photos"
    int level = DefaultLevel; // deflate level 0-9
    Schedule schedule;
    RetentionPolicy retention;
    Unreadable unreadable = Unreadable::Skip;
    Symlinks symlinks = Symlinks::Store;
    QStringList pinned; // remote file URLs never pruned
    bool notifyOnSuccess = false;
    bool skipOnMetered = false;

    // Lowercase ASCII [a-z0-9-] from the name, accents folded ("Mes Photos été" ->
    // "mes-photos-ete"); used in archive names, lock files and URLs. Empty when the name
    // has no Latin letter or digit at all.
    QString slug() const;
    static QString slugFor(const QString &name);

    // One sentence per problem, for the user; empty when the profile can be used.
    QStringList validate() const;

    // The stored form (see ProfileStore).
    QJsonObject toJson() const;
    // Reads the stored form strictly (unknown fields are errors, so a typo in a hand-edited
    // file is not silently ignored); on a problem names the field in `error`.
    static std::optional<Profile> fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace Coffre
