#include "fichier/FichierParsers.h"

#include "core/DisplayText.h"
#include "fichier/FichierNames.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

namespace Coffre::FichierParsers {

namespace {

// Problems quote the server (a KO message) and go into errors and log lines.
void setProblem(QString *problem, const QString &text)
{
    if (problem)
        *problem = DisplayText::oneLine(text, 500);
}

// The body as a JSON object, or nullopt with a problem for anything else (HTML, empty,
// arrays, truncated JSON).
std::optional<QJsonObject> parseObject(const QByteArray &body, QString *problem)
{
    if (body.trimmed().isEmpty()) {
        setProblem(problem, QStringLiteral("empty reply"));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        const bool html = body.trimmed().startsWith('<');
        setProblem(problem,
            html ? QStringLiteral("HTML instead of JSON")
                 : QStringLiteral("not a JSON object (%1)").arg(error.errorString()));
        return std::nullopt;
    }
    return doc.object();
}

// Success bodies either say "status": "OK" or have no status at all (get_upload_server,
// end.pl, file/info). Anything else is a refusal.
bool statusIsOk(const QJsonObject &object, QString *problem)
{
    const QJsonValue status = object.value(QLatin1String("status"));
    if (status.isUndefined() || status.isNull())
        return true;
    if (status.isString() && status.toString().compare(QLatin1String("OK"), Qt::CaseInsensitive) == 0)
        return true;
    setProblem(problem,
        QStringLiteral("status %1: %2")
            .arg(lenientString(status), lenientString(object.value(QLatin1String("message")))));
    return false;
}

std::optional<QJsonObject> parseOkObject(const QByteArray &body, QString *problem)
{
    std::optional<QJsonObject> object = parseObject(body, problem);
    if (object && !statusIsOk(*object, problem))
        return std::nullopt;
    return object;
}

// An array field: absent/null → empty, array → its items, anything else → nullopt.
std::optional<QJsonArray> optionalArray(const QJsonObject &object, const char *key, QString *problem)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    if (!value.isArray()) {
        setProblem(problem, QStringLiteral("\"%1\" is not an array").arg(QLatin1String(key)));
        return std::nullopt;
    }
    return value.toArray();
}

qint64 integerOr(const QJsonValue &value, qint64 fallback)
{
    return lenientInteger(value).value_or(fallback);
}

bool flag(const QJsonValue &value)
{
    return lenientInteger(value).value_or(0) != 0;
}

std::optional<FileEntry> parseFileObject(const QJsonValue &value, QString *problem)
{
    if (!value.isObject()) {
        setProblem(problem, QStringLiteral("file entry is not an object"));
        return std::nullopt;
    }
    const QJsonObject item = value.toObject();
    const QJsonValue url = item.value(QLatin1String("url"));
    if (!url.isString() || url.toString().trimmed().isEmpty()) {
        setProblem(problem, QStringLiteral("file entry without a \"url\""));
        return std::nullopt;
    }
    FileEntry entry;
    entry.url = url.toString().trimmed();
    entry.filename = FichierNames::decode(lenientString(item.value(QLatin1String("filename"))));
    entry.size = integerOr(item.value(QLatin1String("size")), -1);
    if (entry.size < -1)
        entry.size = -1;
    entry.uploaded = parseParisDate(lenientString(item.value(QLatin1String("date"))));
    entry.checksum = normalizeWhirlpool(lenientString(item.value(QLatin1String("checksum"))));
    QJsonValue mime = item.value(QLatin1String("content-type"));
    if (!mime.isString())
        mime = item.value(QLatin1String("content_type"));
    entry.contentType = lenientString(mime);
    // `pass` is 0/1 in listings; in info.cgi a non-empty string would mean a password too.
    const QJsonValue pass = item.value(QLatin1String("pass"));
    entry.passwordProtected
        = pass.isString() ? !pass.toString().isEmpty() && pass.toString() != QLatin1String("0") : flag(pass);
    return entry;
}

} // namespace

std::optional<qint64> lenientInteger(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    if (value.isDouble()) {
        const double d = value.toDouble();
        // 2^53: beyond that a double is no longer an exact integer.
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty() || text.size() > 20)
            return std::nullopt;
        bool ok = false;
        const qint64 number = text.toLongLong(&ok, 10);
        if (!ok)
            return std::nullopt;
        return number;
    }
    return std::nullopt;
}

QString lenientString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        if (const auto number = lenientInteger(value))
            return QString::number(*number);
        return QString::number(value.toDouble());
    }
    return {};
}

