#pragma once

#include "fichier/FichierError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <utility>

class QIODevice;
class QTcpSocket;

namespace Coffre {

// One HTTP/1.1 POST of a streamed body on its own TCP or TLS connection, for upload.cgi.
// QNAM hands upload data from the calling thread to its HTTP thread 16 KB at a time, which
// costs about four times curl's CPU and stalls whenever the calling thread is busy; here the
// body goes straight from the device to the socket in large writes (at most ~1 MB in
// flight), HTTP/2 never happens, the connection closes after the reply (Connection: close),
// redirects are not followed (the 302's Location is read by the caller), a dropped
// connection is never silently resent, and TLS errors end the request (never ignored).
class UploadConnection : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    // `body` must be open, stay alive until finished(), and have a known size().
    UploadConnection(const QUrl &url, const Headers &headers, QIODevice *body, int inactivityTimeoutMs,
        QObject *parent = nullptr);
    ~UploadConnection() override;

    void start();
    // Closes the connection at once; finished() is not emitted afterwards.
    void abort();

    // After finished(): a transport error (Network, Tls, LocalFile), or none and the reply.
    FichierError error() const { return m_error; }
    int status() const { return m_status; }
    QByteArray header(const QByteArray &name) const;
    QByteArray body() const { return m_replyBody; }
    qint64 bodyBytesSent() const { return m_sent; }

    // The request head exactly as sent (for tests and logs; it carries the Authorization
    // header, so never log it).
    static QByteArray requestHead(const QUrl &url, const Headers &headers);

signals:
    void progress(qint64 sent, qint64 total);
    void finished();

private:
    void onConnected();
    void pump();
    void onBytesWritten(qint64 bytes);
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    // Parses what arrived; true once a whole reply is in.
    bool parseReply(bool connectionClosed);
    void fail(FichierError::Kind kind, const QString &detail);
    void complete();

    QUrl m_url;
    Headers m_headers;
    QIODevice *m_source;
    std::unique_ptr<QTcpSocket> m_socket;
    QTimer m_idle;
    QByteArray m_chunk;
    qint64 m_headBytes = 0;
    qint64 m_headLeft = 0; // head bytes not yet acknowledged by bytesWritten
    qint64 m_total = 0;
    qint64 m_sent = 0;
    qint64 m_queued = 0;
    QByteArray m_reply;
    int m_status = 0;
    QList<std::pair<QByteArray, QByteArray>> m_replyHeaders;
    QByteArray m_replyBody;
    FichierError m_error;
    bool m_done = false;
};

} // namespace Coffre
