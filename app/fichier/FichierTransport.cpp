#include "fichier/FichierTransport.h"

#include "core/AppInfo.h"
#include "core/Logging.h"
#include "fichier/FichierParsers.h"
#include "fichier/RequestPacer.h"
#include "fichier/UploadConnection.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace Coffre {

struct FichierTransport::Call {
    QPointer<QObject> owner;
    const QObject *ownerKey = nullptr;
    Request request;
    Done done;
    Started started;
    Progress progress;
    int retries = 0;
    int floods = 0;
    QElapsedTimer clock;
};

FichierTransport::FichierTransport(const FichierConfig &config, QObject *parent)
    : QObject(parent),
      m_config(config),
      m_network(new QNetworkAccessManager(this)),
      m_pacer(new RequestPacer(config, this))
{
    // Never follow redirects on our own: upload.cgi's 302 carries the xid, and a redirect
    // elsewhere must not take the Authorization header with it.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(m_pacer, &RequestPacer::floodPause, this, &FichierTransport::floodPause);
}

FichierTransport::~FichierTransport()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight)) {
        if (reply) {
            reply->disconnect();
            reply->abort();
        }
    }
}

QUrl FichierTransport::apiUrl(const QString &endpoint) const
{
    QUrl url = m_config.apiBase;
    url.setPath(m_config.apiBase.path() + QLatin1Char('/') + endpoint);
    return url;
}

QUrl FichierTransport::hostUrl(const QString &host, const QString &path) const
{
    if (!FichierParsers::isValidNodeHost(host))
        return {};
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    QUrl url(m_config.apiBase.scheme() + QStringLiteral("://") + host, QUrl::StrictMode);
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    if (!url.isValid() || !FichierConfig::urlProblem(url).isEmpty())
        return {};
    return url;
}

QUrl FichierTransport::withApiScheme(const QUrl &url) const
{
    QUrl copy = url;
    copy.setScheme(m_config.apiBase.scheme());
    if (!copy.isValid() || !FichierConfig::urlProblem(copy).isEmpty())
        return {};
    return copy;
}

QString FichierTransport::scrub(const QString &text) const
{
    if (m_config.apiKey.isEmpty() || !text.contains(m_config.apiKey))
        return text;
    QString copy = text;
    copy.replace(m_config.apiKey, QStringLiteral("***"));
    return copy;
}

QByteArray FichierTransport::scrub(const QByteArray &body) const
{
    // Before parsing: the parsed message is cut to a display length, and a key cut in two
    // by that would no longer be found whole by scrub(QString).
    const QByteArray key = m_config.apiKey.toUtf8();
    if (key.isEmpty() || !body.contains(key))
        return body;
    QByteArray copy = body;
    copy.replace(key, QByteArrayLiteral("***"));
    return copy;
}

QNetworkRequest FichierTransport::buildRequest(const Request &request) const
{
    QNetworkRequest r(request.url);
    r.setRawHeader(
        QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_config.apiKey.toLatin1());
    r.setHeader(QNetworkRequest::UserAgentHeader, QString(QStringLiteral("Coffre/") + versionString()));
    if (request.role == Role::Api) {
        // Also on the bodiless GET of get_upload_server.cgi (API doc §1.3).
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    }
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, request.http2);
    r.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (request.closeConnection)
        r.setRawHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    if (request.bodyDevice)
        r.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    r.setTransferTimeout(m_config.transferTimeoutMs);
    return r;
}

QNetworkReply *FichierTransport::createReply(const Request &request)
{
    const QNetworkRequest r = buildRequest(request);
    if (request.method == "GET")
        return m_network->get(r);
    if (request.bodyDevice)
        return m_network->sendCustomRequest(r, request.method, request.bodyDevice);
    return m_network->sendCustomRequest(r, request.method, request.body);
}

void FichierTransport::track(const QObject *owner, QNetworkReply *reply)
{
    m_inFlight.insert(owner, reply);
    connect(reply, &QObject::destroyed, this, [this, owner, reply] {
        auto it = m_inFlight.find(owner);
        while (it != m_inFlight.end() && it.key() == owner) {
            if (it.value().isNull() || it.value() == reply)
                it = m_inFlight.erase(it);
            else
                ++it;
        }
    });
}

