#include "fichier/FichierClient.h"

#include "core/Logging.h"
#include "fichier/FichierDownload.h"
#include "fichier/FichierNames.h"
#include "fichier/FichierParsers.h"
#include "fichier/FichierTransport.h"
#include "fichier/FichierUpload.h"
#include "fichier/RequestPacer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Coffre {

namespace {

constexpr int kMaxNameLength = 250; // folder names (API doc §4.6); also used for files

// Empty when `name` can be sent as a file or folder name, else what is wrong with it.
QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return FichierClient::tr("the name is empty");
    if (FichierNames::encode(name).size() > kMaxNameLength)
        return FichierClient::tr("'%1' is longer than %2 characters").arg(name.left(40)).arg(kMaxNameLength);
    return {};
}

} // namespace

FichierClient::FichierClient(const FichierConfig &config, QObject *parent)
    : QObject(parent), m_config(config), m_transport(new FichierTransport(config, this))
{
    connect(m_transport, &FichierTransport::floodPause, this, [this](qint64 ms) {
        emit floodPause(ms);
        const QString text = tr("1fichier asked Coffre to slow down; waiting %n second(s) before the next "
                                "request.",
            nullptr, int((ms + 999) / 1000));
        for (FichierJob *job : findChildren<FichierJob *>(Qt::FindDirectChildrenOnly)) {
            if (!job->isFinished())
                emit job->notice(text);
        }
    });
}

FichierClient::~FichierClient()
{
    cancelAll();
}

void FichierClient::setRequestSpacingMs(int ms)
{
    m_config.minSpacingMs = std::max(ms, FichierConfig::kMinSpacingFloorMs);
    m_transport->pacer()->setMinSpacingMs(m_config.minSpacingMs);
}

template<typename T> FichierResultJob<T> *FichierClient::newJob()
{
    auto *job = new FichierResultJob<T>(this);
    job->setCancelHandler([transport = QPointer<FichierTransport>(m_transport), job] {
        if (transport)
            transport->cancelOwner(job);
    });
    return job;
}

bool FichierClient::checkConfig(FichierJob *job)
{
    const QString problem = m_config.problem();
    if (problem.isEmpty())
        return true;
    job->finishWithError(FichierError(FichierError::Kind::Config, problem));
    return false;
}

FichierError FichierClient::malformed(const QString &endpoint, const QString &problem)
{
    return FichierError(FichierError::Kind::Protocol, endpoint + QStringLiteral(": ") + problem);
}

void FichierClient::call(FichierJob *job, const QString &endpoint, const QJsonObject &body, Outcome outcome)
{
    FichierTransport::Request request;
    request.url = m_transport->apiUrl(endpoint);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QPointer<FichierJob> guard(job);
    m_transport->send(job, request,
        [guard, outcome = std::move(outcome)](
            const FichierError &error, const FichierTransport::Response &response) {
            if (guard && !guard->isFinished())
                outcome(error, response.body);
        });
}

void FichierClient::callOk(FichierJob *job, const QString &endpoint, const QJsonObject &body, Body onOk)
{
    call(job, endpoint, body,
        [job, onOk = std::move(onOk)](const FichierError &error, const QByteArray &reply) {
            if (error.isError())
                job->finishWithError(error);
            else
                onOk(reply);
        });
}

AccountInfoJob *FichierClient::accountInfo(bool forceRefresh)
{
    auto *job = newJob<AccountInfo>();
    if (!checkConfig(job))
        return job;
    const qint64 now = m_transport->pacer()->now();
    if (!forceRefresh && m_accountFetchedAt >= 0 && now - m_accountFetchedAt < m_config.accountCacheMs) {
        job->setResult(m_account);
        job->finishSuccess();
        return job;
    }
    const QString endpoint = QStringLiteral("user/info.cgi");
    callOk(job, endpoint, QJsonObject(), [this, job, endpoint](const QByteArray &body) {
        QString problem;
        const std::optional<AccountInfo> info = FichierParsers::parseAccountInfo(body, &problem);
        if (!info)
            return job->finishWithError(malformed(endpoint, problem));
        m_account = *info;
        m_accountFetchedAt = m_transport->pacer()->now();
        job->setResult(*info);
        job->finishSuccess();
    });
    return job;
}

