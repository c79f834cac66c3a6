#pragma once

#include "fichier/FichierConfig.h"
#include "fichier/FichierError.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QIODevice;

namespace Coffre {

class RequestPacer;

// HTTP for one 1fichier account: owns the QNetworkAccessManager and the RequestPacer, adds
// the Bearer header, enforces the URL policy (https, http only to loopback), retries
// retryable failures with backoff, turns replies into FichierError, and logs method, path,
// status and duration — never the key, never a download token.
class FichierTransport : public QObject
{
    Q_OBJECT
public:
    enum class Role { Api, Node, Download };

    struct Request {
        Role role = Role::Api;
        QByteArray method = QByteArrayLiteral("POST");
        QUrl url;
        QByteArray body; // for API calls: the JSON document
        QIODevice *bodyDevice = nullptr; // streamed body (upload); not owned, must outlive the reply
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool json = true; // API semantics: 2xx must be a JSON object without status KO
        bool retry = true; // retry network errors, 429, 5xx and floods
        bool http2 = true;
        bool closeConnection = false;
        QString logName; // what the log shows instead of the URL path
        int delayMs = 0; // do not start before this much time has passed (polls, backoff)
        // POST the bodyDevice on a dedicated connection (UploadConnection) instead of QNAM:
        // HTTP/1.1, Connection: close, streamed in large writes, never silently resent.
        bool ownConnection = false;
    };

    struct Response {
        int status = 0;
        QByteArray body;
        QByteArray location;
        qint64 durationMs = 0;
    };

    using Done = std::function<void(const FichierError &error, const Response &response)>;
    using Started = std::function<void(QNetworkReply *reply)>;

    explicit FichierTransport(const FichierConfig &config, QObject *parent = nullptr);
    ~FichierTransport() override;

    const FichierConfig &config() const { return m_config; }
    RequestPacer *pacer() const { return m_pacer; }
    QNetworkAccessManager *network() const { return m_network; }

    // <apiBase>/<endpoint>, e.g. "folder/ls.cgi".
    QUrl apiUrl(const QString &endpoint) const;
    // <scheme of apiBase>://<host><path>, or an invalid URL if `host` is not a host name or
    // the result breaks the URL policy.
    QUrl hostUrl(const QString &host, const QString &path) const;
    // `url` with the API base's scheme, or an invalid URL when the policy refuses it.
    QUrl withApiScheme(const QUrl &url) const;

    // Queues a paced request. `done` is called once (unless the owner is cancelled or
    // destroyed first) with the final outcome after retries; a URL the policy refuses gives
    // a Config error without any request. `started` sees each QNAM reply as it is created,
    // `progress` the body bytes sent (both optional).
    using Progress = std::function<void(qint64 sent, qint64 total)>;
    void send(
        QObject *owner, const Request &request, Done done, Started started = {}, Progress progress = {});
    // Queues a paced request whose reply the caller drives itself (downloads): `started`
    // receives the reply, which the caller must delete. No retries here.
    void open(QObject *owner, const Request &request, Started started);
    // Aborts the in-flight requests of `owner` (their callbacks are not called) and drops its
    // queued requests.
    void cancelOwner(const QObject *owner);

    // Builds the error for a finished reply (network error, HTTP status, KO body); `where`
    // names the request in the detail (describe()).
    FichierError errorFor(
        QNetworkReply *reply, const QByteArray &body, bool json, const QString &where) const;
    // "METHOD path" (or the request's logName): what logs and error details show.
    static QString describe(const Request &request);
    // The text with the API key replaced, for anything that came from outside.
    QString scrub(const QString &text) const;
    QByteArray scrub(const QByteArray &body) const;
    void logFinished(const Request &request, int status, qint64 ms, const QString &outcome) const;

signals:
    void floodPause(qint64 ms);

private:
    struct Call;
    void startCall(const std::shared_ptr<Call> &call);
    void startOwnConnection(const std::shared_ptr<Call> &call);
    void finishCall(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    // Retries or reports one finished attempt.
    void conclude(const std::shared_ptr<Call> &call, const FichierError &error, const Response &response);
    QNetworkRequest buildRequest(const Request &request) const;
    QNetworkReply *createReply(const Request &request);
    void track(const QObject *owner, QNetworkReply *reply);
    qint64 notBefore(const Request &request) const;

    FichierConfig m_config;
    QNetworkAccessManager *m_network;
    RequestPacer *m_pacer;
    QMultiHash<const QObject *, QPointer<QNetworkReply>> m_inFlight;
    QMultiHash<const QObject *, QPointer<QObject>> m_connections; // UploadConnections
};

} // namespace Coffre
