#include "NodeEndpoints.h"

#include "ApiEndpoints.h"
#include "Authenticator.h"
#include "Messages.h"
#include "WhirlpoolHasher.h"

#include <QFile>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Coffre::Fake {

namespace {

constexpr qint64 kMaxRequestBytes = 500LL * 1000 * 1000 * 1000; // per upload request
constexpr qint64 kMaxFileBytes = 300LL * 1000 * 1000 * 1000; // per file

// "corrupt-upload": flips one byte of the stored file and hashes what is now stored, as
// if the data had been damaged between the client and the disk.
bool corruptStoredFile(const QString &path, qint64 offset, QString *whirlpool)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() == 0)
        return false;
    const qint64 at = qMin(offset, file.size() - 1);
    char byte = 0;
    if (!file.seek(at) || !file.getChar(&byte) || !file.seek(at) || !file.putChar(char(byte ^ 0x20))
        || !file.seek(0))
        return false;
    WhirlpoolHasher hash;
    QByteArray chunk;
    while (!file.atEnd()) {
        chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            return false;
        hash.addData(chunk.constData(), chunk.size());
    }
    *whirlpool = hash.finalHex();
    return true;
}

QString humanSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 o").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 Ko").arg(double(bytes) / 1024, 0, 'f', 2);
    if (bytes < 1024LL * 1024 * 1024)
        return QStringLiteral("%1 Mo").arg(double(bytes) / (1024 * 1024), 0, 'f', 2);
    return QStringLiteral("%1 Go").arg(double(bytes) / (1024.0 * 1024 * 1024), 0, 'f', 2);
}

} // namespace

NodeEndpoints::NodeEndpoints(FakeState &state) : m_state(state)
{ }

HttpResponse NodeEndpoints::noFilePage(const QString &why)
{
    // What a node answers when it found no usable file part: a 200 HTML page, no redirect
    // ("Pas de fichier", §4.3). The comment says why, for whoever debugs a client.
    return HttpResponse::html(200, QStringLiteral("1fichier.com: Cloud Storage"),
        QStringLiteral("<!-- coffre-fakefichier: %1 -->\n<div class=\"bloc\">Pas de fichier</div>")
            .arg(QString(why).replace(QLatin1String("--"), QLatin1String("- -")).toHtmlEscaped()),
        QStringLiteral("KO no file: ") + why);
}

Account *NodeEndpoints::nodeAccount(const HttpRequest &request, bool *anonymous, HttpResponse *failure)
{
    *anonymous = false;
    if (Authenticator::bearerKey(request).isEmpty() && m_state.options.anonymousUploads) {
        *anonymous = true;
        return nullptr;
    }
    return Authenticator::authenticate(m_state, request, failure);
}

HeadDecision NodeEndpoints::onHeaders(const HttpRequest &request)
{
    HeadDecision d;
    d.kind = HeadDecision::Reject;
    if (request.method != "POST") {
        d.response = HttpResponse::html(405, QStringLiteral("405 Not Allowed"),
            QStringLiteral("<center><h1>405 Not Allowed</h1></center><hr><center>nginx</center>"),
            QStringLiteral("KO method not allowed"));
        return d;
    }
    bool anonymous = false;
    Account *account = nodeAccount(request, &anonymous, &d.response);
    if (!account && !anonymous)
        return d;
    static const QRegularExpression idRe(QStringLiteral("^[A-Za-z0-9]{1,10}$"));
    const QString id = request.query.queryItemValue(QStringLiteral("id"));
    const auto slot = m_state.uploadIds.constFind(id);
    const bool issued
        = slot != m_state.uploadIds.constEnd() && slot->account == (account ? account->number : 0);
    if (!idRe.match(id).hasMatch() || (m_state.options.strictUploadId && !issued)) {
        d.response = HttpResponse::html(400, QStringLiteral("Erreur"),
            QStringLiteral("<div class=\"bloc\">Identifiant d'envoi invalide</div>"),
            QStringLiteral("KO invalid upload id"));
        return d;
    }
    if (!request.hasHeader("content-length")) {
        d.response = HttpResponse::ko(411, Messages::contentLengthRequired());
        return d;
    }
    if (request.header("content-length").toLongLong() > kMaxRequestBytes) {
        d.response = HttpResponse::html(413, QStringLiteral("413 Request Entity Too Large"),
            QStringLiteral("<center><h1>413 Request Entity Too Large</h1></center>"),
            QStringLiteral("KO upload larger than 500 GB"));
        return d;
    }
    const MultipartReceiver::HeaderValue type
        = MultipartReceiver::parseHeaderValue(request.header("content-type"));
    const QByteArray boundary = type.params.value("boundary");
    if (type.value != "multipart/form-data" || boundary.isEmpty() || boundary.size() > 200) {
        d.response = noFilePage(QStringLiteral("not multipart/form-data with a boundary"));
        return d;
    }
    if (type.quoted.value("boundary") && m_state.options.rejectQuotedBoundary) {
        // The node takes the quotes as part of the boundary, finds no part, and so no file.
        d.response = noFilePage(QStringLiteral("quoted multipart boundary"));
        return d;
    }
    d.kind = HeadDecision::Stream;
    d.sink = std::make_unique<MultipartReceiver>(boundary, m_state.store.tempDir());
    if (const Fault *f = m_state.faults.hit(FaultKind::DropUpload, Role::Node, request.path)) {
        const qint64 length = request.header("content-length").toLongLong();
        d.dropAfterBodyBytes = f->after >= 0 ? qMin(f->after, qMax<qint64>(0, length - 1)) : length / 2;
    }
    return d;
}