FolderListJob *FichierClient::listFolder(qint64 folderId)
{
    auto *job = newJob<FolderListing>();
    if (!checkConfig(job))
        return job;
    if (folderId < 0) {
        job->finishWithError(FichierError(FichierError::Kind::BadInput, tr("folder id %1").arg(folderId)));
        return job;
    }
    const QString endpoint = QStringLiteral("folder/ls.cgi");
    callOk(job, endpoint, {{QStringLiteral("folder_id"), folderId}}, [job, endpoint](const QByteArray &body) {
        QString problem;
        const std::optional<FolderListing> listing = FichierParsers::parseFolderListing(body, &problem);
        if (!listing)
            return job->finishWithError(malformed(endpoint, problem));
        job->setResult(*listing);
        job->finishSuccess();
    });
    return job;
}

FolderJob *FichierClient::createFolder(qint64 parentId, const QString &name)
{
    auto *job = newJob<FolderEntry>();
    if (!checkConfig(job))
        return job;
    if (const QString problem = nameProblem(name); !problem.isEmpty() || parentId < 0) {
        job->finishWithError(
            FichierError(FichierError::Kind::BadInput, problem.isEmpty() ? tr("parent folder id") : problem));
        return job;
    }
    const QString endpoint = QStringLiteral("folder/mkdir.cgi");
    const QJsonObject body {
        {QStringLiteral("name"), FichierNames::encode(name)}, {QStringLiteral("folder_id"), parentId}};
    callOk(job, endpoint, body, [job, endpoint, name](const QByteArray &reply) {
        QString problem;
        std::optional<FolderEntry> entry = FichierParsers::parseMkdir(reply, &problem);
        if (!entry)
            return job->finishWithError(malformed(endpoint, problem));
        if (entry->name.isEmpty())
            entry->name = name;
        job->setResult(*entry);
        job->finishSuccess();
    });
    return job;
}

FichierJob *FichierClient::removeFolder(qint64 folderId)
{
    auto *job = newJob<bool>();
    if (!checkConfig(job))
        return job;
    if (folderId <= 0) {
        job->finishWithError(
            FichierError(FichierError::Kind::BadInput, tr("the root folder cannot be removed")));
        return job;
    }
    callOk(job, QStringLiteral("folder/rm.cgi"), {{QStringLiteral("folder_id"), folderId}},
        [this, job, folderId](const QByteArray &) {
            forgetFolder(folderId);
            job->setResult(true);
            job->finishSuccess();
        });
    return job;
}

QString FichierClient::cacheKey(const QStringList &parts, int count)
{
    return QLatin1Char('/') + parts.mid(0, count).join(QLatin1Char('/'));
}

void FichierClient::forgetFolder(qint64 folderId)
{
    // Sub-folders of a removed folder are gone too: drop every path below it.
    QStringList prefixes;
    for (auto it = m_folders.cbegin(); it != m_folders.cend(); ++it) {
        if (it.value().id == folderId)
            prefixes << it.key();
    }
    for (const QString &prefix : std::as_const(prefixes)) {
        m_folders.removeIf([&prefix](const auto &it) {
            return it.key() == prefix || it.key().startsWith(prefix + QLatin1Char('/'));
        });
    }
}

FolderIdJob *FichierClient::resolveFolder(const QString &path, bool create)
{
    auto *job = newJob<qint64>();
    if (!checkConfig(job))
        return job;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        QString problem = nameProblem(part);
        if (part == QLatin1String(".") || part == QLatin1String(".."))
            problem = tr("'%1' may not be part of a folder path").arg(part);
        if (!problem.isEmpty()) {
            job->finishWithError(FichierError(FichierError::Kind::BadInput, problem));
            return job;
        }
    }
    resolveStep(job, parts, 0, 0, create, false);
    return job;
}

