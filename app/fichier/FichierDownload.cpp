#include "fichier/FichierDownload.h"

#include "core/Logging.h"
#include "fichier/FichierParsers.h"
#include "fichier/FichierTransport.h"
#include "fichier/RequestPacer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>

#include <cstdio>

namespace Coffre {

namespace {
constexpr qint64 kReadBuffer = 1 << 20; // bytes QNAM may hold for us: bounds memory
constexpr qint64 kChunk = 256 * 1024;
constexpr int kMaxRedirects = 3;
} // namespace

FichierDownload::FichierDownload(FichierClient *client, DownloadJob *job, const QString &url,
    const QString &destination, const QString &expectedWhirlpool, qint64 expectedSize)
    : QObject(job),
      m_client(client),
      m_transport(client->m_transport),
      m_job(job),
      m_url(url.trimmed()),
      m_destination(destination),
      m_partPath(destination + QStringLiteral(".part")),
      m_expectedWhirlpool(expectedWhirlpool.trimmed().toLower()),
      m_expectedSize(expectedSize)
{
    // Cancelling must remove the partial file now, not when the job object is deleted.
    job->setCancelHandler([previous = std::move(job->m_cancelHandler), this] {
        if (previous)
            previous();
        m_done = true;
        if (m_part.isOpen())
            m_part.close();
        QFile::remove(m_partPath);
    });
}

FichierDownload::~FichierDownload()
{
    if (!m_done) {
        m_part.close();
        QFile::remove(m_partPath);
    }
}

void FichierDownload::start()
{
    using Kind = FichierError::Kind;
    if (m_url.isEmpty())
        return fail(FichierError(Kind::BadInput, FichierClient::tr("the file link is empty")));
    if (!m_expectedWhirlpool.isEmpty() && FichierParsers::normalizeWhirlpool(m_expectedWhirlpool).isEmpty())
        return fail(
            FichierError(Kind::BadInput, FichierClient::tr("the expected Whirlpool is not 128 hex digits")));
    const QFileInfo target(m_destination);
    if (target.isDir())
        return fail(FichierError(Kind::LocalFile, FichierClient::tr("%1 is a folder").arg(m_destination)));
    if (!target.absoluteDir().exists())
        return fail(FichierError(
            Kind::LocalFile, FichierClient::tr("folder %1 does not exist").arg(target.absolutePath())));
    m_part.setFileName(m_partPath);
    // Unbuffered: the chunks are large already, and a failed write(2) reports its own errno
    // ("No space left on device") rather than a later flush's.
    if (!m_part.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return fail(FichierError(Kind::LocalFile, m_partPath + QStringLiteral(": ") + m_part.errorString()));
    m_part.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (m_expectedWhirlpool.isEmpty())
        fetchInfo();
    else
        requestToken();
}

void FichierDownload::fetchInfo()
{
    const QString endpoint = QStringLiteral("file/info.cgi");
    m_client->call(m_job, endpoint, {{QStringLiteral("url"), m_url}},
        [this, endpoint](const FichierError &error, const QByteArray &body) {
            if (error.isError())
                return fail(error);
            QString problem;
            const std::optional<FileEntry> entry = FichierParsers::parseFileInfo(body, &problem);
            if (!entry)
                return fail(FichierClient::malformed(endpoint, problem));
            m_expectedWhirlpool = entry->checksum; // may be empty: then only the size is checked
            if (m_expectedSize < 0)
                m_expectedSize = entry->size;
            requestToken();
        });
}

void FichierDownload::requestToken()
{
    const QString endpoint = QStringLiteral("download/get_token.cgi");
    const QJsonObject body {{QStringLiteral("url"), m_url}, {QStringLiteral("single"), 1}};
    m_client->call(
        m_job, endpoint, body, [this, endpoint](const FichierError &error, const QByteArray &reply) {
            if (error.isError())
                return fail(error);
            QString problem;
            const std::optional<QString> token = FichierParsers::parseDownloadToken(reply, &problem);
            if (!token)
                return fail(FichierClient::malformed(endpoint, problem));
            // The download host uses the API's scheme; plain http only to loopback.
            m_tokenUrl = m_transport->withApiScheme(QUrl(*token));
            if (!m_tokenUrl.isValid()) {
                return fail(FichierError(FichierError::Kind::Config,
                    FichierClient::tr("the download host %1 is not allowed with the API's scheme")
                        .arg(QUrl(*token).host())));
            }
            m_tokenAt = m_transport->pacer()->now();
            m_redirects = 0;
            get();
        });
}

void FichierDownload::get()
{
    FichierTransport::Request request;
    request.role = FichierTransport::Role::Download;
    request.method = QByteArrayLiteral("GET");
    request.url = m_tokenUrl;
    request.json = false;
    request.logName = QStringLiteral("<download token>"); // the token is a secret for 5 minutes
    // Without this QNAM would ask for gzip and inflate it, and byte offsets would no longer
    // match the file for Range.
    request.headers = {{QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity")}};
    if (m_written > 0)
        request.headers.append(
            {QByteArrayLiteral("Range"), QByteArrayLiteral("bytes=") + QByteArray::number(m_written) + '-'});
    if (m_resumes > 0)
        request.delayMs = int(m_transport->pacer()->policy().backoffMs(m_resumes));
    m_transport->open(m_job, request, [this](QNetworkReply *reply) {
        m_getClock.start();
        m_reply = reply;
        m_status = 0;
        m_accepting = false;
        m_notTheFile = false;
        m_errorBody.clear();
        reply->setReadBufferSize(kReadBuffer);
        connect(reply, &QNetworkReply::metaDataChanged, this, &FichierDownload::onMetaData);
        connect(reply, &QNetworkReply::readyRead, this, &FichierDownload::onReadyRead);
        connect(reply, &QNetworkReply::finished, this, &FichierDownload::onFinished);
    });
}

bool FichierDownload::restartFromZero()
{
    m_written = 0;
    m_hash.reset();
    if (!m_part.seek(0) || !m_part.resize(0)) {
        fail(FichierError(
            FichierError::Kind::LocalFile, m_partPath + QStringLiteral(": ") + m_part.errorString()));
        return false;
    }
    return true;
}

void FichierDownload::onMetaData()
{
    if (!m_reply || m_status != 0)
        return;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant lengthHeader = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 length = lengthHeader.toLongLong();
    if (m_status == 206) {
        static const QRegularExpression range(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"));
        const QRegularExpressionMatch match = range.match(
            QString::fromLatin1(m_reply->rawHeader(QByteArrayLiteral("Content-Range")).trimmed()));
        if (!match.hasMatch() || match.captured(1).toLongLong() != m_written)
            return; // not accepted: onFinished asks again
        const qint64 total = match.captured(3) == QLatin1String("*") ? -1 : match.captured(3).toLongLong();
        if (total >= 0 && m_expectedSize >= 0 && total != m_expectedSize)
            return; // a part of some other file
        m_accepting = true;
        m_total = total;
    } else if (m_status == 200) {
        // A full reply of another length than the file's is not the file: an error or
        // maintenance page from the host or a proxy. It must not be written into the file.
        if (lengthHeader.isValid() && m_expectedSize >= 0 && length != m_expectedSize) {
            m_notTheFile = true;
            return;
        }
        // The whole file (Range ignored, or the first request).
        if (m_written > 0 && !restartFromZero())
            return;
        m_accepting = true;
        m_total = length > 0 ? length : -1;
    }
    if (m_expectedSize >= 0)
        m_total = m_expectedSize;
}

void FichierDownload::onReadyRead()
{
    if (!m_reply || m_done || !m_reply->isOpen()) // closed: aborted by the transfer timeout
        return;
    if (!m_accepting) {
        const QByteArray data = m_reply->readAll();
        if (m_errorBody.size() < 4096)
            m_errorBody += data.left(4096 - m_errorBody.size());
        return;
    }
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(kChunk);
        if (chunk.isEmpty())
            break;
        if (m_expectedSize >= 0 && m_written + chunk.size() > m_expectedSize) {
            return fail(FichierError(FichierError::Kind::Integrity,
                QStringLiteral("download: more bytes than the %1 expected").arg(m_expectedSize)));
        }
        if (m_part.write(chunk) != chunk.size()) {
            return fail(FichierError(
                FichierError::Kind::LocalFile, m_partPath + QStringLiteral(": ") + m_part.errorString()));
        }
        m_hash.addData(chunk);
        m_written += chunk.size();
        m_job->reportProgress(m_written, m_total);
    }
}

void FichierDownload::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    onReadyRead();
    if (m_done)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    const QNetworkReply::NetworkError code = reply->error();
    const bool transportFailure = code != QNetworkReply::NoError && static_cast<int>(code) < 200;
    const QString where = QStringLiteral("GET download");
    FichierTransport::Request logged;
    logged.method = QByteArrayLiteral("GET");
    logged.logName = QStringLiteral("<download token>");
    m_transport->logFinished(logged, m_status, m_getClock.elapsed(),
        transportFailure ? QStringLiteral("dropped at %1 bytes").arg(m_written) : QStringLiteral("ok"));

    if (m_accepting) {
        if (transportFailure)
            return resumeOrFail(m_transport->errorFor(reply, {}, false, where), false);
        if (m_total >= 0 && m_written < m_total) {
            return resumeOrFail(
                FichierError(FichierError::Kind::Network,
                    QStringLiteral("download ended at %1 of %2 bytes").arg(m_written).arg(m_total)),
                false);
        }
        return complete();
    }
    if (transportFailure && m_status == 0)
        return resumeOrFail(m_transport->errorFor(reply, {}, false, where), false);
    if (m_notTheFile) {
        return resumeOrFail(
            FichierError(FichierError::Kind::Protocol,
                QStringLiteral("download: a %1-byte %2 reply instead of the file")
                    .arg(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong())
                    .arg(QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("Content-Type"))))),
            false);
    }
    if (m_status == 206)
        return resumeOrFail(
            FichierError(FichierError::Kind::Protocol, QStringLiteral("download: wrong Content-Range")),
            false);
    if (m_status == 416) {
        if (m_expectedSize >= 0 && m_written == m_expectedSize)
            return complete();
        if (!restartFromZero())
            return;
        return resumeOrFail(
            FichierError(FichierError::Kind::Protocol, QStringLiteral("download: range refused")), false);
    }
    if (m_status >= 300 && m_status < 400) {
        const QUrl target
            = m_tokenUrl.resolved(QUrl::fromEncoded(reply->rawHeader(QByteArrayLiteral("Location"))));
        // Follow only on the same host: the request carries the Authorization header.
        if (target.host() == m_tokenUrl.host() && target.scheme() == m_tokenUrl.scheme()
            && ++m_redirects <= kMaxRedirects) {
            m_tokenUrl = target;
            return get();
        }
        return fail(
            FichierError(FichierError::Kind::Protocol, QStringLiteral("download redirected elsewhere")));
    }
    const FichierError error = m_transport->errorFor(reply, m_errorBody, false, where);
    const FichierError::Kind kind = FichierError::classifyMessage(error.serverMessage());
    if (kind == FichierError::Kind::Flood) {
        m_transport->pacer()->reportFlood();
        return resumeOrFail(error, false);
    }
    // An expired or refused token: ask for a new one (which also says if the file is gone).
    if (m_status == 401 || m_status == 403 || m_status == 404 || m_status == 410)
        return resumeOrFail(error, true);
    if (error.isRetryable())
        return resumeOrFail(error, false);
    fail(error.isError()
            ? error
            : FichierError(FichierError::Kind::Protocol, QStringLiteral("download: HTTP %1").arg(m_status)));
}

void FichierDownload::resumeOrFail(const FichierError &error, bool needToken)
{
    if (m_resumes >= m_transport->config().downloadResumes)
        return fail(error);
    ++m_resumes;
    qCInfo(lcFichier).noquote() << "download interrupted at" << m_written << "bytes:" << error.toString()
                                << "- resuming";
    const bool expired = m_transport->pacer()->now() - m_tokenAt > m_transport->config().tokenLifetimeMs;
    if (needToken || expired)
        requestToken();
    else
        get();
}

void FichierDownload::complete()
{
    m_part.close();
    if (m_expectedSize >= 0 && m_written != m_expectedSize) {
        return fail(FichierError(FichierError::Kind::Integrity,
            QStringLiteral("download: %1 bytes instead of %2").arg(m_written).arg(m_expectedSize)));
    }
    DownloadResult result;
    result.whirlpool = m_hash.resultHex();
    result.verified = !m_expectedWhirlpool.isEmpty();
    if (result.verified && result.whirlpool != m_expectedWhirlpool) {
        return fail(
            FichierError(FichierError::Kind::Integrity, QStringLiteral("download: whirlpool differs")));
    }
    // rename(2) replaces the destination atomically: it is never half-written.
    if (std::rename(QFile::encodeName(m_partPath).constData(), QFile::encodeName(m_destination).constData())
        != 0) {
        return fail(FichierError(
            FichierError::Kind::LocalFile, FichierClient::tr("cannot create %1").arg(m_destination)));
    }
    m_done = true;
    result.path = m_destination;
    result.size = m_written;
    result.resumes = m_resumes;
    m_job->setResult(result);
    m_job->finishSuccess();
}

void FichierDownload::fail(const FichierError &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_part.close();
    QFile::remove(m_partPath);
    qCInfo(lcFichier).noquote() << "download failed:" << error.toString();
    m_job->finishWithError(error);
}

} // namespace Coffre
