#include "ApiEndpoints.h"

#include "Authenticator.h"
#include "Messages.h"
#include "ParisTime.h"
#include "WhirlpoolHasher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace Coffre::Fake {

namespace {

QString randomAlnum(int length, bool mixedCase)
{
    static const char lower[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    static const char mixed[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    const char *alphabet = mixedCase ? mixed : lower;
    const int n = int(qstrlen(alphabet));
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(n)]));
    return out;
}

// The service is lenient about numbers: 12 and "12" both work for an id [INF].
bool readInt(const QJsonObject &body, const QString &key, qint64 *out)
{
    const QJsonValue v = body.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d != double(qint64(d)))
            return false;
        *out = qint64(d);
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        *out = v.toString().trimmed().toLongLong(&ok);
        return ok;
    }
    return false;
}

// Reads an optional integer: absent → `fallback`; present but not a number → false.
bool optionalInt(const QJsonObject &body, const QString &key, qint64 fallback, qint64 *out)
{
    if (!body.contains(key) || body.value(key).isNull()) {
        *out = fallback;
        return true;
    }
    return readInt(body, key, out);
}

QJsonObject folderItem(const FolderEntry &folder)
{
    return QJsonObject {{QStringLiteral("id"), folder.id}, {QStringLiteral("name"), folder.name},
        {QStringLiteral("create_date"), ParisTime::format(folder.createdUtc)}, {QStringLiteral("pass"), 0}};
}

const QString kStatus = QStringLiteral("status");
const QString kOk = QStringLiteral("OK");

} // namespace

ApiEndpoints::ApiEndpoints(FakeState &state) : m_state(state)
{ }

void ApiEndpoints::damageEntry(QJsonObject &entry, bool size, bool checksum)
{
    if (size)
        entry.insert(QStringLiteral("size"), entry.value(QLatin1String("size")).toInteger() + 1);
    if (checksum) {
        entry.insert(QStringLiteral("checksum"),
            WhirlpoolHasher::hashHex(entry.value(QLatin1String("checksum")).toString().toLatin1()));
    }
}

QJsonObject ApiEndpoints::fileItem(const FileEntry &file)
{
    return QJsonObject {{QStringLiteral("url"), FakeStore::fileUrl(file.id)},
        {QStringLiteral("filename"), file.filename}, {QStringLiteral("size"), file.size},
        {QStringLiteral("date"), ParisTime::format(file.uploadedUtc)},
        {QStringLiteral("checksum"), file.whirlpool}, {QStringLiteral("content-type"), file.contentType},
        {QStringLiteral("pass"), 0}, {QStringLiteral("acl"), 0}, {QStringLiteral("cdn"), 0}};
}

HttpResponse ApiEndpoints::ok(QJsonObject object) const
{
    return HttpResponse::json(200, object, m_pretty);
}

HttpResponse ApiEndpoints::ko(int status, const QString &message) const
{
    return HttpResponse::json(status,
        QJsonObject {{kStatus, QStringLiteral("KO")}, {QStringLiteral("message"), message}}, m_pretty);
}

