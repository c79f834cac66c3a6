#include "HttpResponse.h"

#include "HttpRequest.h"

#include <QJsonDocument>

namespace Coffre::Fake {

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object, bool pretty)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    const QString st = object.value(QLatin1String("status")).toString();
    if (st == QLatin1String("KO"))
        r.logResult = QStringLiteral("KO ") + object.value(QLatin1String("message")).toString();
    else if (status >= 400)
        r.logResult = QStringLiteral("KO HTTP %1").arg(status);
    else
        r.logResult = QStringLiteral("OK");
    return r;
}

HttpResponse HttpResponse::ko(int status, const QString &message)
{
    return json(status,
        QJsonObject {{QStringLiteral("status"), QStringLiteral("KO")}, {QStringLiteral("message"), message}});
}

HttpResponse HttpResponse::html(
    int status, const QString &title, const QString &bodyHtml, const QString &logResult)
{
    HttpResponse r;
    r.status = status;
    r.body = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>\n"
                            "<body>\n%2\n</body></html>\n")
                 .arg(title.toHtmlEscaped(), bodyHtml)
                 .toUtf8();
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.logResult = logResult;
    return r;
}

HttpResponse HttpResponse::redirect(const QByteArray &location)
{
    HttpResponse r;
    r.status = 302;
    r.setHeader("Location", location);
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    r.body = "<html><head><title>302 Found</title></head><body>302 Found</body></html>\n";
    r.logResult = QStringLiteral("OK");
    return r;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Request Entity Too Large";
    case 416:
        return "Requested Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Temporarily Unavailable";
    case 504:
        return "Gateway Time-out";
    case 509:
        return "Bandwidth Limit Exceeded";
    default:
        return "Status";
    }
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Api:
        return QStringLiteral("api");
    case Role::Node:
        return QStringLiteral("node");
    case Role::Download:
        return QStringLiteral("dl");
    case Role::Control:
        return QStringLiteral("control");
    }
    return {};
}

} // namespace Coffre::Fake
