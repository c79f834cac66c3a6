#include "ScriptedHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

ScriptedHttpServer::ScriptedHttpServer(QObject *parent) : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onConnection);
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    // Sockets are the QTcpServer's children; stop them calling back into a half-destroyed us.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>()) {
        socket->disconnect(this);
        delete socket;
    }
}

bool ScriptedHttpServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

int ScriptedHttpServer::count(const QByteArray &pathSuffix) const
{
    int n = 0;
    for (const Request &r : m_requests) {
        if (r.path().endsWith(pathSuffix))
            ++n;
    }
    return n;
}

void ScriptedHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { process(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_started.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::process(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    if (buffer.isEmpty() && socket->bytesAvailable() > 0)
        m_started[socket] = m_clock.elapsed();
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        request.atMs = m_started.value(socket, m_clock.elapsed());
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(
                    lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qint64 length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        if (!buffer.isEmpty())
            m_started[socket] = m_clock.elapsed();
        m_requests.append(request);
        const Response response = m_handler ? m_handler(request) : Response::json("{\"status\":\"OK\"}");
        if (response.delayMs > 0) {
            QTimer::singleShot(response.delayMs, socket,
                [this, socket, request, response] { answer(socket, request, response); });
            return;
        }
        answer(socket, request, response);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void ScriptedHttpServer::answer(QTcpSocket *socket, const Request &request, const Response &response)
{
    if (response.dropBeforeAnswer) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
        hasLength = hasLength || name.toLower() == "content-length";
    }
    if (!hasLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    const bool close = request.header("connection").toLower() == "close" || response.dropAfter >= 0;
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";
    socket->write(head);
    if (response.dropAfter >= 0) {
        socket->write(response.body.left(response.dropAfter));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(response.body);
    if (close)
        socket->disconnectFromHost();
}