bool ApiEndpoints::nameAllowed(const QString &name, bool rejectReserved)
{
    if (name.isEmpty() || name.size() > 250)
        return false;
    if (!rejectReserved)
        return true;
    // The characters rclone calls "1Fichier reserved" (§5.4), plus what no name can hold.
    static const QString reserved = QStringLiteral("\\<>\"'$`/");
    for (const QChar c : name) {
        if (reserved.contains(c) || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return !name.startsWith(QLatin1Char(' ')) && !name.endsWith(QLatin1Char(' '))
        && name != QLatin1String(".") && name != QLatin1String("..");
}

bool ApiEndpoints::folderNameTaken(
    const Account &account, qint64 parentId, const QString &name, qint64 except) const
{
    for (const FolderEntry *f : m_state.store.subFolders(account, parentId)) {
        if (f->name == name && f->id != except)
            return true;
    }
    return false;
}

HttpResponse ApiEndpoints::handle(const HttpRequest &request)
{
    m_pretty = false;
    if (!request.path.startsWith(QLatin1String("/v1/")))
        return ko(404, Messages::unknownEndpoint());
    const QString endpoint = request.path.mid(4);
    static const QStringList known {QStringLiteral("user/info.cgi"), QStringLiteral("folder/ls.cgi"),
        QStringLiteral("folder/mkdir.cgi"), QStringLiteral("folder/rm.cgi"), QStringLiteral("folder/mv.cgi"),
        QStringLiteral("file/ls.cgi"), QStringLiteral("file/info.cgi"), QStringLiteral("file/rm.cgi"),
        QStringLiteral("file/mv.cgi"), QStringLiteral("file/rename.cgi"), QStringLiteral("file/cp.cgi"),
        QStringLiteral("upload/get_upload_server.cgi"), QStringLiteral("download/get_token.cgi")};
    if (!known.contains(endpoint))
        return ko(404, Messages::unknownEndpoint());
    const bool getAllowed = endpoint == QLatin1String("upload/get_upload_server.cgi");
    if (request.method != "POST" && !(getAllowed && request.method == "GET"))
        return ko(405, Messages::methodNotAllowed());

    HttpResponse failure;
    Account *account = Authenticator::authenticate(m_state, request, &failure);
    if (!account)
        return failure;

    // §1.3: JSON content type on every call, even the bodiless GET of get_upload_server.
    if (m_state.options.requireJsonContentType
        && !request.header("content-type").trimmed().toLower().startsWith("application/json"))
        return ko(403, Messages::badContentType());
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (!doc.isObject())
            return ko(403, Messages::badJson());
        body = doc.object();
    }
    qint64 pretty = 0;
    m_pretty = readInt(body, QStringLiteral("pretty"), &pretty) && pretty == 1;

    if (endpoint == QLatin1String("user/info.cgi"))
        return userInfo(*account, request);
    if (endpoint == QLatin1String("folder/ls.cgi"))
        return folderLs(*account, body);
    if (endpoint == QLatin1String("folder/mkdir.cgi"))
        return folderMkdir(*account, body);
    if (endpoint == QLatin1String("folder/rm.cgi"))
        return folderRm(*account, body);
    if (endpoint == QLatin1String("folder/mv.cgi"))
        return folderMv(*account, body);
    if (endpoint == QLatin1String("file/ls.cgi"))
        return fileLs(*account, body);
    if (endpoint == QLatin1String("file/info.cgi"))
        return fileInfo(*account, body);
    if (endpoint == QLatin1String("file/rm.cgi"))
        return fileRm(*account, body);
    if (endpoint == QLatin1String("file/mv.cgi"))
        return fileMv(*account, body);
    if (endpoint == QLatin1String("file/rename.cgi"))
        return fileRename(*account, body);
    if (endpoint == QLatin1String("file/cp.cgi"))
        return fileCp(*account, body);
    if (endpoint == QLatin1String("upload/get_upload_server.cgi"))
        return uploadServer(*account);
    return getToken(*account, body);
}

HttpResponse ApiEndpoints::userInfo(Account &account, const HttpRequest &request)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const FakeOptions &o = m_state.options;
    if (!m_state.limiter.spaced(QStringLiteral("info-ip|") + Authenticator::clientId(request),
            qint64(o.infoIntervalSeconds) * 1000, now))
        return ko(403, Messages::floodInfo());
    if (!m_state.limiter.spaced(QStringLiteral("info-user|%1").arg(account.number),
            qint64(o.infoUserIntervalSeconds) * 1000, now))
        return ko(403, Messages::floodUser());

    qint64 used = 0;
    for (const FileEntry &f : account.files)
        used += f.size;
    // rclone decodes these as strings (§4.17), so that is what the service sent; the
    // documented alternative (all integers) is --user-info-numbers.
    const bool numbers = o.userInfoNumbers;
    auto flag = [numbers](int v) {
        return numbers ? QJsonValue(v) : QJsonValue(QString::number(v));
    };
    const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
    QJsonObject info {
        {kStatus, kOk},
        {QStringLiteral("email"), QStringLiteral("account%1@fakefichier.invalid").arg(account.number)},
        {QStringLiteral("offer"), flag(1)},
        {QStringLiteral("2fa"), flag(0)},
        {QStringLiteral("subscription_end"), ParisTime::format(nowUtc.addDays(365))},
        {QStringLiteral("cdn"), flag(0)},
        {QStringLiteral("use_cdn"), flag(0)},
        {QStringLiteral("hot_storage"), 0},
        {QStringLiteral("cold_storage"), used},
        {QStringLiteral("allowed_cold_storage"), o.quotaBytes},
        {QStringLiteral("available_storage"), 0},
        {QStringLiteral("available_cold_storage"), o.quotaBytes},
        {QStringLiteral("default_quota"), 0},
        {QStringLiteral("default_cold_storage_quota"), o.quotaBytes},
        {QStringLiteral("extended_quota"), 0},
        {QStringLiteral("extended_quota_end"), QString()},
        {QStringLiteral("overquota"), qMax<qint64>(0, used - o.quotaBytes)},
        {QStringLiteral("upload_forbidden"), flag(used > o.quotaBytes ? 1 : 0)},
        {QStringLiteral("stats_date"), ParisTime::format(nowUtc).left(10)},
        {QStringLiteral("mail_rm"), flag(0)},
        {QStringLiteral("ftp_mode"), flag(0)},
        {QStringLiteral("ftp_did"), 0},
        {QStringLiteral("ftp_report"), flag(0)},
        {QStringLiteral("ru_report"), flag(0)},
        {QStringLiteral("default_domain"), 0},
        {QStringLiteral("page_limit"), 1000},
        {QStringLiteral("default_port"), flag(0)},
        {QStringLiteral("default_port_files"), flag(0)},
        {QStringLiteral("download_menu"), flag(0)},
    };
    return ok(info);
}

