#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLockFile>
#include <QMap>
#include <QString>

#include <memory>

namespace Coffre::Fake {

struct FolderEntry {
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QDateTime createdUtc;
};

struct FileEntry {
    QString id; // the 20 characters after https://1fichier.com/?
    qint64 folderId = 0;
    QString filename;
    qint64 size = 0;
    QDateTime uploadedUtc;
    QString whirlpool;
    QString contentType;
    QString blob; // file name under <data>/blobs
    qint64 visibleAtMs = 0; // listing-lag fault: hidden from listings before this (not saved)
    qint64 order = 0; // upload order, for stable listings
};

// One 1fichier account: its own folder tree (root = id 0) and files.
struct Account {
    QString keyHash; // SHA-256 of the key: the key itself is never written to disk
    int number = 0; // 1-based, in --key order
    QHash<qint64, FolderEntry> folders;
    QMap<QString, FileEntry> files; // by id
};

// Accounts, folders, files and file contents in the data dir, saved after every change:
//   <data>/state.json   folders and file metadata
//   <data>/blobs/       file contents
//   <data>/tmp/         uploads in progress (emptied at start)
class FakeStore
{
public:
    FakeStore();
    ~FakeStore();

    bool open(const QString &dataDir, const QStringList &keys, QString *error);
    QString tempDir() const;
    QString blobPath(const FileEntry &file) const;

    Account *accountForKey(const QString &key);
    Account *accountByNumber(int number);

    static QString fileUrl(const QString &id);
    // The id of a file URL of any 1fichier domain (https://1fichier.com/?abc&af=1 → abc).
    static QString idFromUrl(const QString &url);

    const FolderEntry *folder(const Account &account, qint64 id) const; // 0 = root
    QList<const FolderEntry *> subFolders(const Account &account, qint64 parentId) const;
    QList<const FileEntry *> filesIn(const Account &account, qint64 folderId, bool includeHidden) const;
    QList<const FileEntry *> allFiles(const Account &account, bool includeHidden) const;
    QString folderPath(const Account &account, qint64 id) const; // "a/b", "" for root
    bool isInside(const Account &account, qint64 id, qint64 ancestorId) const;

    qint64 createFolder(Account &account, qint64 parentId, const QString &name);
    void removeFolder(Account &account, qint64 id);
    // Takes ownership of the content at `tempPath` (moved into blobs/).
    FileEntry *addFile(Account &account, qint64 folderId, const QString &filename, const QString &tempPath,
        qint64 size, const QString &whirlpool, const QString &contentType, const QDateTime &uploadedUtc,
        QString *error);
    FileEntry *copyFile(Account &account, const FileEntry &source, qint64 folderId, const QString &filename);
    void removeFile(Account &account, const QString &id);
    QString changeFileId(Account &account, const QString &oldId); // returns the new id

    bool save(QString *error = nullptr);
    // While deferred, save() writes nothing (a batch of seeds saves once at the end).
    void setDeferSave(bool defer) { m_deferSave = defer; }

private:
    QString newFileId() const;
    bool idTaken(const QString &id) const;

    QString m_dir;
    std::unique_ptr<QLockFile> m_lock;
    QList<Account> m_accounts;
    qint64 m_nextFolderId = 3360001;
    qint64 m_nextOrder = 1;
    bool m_deferSave = false;
};

} // namespace Coffre::Fake
