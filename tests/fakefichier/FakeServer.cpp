#include "FakeServer.h"

#include "Authenticator.h"
#include "HttpConnection.h"
#include "Messages.h"

#include <QDateTime>
#include <QTcpSocket>

namespace Coffre::Fake {

FakeServer::FakeServer(const FakeOptions &options, QObject *parent)
    : QObject(parent), m_api(m_state), m_node(m_state), m_download(m_state), m_control(m_state)
{
    m_state.options = options;
}

FakeServer::~FakeServer()
{
    // Connections log through this object: end them while the log and state still exist.
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
}

bool FakeServer::start(QString *error)
{
    const FakeOptions &o = m_state.options;
    if (!m_state.store.open(o.dataDir, o.keys, error))
        return false;
    if (!m_state.faults.set(o.faults, error)) {
        *error = QStringLiteral("--faults: ") + *error;
        return false;
    }
    m_state.limiter.configure(o.rate, o.floodLockSeconds);
    if (!o.logFile.isEmpty() && !m_log.open(o.logFile, error))
        return false;
    return listen(m_apiServer, o.port, Role::Api, &m_state.apiPort, error)
        && listen(m_nodeServer, o.nodePort, Role::Node, &m_state.nodePort, error)
        && listen(m_dlServer, o.dlPort, Role::Download, &m_state.dlPort, error);
}

bool FakeServer::listen(QTcpServer &server, quint16 port, Role role, quint16 *bound, QString *error)
{
    if (!server.listen(QHostAddress::LocalHost, port)) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1 (%2): %3")
                     .arg(port)
                     .arg(roleName(role), server.errorString());
        return false;
    }
    *bound = server.serverPort();
    connect(&server, &QTcpServer::newConnection, this, [this, &server, role] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            new HttpConnection(socket, role, this, this);
    });
    return true;
}

QString FakeServer::statsKey(const HttpRequest &request)
{
    // Token paths differ per download; count them under one name.
    return request.role == Role::Download ? QStringLiteral("download") : request.path;
}

HeadDecision FakeServer::onHeaders(HttpRequest &request)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_state.expire(now);
    if (request.role == Role::Api && request.path.startsWith(QLatin1String("/_control/"))) {
        request.role = Role::Control;
        HeadDecision d;
        d.maxBufferedBody = 64 << 20; // seeds may carry their content inline
        return d;
    }
    ++m_state.calls[statsKey(request)];
    if (m_state.faults.hit(FaultKind::Flood, request.role, request.path)) {
        // As if this request had gone over the limit: the lock starts now.
        m_state.limiter.lock(Authenticator::clientId(request), now);
        ++m_state.floodReplies;
        HeadDecision d;
        d.kind = HeadDecision::Reject;
        d.response = HttpResponse::ko(403, Messages::flood());
        return d;
    }
    // The flood limiter sees every request to every host of the service: rclone paces node
    // and download requests with the same pacer as API calls (§3.2).
    if (m_state.limiter.check(Authenticator::clientId(request), now) == RateLimiter::Verdict::Flood) {
        ++m_state.floodReplies;
        HeadDecision d;
        d.kind = HeadDecision::Reject;
        d.response = HttpResponse::ko(403, Messages::flood());
        return d;
    }
    if (request.role == Role::Node && request.path == QLatin1String("/upload.cgi"))
        return m_node.onHeaders(request);
    return {};
}

HttpResponse FakeServer::onRequest(HttpRequest &request, BodySink *sink)
{
    if (request.role == Role::Control)
        return m_control.handle(request);
    const Fault *drop = m_state.faults.hit(FaultKind::Drop, request.role, request.path);
    const Fault *hang = m_state.faults.hit(FaultKind::Hang, request.role, request.path);
    HttpResponse response;
    // A hang after some bytes of the reply needs the reply: that request is handled.
    if ((drop && !drop->handled) || (hang && !hang->handled && hang->after < 0)) {
        // The request is lost before the service acts on it (a streamed upload's temp file
        // goes with its receiver).
    } else {
        response = dispatch(request, sink);
    }
    if (drop) {
        response.reset = true;
    } else if (hang) {
        if (!response.filePath.isEmpty() && hang->after >= 0 && hang->after < response.fileLength) {
            response.dropAfterBodyBytes = hang->after;
            response.stallAtCut = true;
        } else {
            response.hang = true;
        }
    }
    if (const Fault *f = m_state.faults.hit(FaultKind::Slow, request.role, request.path))
        response.delayMs = f->ms;
    return response;
}

HttpResponse FakeServer::dispatch(HttpRequest &request, BodySink *sink)
{
    // Every kind counts the request, whichever of them wins.
    const Fault *html = m_state.faults.hit(FaultKind::HtmlReply, request.role, request.path);
    const Fault *empty = m_state.faults.hit(FaultKind::EmptyReply, request.role, request.path);
    const Fault *httpError = m_state.faults.hit(FaultKind::HttpError, request.role, request.path);
    HttpResponse response;
    if (html) {
        // What a maintenance page or a captive portal answers: 200, HTML, whatever was asked.
        return HttpResponse::html(200, QStringLiteral("1fichier.com: Cloud Storage"),
            QStringLiteral("<div class=\"bloc\">Maintenance en cours, merci de patienter.</div>"),
            QStringLiteral("KO fault: HTML page"));
    }
    if (empty) {
        response.setHeader("Content-Type", "text/html");
        response.logResult = QStringLiteral("KO fault: empty reply");
        return response;
    }
    if (const Fault *f = httpError) {
        const QString title = QStringLiteral("%1 %2").arg(f->status).arg(
            QString::fromLatin1(HttpResponse::reasonPhrase(f->status)));
        response = HttpResponse::html(f->status, title,
            QStringLiteral("<center><h1>%1</h1></center><hr><center>nginx</center>").arg(title),
            QStringLiteral("KO fault: HTTP %1").arg(f->status));
    } else if (request.role == Role::Api) {
        response = m_api.handle(request);
    } else if (request.role == Role::Node) {
        response = m_node.handle(request, sink);
    } else {
        response = m_download.handle(request);
    }
    return response;
}

void FakeServer::onFinished(const HttpRequest &request, int status, const QString &logResult)
{
    m_log.write(request, status, logResult);
}

} // namespace Coffre::Fake
