#include "WireClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>

QByteArray WireReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

WireClient::WireClient(const QString &key) : m_key(key)
{
    // Redirects are looked at, not followed (upload.cgi answers 302).
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

WireReply WireClient::send(
    QNetworkRequest request, const QByteArray &method, const QByteArray &body, QIODevice *device, bool auth)
{
    if (auth && !m_key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = nullptr;
    if (device)
        reply = m_nam.sendCustomRequest(request, method, device);
    else if (method == "GET" && body.isEmpty())
        reply = m_nam.get(request);
    else if (method == "HEAD")
        reply = m_nam.head(request); // a custom HEAD would wait for a body
    else
        reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    WireReply out;
    out.elapsedMs = timer.elapsed();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.errorString = reply->errorString();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(out.body, &parseError);
    out.isJson = parseError.error == QJsonParseError::NoError && doc.isObject();
    out.json = doc.object();
    reply->deleteLater();
    return out;
}

WireReply WireClient::api(const QUrl &apiUrl, const QString &endpoint, const QJsonObject &body, int flags)
{
    QUrl url = apiUrl;
    url.setPath(apiUrl.path() + QLatin1Char('/') + endpoint);
    QNetworkRequest request(url);
    if (!(flags & NoContentType))
        request.setRawHeader("Content-Type", "application/json");
    const QByteArray payload
        = (flags & Get) ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return send(request, (flags & Get) ? "GET" : "POST", payload, nullptr, !(flags & NoAuth));
}

WireReply WireClient::get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers, bool auth)
{
    QNetworkRequest request(url);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    return send(request, "GET", {}, nullptr, auth);
}

QByteArray WireClient::multipartBody(
    const QByteArray &boundary, const QString &did, const QString &filename, const QByteArray &content)
{
    // Go's multipart writer (rclone) escapes backslash and double quote in the filename.
    QByteArray quoted = filename.toUtf8();
    quoted.replace("\\", "\\\\").replace("\"", "\\\"");
    QByteArray body;
    if (!did.isNull())
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"did\"\r\n\r\n" + did.toUtf8()
            + "\r\n";
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file[]\"; filename=\"" + quoted
        + "\"\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    return body;
}

WireClient::Upload WireClient::upload(const QUrl &apiUrl, const QString &filename, const QByteArray &content,
    const QString &did, const QByteArray &contentType)
{
    Upload u;
    u.server = api(apiUrl, QStringLiteral("upload/get_upload_server.cgi"), {}, Get);
    u.node = u.server.json.value(QLatin1String("url")).toString();
    u.id = u.server.json.value(QLatin1String("id")).toString();
    const QByteArray boundary = "----coffreTestBoundary7MA4YWxkTrZu0gW";
    QNetworkRequest request(QUrl(QStringLiteral("http://%1/upload.cgi?id=%2").arg(u.node, u.id)));
    request.setRawHeader(
        "Content-Type", contentType.isEmpty() ? "multipart/form-data; boundary=" + boundary : contentType);
    u.post = send(request, "POST", multipartBody(boundary, did, filename, content));
    if (u.post.status == 302) {
        QUrl end(QStringLiteral("http://%1").arg(u.node));
        end = end.resolved(QUrl(QString::fromLatin1(u.post.header("Location"))));
        u.report = get(end, {{"JSON", "1"}});
    }
    return u;
}