HttpResponse NodeEndpoints::handle(const HttpRequest &request, BodySink *sink)
{
    if (request.path == QLatin1String("/upload.cgi") && sink)
        return finishUpload(request, static_cast<MultipartReceiver *>(sink));
    if (request.path == QLatin1String("/end.pl"))
        return endPl(request);
    return HttpResponse::html(404, QStringLiteral("404 Not Found"),
        QStringLiteral("<center><h1>404 Not Found</h1></center><hr><center>nginx</center>"),
        QStringLiteral("KO not found on the upload node"));
}

HttpResponse NodeEndpoints::finishUpload(const HttpRequest &request, MultipartReceiver *receiver)
{
    if (!receiver->ok())
        return noFilePage(receiver->error());
    bool anonymous = false;
    HttpResponse failure;
    Account *account = nodeAccount(request, &anonymous, &failure);
    if (!account && !anonymous)
        return failure;
    const QString xid = request.query.queryItemValue(QStringLiteral("id"));

    // §5.1: an unknown did silently means the root.
    qint64 did = 0;
    const QString didText = receiver->fields().value(QStringLiteral("did")).trimmed();
    if (account && !didText.isEmpty()) {
        bool ok = false;
        did = didText.toLongLong(&ok);
        if (!ok || !m_state.store.folder(*account, did))
            did = 0;
    }

    QStringList reasons = receiver->ignoredParts();
    UploadReport report;
    report.account = account ? account->number : 0;
    report.expiresMs = QDateTime::currentMSecsSinceEpoch() + qint64(m_state.options.reportTtlSeconds) * 1000;
    static const QMimeDatabase mimeDb;
    for (const ReceivedFile &file : receiver->takeFiles()) {
        QString refused;
        if (file.size == 0 && !m_state.options.allowEmptyFiles)
            refused = QStringLiteral("empty file");
        else if (file.size > kMaxFileBytes)
            refused = QStringLiteral("file larger than 300 GB");
        else if (!ApiEndpoints::nameAllowed(file.filename, m_state.options.rejectReservedNames))
            refused = QStringLiteral("invalid file name");
        if (!refused.isEmpty()) {
            QFile::remove(file.tempPath);
            reasons.append(refused);
            continue;
        }
        QString whirlpool = file.whirlpool;
        if (const Fault *f = m_state.faults.hit(FaultKind::CorruptUpload, Role::Node, request.path)) {
            if (!corruptStoredFile(file.tempPath, f->at >= 0 ? f->at : file.size / 2, &whirlpool))
                whirlpool = file.whirlpool;
        }
        UploadReport::Link link;
        link.filename = file.filename;
        link.size = file.size;
        link.whirlpool = whirlpool;
        if (account) {
            const QString type = mimeDb.mimeTypeForFile(file.filename, QMimeDatabase::MatchExtension).name();
            QString error;
            FileEntry *entry = m_state.store.addFile(*account, did, file.filename, file.tempPath, file.size,
                whirlpool, type, QDateTime::currentDateTimeUtc(), &error);
            if (!entry) {
                reasons.append(error);
                continue;
            }
            if (const Fault *f = m_state.faults.hit(FaultKind::ListingLag, Role::Node, request.path))
                entry->visibleAtMs = QDateTime::currentMSecsSinceEpoch() + qint64(f->secs) * 1000;
            link.download = FakeStore::fileUrl(entry->id);
            link.remove = QString(); // empty when the upload belongs to an account (§4.4)
        } else {
            // Anonymous: the file belongs to nobody we can list; only its links exist.
            QFile::remove(file.tempPath);
            QString id;
            for (int i = 0; i < 20; ++i)
                id.append(QLatin1Char(
                    "abcdefghijklmnopqrstuvwxyz0123456789"[QRandomGenerator::global()->bounded(36)]));
            link.download = FakeStore::fileUrl(id);
            link.remove
                = QStringLiteral("https://1fichier.com/remove/%1/%2").arg(id, QStringLiteral("k2d9x"));
        }
        m_state.uploadedBytes += file.size;
        report.links.append(link);
    }
    if (report.links.isEmpty())
        return noFilePage(
            reasons.isEmpty() ? QStringLiteral("no file[] part") : reasons.join(QStringLiteral("; ")));
    m_state.reports.insert(xid, report);
    return HttpResponse::redirect("/end.pl?xid=" + xid.toLatin1());
}

