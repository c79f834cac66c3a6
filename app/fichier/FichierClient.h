#pragma once

#include "fichier/FichierConfig.h"
#include "fichier/FichierJob.h"
#include "fichier/FichierTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace Coffre {

class FichierTransport;

using AccountInfoJob = FichierResultJob<AccountInfo>;
using FolderListJob = FichierResultJob<FolderListing>;
using FolderJob = FichierResultJob<FolderEntry>;
using FolderIdJob = FichierResultJob<qint64>;
using FileListJob = FichierResultJob<QList<FileEntry>>;
using FileInfoJob = FichierResultJob<FileEntry>;
using MoveJob = FichierResultJob<MoveResult>;
using RemoveJob = FichierResultJob<RemoveResult>;
using UploadJob = FichierResultJob<UploadResult>;
using DownloadJob = FichierResultJob<DownloadResult>;

// The 1fichier API for one account. Every call returns a job (parented to the client,
// auto-deleting after finished()) and queues its requests on the account's single paced
// queue; nothing blocks. Names are given and returned in their real form: the reserved
// character mapping of FichierNames is applied on the way out and undone on the way in.
class FichierClient : public QObject
{
    Q_OBJECT
public:
    explicit FichierClient(const FichierConfig &config, QObject *parent = nullptr);
    ~FichierClient() override;

    const FichierConfig &config() const { return m_config; }
    // The user changed the pacing setting: applies to the requests still queued and every
    // later one (clamped to the 334 ms floor), without dropping the client and its jobs.
    void setRequestSpacingMs(int ms);

    // user/info.cgi, cached for config().accountCacheMs (the service allows 1 per 5 min).
    AccountInfoJob *accountInfo(bool forceRefresh = false);

    FolderListJob *listFolder(qint64 folderId);
    FolderJob *createFolder(qint64 parentId, const QString &name);
    FichierJob *removeFolder(qint64 folderId); // only empty folders
    // "/Backups/laptop" → folder id, walking folder/ls.cgi from the root with exact,
    // case-sensitive names; missing folders are created when `create` is true. Cached.
    FolderIdJob *resolveFolder(const QString &path, bool create = false);

    FileListJob *listFiles(qint64 folderId);
    FileInfoJob *fileInfo(const QString &url);
    MoveJob *renameFile(const QString &url, const QString &newName);
    MoveJob *moveFiles(const QStringList &urls, qint64 destinationFolderId, const QString &rename = {});
    // file/rm.cgi in batches of config().removeBatchSize urls per call.
    RemoveJob *removeFiles(const QStringList &urls);

    // Uploads one file (1 byte .. 300 GB) into `folderId`, streamed from disk. The result is
    // end.pl's report; its size is checked against the local file and, when
    // `expectedWhirlpool` is given, its whirlpool too. Progress: progress() on the job.
    UploadJob *upload(const QString &localPath, qint64 folderId, const QString &remoteName = {},
        const QString &expectedWhirlpool = {});
    // Downloads `url` to `destinationPath` (replaced only once complete and verified),
    // resuming with Range after dropped connections. Without `expectedWhirlpool` the
    // checksum and size come from file/info.cgi first.
    DownloadJob *download(const QString &url, const QString &destinationPath,
        const QString &expectedWhirlpool = {}, qint64 expectedSize = -1);

    // Cancels every running job of this client.
    void cancelAll();
    // Forgets the cached account info and folder ids.
    void clearCaches();
    // Requests waiting in the paced queue (for tests and the UI).
    int pendingRequests() const;

signals:
    // All traffic is paused for `ms` because 1fichier reported a flood.
    void floodPause(qint64 ms);

private:
    friend class FichierUpload;
    friend class FichierDownload;

    using Body = std::function<void(const QByteArray &body)>;
    using Outcome = std::function<void(const FichierError &error, const QByteArray &body)>;

    template<typename T> FichierResultJob<T> *newJob();
    // Fails the job at once (from the event loop) when the configuration is unusable.
    bool checkConfig(FichierJob *job);
    // One API call for `job`. With `onOk` only, any error finishes the job.
    void call(FichierJob *job, const QString &endpoint, const QJsonObject &body, Outcome outcome);
    void callOk(FichierJob *job, const QString &endpoint, const QJsonObject &body, Body onOk);
    static FichierError malformed(const QString &endpoint, const QString &problem);

    void resolveStep(
        FolderIdJob *job, const QStringList &parts, int index, qint64 parentId, bool create, bool retried);
    void removeBatch(RemoveJob *job, const QStringList &urls, qsizetype from);
    void forgetFolder(qint64 folderId);
    static QString cacheKey(const QStringList &parts, int count);

    FichierConfig m_config;
    FichierTransport *m_transport;
    AccountInfo m_account;
    qint64 m_accountFetchedAt = -1;
    struct CachedFolder {
        qint64 id;
        qint64 at;
    };
    QHash<QString, CachedFolder> m_folders;
};

} // namespace Coffre
