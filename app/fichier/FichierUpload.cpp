#include "fichier/FichierUpload.h"

#include "core/Logging.h"
#include "fichier/FichierNames.h"
#include "fichier/FichierParsers.h"
#include "fichier/MultipartUploadDevice.h"
#include "fichier/RequestPacer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Coffre {

FichierUpload::FichierUpload(FichierClient *client, UploadJob *job, const QString &localPath, qint64 folderId,
    const QString &remoteName, const QString &expectedWhirlpool)
    : QObject(job),
      m_client(client),
      m_transport(client->m_transport),
      m_job(job),
      m_path(localPath),
      m_folderId(folderId),
      m_remoteName(remoteName),
      m_expectedWhirlpool(expectedWhirlpool.trimmed().toLower())
{ }

void FichierUpload::fail(const FichierError &error)
{
    qCInfo(lcFichier).noquote() << "upload failed:" << error.toString();
    m_job->finishWithError(error);
}

void FichierUpload::start()
{
    using Kind = FichierError::Kind;
    const QFileInfo info(m_path);
    if (!info.exists() || !info.isFile())
        return fail(FichierError(
            Kind::LocalFile, FichierClient::tr("%1 does not exist or is not a file").arg(m_path)));
    if (!info.isReadable())
        return fail(FichierError(Kind::LocalFile, FichierClient::tr("%1 is not readable").arg(m_path)));
    m_size = info.size();
    if (m_size == 0)
        return fail(FichierError(Kind::Empty, m_path));
    if (m_size > FichierConfig::kMaxFileSize)
        return fail(FichierError(Kind::TooLarge, QStringLiteral("%1 bytes").arg(m_size)));
    if (m_remoteName.isEmpty())
        m_remoteName = info.fileName();
    if (FichierNames::encode(m_remoteName).size() > 250)
        return fail(
            FichierError(Kind::BadInput, FichierClient::tr("the file name is longer than 250 characters")));
    if (m_folderId < 0)
        return fail(FichierError(Kind::BadInput, FichierClient::tr("folder id %1").arg(m_folderId)));
    if (!m_expectedWhirlpool.isEmpty() && FichierParsers::normalizeWhirlpool(m_expectedWhirlpool).isEmpty())
        return fail(
            FichierError(Kind::BadInput, FichierClient::tr("the expected Whirlpool is not 128 hex digits")));
    checkFolder();
}

void FichierUpload::checkFolder()
{
    // upload.cgi silently drops files with an unknown folder id into the root (API doc
    // §5.1), so make sure the folder exists first.
    if (m_folderId == 0)
        return requestServer();
    m_client->call(m_job, QStringLiteral("folder/ls.cgi"), {{QStringLiteral("folder_id"), m_folderId}},
        [this](const FichierError &error, const QByteArray &body) {
            if (error.isError()) {
                if (error.kind() == FichierError::Kind::NotFound)
                    m_client->forgetFolder(m_folderId);
                return fail(error);
            }
            QString problem;
            const std::optional<FolderListing> listing = FichierParsers::parseFolderListing(body, &problem);
            if (!listing)
                return fail(FichierClient::malformed(QStringLiteral("folder/ls.cgi"), problem));
            if (listing->id != m_folderId) {
                m_client->forgetFolder(m_folderId);
                return fail(FichierError(FichierError::Kind::NotFound,
                    FichierClient::tr("folder %1 does not exist").arg(m_folderId)));
            }
            requestServer();
        });
}

void FichierUpload::requestServer()
{
    ++m_attempt;
    FichierTransport::Request request;
    request.method = QByteArrayLiteral("GET");
    request.url = m_transport->apiUrl(QStringLiteral("upload/get_upload_server.cgi"));
    if (m_attempt > 1)
        request.delayMs = int(m_transport->pacer()->policy().backoffMs(m_attempt - 1));
    m_transport->send(
        m_job, request, [this](const FichierError &error, const FichierTransport::Response &response) {
            if (m_job->isFinished())
                return;
            if (error.isError())
                return fail(error);
            QString problem;
            const std::optional<UploadServer> server
                = FichierParsers::parseUploadServer(response.body, &problem);
            if (!server)
                return retryOrFail(
                    FichierClient::malformed(QStringLiteral("get_upload_server.cgi"), problem));
            post(*server);
        });
}

void FichierUpload::post(const UploadServer &server)
{
    m_server = server;
    FichierTransport::Request request;
    request.role = FichierTransport::Role::Node;
    request.url = m_transport->hostUrl(server.host, QStringLiteral("/upload.cgi?id=") + server.id);
    if (!request.url.isValid()) {
        return fail(FichierError(FichierError::Kind::Config,
            FichierClient::tr("the upload server %1 is not allowed with the API's scheme").arg(server.host)));
    }
    auto *device = new MultipartUploadDevice(m_path, QByteArrayLiteral("file[]"),
        FichierNames::encode(m_remoteName), {{QByteArrayLiteral("did"), QByteArray::number(m_folderId)}});
    if (!device->open(QIODevice::ReadOnly)) {
        const QString why = device->errorString();
        delete device;
        return fail(FichierError(FichierError::Kind::LocalFile, m_path + QStringLiteral(": ") + why));
    }
    if (device->fileSize() != m_size) {
        delete device;
        return fail(FichierError(FichierError::Kind::LocalFile,
            FichierClient::tr("%1 changed size before the upload started").arg(m_path)));
    }
    device->setParent(this);
    request.method = QByteArrayLiteral("POST");
    request.bodyDevice = device;
    request.ownConnection = true; // HTTP/1.1, Connection: close, no HTTP/2, large writes
    request.json = false;
    request.retry = false; // a failed POST is redone as a whole new upload
    request.logName = QStringLiteral("/upload.cgi");
    request.headers = {{QByteArrayLiteral("Content-Type"), device->contentType()},
        {QByteArrayLiteral("Content-Length"), QByteArray::number(device->size())}};
    const qint64 fileOffset = device->fileOffset();
    const qint64 fileSize = m_size;
    QPointer<MultipartUploadDevice> guard(device);
    m_transport->send(
        m_job, request,
        [this, guard](const FichierError &error, const FichierTransport::Response &response) {
            if (guard)
                guard->deleteLater();
            if (!m_job->isFinished())
                posted(error, response);
        },
        {},
        [this, fileOffset, fileSize](qint64 sent, qint64) {
            m_job->reportProgress(std::clamp<qint64>(sent - fileOffset, 0, fileSize), fileSize);
        });
}