HttpResponse NodeEndpoints::endPl(const HttpRequest &request)
{
    bool anonymous = false;
    HttpResponse failure;
    Account *account = nodeAccount(request, &anonymous, &failure);
    if (!account && !anonymous)
        return failure;
    const QString xid = request.query.queryItemValue(QStringLiteral("xid"));
    const auto it = m_state.reports.constFind(xid);
    const bool found = it != m_state.reports.constEnd() && it->expiresMs > QDateTime::currentMSecsSinceEpoch()
        && (it->account == 0 || (account && it->account == account->number));
    if (!found) {
        return HttpResponse::html(200, QStringLiteral("1fichier.com: Cloud Storage"),
            QStringLiteral("<div class=\"bloc\">Envoi introuvable (upload not found)</div>"),
            QStringLiteral("KO upload report not found"));
    }
    UploadReport report = it.value();
    const QByteArray jsonHeader = request.header("json").trimmed();
    QString jsonQuery;
    if (m_state.options.endplQueryJson)
        jsonQuery = request.query.queryItemValue(QStringLiteral("JSON"));
    const bool wantJson = jsonHeader == "1" || jsonHeader == "2" || jsonQuery == QLatin1String("1")
        || jsonQuery == QLatin1String("2");
    const bool wantCsv = request.header("export").trimmed() == "1";

    const bool forceHtml = m_state.faults.hit(FaultKind::EndplHtml, Role::Node, request.path);
    if (m_state.faults.hit(FaultKind::EndplEmpty, Role::Node, request.path))
        report.links.clear();
    if (m_state.faults.hit(FaultKind::EndplSize, Role::Node, request.path)) {
        for (auto &link : report.links)
            link.size += 1;
    }
    if (m_state.faults.hit(FaultKind::EndplWhirlpool, Role::Node, request.path)) {
        for (auto &link : report.links)
            link.whirlpool = WhirlpoolHasher::hashHex(link.whirlpool.toLatin1());
    }

    if (wantJson && !forceHtml) {
        QJsonArray links;
        for (const auto &link : std::as_const(report.links)) {
            links.append(QJsonObject {{QStringLiteral("download"), link.download},
                {QStringLiteral("filename"), link.filename}, {QStringLiteral("remove"), link.remove},
                // A string here, unlike everywhere else (§4.4, rclone strconv.ParseInt).
                {QStringLiteral("size"), QString::number(link.size)},
                {QStringLiteral("whirlpool"), link.whirlpool}});
        }
        // No status key in this reply (§1.4).
        return HttpResponse::json(200,
            QJsonObject {{QStringLiteral("incoming"), 0}, {QStringLiteral("links"), links}},
            jsonHeader == "2" || jsonQuery == QLatin1String("2"));
    }
    if (wantCsv && !forceHtml) {
        HttpResponse r;
        for (const auto &link : std::as_const(report.links)) {
            const QString id = FakeStore::idFromUrl(link.download);
            const QString removeId = link.remove.section(QLatin1Char('/'), -1);
            r.body += QStringLiteral("%1;%2;%3;%4;0\n")
                          .arg(link.filename)
                          .arg(link.size)
                          .arg(id, removeId)
                          .toUtf8();
        }
        r.setHeader("Content-Type", "text/plain; charset=utf-8");
        r.logResult = QStringLiteral("OK");
        return r;
    }
    QString rows;
    for (const auto &link : std::as_const(report.links)) {
        rows += QStringLiteral(
            "<tr><td class=\"normal\">%1</td><td class=\"normal\">%2</td>"
            "<td class=\"normal\"><a href=\"%3\">%3</a></td><td class=\"normal\">%4</td></tr>\n")
                    .arg(link.filename.toHtmlEscaped(), humanSize(link.size), link.download, link.remove);
    }
    return HttpResponse::html(200, QStringLiteral("1fichier.com: Cloud Storage"),
        QStringLiteral(
            "<table class=\"premium\">\n<tr><th>Nom</th><th>Taille</th><th>Lien</th><th>Suppression</th>"
            "</tr>\n%1</table>")
            .arg(rows),
        QStringLiteral("OK html report"));
}

} // namespace Coffre::Fake
