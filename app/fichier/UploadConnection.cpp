#include "fichier/UploadConnection.h"

#include <QIODevice>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

namespace Coffre {

namespace {
constexpr qint64 kChunk = 256 * 1024;
constexpr qint64 kInFlight = 1024 * 1024; // bytes handed to the socket but not yet written
constexpr qint64 kMaxReply = 1024 * 1024; // an upload.cgi reply is a redirect or a short page

// Decodes a chunked body; returns false while incomplete (or when malformed).
bool dechunk(const QByteArray &raw, QByteArray *out)
{
    QByteArray body;
    qsizetype at = 0;
    for (;;) {
        const qsizetype eol = raw.indexOf("\r\n", at);
        if (eol < 0)
            return false;
        bool ok = false;
        const qint64 size = raw.mid(at, eol - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return false;
        at = eol + 2;
        if (size == 0) {
            *out = body;
            return true;
        }
        if (raw.size() < at + size + 2)
            return false;
        body += raw.mid(at, size);
        at += size + 2;
    }
}
} // namespace

UploadConnection::UploadConnection(
    const QUrl &url, const Headers &headers, QIODevice *body, int inactivityTimeoutMs, QObject *parent)
    : QObject(parent), m_url(url), m_headers(headers), m_source(body)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(inactivityTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        fail(FichierError::Kind::Network,
            QStringLiteral("upload.cgi: no progress for %1 s").arg(m_idle.interval() / 1000));
    });
}

UploadConnection::~UploadConnection()
{
    abort();
}

QByteArray UploadConnection::requestHead(const QUrl &url, const Headers &headers)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    QByteArray head = "POST " + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    return head;
}

void UploadConnection::start()
{
    m_total = m_source->size() - m_source->pos();
    const bool tls = m_url.scheme() == QLatin1String("https");
    const quint16 port = quint16(m_url.port(tls ? 443 : 80));
    if (tls) {
        if (!QSslSocket::supportsSsl())
            return fail(FichierError::Kind::Tls, QStringLiteral("upload.cgi: no TLS support"));
        auto socket = std::make_unique<QSslSocket>();
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        config.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
        socket->setSslConfiguration(config);
        connect(socket.get(), &QSslSocket::encrypted, this, &UploadConnection::onConnected);
        // No handler for sslErrors(): unignored errors abort the handshake.
        m_socket = std::move(socket);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QTcpSocket::connected, this, &UploadConnection::onConnected);
    }
    connect(m_socket.get(), &QTcpSocket::bytesWritten, this, &UploadConnection::onBytesWritten);
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &UploadConnection::onReadyRead);
    connect(m_socket.get(), &QTcpSocket::disconnected, this, &UploadConnection::onDisconnected);
    connect(m_socket.get(), &QTcpSocket::errorOccurred, this, &UploadConnection::onSocketError);
    m_idle.start();
    if (tls)
        static_cast<QSslSocket *>(m_socket.get())->connectToHostEncrypted(m_url.host(), port);
    else
        m_socket->connectToHost(m_url.host(), port);
}

void UploadConnection::abort()
{
    m_done = true;
    m_idle.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void UploadConnection::onConnected()
{
    const QByteArray head = requestHead(m_url, m_headers);
    m_headBytes = head.size();
    m_headLeft = head.size();
    m_socket->write(head);
    m_chunk.resize(kChunk);
    pump();
}

void UploadConnection::pump()
{
    while (!m_done && m_queued < m_total && m_socket->bytesToWrite() < kInFlight) {
        const qint64 n = m_source->read(m_chunk.data(), std::min(kChunk, m_total - m_queued));
        if (n <= 0) {
            return fail(FichierError::Kind::LocalFile,
                tr("the file being uploaded cannot be read: %1").arg(m_source->errorString()));
        }
        m_socket->write(m_chunk.constData(), n);
        m_queued += n;
    }
}

void UploadConnection::onBytesWritten(qint64 bytes)
{
    m_idle.start();
    const qint64 head = std::min(bytes, m_headLeft);
    m_headLeft -= head;
    if (bytes > head) {
        m_sent += bytes - head;
        emit progress(m_sent, m_total);
    }
    pump();
}

void UploadConnection::onReadyRead()
{
    m_idle.start();
    m_reply += m_socket->readAll();
    if (m_reply.size() > kMaxReply)
        return fail(FichierError::Kind::Network, QStringLiteral("upload.cgi: reply too large"));
    if (parseReply(false))
        complete();
}

void UploadConnection::onDisconnected()
{
    if (m_done)
        return;
    m_reply += m_socket->readAll();
    if (parseReply(true))
        return complete();
    fail(FichierError::Kind::Network,
        m_status
            ? QStringLiteral("upload.cgi: reply cut short")
            : QStringLiteral("upload.cgi: connection closed after %1 of %2 bytes").arg(m_sent).arg(m_total));
}

void UploadConnection::onSocketError()
{
    if (m_done)
        return;
    const QAbstractSocket::SocketError code = m_socket->error();
    if (code == QAbstractSocket::RemoteHostClosedError)
        return onDisconnected(); // a complete reply followed by the close is fine
    const bool tls = code == QAbstractSocket::SslHandshakeFailedError
        || code == QAbstractSocket::SslInternalError || code == QAbstractSocket::SslInvalidUserDataError;
    fail(tls ? FichierError::Kind::Tls : FichierError::Kind::Network,
        QStringLiteral("upload.cgi: ") + m_socket->errorString());
}

bool UploadConnection::parseReply(bool connectionClosed)
{
    const qsizetype end = m_reply.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    if (m_status == 0) {
        const QList<QByteArray> lines = m_reply.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        if (!statusLine.value(0).startsWith("HTTP/1.") || statusLine.size() < 2)
            return connectionClosed; // garbage: the caller sees status 0
        m_status = statusLine.at(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                m_replyHeaders.append(
                    {lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed()});
        }
        if (m_status == 100) { // an unasked-for "100 Continue": skip it
            m_reply.remove(0, end + 4);
            m_status = 0;
            m_replyHeaders.clear();
            return parseReply(connectionClosed);
        }
    }
    const QByteArray raw = m_reply.mid(end + 4);
    if (header("transfer-encoding").toLower().contains("chunked"))
        return dechunk(raw, &m_replyBody) || connectionClosed;
    bool hasLength = false;
    const qint64 length = header("content-length").toLongLong(&hasLength);
    if (hasLength) {
        if (raw.size() < length)
            return false;
        m_replyBody = raw.left(length);
        return true;
    }
    m_replyBody = raw;
    return connectionClosed || m_status == 204 || m_status == 304;
}

QByteArray UploadConnection::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &[key, value] : m_replyHeaders) {
        if (key == lower)
            return value;
    }
    return {};
}

void UploadConnection::fail(FichierError::Kind kind, const QString &detail)
{
    if (m_done)
        return;
    m_error = FichierError(kind, detail);
    abort();
    emit finished();
}

void UploadConnection::complete()
{
    if (m_done)
        return;
    abort(); // we asked for Connection: close; do not wait for the server to hang up
    emit finished();
}

} // namespace Coffre
