#include "HttpConnection.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>
#include <QUrl>

#include <sys/socket.h>

namespace Coffre::Fake {

namespace {

constexpr qint64 kMaxHead = 64 * 1024;
constexpr qint64 kChunk = 256 * 1024;
constexpr qint64 kWriteHighWater = 1 << 20;
constexpr int kIdleMs = 120000;
constexpr int kLingerMs = 2000;

QByteArray httpDate()
{
    return QLocale::c()
               .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
               .toLatin1()
        + " GMT";
}

enum class ChunkResult { Incomplete, Done, Error };

// Decodes a whole chunked body held in `raw` (small API bodies only).
ChunkResult decodeChunked(const QByteArray &raw, QByteArray *out, qsizetype *consumed)
{
    out->clear();
    qsizetype pos = 0;
    for (;;) {
        const qsizetype eol = raw.indexOf("\r\n", pos);
        if (eol < 0)
            return ChunkResult::Incomplete;
        QByteArray sizeLine = raw.mid(pos, eol - pos);
        const qsizetype semi = sizeLine.indexOf(';');
        if (semi >= 0)
            sizeLine.truncate(semi);
        bool ok = false;
        const qint64 size = sizeLine.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return ChunkResult::Error;
        pos = eol + 2;
        if (size == 0) {
            // Trailers end with an empty line.
            for (;;) {
                const qsizetype end = raw.indexOf("\r\n", pos);
                if (end < 0)
                    return ChunkResult::Incomplete;
                const bool empty = end == pos;
                pos = end + 2;
                if (empty) {
                    *consumed = pos;
                    return ChunkResult::Done;
                }
            }
        }
        if (raw.size() < pos + size + 2)
            return ChunkResult::Incomplete;
        out->append(raw.constData() + pos, size);
        pos += size;
        if (raw.mid(pos, 2) != "\r\n")
            return ChunkResult::Error;
        pos += 2;
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Role role, RequestRouter *router, QObject *parent)
    : QObject(parent), m_socket(socket), m_role(role), m_router(router)
{
    m_socket->setParent(this);
    // Bounded socket buffer: a fast uploader is slowed down by TCP instead of filling memory.
    m_socket->setReadBufferSize(kWriteHighWater);
    m_request.role = m_role;
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_state == State::Head && m_buffer.isEmpty())
            m_socket->disconnectFromHost();
        else
            m_idle.start();
    });
    m_idle.start();
    m_linger.setSingleShot(true);
    m_linger.setInterval(kLingerMs);
    connect(&m_linger, &QTimer::timeout, this, [this] { m_socket->abort(); });
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    m_socket->disconnect(this); // no onDisconnected() from a half-destroyed object
    if (m_decision.sink && m_state != State::Closed)
        m_decision.sink->abort();
}

void HttpConnection::onReadyRead()
{
    m_idle.start();
    if (m_state == State::Lingering) {
        m_socket->readAll();
        return;
    }
    process();
}

void HttpConnection::onBytesWritten()
{
    m_idle.start();
    if (m_state != State::Responding)
        return;
    if (m_fileLeft > 0 || (m_response.dropAfterBodyBytes >= 0 && m_bodySent >= m_response.dropAfterBodyBytes))
        pumpFile();
    if (m_state == State::Responding && m_allQueued && m_socket->bytesToWrite() == 0)
        responseDone();
}

void HttpConnection::onDisconnected()
{
    if (m_state != State::Closed && m_state != State::Lingering && m_headParsed && !m_logged) {
        if (m_decision.sink && m_state == State::Body)
            m_decision.sink->abort();
        logOnce(0, QStringLiteral("KO client closed the connection"));
    }
    m_state = State::Closed;
    m_linger.stop();
    m_idle.stop();
    deleteLater();
}

