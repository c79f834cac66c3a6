#include "DownloadEndpoint.h"

#include "Authenticator.h"
#include "Messages.h"

#include <QDateTime>
#include <QUrl>

namespace Coffre::Fake {

namespace {

enum class RangeKind { None, Satisfiable, Unsatisfiable };

// One "bytes=" range; anything else (several ranges, other units, garbage) is ignored and
// the whole file is sent, which RFC 9110 allows.
RangeKind parseRange(const QByteArray &header, qint64 size, qint64 *first, qint64 *last)
{
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes="))
        return RangeKind::None;
    const QByteArray spec = value.mid(6).trimmed();
    if (spec.contains(','))
        return RangeKind::None;
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return RangeKind::None;
    const QByteArray a = spec.left(dash).trimmed();
    const QByteArray b = spec.mid(dash + 1).trimmed();
    bool okA = false;
    bool okB = false;
    if (a.isEmpty()) {
        const qint64 suffix = b.toLongLong(&okB);
        if (!okB || suffix < 0)
            return RangeKind::None;
        if (suffix == 0 || size == 0)
            return RangeKind::Unsatisfiable;
        *first = qMax<qint64>(0, size - suffix);
        *last = size - 1;
        return RangeKind::Satisfiable;
    }
    const qint64 start = a.toLongLong(&okA);
    if (!okA || start < 0)
        return RangeKind::None;
    qint64 end = size - 1;
    if (!b.isEmpty()) {
        end = b.toLongLong(&okB);
        if (!okB || end < start)
            return RangeKind::None;
    }
    if (start >= size)
        return RangeKind::Unsatisfiable;
    *first = start;
    *last = qMin(end, size - 1);
    return RangeKind::Satisfiable;
}

HttpResponse notFoundPage(const QString &why)
{
    return HttpResponse::html(404, QStringLiteral("1fichier.com: Cloud Storage"),
        QStringLiteral("<div class=\"bloc\">Fichier introuvable ou lien expiré</div>"),
        QStringLiteral("KO ") + why);
}

} // namespace

DownloadEndpoint::DownloadEndpoint(FakeState &state) : m_state(state)
{ }

HttpResponse DownloadEndpoint::handle(const HttpRequest &request)
{
    if (request.method != "GET" && request.method != "HEAD") {
        return HttpResponse::html(405, QStringLiteral("405 Not Allowed"),
            QStringLiteral("<center><h1>405 Not Allowed</h1></center><hr><center>nginx</center>"),
            QStringLiteral("KO method not allowed"));
    }
    Account *account = nullptr;
    if (m_state.options.downloadAuth) {
        HttpResponse failure;
        account = Authenticator::authenticate(m_state, request, &failure);
        if (!account)
            return failure;
    }
    const QString token = request.path.mid(1);
    const auto it = m_state.tokens.constFind(token);
    if (it == m_state.tokens.constEnd() || it->expiresMs <= QDateTime::currentMSecsSinceEpoch())
        return notFoundPage(QStringLiteral("unknown or expired token"));
    if (account && account->number != it->account)
        return HttpResponse::ko(403, Messages::notAllowed());
    Account *owner = m_state.store.accountByNumber(it->account);
    const auto file = owner ? owner->files.constFind(it->fileId) : QMap<QString, FileEntry>::const_iterator();
    if (!owner || file == owner->files.constEnd())
        return notFoundPage(QStringLiteral("file removed"));

    const qint64 size = file->size;
    HttpResponse r;
    r.setHeader("Content-Type",
        file->contentType.isEmpty() ? QByteArray("application/octet-stream") : file->contentType.toLatin1());
    r.setHeader("Content-Disposition",
        "attachment; filename=\"" + QUrl::toPercentEncoding(file->filename, " ()[]@+,") + '"');
    r.setHeader("Accept-Ranges", "bytes");
    r.filePath = m_state.store.blobPath(*file);
    r.fileOffset = 0;
    r.fileLength = size;
    r.logResult = QStringLiteral("OK");
    qint64 first = 0;
    qint64 last = size - 1;
    switch (parseRange(request.header("range"), size, &first, &last)) {
    case RangeKind::None:
        break;
    case RangeKind::Unsatisfiable: {
        HttpResponse bad = HttpResponse::html(416, QStringLiteral("416 Requested Range Not Satisfiable"),
            QStringLiteral("<center><h1>416 Requested Range Not Satisfiable</h1></center>"),
            QStringLiteral("KO range not satisfiable"));
        bad.setHeader("Content-Range", "bytes */" + QByteArray::number(size));
        return bad;
    }
    case RangeKind::Satisfiable:
        r.status = 206;
        r.fileOffset = first;
        r.fileLength = last - first + 1;
        r.setHeader("Content-Range",
            "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                + QByteArray::number(size));
        break;
    }
    if (const Fault *f = m_state.faults.hit(FaultKind::DropDownload, Role::Download, request.path))
        r.dropAfterBodyBytes = f->after >= 0 ? f->after : r.fileLength / 2;
    if (const Fault *f = m_state.faults.hit(FaultKind::CorruptDownload, Role::Download, request.path)) {
        r.corruptAt = f->at >= 0 ? f->at : r.fileLength / 2;
        r.logResult = QStringLiteral("KO fault: body byte %1 flipped").arg(r.corruptAt);
    }
    ++m_state.downloadedFiles;
    return r;
}

} // namespace Coffre::Fake