void FichierUpload::posted(const FichierError &error, const FichierTransport::Response &response)
{
    m_transferMs = response.durationMs;
    if (error.isError())
        return retryOrFail(error);
    m_xid = m_server.id;
    if (response.status >= 300 && response.status < 400) {
        // The Location's xid is authoritative when present (API doc §4.3).
        const QString xid = FichierParsers::xidFromLocation(response.location);
        if (!xid.isEmpty())
            m_xid = xid;
    } else if (response.body.trimmed().startsWith('{')) {
        // A JSON answer instead of the redirect: a refusal (KO) or something unknown.
        const FichierError refusal = FichierParsers::checkReply(response.status, response.body);
        if (refusal.isError())
            return retryOrFail(FichierError(refusal.kind(), QStringLiteral("upload.cgi"),
                m_transport->scrub(refusal.serverMessage()), response.status));
    } else if (response.body.contains("Pas de fichier")) {
        // The node's page for "no file received" (API doc §4.3): sending the same body
        // again would get the same answer.
        return fail(FichierError(FichierError::Kind::Rejected,
            QStringLiteral("upload.cgi: the node received no file (\"Pas de fichier\")"), {},
            response.status));
    }
    // Any other page may still come with a stored file: the report says.
    pollReport(1);
}

void FichierUpload::pollReport(int attempt)
{
    FichierTransport::Request request;
    request.role = FichierTransport::Role::Node;
    request.method = QByteArrayLiteral("GET");
    request.url = m_transport->hostUrl(m_server.host, QStringLiteral("/end.pl?xid=") + m_xid);
    request.headers = {{QByteArrayLiteral("JSON"), QByteArrayLiteral("1")}};
    request.json = false;
    request.logName = QStringLiteral("/end.pl");
    if (attempt > 1)
        request.delayMs = m_transport->config().endPollDelayMs * (attempt - 1);
    m_transport->send(m_job, request,
        [this, attempt](const FichierError &error, const FichierTransport::Response &response) {
            if (m_job->isFinished())
                return;
            if (error.isError())
                return fail(error);
            QString problem;
            const std::optional<UploadResult> report
                = FichierParsers::parseEndReport(response.body, &problem);
            if (report)
                return checkReport(*report);
            // A KO answer is final; HTML, empty bodies and empty links mean "not ready yet".
            const FichierError refusal = FichierParsers::checkReply(response.status, response.body);
            if (refusal.isError() && refusal.kind() != FichierError::Kind::Protocol)
                return fail(FichierError(refusal.kind(), QStringLiteral("end.pl"),
                    m_transport->scrub(refusal.serverMessage()), response.status));
            if (attempt < m_transport->config().endPollAttempts) {
                qCDebug(lcFichier) << "upload report not ready:" << problem;
                return pollReport(attempt + 1);
            }
            fail(FichierError(FichierError::Kind::Protocol,
                QStringLiteral("end.pl: no upload report after %1 tries (%2)").arg(attempt).arg(problem)));
        });
}

void FichierUpload::checkReport(const UploadResult &report)
{
    QString mismatch;
    if (report.size != m_size)
        mismatch = QStringLiteral("size %1 instead of %2").arg(report.size).arg(m_size);
    else if (!m_expectedWhirlpool.isEmpty() && report.whirlpool != m_expectedWhirlpool)
        mismatch = QStringLiteral("whirlpool differs");
    if (!mismatch.isEmpty()) {
        // Do not leave a damaged copy behind; whether this removal works or not, try again.
        qCInfo(lcFichier).noquote() << "uploaded file is damaged:" << mismatch;
        const QJsonObject body {
            {QStringLiteral("files"), QJsonArray {QJsonObject {{QStringLiteral("url"), report.url}}}}};
        const FichierError error(FichierError::Kind::Integrity, QStringLiteral("end.pl: ") + mismatch);
        m_client->call(m_job, QStringLiteral("file/rm.cgi"), body,
            [this, error](const FichierError &, const QByteArray &) { retryOrFail(error); });
        return;
    }
    UploadResult result = report;
    result.attempts = m_attempt;
    result.transferMs = m_transferMs;
    m_job->reportProgress(m_size, m_size);
    m_job->setResult(result);
    m_job->finishSuccess();
}

void FichierUpload::retryOrFail(const FichierError &error)
{
    const bool worthRetrying = error.isRetryable() || error.kind() == FichierError::Kind::Integrity
        || error.kind() == FichierError::Kind::Protocol;
    if (!worthRetrying || m_attempt >= m_transport->config().uploadAttempts)
        return fail(error);
    qCInfo(lcFichier).noquote() << "upload attempt" << m_attempt << "failed:" << error.toString()
                                << "- starting a new upload";
    emit m_job->notice(
        FichierClient::tr("The upload failed (%1); starting it again.").arg(error.userMessage()));
    requestServer();
}

} // namespace Coffre