void HttpConnection::process()
{
    for (;;) {
        switch (m_state) {
        case State::Head: {
            m_buffer += m_socket->readAll();
            // Tolerate stray CRLFs between keep-alive requests.
            while (m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, 2);
            if (m_buffer.isEmpty())
                return;
            if (m_request.startMs == 0)
                m_request.startMs = QDateTime::currentMSecsSinceEpoch();
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > kMaxHead) {
                    m_closeAfter = true;
                    m_state = State::Responding;
                    respond(HttpResponse::html(431, QStringLiteral("431"),
                        QStringLiteral("<h1>431 Request Header Fields Too Large</h1>"),
                        QStringLiteral("KO headers too large")));
                }
                return;
            }
            const QByteArray head = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
            if (!parseHead(head)) {
                m_closeAfter = true;
                m_state = State::Responding;
                respond(HttpResponse::html(400, QStringLiteral("400 Bad Request"),
                    QStringLiteral("<h1>400 Bad Request</h1>"), QStringLiteral("KO bad request")));
                return;
            }
            beginBody();
            break;
        }
        case State::Body: {
            if (!m_buffer.isEmpty() && m_remaining > 0) {
                const qint64 n = qMin<qint64>(m_remaining, m_buffer.size());
                const QByteArray part = m_buffer.left(n);
                m_buffer.remove(0, n);
                m_remaining -= n;
                feedBody(part.constData(), n);
                if (m_state != State::Body)
                    return;
            }
            QByteArray chunk;
            while (m_remaining > 0 && m_socket->bytesAvailable() > 0) {
                const qint64 want = qMin<qint64>(m_remaining, kChunk);
                chunk.resize(want);
                const qint64 n = m_socket->read(chunk.data(), want);
                if (n <= 0)
                    break;
                m_remaining -= n;
                feedBody(chunk.constData(), n);
                if (m_state != State::Body)
                    return;
            }
            if (m_remaining > 0)
                return;
            completeRequest();
            break;
        }
        case State::Chunked: {
            m_buffer += m_socket->readAll();
            QByteArray decoded;
            qsizetype consumed = 0;
            const ChunkResult r = decodeChunked(m_buffer, &decoded, &consumed);
            if (r == ChunkResult::Incomplete) {
                if (m_buffer.size() > m_decision.maxBufferedBody + kMaxHead) {
                    m_closeAfter = true;
                    m_state = State::Responding;
                    respond(HttpResponse::html(413, QStringLiteral("413"),
                        QStringLiteral("<h1>413 Request Entity Too Large</h1>"),
                        QStringLiteral("KO body too large")));
                }
                return;
            }
            if (r == ChunkResult::Error) {
                m_closeAfter = true;
                m_state = State::Responding;
                respond(HttpResponse::html(400, QStringLiteral("400 Bad Request"),
                    QStringLiteral("<h1>400 Bad Request</h1>"), QStringLiteral("KO bad chunked body")));
                return;
            }
            m_buffer.remove(0, consumed);
            m_request.bodyBytes = decoded.size();
            if (!m_draining)
                m_request.body = decoded;
            completeRequest();
            break;
        }
        case State::Responding:
        case State::Lingering:
        case State::Closed:
            return;
        }
    }
}

bool HttpConnection::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    if (requestLine.size() != 3)
        return false;
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    m_request.version = requestLine.at(2);
    if (m_request.version != "HTTP/1.1" && m_request.version != "HTTP/1.0")
        return false;
    if (!m_request.target.startsWith('/'))
        return false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (line.startsWith(' ') || line.startsWith('\t'))
            return false; // obsolete line folding
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        m_request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    if (m_request.version == "HTTP/1.1" && !m_request.hasHeader("host"))
        return false;
    const qsizetype q = m_request.target.indexOf('?');
    const QByteArray rawPath = q < 0 ? m_request.target : m_request.target.left(q);
    m_request.path = QUrl::fromPercentEncoding(rawPath);
    if (q >= 0)
        m_request.query = QUrlQuery(QString::fromUtf8(m_request.target.mid(q + 1)));
    m_request.peer = m_socket->peerAddress();
    m_headParsed = true;
    return true;
}

