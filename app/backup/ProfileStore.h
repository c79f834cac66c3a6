#pragma once

#include "backup/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Coffre {

// The user's profiles, kept as versioned JSON ({"version":1,"profiles":[...]}) in
// AppPaths::configDir()/profiles.json, mode 0600, replaced atomically (QSaveFile).
// A file that cannot be read as this format (broken JSON, a wrong field, a newer version)
// is reported with the file, position or field, and is never overwritten: every change is
// refused until the user fixes or removes it. Each change re-reads the file under a lock
// file first, so the GUI and a `coffre profile` command never undo each other's edits.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    static constexpr int FormatVersion = 1;

    explicit ProfileStore(const QString &filePath = defaultFilePath());
    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    // Reads the file; a missing file is an empty store. False on a problem (errorString()).
    bool load();
    QString errorString() const { return m_error; }

    const QList<Profile> &profiles() const { return m_profiles; }

    // The file format itself, without the disk: `data` as profiles.json, named `shown` in
    // errors. False with one sentence in `error` (the same ones load() gives). Fuzzed.
    static bool parse(const QByteArray &data, const QString &shown, QList<Profile> *profiles, QString *error);
    // By exact name, else by slug ("mes-photos-ete" finds "Mes Photos été").
    std::optional<Profile> find(const QString &nameOrSlug) const;

    // Each change validates, refuses a second profile with the same name or slug, and is
    // saved before it returns true. On false nothing changed (errorString() says why).
    bool add(const Profile &profile);
    bool update(const QString &name, const Profile &profile); // may rename
    bool remove(const QString &name);

private:
    bool change(const std::function<bool(QList<Profile> &)> &edit);
    bool readFile(QList<Profile> *profiles, QString *error) const;
    static bool parseFormat(
        const QByteArray &data, const QString &shown, QList<Profile> *profiles, QString *error);
    bool writeFile(const QList<Profile> &profiles, QString *error) const;
    bool checkProfile(const QList<Profile> &others, const Profile &profile);
    static qsizetype indexOf(const QList<Profile> &profiles, const QString &nameOrSlug);

    QString m_filePath;
    QList<Profile> m_profiles;
    QString m_error;
};

} // namespace Coffre
