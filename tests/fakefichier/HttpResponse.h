#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Coffre::Fake {

// A reply as the stand-in sends it: a small in-memory body, or a slice of a file that is
// streamed to the socket (downloads).
struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString filePath; // when set, the body is [fileOffset, fileOffset+fileLength) of it
    qint64 fileOffset = 0;
    qint64 fileLength = 0;
    bool headOnly = false; // HEAD: headers with the body's length, no body
    bool close = false; // Connection: close after this reply
    int delayMs = 0; // "slow" fault
    qint64 dropAfterBodyBytes = -1; // "drop-download" / "hang" fault: cut after this many body bytes
    bool stallAtCut = false; // "hang": at the cut, stop sending but keep the connection open
    bool reset = false; // "drop": reset the connection instead of sending this reply
    bool hang = false; // "hang": send nothing at all, keep the connection open
    qint64 corruptAt = -1; // "corrupt-download": flip the body byte at this offset
    QString logResult; // "OK" or "KO <message>" for the request log

    void setHeader(const QByteArray &name, const QByteArray &value);

    // `pretty` indents like the real service does for {"pretty":1}.
    static HttpResponse json(int status, const QJsonObject &object, bool pretty = false);
    static HttpResponse ko(int status, const QString &message);
    static HttpResponse html(
        int status, const QString &title, const QString &bodyHtml, const QString &logResult);
    static HttpResponse redirect(const QByteArray &location);
    static QByteArray reasonPhrase(int status);
};

} // namespace Coffre::Fake