int parisOffsetByEuRule(qint64 utcSecs)
{
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC);
    const int year = utc.date().year();
    const auto lastSunday = [year](int month) {
        QDate day(year, month, QDate(year, month, 1).daysInMonth());
        while (day.dayOfWeek() != Qt::Sunday)
            day = day.addDays(-1);
        return QDateTime(day, QTime(1, 0), Qt::UTC).toSecsSinceEpoch();
    };
    return utcSecs >= lastSunday(3) && utcSecs < lastSunday(10) ? 7200 : 3600;
}

int parisOffsetFromUtc(qint64 utcSecs)
{
    static const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    if (!paris.isValid())
        return parisOffsetByEuRule(utcSecs);
    return paris.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC));
}

QDateTime parseParisDate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:[ T](\\d{2}):(\\d{2}):(\\d{2}))?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    QTime time(0, 0);
    if (match.hasCaptured(4))
        time = QTime(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid() || date.year() < 1970)
        return {};
    // The wall-clock reading as if it were UTC; the real instant is that minus Paris's offset.
    const qint64 wall = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    const int before = parisOffsetFromUtc(wall - 86400);
    const int after = parisOffsetFromUtc(wall + 86400);
    qint64 best = -1;
    bool found = false;
    for (const int offset : {before, after}) {
        const qint64 candidate = wall - offset;
        if (parisOffsetFromUtc(candidate) == offset && (!found || candidate < best)) {
            best = candidate;
            found = true;
        }
    }
    if (!found)
        best = wall - before; // skipped hour (spring): read with the offset before the change
    return QDateTime::fromSecsSinceEpoch(best, Qt::UTC);
}

QString normalizeWhirlpool(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{128}$"));
    const QString lower = text.trimmed().toLower();
    return hex.match(lower).hasMatch() ? lower : QString();
}

bool isValidUploadId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{1,10}$"));
    return pattern.match(id).hasMatch();
}

bool isValidNodeHost(const QString &host)
{
    static const QRegularExpression pattern(
        // Labels of 1 to 63 letters, digits and inner hyphens (RFC 1123: never at either end,
        // which QUrl refuses), or a bracketed IPv6 literal; then an optional port.
        QStringLiteral("^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
                       "|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?$"));
    if (host.size() > 260 || !pattern.match(host).hasMatch())
        return false;
    // The pattern only says "hex digits, colons and dots in brackets": "[:::]" is no address.
    if (host.startsWith(QLatin1Char('['))) {
        const QString literal = host.mid(1, host.indexOf(QLatin1Char(']')) - 1);
        return QHostAddress(literal).protocol() == QAbstractSocket::IPv6Protocol;
    }
    return true;
}

QString xidFromLocation(const QByteArray &location)
{
    if (location.isEmpty() || location.size() > 2048)
        return {};
    const QUrl url(QString::fromUtf8(location.trimmed()));
    if (!url.isValid())
        return {};
    const QString xid = QUrlQuery(url).queryItemValue(QStringLiteral("xid"));
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{1,32}$"));
    return pattern.match(xid).hasMatch() ? xid : QString();
}

FichierError checkReply(int httpStatus, const QByteArray &body)
{
    QString problem;
    const std::optional<QJsonObject> object = parseObject(body, &problem);
    QString message;
    bool ko = false;
    if (object) {
        message = lenientString(object->value(QLatin1String("message")));
        const QJsonValue status = object->value(QLatin1String("status"));
        ko = !status.isUndefined() && !status.isNull()
            && !(status.isString()
                && status.toString().compare(QLatin1String("OK"), Qt::CaseInsensitive) == 0);
    }
    if (ko || httpStatus >= 300 || httpStatus < 200) {
        if (!object && httpStatus >= 200 && httpStatus < 300)
            return FichierError(FichierError::Kind::Protocol, problem, {}, httpStatus);
        const FichierError error = FichierError::fromHttp(httpStatus, message, object ? QString() : problem);
        // A KO without a message we know is still a refusal, not a malformed reply.
        if (ko && error.kind() == FichierError::Kind::Protocol)
            return FichierError(FichierError::Kind::Rejected, error.detail(), message, httpStatus);
        return error;
    }
    if (!object)
        return FichierError(FichierError::Kind::Protocol, problem, {}, httpStatus);
    return {};
}

