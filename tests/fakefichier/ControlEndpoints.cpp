#include "ControlEndpoints.h"

#include "WhirlpoolHasher.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QTimeZone>

namespace Coffre::Fake {

namespace {

HttpResponse error(int status, const QString &message)
{
    return HttpResponse::ko(status, message);
}

} // namespace

ControlEndpoints::ControlEndpoints(FakeState &state) : m_state(state)
{ }

HttpResponse ControlEndpoints::handle(const HttpRequest &request)
{
    const QString what = request.path.mid(QStringLiteral("/_control/").size());
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isObject())
            return error(400, QStringLiteral("the body is not a JSON object"));
        body = doc.object();
    }
    const bool post = request.method == "POST";
    if (what == QLatin1String("stats") && request.method == "GET")
        return stats();
    if (what == QLatin1String("faults") && request.method == "GET")
        return HttpResponse::json(200,
            QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")},
                {QStringLiteral("spec"), m_state.faults.spec()}});
    if (what == QLatin1String("faults") && post) {
        QString message;
        if (!m_state.faults.set(body.value(QLatin1String("spec")).toString(), &message))
            return error(400, message);
        return HttpResponse::json(200,
            QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")},
                {QStringLiteral("spec"), m_state.faults.spec()}});
    }
    if (what == QLatin1String("seed") && post)
        return seed(body);
    if (what == QLatin1String("unlock") && post) {
        m_state.limiter.clear();
        return HttpResponse::json(200, QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")}});
    }
    return error(
        404, QStringLiteral("unknown control call %1 %2").arg(QString::fromLatin1(request.method), what));
}

HttpResponse ControlEndpoints::stats() const
{
    QJsonObject calls;
    qint64 total = 0;
    for (auto it = m_state.calls.constBegin(); it != m_state.calls.constEnd(); ++it) {
        calls.insert(it.key(), it.value());
        total += it.value();
    }
    return HttpResponse::json(200,
        QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")}, {QStringLiteral("calls"), calls},
            {QStringLiteral("total"), total}, {QStringLiteral("flood_replies"), m_state.floodReplies},
            {QStringLiteral("uploaded_bytes"), m_state.uploadedBytes},
            {QStringLiteral("downloads"), m_state.downloadedFiles},
            {QStringLiteral("faults"), m_state.faults.spec()}});
}

HttpResponse ControlEndpoints::seed(const QJsonObject &body)
{
    Account *account = body.contains(QLatin1String("key"))
        ? m_state.store.accountForKey(body.value(QLatin1String("key")).toString())
        : m_state.store.accountByNumber(1);
    if (!account)
        return error(400, QStringLiteral("no account for that key"));

    // Walk /a/b/c from the root, creating what is missing.
    qint64 folderId = 0;
    for (const QString &part :
        body.value(QLatin1String("folder_path")).toString().split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        qint64 found = -1;
        for (const FolderEntry *f : m_state.store.subFolders(*account, folderId)) {
            if (f->name == part) {
                found = f->id;
                break;
            }
        }
        folderId = found >= 0 ? found : m_state.store.createFolder(*account, folderId, part);
    }

    if (!body.contains(QLatin1String("files"))) {
        QJsonObject reply;
        const QString problem = seedOne(*account, folderId, body, &reply);
        if (!problem.isEmpty())
            return error(problem.startsWith(QLatin1String("500 ")) ? 500 : 400, problem.mid(4));
        reply.insert(QStringLiteral("status"), QStringLiteral("OK"));
        return HttpResponse::json(200, reply);
    }
    // Many files in one call (scale tests): state.json is written once at the end.
    if (!body.value(QLatin1String("files")).isArray())
        return error(400, QStringLiteral("files must be an array of file objects"));
    QJsonArray urls;
    m_state.store.setDeferSave(true);
    QString problem;
    for (const QJsonValue &v : body.value(QLatin1String("files")).toArray()) {
        QJsonObject reply;
        problem = seedOne(*account, folderId, v.toObject(), &reply);
        if (!problem.isEmpty())
            break;
        urls.append(reply.value(QLatin1String("url")));
    }
    m_state.store.setDeferSave(false);
    m_state.store.save();
    if (!problem.isEmpty())
        return error(problem.startsWith(QLatin1String("500 ")) ? 500 : 400, problem.mid(4));
    return HttpResponse::json(200,
        QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")},
            {QStringLiteral("folder_id"), folderId}, {QStringLiteral("urls"), urls}});
}

QString ControlEndpoints::seedOne(
    Account &account, qint64 folderId, const QJsonObject &body, QJsonObject *reply)
{
    const QString filename = body.value(QLatin1String("filename")).toString();
    if (filename.isEmpty())
        return QStringLiteral("400 filename is required");
    QDateTime date = QDateTime::currentDateTimeUtc();
    if (body.contains(QLatin1String("date_utc"))) {
        date = QDateTime::fromString(body.value(QLatin1String("date_utc")).toString(), Qt::ISODate);
        if (!date.isValid())
            return QStringLiteral("400 date_utc is not an ISO 8601 date");
        if (date.timeSpec() == Qt::LocalTime) // no zone given: it is UTC, as the key says
            date = QDateTime(date.date(), date.time(), QTimeZone::utc());
        date = date.toUTC();
    }
    const QString temp = QDir(m_state.store.tempDir())
                             .filePath(QStringLiteral("seed-%1").arg(
                                 QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("500 ") + file.errorString();
    WhirlpoolHasher hasher;
    qint64 size = 0;
    if (body.contains(QLatin1String("content_base64"))) {
        const auto decoded = QByteArray::fromBase64Encoding(
            body.value(QLatin1String("content_base64")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            file.remove();
            return QStringLiteral("400 content_base64 is not base64");
        }
        file.write(decoded.decoded);
        hasher.addData(decoded.decoded.constData(), decoded.decoded.size());
        size = decoded.decoded.size();
    } else {
        // A fixed pattern, so a test can rebuild the content: byte i = (i * 7 + i / 4096) & 0xff.
        const qint64 total = qint64(body.value(QLatin1String("size")).toDouble());
        if (total < 0) {
            file.remove();
            return QStringLiteral("400 size must not be negative");
        }
        QByteArray chunk;
        while (size < total) {
            const qint64 n = qMin<qint64>(1 << 20, total - size);
            chunk.resize(n);
            for (qint64 i = 0; i < n; ++i)
                chunk[i] = char(((size + i) * 7 + (size + i) / 4096) & 0xff);
            file.write(chunk);
            hasher.addData(chunk.constData(), n);
            size += n;
        }
    }
    if (!file.flush()) {
        file.remove();
        return QStringLiteral("500 ") + file.errorString();
    }
    file.close();
    static const QMimeDatabase mimeDb;
    QString message;
    FileEntry *entry = m_state.store.addFile(account, folderId, filename, temp, size, hasher.finalHex(),
        mimeDb.mimeTypeForFile(filename, QMimeDatabase::MatchExtension).name(), date, &message);
    if (!entry)
        return QStringLiteral("500 ") + message;
    *reply = QJsonObject {{QStringLiteral("url"), FakeStore::fileUrl(entry->id)},
        {QStringLiteral("folder_id"), folderId}, {QStringLiteral("size"), size},
        {QStringLiteral("whirlpool"), entry->whirlpool}};
    return {};
}

} // namespace Coffre::Fake