HttpResponse ApiEndpoints::folderLs(Account &account, const QJsonObject &body)
{
    qint64 id = 0;
    if (!optionalInt(body, QStringLiteral("folder_id"), 0, &id))
        return ko(403, Messages::badParameter(QStringLiteral("folder_id")));
    if (!body.value(QLatin1String("sharing_user")).toString().isEmpty())
        return ko(403, Messages::sharingUnsupported());
    const FolderEntry *folder = m_state.store.folder(account, id);
    if (!folder)
        return ko(404, Messages::notFound());
    if (!m_state.limiter.spaced(QStringLiteral("ls|%1|%2").arg(account.number).arg(id),
            qint64(m_state.options.folderListIntervalSeconds) * 1000, QDateTime::currentMSecsSinceEpoch()))
        return ko(403, Messages::flood());
    const int cap = m_state.options.listCap;
    QJsonArray subFolders;
    for (const FolderEntry *f : m_state.store.subFolders(account, id)) {
        if (subFolders.size() >= cap)
            break;
        subFolders.append(folderItem(*f));
    }
    const QList<const FileEntry *> files = m_state.store.filesIn(account, id, false);
    QJsonObject out {{kStatus, kOk}, {QStringLiteral("folder_id"), id},
        {QStringLiteral("name"), folder->name}, {QStringLiteral("size"), QJsonValue::Null},
        {QStringLiteral("files"), qint64(files.size())}, {QStringLiteral("sub_folders"), subFolders}};
    qint64 withFiles = 0;
    if (readInt(body, QStringLiteral("files"), &withFiles) && withFiles == 1) {
        QJsonArray items;
        for (const FileEntry *f : files) {
            if (items.size() >= cap)
                break;
            items.append(fileItem(*f));
        }
        out.insert(QStringLiteral("items"), items);
    }
    return ok(out);
}

HttpResponse ApiEndpoints::folderMkdir(Account &account, const QJsonObject &body)
{
    qint64 parent = 0;
    if (!optionalInt(body, QStringLiteral("folder_id"), 0, &parent))
        return ko(403, Messages::badParameter(QStringLiteral("folder_id")));
    if (!body.value(QLatin1String("sharing_user")).toString().isEmpty())
        return ko(403, Messages::sharingUnsupported());
    if (!body.value(QLatin1String("name")).isString())
        return ko(403, Messages::badParameter(QStringLiteral("name")));
    const QString name = body.value(QLatin1String("name")).toString();
    if (!m_state.store.folder(account, parent))
        return ko(404, Messages::notFound());
    if (!nameAllowed(name))
        return ko(200, Messages::invalidName());
    if (!m_state.options.allowDuplicateFolders && folderNameTaken(account, parent, name, -1))
        return ko(200, Messages::folderExists());
    const qint64 id = m_state.store.createFolder(account, parent, name);
    return ok(
        QJsonObject {{kStatus, kOk}, {QStringLiteral("folder_id"), id}, {QStringLiteral("name"), name}});
}