std::optional<AccountInfo> parseAccountInfo(const QByteArray &body, QString *problem)
{
    const std::optional<QJsonObject> object = parseOkObject(body, problem);
    if (!object)
        return std::nullopt;
    AccountInfo info;
    info.email = lenientString(object->value(QLatin1String("email")));
    info.offer = static_cast<int>(integerOr(object->value(QLatin1String("offer")), -1));
    info.subscriptionEnd = parseParisDate(lenientString(object->value(QLatin1String("subscription_end"))));
    info.coldStorageUsed = integerOr(object->value(QLatin1String("cold_storage")), -1);
    info.coldStorageAvailable = integerOr(object->value(QLatin1String("available_cold_storage")), -1);
    info.hotStorageUsed = integerOr(object->value(QLatin1String("hot_storage")), -1);
    info.uploadForbidden = flag(object->value(QLatin1String("upload_forbidden")));
    if (info.email.isEmpty() && info.offer < 0) {
        setProblem(problem, QStringLiteral("account reply without \"email\" or \"offer\""));
        return std::nullopt;
    }
    return info;
}

std::optional<FolderListing> parseFolderListing(const QByteArray &body, QString *problem)
{
    const std::optional<QJsonObject> object = parseOkObject(body, problem);
    if (!object)
        return std::nullopt;
    FolderListing listing;
    const std::optional<qint64> id = lenientInteger(object->value(QLatin1String("folder_id")));
    if (!id || *id < 0) {
        setProblem(problem, QStringLiteral("folder listing without a \"folder_id\""));
        return std::nullopt;
    }
    listing.id = *id;
    listing.name = FichierNames::decode(lenientString(object->value(QLatin1String("name"))));
    listing.fileCount = integerOr(object->value(QLatin1String("files")), -1);
    listing.size = integerOr(object->value(QLatin1String("size")), -1);
    const std::optional<QJsonArray> folders = optionalArray(*object, "sub_folders", problem);
    if (!folders)
        return std::nullopt;
    for (const QJsonValue &value : *folders) {
        if (!value.isObject()) {
            setProblem(problem, QStringLiteral("sub-folder entry is not an object"));
            return std::nullopt;
        }
        const QJsonObject item = value.toObject();
        const std::optional<qint64> subId = lenientInteger(item.value(QLatin1String("id")));
        const QJsonValue name = item.value(QLatin1String("name"));
        if (!subId || *subId <= 0 || !name.isString()) {
            setProblem(problem, QStringLiteral("sub-folder entry without an \"id\" or a \"name\""));
            return std::nullopt;
        }
        FolderEntry entry;
        entry.id = *subId;
        entry.name = FichierNames::decode(name.toString());
        entry.created = parseParisDate(lenientString(item.value(QLatin1String("create_date"))));
        entry.passwordProtected = flag(item.value(QLatin1String("pass")));
        listing.folders.append(entry);
    }
    return listing;
}

std::optional<FolderEntry> parseMkdir(const QByteArray &body, QString *problem)
{
    const std::optional<QJsonObject> object = parseOkObject(body, problem);
    if (!object)
        return std::nullopt;
    const std::optional<qint64> id = lenientInteger(object->value(QLatin1String("folder_id")));
    if (!id || *id <= 0) {
        setProblem(problem, QStringLiteral("mkdir reply without a \"folder_id\""));
        return std::nullopt;
    }
    FolderEntry entry;
    entry.id = *id;
    entry.name = FichierNames::decode(lenientString(object->value(QLatin1String("name"))));
    return entry;
}

std::optional<QList<FileEntry>> parseFileListing(const QByteArray &body, QString *problem)
{
    const std::optional<QJsonObject> object = parseOkObject(body, problem);
    if (!object)
        return std::nullopt;
    const std::optional<QJsonArray> items = optionalArray(*object, "items", problem);
    if (!items)
        return std::nullopt;
    QList<FileEntry> files;
    files.reserve(items->size());
    for (const QJsonValue &value : *items) {
        std::optional<FileEntry> entry = parseFileObject(value, problem);
        if (!entry)
            return std::nullopt;
        files.append(*entry);
    }
    return files;
}

std::optional<FileEntry> parseFileInfo(const QByteArray &body, QString *problem)
{
    const std::optional<QJsonObject> object = parseOkObject(body, problem);
    if (!object)
        return std::nullopt;
    std::optional<FileEntry> entry = parseFileObject(*object, problem);
    if (!entry)
        return std::nullopt;
    entry->folderId = integerOr(object->value(QLatin1String("folder_id")), -1);
    const QStringList parts
        = lenientString(object->value(QLatin1String("path"))).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList decoded;
    for (const QString &part : parts) {
        // A name holding "／" decodes to one holding "/", which the joined path would read
        // as two folders (found by fuzz_fichier_replies): such a name stays as 1fichier has it.
        const QString name = FichierNames::decode(part);
        decoded << (name.contains(QLatin1Char('/')) ? part : name);
    }
    entry->folderPath = decoded.join(QLatin1Char('/'));
    return entry;
}

