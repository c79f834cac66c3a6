#include "FakeStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace Coffre::Fake {

namespace {

QString keyHash(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString randomString(int length, const char *alphabet)
{
    const int n = int(qstrlen(alphabet));
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(n)]));
    return out;
}

QString isoUtc(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

} // namespace

FakeStore::FakeStore() = default;
FakeStore::~FakeStore() = default;

QString FakeStore::tempDir() const
{
    return QDir(m_dir).filePath(QStringLiteral("tmp"));
}

QString FakeStore::blobPath(const FileEntry &file) const
{
    return QDir(m_dir).filePath(QStringLiteral("blobs/") + file.blob);
}

bool FakeStore::open(const QString &dataDir, const QStringList &keys, QString *error)
{
    m_dir = QDir(dataDir).absolutePath();
    QDir dir(m_dir);
    if (!dir.mkpath(QStringLiteral("blobs")) || !dir.mkpath(QStringLiteral("tmp"))) {
        *error = QStringLiteral("cannot create the data dir %1").arg(m_dir);
        return false;
    }
    m_lock = std::make_unique<QLockFile>(dir.filePath(QStringLiteral(".lock")));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        *error = QStringLiteral("the data dir %1 is in use by another coffre-fakefichier").arg(m_dir);
        return false;
    }
    // Uploads that were in progress when the previous run stopped are gone, as on the service.
    QDir tmp(tempDir());
    for (const QString &name : tmp.entryList(QDir::Files | QDir::Hidden))
        tmp.remove(name);

    QFile stateFile(dir.filePath(QStringLiteral("state.json")));
    if (stateFile.exists()) {
        if (!stateFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(stateFile.fileName(), stateFile.errorString());
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(stateFile.readAll(), &parseError);
        if (!doc.isObject()) {
            *error = QStringLiteral("%1 is not valid JSON: %2")
                         .arg(stateFile.fileName(), parseError.errorString());
            return false;
        }
        const QJsonObject root = doc.object();
        m_nextFolderId = qMax<qint64>(root.value(QLatin1String("next_folder_id")).toInteger(), 3360001);
        m_nextOrder = qMax<qint64>(root.value(QLatin1String("next_order")).toInteger(), 1);
        for (const QJsonValue &av : root.value(QLatin1String("accounts")).toArray()) {
            const QJsonObject ao = av.toObject();
            Account account;
            account.keyHash = ao.value(QLatin1String("key_sha256")).toString();
            for (const QJsonValue &fv : ao.value(QLatin1String("folders")).toArray()) {
                const QJsonObject fo = fv.toObject();
                FolderEntry f;
                f.id = fo.value(QLatin1String("id")).toInteger();
                f.parentId = fo.value(QLatin1String("parent")).toInteger();
                f.name = fo.value(QLatin1String("name")).toString();
                f.createdUtc
                    = QDateTime::fromString(fo.value(QLatin1String("created_utc")).toString(), Qt::ISODate);
                account.folders.insert(f.id, f);
            }
            for (const QJsonValue &fv : ao.value(QLatin1String("files")).toArray()) {
                const QJsonObject fo = fv.toObject();
                FileEntry f;
                f.id = fo.value(QLatin1String("id")).toString();
                f.folderId = fo.value(QLatin1String("folder")).toInteger();
                f.filename = fo.value(QLatin1String("filename")).toString();
                f.size = fo.value(QLatin1String("size")).toInteger();
                f.uploadedUtc
                    = QDateTime::fromString(fo.value(QLatin1String("uploaded_utc")).toString(), Qt::ISODate);
                f.whirlpool = fo.value(QLatin1String("whirlpool")).toString();
                f.contentType = fo.value(QLatin1String("content_type")).toString();
                f.blob = fo.value(QLatin1String("blob")).toString();
                f.order = fo.value(QLatin1String("order")).toInteger();
                account.files.insert(f.id, f);
            }
            m_accounts.append(account);
        }
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString hash = keyHash(keys.at(i));
        auto it = std::find_if(
            m_accounts.begin(), m_accounts.end(), [&](const Account &a) { return a.keyHash == hash; });
        if (it == m_accounts.end()) {
            Account account;
            account.keyHash = hash;
            m_accounts.append(account);
            it = m_accounts.end() - 1;
        }
        it->number = int(i) + 1;
    }
    return save(error);
}

