#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

// What came back for one raw request.
struct WireReply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QJsonObject json;
    bool isJson = false;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    QString message() const { return json.value(QLatin1String("message")).toString(); }
    bool ok() const { return json.value(QLatin1String("status")).toString() == QLatin1String("OK"); }
};

// Drives the stand-in with plain QNetworkAccessManager requests, built by hand the way the
// API document describes them, so the stand-in's tests depend on no Coffre client code.
class WireClient
{
public:
    explicit WireClient(const QString &key);
    void setKey(const QString &key) { m_key = key; }
    // No byte moving for this long ends a request with a timeout error (default 120 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    enum Flag { NoFlags = 0, NoAuth = 1, NoContentType = 2, Get = 4 };
    // POST <apiUrl>/<endpoint> with a JSON body (or GET with Flag Get).
    WireReply api(
        const QUrl &apiUrl, const QString &endpoint, const QJsonObject &body = {}, int flags = NoFlags);
    WireReply send(QNetworkRequest request, const QByteArray &method, const QByteArray &body = {},
        QIODevice *device = nullptr, bool auth = true);
    WireReply get(
        const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool auth = true);

    // A multipart/form-data body like rclone's: `did` first, then one `file[]` part.
    static QByteArray multipartBody(
        const QByteArray &boundary, const QString &did, const QString &filename, const QByteArray &content);

    struct Upload {
        QString node; // host:port from get_upload_server
        QString id;
        WireReply server;
        WireReply post;
        WireReply report; // end.pl with JSON: 1 (empty when the POST was not a 302)
    };
    // The whole flow of §4.1 for a small file.
    Upload upload(const QUrl &apiUrl, const QString &filename, const QByteArray &content,
        const QString &did = {}, const QByteArray &contentType = {});

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QString m_key;
    int m_timeoutMs = 120000;
    QNetworkAccessManager m_nam;
};
