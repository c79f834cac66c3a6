#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace Coffre::Fake {

// Which host of the real service a listening port plays.
enum class Role { Api, Node, Download, Control };

QString roleName(Role role);

// One parsed HTTP/1.1 request. Header names are kept lower-cased.
struct HttpRequest {
    Role role = Role::Api;
    QByteArray method;
    QByteArray target; // as sent, e.g. /upload.cgi?id=abc
    QString path; // decoded path without the query
    QUrlQuery query;
    QByteArray version; // HTTP/1.1
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // only for buffered bodies
    qint64 bodyBytes = 0; // bytes received, streamed or buffered
    QHostAddress peer;
    qint64 startMs = 0; // epoch ms when the first byte arrived

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray &lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName)
                return true;
        }
        return false;
    }
};

} // namespace Coffre::Fake