namespace {

// "urls" as an array of strings or of objects carrying `key` (rename, cp). Non-matching
// entries are skipped: only the count of what was done matters to callers.
QStringList urlList(const QJsonObject &object, const char *key)
{
    QStringList urls;
    const QJsonValue value = object.value(QLatin1String("urls"));
    if (!value.isArray())
        return urls;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            urls << item.toString();
        else if (item.isObject() && item.toObject().value(QLatin1String(key)).isString())
            urls << item.toObject().value(QLatin1String(key)).toString();
    }
    return urls;
}

} // namespace

std::optional<RemoveResult> parseRemove(const QByteArray &body, QString *problem)
{
    const std::optional<QJsonObject> object = parseOkObject(body, problem);
    if (!object)
        return std::nullopt;
    RemoveResult result;
    result.urls = urlList(*object, "url");
    result.removed = integerOr(object->value(QLatin1String("removed")), result.urls.size());
    return result;
}

std::optional<MoveResult> parseMove(const QByteArray &body, QString *problem)
{
    const std::optional<QJsonObject> object = parseOkObject(body, problem);
    if (!object)
        return std::nullopt;
    MoveResult result;
    result.urls = urlList(*object, "url");
    result.count = integerOr(object->value(QLatin1String("moved")), result.urls.size());
    return result;
}

std::optional<MoveResult> parseRename(const QByteArray &body, QString *problem)
{
    const std::optional<QJsonObject> object = parseOkObject(body, problem);
    if (!object)
        return std::nullopt;
    MoveResult result;
    result.urls = urlList(*object, "url");
    result.count = integerOr(object->value(QLatin1String("renamed")), result.urls.size());
    return result;
}

std::optional<UploadServer> parseUploadServer(const QByteArray &body, QString *problem)
{
    const std::optional<QJsonObject> object = parseOkObject(body, problem);
    if (!object)
        return std::nullopt;
    UploadServer server;
    server.host = lenientString(object->value(QLatin1String("url"))).trimmed();
    server.id = lenientString(object->value(QLatin1String("id"))).trimmed();
    if (!isValidNodeHost(server.host)) {
        setProblem(problem, QStringLiteral("upload server is not a host name"));
        return std::nullopt;
    }
    if (!isValidUploadId(server.id)) {
        setProblem(problem, QStringLiteral("upload id is not 1-10 alphanumerics"));
        return std::nullopt;
    }
    return server;
}

std::optional<UploadResult> parseEndReport(const QByteArray &body, QString *problem)
{
    const std::optional<QJsonObject> object = parseOkObject(body, problem);
    if (!object)
        return std::nullopt;
    const QJsonValue links = object->value(QLatin1String("links"));
    if (!links.isArray() || links.toArray().isEmpty()) {
        setProblem(problem, QStringLiteral("upload report has no links yet"));
        return std::nullopt;
    }
    const QJsonValue first = links.toArray().first();
    if (!first.isObject()) {
        setProblem(problem, QStringLiteral("upload report link is not an object"));
        return std::nullopt;
    }
    const QJsonObject link = first.toObject();
    UploadResult result;
    result.url = lenientString(link.value(QLatin1String("download"))).trimmed();
    result.filename = FichierNames::decode(lenientString(link.value(QLatin1String("filename"))));
    result.size = integerOr(link.value(QLatin1String("size")), -1);
    result.whirlpool = normalizeWhirlpool(lenientString(link.value(QLatin1String("whirlpool"))));
    if (result.url.isEmpty() || result.size < 0 || result.whirlpool.isEmpty()) {
        setProblem(problem, QStringLiteral("upload report lacks download link, size or whirlpool"));
        return std::nullopt;
    }
    return result;
}

std::optional<QString> parseDownloadToken(const QByteArray &body, QString *problem)
{
    const std::optional<QJsonObject> object = parseOkObject(body, problem);
    if (!object)
        return std::nullopt;
    const QString text = lenientString(object->value(QLatin1String("url"))).trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        setProblem(problem, QStringLiteral("download token is not an http(s) URL"));
        return std::nullopt;
    }
    return text;
}

} // namespace Coffre::FichierParsers