void HttpConnection::beginBody()
{
    const QByteArray te = m_request.header("transfer-encoding").toLower();
    const bool chunked = te.contains("chunked");
    const bool hasLength = m_request.hasHeader("content-length");
    qint64 length = 0;
    if (hasLength) {
        bool ok = false;
        const QByteArray v = m_request.header("content-length");
        length = v.toLongLong(&ok);
        if (!ok || length < 0 || v.startsWith('+') || chunked) {
            m_closeAfter = true;
            m_state = State::Responding;
            respond(HttpResponse::html(400, QStringLiteral("400 Bad Request"),
                QStringLiteral("<h1>400 Bad Request</h1>"), QStringLiteral("KO bad Content-Length")));
            return;
        }
    } else if (!te.isEmpty() && !chunked) {
        m_closeAfter = true;
        m_state = State::Responding;
        respond(HttpResponse::html(501, QStringLiteral("501"), QStringLiteral("<h1>501 Not Implemented</h1>"),
            QStringLiteral("KO unknown transfer-encoding")));
        return;
    }
    const bool hasBody = chunked || length > 0;
    const QByteArray connection = m_request.header("connection").toLower();
    if (connection.contains("close")
        || (m_request.version == "HTTP/1.0" && !connection.contains("keep-alive")))
        m_closeAfter = true;
    m_expectContinue = hasBody && m_request.header("expect").toLower() == "100-continue";

    m_decision = m_router->onHeaders(m_request);
    if (m_decision.kind == HeadDecision::Reject) {
        if (!hasBody) {
            m_state = State::Responding;
            respond(std::move(m_decision.response));
            return;
        }
        if (chunked || m_expectContinue) {
            // Unknown length, or a client still waiting for 100: answer now and close; the
            // lingering close keeps a reset from destroying the reply.
            m_closeAfter = true;
            m_state = State::Responding;
            respond(std::move(m_decision.response));
            return;
        }
        m_draining = true;
    } else if (m_decision.kind == HeadDecision::Buffer && length > m_decision.maxBufferedBody) {
        m_closeAfter = true;
        m_state = State::Responding;
        respond(HttpResponse::html(413, QStringLiteral("413"),
            QStringLiteral("<h1>413 Request Entity Too Large</h1>"), QStringLiteral("KO body too large")));
        return;
    } else if (m_decision.kind == HeadDecision::Stream && chunked) {
        m_closeAfter = true;
        m_state = State::Responding;
        respond(HttpResponse::ko(411, QStringLiteral("Content-Length required")));
        return;
    }
    if (m_expectContinue)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (chunked) {
        m_state = State::Chunked;
    } else {
        m_remaining = length;
        m_state = State::Body;
    }
}

void HttpConnection::feedBody(const char *data, qint64 size)
{
    qint64 take = size;
    const qint64 drop = m_draining ? -1 : m_decision.dropAfterBodyBytes;
    if (drop >= 0 && m_request.bodyBytes + take > drop)
        take = drop - m_request.bodyBytes;
    m_request.bodyBytes += take;
    if (!m_draining) {
        if (m_decision.kind == HeadDecision::Stream)
            m_decision.sink->write(data, take);
        else
            m_request.body.append(data, take);
    }
    if (drop >= 0 && m_request.bodyBytes >= drop && (take < size || m_remaining > 0))
        dropConnection(
            QStringLiteral("fault: upload connection dropped after %1 bytes").arg(m_request.bodyBytes));
}

void HttpConnection::completeRequest()
{
    m_state = State::Responding;
    if (m_draining) {
        respond(std::move(m_decision.response));
        return;
    }
    if (m_decision.sink)
        m_decision.sink->finish();
    respond(m_router->onRequest(m_request, m_decision.sink.get()));
}

void HttpConnection::respond(HttpResponse response)
{
    m_response = std::move(response);
    if (m_response.delayMs > 0) {
        QTimer::singleShot(m_response.delayMs, this, [this] {
            if (m_state == State::Responding)
                writeResponse();
        });
        return;
    }
    writeResponse();
}