void FichierClient::resolveStep(
    FolderIdJob *job, const QStringList &parts, int index, qint64 parentId, bool create, bool retried)
{
    const qint64 now = m_transport->pacer()->now();
    // Cached prefixes are skipped without a request.
    while (index < parts.size()) {
        const auto cached = m_folders.constFind(cacheKey(parts, index + 1));
        if (cached == m_folders.cend() || now - cached->at > m_config.folderCacheMs)
            break;
        parentId = cached->id;
        ++index;
    }
    if (index == parts.size()) {
        job->setResult(parentId);
        job->finishSuccess();
        return;
    }
    const QString endpoint = QStringLiteral("folder/ls.cgi");
    call(job, endpoint, {{QStringLiteral("folder_id"), parentId}},
        [=, this](const FichierError &error, const QByteArray &body) {
            if (error.isError()) {
                // A cached folder that vanished: forget the cache and walk again from the root.
                if (error.kind() == FichierError::Kind::NotFound && index > 0 && !retried) {
                    m_folders.clear();
                    return resolveStep(job, parts, 0, 0, create, true);
                }
                return job->finishWithError(error);
            }
            QString problem;
            const std::optional<FolderListing> listing = FichierParsers::parseFolderListing(body, &problem);
            if (!listing)
                return job->finishWithError(malformed(endpoint, problem));
            const qint64 at = m_transport->pacer()->now();
            const QString prefix = index == 0 ? QString() : cacheKey(parts, index);
            qint64 found = -1;
            for (const FolderEntry &folder : listing->folders) {
                m_folders.insert(prefix + QLatin1Char('/') + folder.name, {folder.id, at});
                if (folder.name == parts.at(index) && found < 0)
                    found = folder.id;
            }
            if (found >= 0)
                return resolveStep(job, parts, index + 1, found, create, retried);
            if (!create) {
                return job->finishWithError(FichierError(FichierError::Kind::NotFound,
                    tr("folder %1 does not exist").arg(cacheKey(parts, index + 1))));
            }
            const QString mkdir = QStringLiteral("folder/mkdir.cgi");
            const QJsonObject request {{QStringLiteral("name"), FichierNames::encode(parts.at(index))},
                {QStringLiteral("folder_id"), parentId}};
            call(job, mkdir, request, [=, this](const FichierError &mkdirError, const QByteArray &reply) {
                if (mkdirError.isError()) {
                    // Someone else may have created it meanwhile: look once more.
                    if (!retried && !mkdirError.isRetryable()
                        && mkdirError.kind() != FichierError::Kind::InvalidKey
                        && mkdirError.kind() != FichierError::Kind::NotPremium)
                        return resolveStep(job, parts, index, parentId, create, true);
                    return job->finishWithError(mkdirError);
                }
                QString mkdirProblem;
                const std::optional<FolderEntry> entry = FichierParsers::parseMkdir(reply, &mkdirProblem);
                if (!entry)
                    return job->finishWithError(malformed(mkdir, mkdirProblem));
                qCDebug(lcFichier) << "created folder" << entry->id;
                m_folders.insert(cacheKey(parts, index + 1), {entry->id, m_transport->pacer()->now()});
                resolveStep(job, parts, index + 1, entry->id, create, retried);
            });
        });
}

FileListJob *FichierClient::listFiles(qint64 folderId)
{
    auto *job = newJob<QList<FileEntry>>();
    if (!checkConfig(job))
        return job;
    // folder_id -1 lists the whole account and is limited to once an hour: never used.
    if (folderId < 0) {
        job->finishWithError(FichierError(FichierError::Kind::BadInput, tr("folder id %1").arg(folderId)));
        return job;
    }
    const QString endpoint = QStringLiteral("file/ls.cgi");
    callOk(job, endpoint, {{QStringLiteral("folder_id"), folderId}}, [job, endpoint](const QByteArray &body) {
        QString problem;
        const std::optional<QList<FileEntry>> files = FichierParsers::parseFileListing(body, &problem);
        if (!files)
            return job->finishWithError(malformed(endpoint, problem));
        job->setResult(*files);
        job->finishSuccess();
    });
    return job;
}

FileInfoJob *FichierClient::fileInfo(const QString &url)
{
    auto *job = newJob<FileEntry>();
    if (!checkConfig(job))
        return job;
    if (url.trimmed().isEmpty()) {
        job->finishWithError(FichierError(FichierError::Kind::BadInput, tr("the file link is empty")));
        return job;
    }
    const QString endpoint = QStringLiteral("file/info.cgi");
    callOk(job, endpoint, {{QStringLiteral("url"), url}}, [job, endpoint](const QByteArray &body) {
        QString problem;
        const std::optional<FileEntry> entry = FichierParsers::parseFileInfo(body, &problem);
        if (!entry)
            return job->finishWithError(malformed(endpoint, problem));
        job->setResult(*entry);
        job->finishSuccess();
    });
    return job;
}

MoveJob *FichierClient::renameFile(const QString &url, const QString &newName)
{
    auto *job = newJob<MoveResult>();
    if (!checkConfig(job))
        return job;
    if (const QString problem = nameProblem(newName); !problem.isEmpty()) {
        job->finishWithError(FichierError(FichierError::Kind::BadInput, problem));
        return job;
    }
    const QString endpoint = QStringLiteral("file/rename.cgi");
    const QJsonObject item {
        {QStringLiteral("url"), url}, {QStringLiteral("filename"), FichierNames::encode(newName)}};
    const QJsonObject body {{QStringLiteral("urls"), QJsonArray {item}}, {QStringLiteral("pretty"), 0}};
    callOk(job, endpoint, body, [job, endpoint](const QByteArray &reply) {
        QString problem;
        const std::optional<MoveResult> result = FichierParsers::parseRename(reply, &problem);
        if (!result)
            return job->finishWithError(malformed(endpoint, problem));
        job->setResult(*result);
        job->finishSuccess();
    });
    return job;
}