HttpResponse ApiEndpoints::folderRm(Account &account, const QJsonObject &body)
{
    qint64 id = 0;
    if (!readInt(body, QStringLiteral("folder_id"), &id))
        return ko(403, Messages::badParameter(QStringLiteral("folder_id")));
    if (id == 0)
        return ko(200, Messages::rootFolder());
    if (!m_state.store.folder(account, id))
        return ko(404, Messages::notFound());
    if (!m_state.store.subFolders(account, id).isEmpty()
        || !m_state.store.filesIn(account, id, true).isEmpty())
        return ko(200, Messages::folderNotEmpty());
    m_state.store.removeFolder(account, id);
    return ok(QJsonObject {{kStatus, kOk}, {QStringLiteral("message"), QStringLiteral("Folder removed")}});
}

HttpResponse ApiEndpoints::folderMv(Account &account, const QJsonObject &body)
{
    qint64 id = 0;
    if (!readInt(body, QStringLiteral("folder_id"), &id))
        return ko(403, Messages::badParameter(QStringLiteral("folder_id")));
    if (!body.value(QLatin1String("destination_user")).toString().isEmpty())
        return ko(403, Messages::sharingUnsupported());
    if (id == 0)
        return ko(200, Messages::rootFolder());
    const FolderEntry *found = m_state.store.folder(account, id);
    if (!found)
        return ko(404, Messages::notFound());
    FolderEntry &folder = account.folders[id];
    const QString oldName = folder.name;
    const QString rename = body.value(QLatin1String("rename")).toString();
    const bool hasDestination = body.contains(QLatin1String("destination_folder_id"));
    // §4.8 [DOC]: `rename` ignores destination_*; --folder-mv-both does both in one call.
    const bool move = hasDestination && (rename.isEmpty() || m_state.options.folderMoveAndRename);
    if (rename.isEmpty() && !hasDestination)
        return ko(403, Messages::badParameter(QStringLiteral("destination_folder_id")));
    qint64 destination = folder.parentId;
    if (move) {
        if (!readInt(body, QStringLiteral("destination_folder_id"), &destination))
            return ko(403, Messages::badParameter(QStringLiteral("destination_folder_id")));
        if (!m_state.store.folder(account, destination))
            return ko(404, Messages::notFound());
        if (m_state.store.isInside(account, destination, id))
            return ko(200, Messages::folderIntoItself());
    }
    const QString newName = rename.isEmpty() ? oldName : rename;
    if (!nameAllowed(newName))
        return ko(200, Messages::invalidName());
    if (!m_state.options.allowDuplicateFolders && folderNameTaken(account, destination, newName, id))
        return ko(200, Messages::folderExists());
    folder.parentId = destination;
    folder.name = newName;
    m_state.store.save();
    return ok(QJsonObject {{kStatus, kOk}, {QStringLiteral("message"), QStringLiteral("Folder moved")},
        {QStringLiteral("old_name"), oldName}, {QStringLiteral("new_name"), newName}});
}