Account *FakeStore::accountForKey(const QString &key)
{
    if (key.isEmpty())
        return nullptr;
    const QString hash = keyHash(key);
    for (Account &a : m_accounts) {
        if (a.number > 0 && a.keyHash == hash)
            return &a;
    }
    return nullptr;
}

Account *FakeStore::accountByNumber(int number)
{
    for (Account &a : m_accounts) {
        if (a.number == number)
            return &a;
    }
    return nullptr;
}

QString FakeStore::fileUrl(const QString &id)
{
    return QStringLiteral("https://1fichier.com/?") + id;
}

QString FakeStore::idFromUrl(const QString &url)
{
    // Every domain of the link table (§4.3) names the same file.
    static const QRegularExpression re(QStringLiteral(
        "^https?://(?:www\\.)?(?:1fichier\\.com|alterupload\\.com|cjoint\\.net|desfichiers\\.com|"
        "dfichiers\\.com|megadl\\.fr|mesfichiers\\.org|piecejointe\\.net|pjointe\\.com|tenvoi\\.com|"
        "dl4free\\.com)/\\?([a-z0-9]{5,20})(?:&.*)?$"));
    const QRegularExpressionMatch m = re.match(url.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}

const FolderEntry *FakeStore::folder(const Account &account, qint64 id) const
{
    static const FolderEntry root {0, 0, QStringLiteral("Root"), QDateTime()};
    if (id == 0)
        return &root;
    const auto it = account.folders.constFind(id);
    return it == account.folders.constEnd() ? nullptr : &it.value();
}

QList<const FolderEntry *> FakeStore::subFolders(const Account &account, qint64 parentId) const
{
    QList<const FolderEntry *> out;
    for (const FolderEntry &f : account.folders) {
        if (f.parentId == parentId)
            out.append(&f);
    }
    std::sort(
        out.begin(), out.end(), [](const FolderEntry *a, const FolderEntry *b) { return a->id < b->id; });
    return out;
}

QList<const FileEntry *> FakeStore::filesIn(const Account &account, qint64 folderId, bool includeHidden) const
{
    QList<const FileEntry *> out;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const FileEntry &f : account.files) {
        if (f.folderId == folderId && (includeHidden || f.visibleAtMs <= now))
            out.append(&f);
    }
    std::sort(
        out.begin(), out.end(), [](const FileEntry *a, const FileEntry *b) { return a->order < b->order; });
    return out;
}

QList<const FileEntry *> FakeStore::allFiles(const Account &account, bool includeHidden) const
{
    QList<const FileEntry *> out;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const FileEntry &f : account.files) {
        if (includeHidden || f.visibleAtMs <= now)
            out.append(&f);
    }
    std::sort(
        out.begin(), out.end(), [](const FileEntry *a, const FileEntry *b) { return a->order < b->order; });
    return out;
}

QString FakeStore::folderPath(const Account &account, qint64 id) const
{
    QStringList parts;
    for (int guard = 0; id != 0 && guard < 10000; ++guard) {
        const FolderEntry *f = folder(account, id);
        if (!f)
            break;
        parts.prepend(f->name);
        id = f->parentId;
    }
    return parts.join(QLatin1Char('/'));
}

bool FakeStore::isInside(const Account &account, qint64 id, qint64 ancestorId) const
{
    for (int guard = 0; guard < 10000; ++guard) {
        if (id == ancestorId)
            return true;
        if (id == 0)
            return false;
        const FolderEntry *f = folder(account, id);
        if (!f)
            return false;
        id = f->parentId;
    }
    return false;
}

qint64 FakeStore::createFolder(Account &account, qint64 parentId, const QString &name)
{
    FolderEntry f;
    f.id = m_nextFolderId;
    // Ids come from one counter shared by every account (and, on the real service, every
    // user), so they jump: a client must not assume anything about them.
    m_nextFolderId += 1 + QRandomGenerator::global()->bounded(7);
    f.parentId = parentId;
    f.name = name;
    f.createdUtc = QDateTime::currentDateTimeUtc();
    account.folders.insert(f.id, f);
    save();
    return f.id;
}