MoveJob *FichierClient::moveFiles(const QStringList &urls, qint64 destinationFolderId, const QString &rename)
{
    auto *job = newJob<MoveResult>();
    if (!checkConfig(job))
        return job;
    QString problem;
    if (urls.isEmpty())
        problem = tr("no file to move");
    else if (!rename.isEmpty() && urls.size() != 1)
        problem = tr("only a single file can be renamed while moving");
    else if (!rename.isEmpty())
        problem = nameProblem(rename);
    if (destinationFolderId < 0)
        problem = tr("folder id %1").arg(destinationFolderId);
    if (!problem.isEmpty()) {
        job->finishWithError(FichierError(FichierError::Kind::BadInput, problem));
        return job;
    }
    const QString endpoint = QStringLiteral("file/mv.cgi");
    QJsonObject body {{QStringLiteral("urls"), QJsonArray::fromStringList(urls)},
        {QStringLiteral("destination_folder_id"), destinationFolderId}};
    if (!rename.isEmpty())
        body.insert(QStringLiteral("rename"), FichierNames::encode(rename));
    callOk(job, endpoint, body, [job, endpoint](const QByteArray &reply) {
        QString parseProblem;
        const std::optional<MoveResult> result = FichierParsers::parseMove(reply, &parseProblem);
        if (!result)
            return job->finishWithError(malformed(endpoint, parseProblem));
        job->setResult(*result);
        job->finishSuccess();
    });
    return job;
}

RemoveJob *FichierClient::removeFiles(const QStringList &urls)
{
    auto *job = newJob<RemoveResult>();
    if (!checkConfig(job))
        return job;
    QStringList unique;
    for (const QString &url : urls) {
        if (!url.trimmed().isEmpty() && !unique.contains(url.trimmed()))
            unique << url.trimmed();
    }
    if (unique.isEmpty()) {
        job->finishSuccess();
        return job;
    }
    removeBatch(job, unique, 0);
    return job;
}

void FichierClient::removeBatch(RemoveJob *job, const QStringList &urls, qsizetype from)
{
    const qsizetype count = std::max(1, m_config.removeBatchSize);
    const QStringList batch = urls.mid(from, count);
    QJsonArray files;
    for (const QString &url : batch)
        files.append(QJsonObject {{QStringLiteral("url"), url}});
    const QString endpoint = QStringLiteral("file/rm.cgi");
    callOk(job, endpoint, {{QStringLiteral("files"), files}}, [=, this](const QByteArray &reply) {
        QString problem;
        const std::optional<RemoveResult> removed = FichierParsers::parseRemove(reply, &problem);
        if (!removed)
            return job->finishWithError(malformed(endpoint, problem));
        RemoveResult total = job->result();
        total.removed += removed->removed;
        total.urls += removed->urls;
        job->setResult(total);
        if (from + count < urls.size())
            return removeBatch(job, urls, from + count);
        job->finishSuccess();
    });
}

UploadJob *FichierClient::upload(
    const QString &localPath, qint64 folderId, const QString &remoteName, const QString &expectedWhirlpool)
{
    auto *job = newJob<UploadResult>();
    if (!checkConfig(job))
        return job;
    auto *upload = new FichierUpload(this, job, localPath, folderId, remoteName, expectedWhirlpool);
    upload->start();
    return job;
}

DownloadJob *FichierClient::download(
    const QString &url, const QString &destinationPath, const QString &expectedWhirlpool, qint64 expectedSize)
{
    auto *job = newJob<DownloadResult>();
    if (!checkConfig(job))
        return job;
    auto *download = new FichierDownload(this, job, url, destinationPath, expectedWhirlpool, expectedSize);
    download->start();
    return job;
}

void FichierClient::cancelAll()
{
    for (FichierJob *job : findChildren<FichierJob *>(Qt::FindDirectChildrenOnly))
        job->cancel();
}

void FichierClient::clearCaches()
{
    m_accountFetchedAt = -1;
    m_folders.clear();
}

int FichierClient::pendingRequests() const
{
    return m_transport->pacer()->pendingCount();
}

} // namespace Coffre
