#include "RequestLog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Coffre::Fake {

bool RequestLog::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = QStringLiteral("cannot open the log %1: %2").arg(path, m_file.errorString());
        return false;
    }
    return true;
}

void RequestLog::write(const HttpRequest &request, int status, const QString &result)
{
    if (!m_file.isOpen())
        return;
    QJsonObject line {
        {QStringLiteral("t_ms"), QJsonValue(qint64(request.startMs))},
        {QStringLiteral("role"), roleName(request.role)},
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("status"), status},
        {QStringLiteral("result"), result},
        {QStringLiteral("bytes_in"), QJsonValue(qint64(request.bodyBytes))},
    };
    // Which part of a file was asked for: resumed downloads are told apart by it.
    if (request.hasHeader("range"))
        line.insert(QStringLiteral("range"), QString::fromLatin1(request.header("range")));
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

} // namespace Coffre::Fake