void FakeStore::removeFolder(Account &account, qint64 id)
{
    account.folders.remove(id);
    save();
}

bool FakeStore::idTaken(const QString &id) const
{
    for (const Account &a : m_accounts) {
        if (a.files.contains(id))
            return true;
    }
    return false;
}

QString FakeStore::newFileId() const
{
    for (;;) {
        const QString id = randomString(20, "abcdefghijklmnopqrstuvwxyz0123456789");
        if (!idTaken(id))
            return id;
    }
}

FileEntry *FakeStore::addFile(Account &account, qint64 folderId, const QString &filename,
    const QString &tempPath, qint64 size, const QString &whirlpool, const QString &contentType,
    const QDateTime &uploadedUtc, QString *error)
{
    FileEntry f;
    f.id = newFileId();
    f.folderId = folderId;
    f.filename = filename;
    f.size = size;
    f.uploadedUtc = uploadedUtc.toUTC();
    f.whirlpool = whirlpool;
    f.contentType = contentType;
    f.blob = randomString(24, "0123456789abcdef");
    f.order = m_nextOrder++;
    if (!QFile::rename(tempPath, blobPath(f))) {
        *error = QStringLiteral("cannot move the upload into the store");
        QFile::remove(tempPath);
        return nullptr;
    }
    auto it = account.files.insert(f.id, f);
    save();
    return &it.value();
}

FileEntry *FakeStore::copyFile(
    Account &account, const FileEntry &source, qint64 folderId, const QString &filename)
{
    FileEntry f = source;
    f.id = newFileId();
    f.folderId = folderId;
    f.filename = filename;
    f.uploadedUtc = QDateTime::currentDateTimeUtc();
    f.order = m_nextOrder++;
    f.visibleAtMs = 0;
    auto it = account.files.insert(f.id, f); // the copy shares the stored content
    save();
    return &it.value();
}

void FakeStore::removeFile(Account &account, const QString &id)
{
    const auto it = account.files.constFind(id);
    if (it == account.files.constEnd())
        return;
    const QString blob = it->blob;
    const QString path = blobPath(*it);
    account.files.erase(it);
    bool shared = false;
    for (const Account &a : std::as_const(m_accounts)) {
        for (const FileEntry &f : a.files)
            shared = shared || f.blob == blob;
    }
    if (!shared)
        QFile::remove(path);
    save();
}

QString FakeStore::changeFileId(Account &account, const QString &oldId)
{
    FileEntry f = account.files.take(oldId);
    f.id = newFileId();
    account.files.insert(f.id, f);
    save();
    return f.id;
}

bool FakeStore::save(QString *error)
{
    if (m_deferSave)
        return true;
    QJsonArray accounts;
    for (const Account &a : std::as_const(m_accounts)) {
        QJsonArray folders;
        for (const FolderEntry &f : a.folders) {
            folders.append(QJsonObject {{QStringLiteral("id"), f.id}, {QStringLiteral("parent"), f.parentId},
                {QStringLiteral("name"), f.name}, {QStringLiteral("created_utc"), isoUtc(f.createdUtc)}});
        }
        QJsonArray files;
        for (const FileEntry &f : a.files) {
            files.append(QJsonObject {{QStringLiteral("id"), f.id}, {QStringLiteral("folder"), f.folderId},
                {QStringLiteral("filename"), f.filename}, {QStringLiteral("size"), f.size},
                {QStringLiteral("uploaded_utc"), isoUtc(f.uploadedUtc)},
                {QStringLiteral("whirlpool"), f.whirlpool}, {QStringLiteral("content_type"), f.contentType},
                {QStringLiteral("blob"), f.blob}, {QStringLiteral("order"), f.order}});
        }
        accounts.append(QJsonObject {{QStringLiteral("key_sha256"), a.keyHash},
            {QStringLiteral("folders"), folders}, {QStringLiteral("files"), files}});
    }
    const QJsonObject root {{QStringLiteral("version"), 1},
        {QStringLiteral("next_folder_id"), m_nextFolderId}, {QStringLiteral("next_order"), m_nextOrder},
        {QStringLiteral("accounts"), accounts}};
    QSaveFile file(QDir(m_dir).filePath(QStringLiteral("state.json")));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Coffre::Fake
