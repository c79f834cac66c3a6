#pragma once

#include "RequestRouter.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace Coffre::Fake {

// One keep-alive HTTP/1.1 connection. Headers are parsed here; small bodies are buffered,
// upload bodies are handed to a BodySink as they arrive (bounded memory), and file replies
// are streamed from disk as the socket drains.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, Role role, RequestRouter *router, QObject *parent = nullptr);
    ~HttpConnection() override;

private:
    enum class State { Head, Body, Chunked, Responding, Lingering, Closed };

    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void process();
    bool parseHead(const QByteArray &head);
    void beginBody();
    void feedBody(const char *data, qint64 size);
    void completeRequest();
    void respond(HttpResponse response);
    void writeResponse();
    void pumpFile();
    void responseDone();
    void resetForNext();
    void lingerAndClose();
    void dropConnection(const QString &why);
    void logOnce(int status, const QString &result);

    QTcpSocket *m_socket;
    Role m_role;
    RequestRouter *m_router;
    State m_state = State::Head;
    QByteArray m_buffer;
    HttpRequest m_request;
    HeadDecision m_decision;
    bool m_headParsed = false;
    bool m_logged = false;
    bool m_draining = false; // rejected: the body is read and thrown away
    bool m_closeAfter = false;
    bool m_expectContinue = false;
    qint64 m_remaining = 0;
    HttpResponse m_response;
    QFile m_file;
    qint64 m_fileLeft = 0;
    qint64 m_bodySent = 0;
    bool m_allQueued = false;
    QTimer m_idle;
    QTimer m_linger;
};

} // namespace Coffre::Fake
