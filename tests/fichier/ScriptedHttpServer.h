#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A tiny HTTP/1.1 server on 127.0.0.1 whose answers a test scripts request by request. It
// records every request exactly as it arrived (headers, body, time), so tests can check the
// client's wire format; answers can also drop the connection to simulate failures.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray target; // path and query as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        qint64 atMs = 0; // when the request line arrived, on the server's clock
        QByteArray path() const
        {
            return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        }
        QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    };
    struct Response {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 dropAfter = -1; // close the connection after this many body bytes (>= 0)
        bool dropBeforeAnswer = false; // close without answering
        int delayMs = 0;
        static Response json(const QByteArray &body, int status = 200)
        {
            Response r;
            r.status = status;
            r.body = body;
            r.headers.append(
                std::pair<QByteArray, QByteArray>("Content-Type", "application/json; charset=utf-8"));
            return r;
        }
    };
    using Handler = std::function<Response(const Request &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;
    bool start();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = {}) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<Request> &requests() const { return m_requests; }
    int count(const QByteArray &pathSuffix) const;
    int connections() const { return m_connections; }
    qint64 nowMs() const { return m_clock.elapsed(); }

private:
    void onConnection();
    void process(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request, const Response &response);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, qint64> m_started;
    int m_connections = 0;
    QElapsedTimer m_clock;
};