void HttpConnection::writeResponse()
{
    if (m_response.reset) {
        dropConnection(QStringLiteral("fault: connection dropped instead of the reply"));
        return;
    }
    if (m_response.hang) {
        // Nothing is ever sent; the client's own timeout has to end this.
        logOnce(0, QStringLiteral("KO fault: no reply"));
        return;
    }
    const bool close = m_closeAfter || m_response.close;
    m_closeAfter = close;
    const bool fileBody = !m_response.filePath.isEmpty();
    const qint64 length = fileBody ? m_response.fileLength : m_response.body.size();
    const bool sendBody = !m_response.headOnly && m_request.method != "HEAD";
    // The log line is written before the first byte of the reply, so a client that has its
    // reply always finds the line (tests count calls right after a job finishes).
    const qint64 cut = m_response.dropAfterBodyBytes;
    if (sendBody && fileBody && cut >= 0 && cut < length) {
        logOnce(0,
            (m_response.stallAtCut ? QStringLiteral("KO fault: download stalled after %1 bytes")
                                   : QStringLiteral("KO fault: download dropped after %1 bytes"))
                .arg(cut));
    } else {
        logOnce(m_response.status, m_response.logResult);
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(m_response.status) + ' '
        + HttpResponse::reasonPhrase(m_response.status) + "\r\nServer: nginx\r\nDate: " + httpDate() + "\r\n";
    for (const auto &h : std::as_const(m_response.headers))
        head += h.first + ": " + h.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    head += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";
    m_socket->write(head);
    m_bodySent = 0;
    m_fileLeft = 0;
    if (sendBody && fileBody && length > 0) {
        m_file.setFileName(m_response.filePath);
        if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(m_response.fileOffset)) {
            dropConnection(QStringLiteral("cannot read stored file"));
            return;
        }
        m_fileLeft = length;
        m_allQueued = false;
        pumpFile();
        return;
    }
    if (sendBody)
        m_socket->write(m_response.body);
    m_allQueued = true;
    if (m_socket->bytesToWrite() == 0)
        responseDone();
}

void HttpConnection::pumpFile()
{
    const qint64 drop = m_response.dropAfterBodyBytes;
    QByteArray chunk;
    while (m_fileLeft > 0 && m_socket->bytesToWrite() < kWriteHighWater) {
        qint64 want = qMin(kChunk, m_fileLeft);
        if (drop >= 0)
            want = qMin(want, drop - m_bodySent);
        if (want <= 0)
            break;
        chunk.resize(want);
        const qint64 n = m_file.read(chunk.data(), want);
        if (n <= 0) {
            dropConnection(QStringLiteral("cannot read stored file"));
            return;
        }
        const qint64 flip = m_response.corruptAt - m_bodySent;
        if (flip >= 0 && flip < n)
            chunk[flip] = char(chunk.at(flip) ^ 0x20);
        m_socket->write(chunk.constData(), n);
        m_bodySent += n;
        m_fileLeft -= n;
    }
    if (drop >= 0 && m_bodySent >= drop && m_fileLeft > 0) {
        if (m_response.stallAtCut)
            return; // "hang": the connection stays open and silent
        // Let the bytes before the cut reach the client, then reset the connection.
        if (m_socket->bytesToWrite() == 0)
            dropConnection(QStringLiteral("fault: download dropped after %1 bytes").arg(m_bodySent));
        return;
    }
    if (m_fileLeft == 0) {
        m_file.close();
        m_allQueued = true;
    }
}

void HttpConnection::responseDone()
{
    logOnce(m_response.status, m_response.logResult); // normally done before the reply
    if (m_closeAfter) {
        lingerAndClose();
        return;
    }
    resetForNext();
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

void HttpConnection::resetForNext()
{
    m_request = HttpRequest();
    m_request.role = m_role;
    m_decision = HeadDecision();
    m_headParsed = false;
    m_logged = false;
    m_draining = false;
    m_closeAfter = false;
    m_expectContinue = false;
    m_remaining = 0;
    m_response = HttpResponse();
    m_fileLeft = 0;
    m_bodySent = 0;
    m_allQueued = false;
    m_state = State::Head;
}

void HttpConnection::lingerAndClose()
{
    // Half-close, then read and discard what the client still sends, so that unread request
    // bytes do not turn our close into a reset that would destroy the reply in flight.
    m_state = State::Lingering;
    if (m_decision.sink && m_remaining > 0)
        m_decision.sink->abort();
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_socket->readAll();
    m_linger.start();
}

void HttpConnection::dropConnection(const QString &why)
{
    logOnce(0, QStringLiteral("KO ") + why);
    if (m_decision.sink)
        m_decision.sink->abort();
    m_decision.sink.reset();
    m_state = State::Closed;
    m_file.close();
    m_socket->abort();
}

void HttpConnection::logOnce(int status, const QString &result)
{
    if (m_logged || !m_headParsed)
        return;
    m_logged = true;
    m_router->onFinished(m_request, status, result);
}

} // namespace Coffre::Fake