void FichierTransport::send(
    QObject *owner, const Request &request, Done done, Started started, Progress progress)
{
    auto call = std::make_shared<Call>();
    call->owner = owner;
    call->ownerKey = owner;
    call->request = request;
    call->done = std::move(done);
    call->started = std::move(started);
    call->progress = std::move(progress);
    if (const QString problem = FichierConfig::urlProblem(request.url); !problem.isEmpty()) {
        const FichierError error(FichierError::Kind::Config, problem);
        QMetaObject::invokeMethod(
            owner,
            [call, error] {
                if (call->done)
                    call->done(error, {});
            },
            Qt::QueuedConnection);
        return;
    }
    m_pacer->enqueue(
        owner, [this, call] { startCall(call); }, notBefore(request));
}

qint64 FichierTransport::notBefore(const Request &request) const
{
    return request.delayMs > 0 ? m_pacer->now() + request.delayMs : 0;
}

void FichierTransport::open(QObject *owner, const Request &request, Started started)
{
    QPointer<QObject> guard(owner);
    m_pacer->enqueue(
        owner,
        [this, guard, owner, request, started] {
            if (!guard)
                return;
            QNetworkReply *reply = createReply(request);
            track(owner, reply);
            started(reply);
        },
        notBefore(request));
}

void FichierTransport::startCall(const std::shared_ptr<Call> &call)
{
    if (!call->owner)
        return;
    call->clock.start();
    if (call->request.ownConnection)
        return startOwnConnection(call);
    QNetworkReply *reply = createReply(call->request);
    track(call->ownerKey, reply);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finishCall(call, reply); });
    if (call->progress) {
        connect(reply, &QNetworkReply::uploadProgress, this,
            [call](qint64 sent, qint64 total) { call->progress(sent, total); });
    }
    if (call->started)
        call->started(reply);
}