HttpResponse ApiEndpoints::fileLs(Account &account, const QJsonObject &body)
{
    qint64 id = 0;
    if (!optionalInt(body, QStringLiteral("folder_id"), 0, &id))
        return ko(403, Messages::badParameter(QStringLiteral("folder_id")));
    if (!body.value(QLatin1String("sharing_user")).toString().isEmpty())
        return ko(403, Messages::sharingUnsupported());
    QDateTime before;
    QDateTime after;
    for (const auto &[key, target] : {std::pair {QStringLiteral("sent_before"), &before},
             std::pair {QStringLiteral("sent_after"), &after}}) {
        if (!body.contains(key))
            continue;
        *target = ParisTime::parse(body.value(key).toString());
        if (!target->isValid())
            return ko(403, Messages::badParameter(key));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<const FileEntry *> files;
    if (id == -1) {
        // The whole account: 1 per hour (§3.1); more is a flood.
        if (!m_state.limiter.spaced(QStringLiteral("all-files|%1").arg(account.number),
                qint64(m_state.options.allFilesIntervalSeconds) * 1000, now))
            return ko(403, Messages::flood());
        files = m_state.store.allFiles(account, false);
    } else {
        if (!m_state.store.folder(account, id))
            return ko(404, Messages::notFound());
        if (!m_state.limiter.spaced(QStringLiteral("ls|%1|%2").arg(account.number).arg(id),
                qint64(m_state.options.folderListIntervalSeconds) * 1000, now))
            return ko(403, Messages::flood());
        files = m_state.store.filesIn(account, id, false);
    }
    QJsonArray items;
    for (const FileEntry *f : std::as_const(files)) {
        // Both bounds are exclusive, compared at one-second precision like the wire format.
        const QDateTime uploaded = f->uploadedUtc.addMSecs(-f->uploadedUtc.time().msec());
        if (before.isValid() && !(uploaded < before))
            continue;
        if (after.isValid() && !(uploaded > after))
            continue;
        if (items.size() >= m_state.options.listCap)
            break;
        items.append(fileItem(*f));
    }
    const QString path = QStringLiteral("/v1/file/ls.cgi");
    const bool wrongSize = m_state.faults.hit(FaultKind::ListingSize, Role::Api, path);
    const bool wrongHash = m_state.faults.hit(FaultKind::ListingWhirlpool, Role::Api, path);
    if (wrongSize || wrongHash) {
        for (QJsonValueRef item : items) {
            QJsonObject o = item.toObject();
            damageEntry(o, wrongSize, wrongHash);
            item = o;
        }
    }
    return ok(QJsonObject {
        {kStatus, kOk}, {QStringLiteral("count"), qint64(items.size())}, {QStringLiteral("items"), items}});
}

HttpResponse ApiEndpoints::fileInfo(Account &account, const QJsonObject &body)
{
    const QString url = body.value(QLatin1String("url")).toString();
    if (url.isEmpty())
        return ko(403, Messages::badParameter(QStringLiteral("url")));
    const auto it = account.files.constFind(FakeStore::idFromUrl(url));
    if (it == account.files.constEnd())
        return ko(404, Messages::notFound());
    const FileEntry &f = it.value();
    QJsonObject out {{QStringLiteral("url"), FakeStore::fileUrl(f.id)},
        {QStringLiteral("filename"), f.filename}, {QStringLiteral("size"), f.size},
        {QStringLiteral("date"), ParisTime::format(f.uploadedUtc)}, {QStringLiteral("folder_id"), f.folderId},
        {QStringLiteral("path"), m_state.store.folderPath(account, f.folderId)},
        {QStringLiteral("checksum"), f.whirlpool}, {QStringLiteral("content-type"), f.contentType},
        {QStringLiteral("description"), QString()}, {QStringLiteral("pass"), 0},
        {QStringLiteral("no_ssl"), 0}, {QStringLiteral("inline"), 0}, {QStringLiteral("cdn"), 0},
        // An object here, unlike the 0/1 of listings (§4.10).
        {QStringLiteral("acl"),
            QJsonObject {{QStringLiteral("ip"), QJsonArray()}, {QStringLiteral("country"), QJsonArray()},
                {QStringLiteral("email"), QJsonArray()}, {QStringLiteral("premium"), 0}}}};
    const QString path = QStringLiteral("/v1/file/info.cgi");
    const bool wrongSize = m_state.faults.hit(FaultKind::ListingSize, Role::Api, path);
    const bool wrongHash = m_state.faults.hit(FaultKind::ListingWhirlpool, Role::Api, path);
    damageEntry(out, wrongSize, wrongHash);
    if (m_state.options.infoStatus)
        out.insert(kStatus, kOk);
    if (m_state.options.infoBothContentTypeKeys)
        out.insert(QStringLiteral("content_type"), f.contentType);
    return ok(out);
}

HttpResponse ApiEndpoints::fileRm(Account &account, const QJsonObject &body)
{
    if (!body.value(QLatin1String("files")).isArray())
        return ko(403, Messages::badParameter(QStringLiteral("files")));
    const QJsonArray files = body.value(QLatin1String("files")).toArray();
    if (files.isEmpty())
        return ko(403, Messages::badParameter(QStringLiteral("files")));
    if (m_state.faults.hit(FaultKind::RmKo, Role::Api, QStringLiteral("/v1/file/rm.cgi")))
        return ko(200, Messages::notRemoved());
    for (const QJsonValue &v : files) {
        if (!v.isObject()) // checked before removing anything
            return ko(403, Messages::badParameter(QStringLiteral("files")));
    }
    QJsonArray removed;
    m_state.store.setDeferSave(true); // one write of state.json for the batch
    for (const QJsonValue &v : files) {
        const QString url = v.toObject().value(QLatin1String("url")).toString();
        const QString id = FakeStore::idFromUrl(url);
        if (id.isEmpty() || !account.files.contains(id))
            continue;
        m_state.store.removeFile(account, id);
        removed.append(FakeStore::fileUrl(id));
    }
    m_state.store.setDeferSave(false);
    if (!removed.isEmpty())
        m_state.store.save();
    if (removed.isEmpty())
        return ko(200, Messages::notRemoved());
    return ok(QJsonObject {{kStatus, kOk}, {QStringLiteral("removed"), qint64(removed.size())},
        {QStringLiteral("urls"), removed}});
}

HttpResponse ApiEndpoints::fileMv(Account &account, const QJsonObject &body)
{
    const QJsonArray urls = body.value(QLatin1String("urls")).toArray();
    if (urls.isEmpty())
        return ko(403, Messages::badParameter(QStringLiteral("urls")));
    if (!body.value(QLatin1String("destination_user")).toString().isEmpty())
        return ko(403, Messages::sharingUnsupported());
    qint64 destination = 0;
    if (!optionalInt(body, QStringLiteral("destination_folder_id"), 0, &destination))
        return ko(403, Messages::badParameter(QStringLiteral("destination_folder_id")));
    if (!m_state.store.folder(account, destination))
        return ko(404, Messages::notFound());
    const QString rename = body.value(QLatin1String("rename")).toString();
    if (!rename.isEmpty() && urls.size() != 1)
        return ko(200, Messages::renameOneUrl());
    if (!rename.isEmpty() && !nameAllowed(rename))
        return ko(200, Messages::invalidName());
    QStringList ids;
    for (const QJsonValue &v : urls) {
        const QString id = FakeStore::idFromUrl(v.toString());
        if (!id.isEmpty() && account.files.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return ko(404, Messages::notFound());
    // Since 2024 the service refuses a move whose new name is the current one (§4.12).
    if (!rename.isEmpty() && account.files.value(ids.constFirst()).filename == rename)
        return ko(200, Messages::sameNameMove());
    QJsonArray moved;
    for (const QString &id : std::as_const(ids)) {
        FileEntry &f = account.files[id];
        f.folderId = destination;
        if (!rename.isEmpty())
            f.filename = rename;
        // §8.5: whether a move changes the link is unknown; --mv-new-link says it does.
        const QString finalId
            = m_state.options.moveGivesNewLink ? m_state.store.changeFileId(account, id) : id;
        moved.append(FakeStore::fileUrl(finalId));
    }
    m_state.store.save();
    QJsonObject out {
        {kStatus, kOk}, {QStringLiteral("moved"), qint64(moved.size())}, {QStringLiteral("urls"), moved}};
    if (!rename.isEmpty())
        out.insert(QStringLiteral("filename"), rename);
    return ok(out);
}

HttpResponse ApiEndpoints::fileRename(Account &account, const QJsonObject &body)
{
    const QJsonArray urls = body.value(QLatin1String("urls")).toArray();
    if (urls.isEmpty())
        return ko(403, Messages::badParameter(QStringLiteral("urls")));
    QJsonArray renamed;
    for (const QJsonValue &v : urls) {
        if (!v.isObject())
            return ko(403, Messages::badParameter(QStringLiteral("urls")));
        const QJsonObject o = v.toObject();
        const QString id = FakeStore::idFromUrl(o.value(QLatin1String("url")).toString());
        const QString name = o.value(QLatin1String("filename")).toString();
        auto it = account.files.find(id);
        if (id.isEmpty() || it == account.files.end() || name.isEmpty())
            continue;
        if (!nameAllowed(name))
            return ko(200, Messages::invalidName());
        if (it->filename == name)
            continue; // a no-op rename is not a rename (#312 below if nothing else changed)
        const QString old = it->filename;
        it->filename = name;
        renamed.append(QJsonObject {{QStringLiteral("url"), FakeStore::fileUrl(id)},
            {QStringLiteral("old_filename"), old}, {QStringLiteral("new_filename"), name}});
    }
    if (renamed.isEmpty())
        return ko(200, Messages::notRenamed());
    m_state.store.save();
    return ok(QJsonObject {{kStatus, kOk}, {QStringLiteral("renamed"), qint64(renamed.size())},
        {QStringLiteral("urls"), renamed}});
}

HttpResponse ApiEndpoints::fileCp(Account &account, const QJsonObject &body)
{
    const QJsonArray urls = body.value(QLatin1String("urls")).toArray();
    if (urls.isEmpty())
        return ko(403, Messages::badParameter(QStringLiteral("urls")));
    if (!body.value(QLatin1String("sharing_user")).toString().isEmpty())
        return ko(403, Messages::sharingUnsupported());
    qint64 destination = 0;
    // The key is folder_id here, not destination_folder_id (§4.14); an unknown key is
    // ignored, so such a copy lands in the root like on the service.
    if (!optionalInt(body, QStringLiteral("folder_id"), 0, &destination))
        return ko(403, Messages::badParameter(QStringLiteral("folder_id")));
    if (!m_state.store.folder(account, destination))
        return ko(404, Messages::notFound());
    const QString rename = body.value(QLatin1String("rename")).toString();
    if (!rename.isEmpty() && urls.size() != 1)
        return ko(200, Messages::renameOneUrl());
    if (!rename.isEmpty() && !nameAllowed(rename))
        return ko(200, Messages::invalidName());
    QJsonArray copied;
    for (const QJsonValue &v : urls) {
        const QString id = FakeStore::idFromUrl(v.toString());
        const auto it = account.files.constFind(id);
        if (id.isEmpty() || it == account.files.constEnd())
            continue;
        const FileEntry source = it.value();
        const FileEntry *copy = m_state.store.copyFile(
            account, source, destination, rename.isEmpty() ? source.filename : rename);
        copied.append(QJsonObject {{QStringLiteral("from_url"), FakeStore::fileUrl(source.id)},
            {QStringLiteral("to_url"), FakeStore::fileUrl(copy->id)}});
    }
    if (copied.isEmpty())
        return ko(404, Messages::notFound());
    QJsonObject out {
        {kStatus, kOk}, {QStringLiteral("copied"), qint64(copied.size())}, {QStringLiteral("urls"), copied}};
    if (!rename.isEmpty())
        out.insert(QStringLiteral("filename"), rename);
    return ok(out);
}

HttpResponse ApiEndpoints::uploadServer(Account &account)
{
    QString id;
    do {
        id = randomAlnum(10, true);
    } while (m_state.uploadIds.contains(id));
    m_state.uploadIds.insert(id, UploadSlot {account.number, QDateTime::currentMSecsSinceEpoch()});
    // Bare host:port, no scheme and no status key (§4.2).
    return ok(QJsonObject {{QStringLiteral("url"), QStringLiteral("127.0.0.1:%1").arg(m_state.nodePort)},
        {QStringLiteral("id"), id}});
}

HttpResponse ApiEndpoints::getToken(Account &account, const QJsonObject &body)
{
    const QString url = body.value(QLatin1String("url")).toString();
    if (url.isEmpty())
        return ko(403, Messages::badParameter(QStringLiteral("url")));
    if (m_state.faults.hit(FaultKind::Location887, Role::Api, QStringLiteral("/v1/download/get_token.cgi")))
        return ko(403, Messages::oneLocation());
    const QString id = FakeStore::idFromUrl(url);
    if (id.isEmpty() || !account.files.contains(id))
        return ko(404, Messages::notFound());
    QString token;
    do {
        token = randomAlnum(32, false);
    } while (m_state.tokens.contains(token));
    m_state.tokens.insert(token,
        DownloadToken {account.number, id,
            QDateTime::currentMSecsSinceEpoch() + qint64(m_state.options.tokenTtlSeconds) * 1000});
    return ok(QJsonObject {{kStatus, kOk},
        {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/%2").arg(m_state.dlPort).arg(token)}});
}

} // namespace Coffre::Fake