void FichierTransport::startOwnConnection(const std::shared_ptr<Call> &call)
{
    const Request &request = call->request;
    UploadConnection::Headers headers {
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_config.apiKey.toLatin1()},
        {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Coffre/") + versionString().toLatin1()},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("*/*")},
        {QByteArrayLiteral("Connection"), QByteArrayLiteral("close")}};
    for (const auto &header : request.headers)
        headers.append(header);
    auto *connection
        = new UploadConnection(request.url, headers, request.bodyDevice, m_config.transferTimeoutMs, this);
    m_connections.insert(call->ownerKey, connection);
    const QObject *owner = call->ownerKey;
    connect(connection, &QObject::destroyed, this, [this, owner, connection] {
        auto it = m_connections.find(owner);
        while (it != m_connections.end() && it.key() == owner) {
            if (it.value().isNull() || it.value() == connection)
                it = m_connections.erase(it);
            else
                ++it;
        }
    });
    if (call->progress)
        connect(connection, &UploadConnection::progress, this,
            [call](qint64 sent, qint64 total) { call->progress(sent, total); });
    connect(connection, &UploadConnection::finished, this, [this, call, connection] {
        connection->deleteLater();
        Response response;
        response.status = connection->status();
        response.body = connection->body();
        response.location = connection->header(QByteArrayLiteral("Location"));
        response.durationMs = call->clock.elapsed();
        FichierError error = connection->error();
        if (!error.isError() && response.status == 0)
            error = FichierError(
                FichierError::Kind::Network, describe(call->request) + QStringLiteral(": no HTTP reply"));
        else if (!error.isError()
            && (response.status >= 400 || (call->request.json && response.status >= 300))) {
            const FichierError refusal = FichierParsers::checkReply(response.status, scrub(response.body));
            error = FichierError(
                refusal.kind(), describe(call->request), scrub(refusal.serverMessage()), response.status);
        }
        logFinished(call->request, response.status, response.durationMs,
            error.isError() ? FichierError::kindName(error.kind()) : QStringLiteral("ok"));
        if (call->owner)
            conclude(call, error, response);
    });
    connection->start();
}

void FichierTransport::finishCall(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    Response response;
    // A reply aborted by the transfer timeout is closed: reading it would only print
    // "device not open" on stderr.
    if (reply->isOpen())
        response.body = reply->readAll();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.location = reply->rawHeader(QByteArrayLiteral("Location"));
    response.durationMs = call->clock.elapsed();
    const FichierError error = errorFor(reply, response.body, call->request.json, describe(call->request));
    logFinished(call->request, response.status, response.durationMs,
        error.isError() ? FichierError::kindName(error.kind()) : QStringLiteral("ok"));
    if (call->owner)
        conclude(call, error, response);
}

void FichierTransport::conclude(
    const std::shared_ptr<Call> &call, const FichierError &error, const Response &response)
{
    if (error.kind() == FichierError::Kind::Flood) {
        m_pacer->reportFlood();
        if (call->request.retry && call->floods < m_config.maxFloodRetries) {
            ++call->floods;
            m_pacer->enqueue(
                call->owner, [this, call] { startCall(call); }, 0, true);
            return;
        }
    } else if (error.isRetryable()) {
        m_pacer->reportError();
        if (call->request.retry && call->retries < m_config.maxRetries) {
            ++call->retries;
            const qint64 delay = m_pacer->policy().backoffMs(call->retries);
            qCInfo(lcFichier).noquote() << "retrying" << describe(call->request) << "in" << delay
                                        << "ms after" << FichierError::kindName(error.kind());
            m_pacer->enqueue(
                call->owner, [this, call] { startCall(call); }, m_pacer->now() + delay, true);
            return;
        }
    } else if (!error.isError()) {
        m_pacer->reportSuccess();
    }
    if (call->done)
        call->done(error, response);
}

QString FichierTransport::describe(const Request &request)
{
    return QString::fromLatin1(request.method) + QLatin1Char(' ')
        + (request.logName.isEmpty() ? request.url.path() : request.logName);
}

FichierError FichierTransport::errorFor(
    QNetworkReply *reply, const QByteArray &body, bool json, const QString &where) const
{
    const QNetworkReply::NetworkError code = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Codes below 200 are transport failures (refused, closed, timeout, TLS, proxy); the
    // others come with an HTTP status that says more.
    if (code != QNetworkReply::NoError && static_cast<int>(code) < 200) {
        QString text = reply->errorString();
        text.replace(reply->url().toString(), QStringLiteral("<url>"));
        const FichierError::Kind kind = code == QNetworkReply::SslHandshakeFailedError
            ? FichierError::Kind::Tls
            : FichierError::Kind::Network;
        return FichierError(kind, scrub(where + QStringLiteral(": ") + text), {}, status);
    }
    if (status == 0)
        return FichierError(FichierError::Kind::Network, where + QStringLiteral(": no HTTP status"));
    if (!json && status < 400)
        return {};
    const FichierError error = FichierParsers::checkReply(status, scrub(body));
    if (!error.isError())
        return error;
    const QString detail = error.detail().isEmpty() ? where : where + QStringLiteral(": ") + error.detail();
    return FichierError(error.kind(), scrub(detail), scrub(error.serverMessage()), status);
}

void FichierTransport::logFinished(
    const Request &request, int status, qint64 ms, const QString &outcome) const
{
    qCDebug(lcFichier).noquote() << describe(request) << status << QStringLiteral("%1 ms").arg(ms) << outcome;
}

void FichierTransport::cancelOwner(const QObject *owner)
{
    m_pacer->cancelOwner(owner);
    const QList<QPointer<QObject>> connections = m_connections.values(owner);
    m_connections.remove(owner);
    for (const QPointer<QObject> &connection : connections) {
        if (auto *upload = qobject_cast<UploadConnection *>(connection.data())) {
            upload->abort();
            upload->deleteLater();
        }
    }
    const QList<QPointer<QNetworkReply>> replies = m_inFlight.values(owner);
    m_inFlight.remove(owner);
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (!reply)
            continue;
        reply->disconnect();
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace Coffre
