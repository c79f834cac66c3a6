#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Plain value types exchanged with the 1fichier client. They are grouped in one header on
// purpose: they are small aggregates with no behaviour, and callers (backup pipeline, GUI)
// always need several of them together.
namespace Coffre {

// One account, from user/info.cgi. Numeric fields are -1 when the server did not send them.
struct AccountInfo {
    QString email;
    int offer = -1; // 0 none, 1 Premium, 2 Access
    QDateTime subscriptionEnd; // UTC; invalid when absent
    qint64 coldStorageUsed = -1; // bytes ("cold_storage")
    qint64 coldStorageAvailable = -1; // bytes ("available_cold_storage")
    qint64 hotStorageUsed = -1; // bytes ("hot_storage")
    bool uploadForbidden = false; // quota reached or abuse
    bool isPremium() const { return offer == 1 || offer == 2; }
};

// A sub-folder as listed by folder/ls.cgi.
struct FolderEntry {
    qint64 id = -1;
    QString name; // decoded (see FichierNames)
    QDateTime created; // UTC; invalid when the server's date did not parse
    bool passwordProtected = false;
};

// The result of folder/ls.cgi on one folder.
struct FolderListing {
    qint64 id = -1;
    QString name; // "Root" for id 0
    qint64 fileCount = -1; // non-recursive; -1 when absent
    qint64 size = -1; // non-recursive bytes; -1 when null or absent
    QList<FolderEntry> folders;
};

// A file, from file/ls.cgi or file/info.cgi. The url is the file's identity.
struct FileEntry {
    QString url; // https://1fichier.com/?<id>
    QString filename; // decoded (see FichierNames)
    qint64 size = -1;
    QDateTime uploaded; // UTC; invalid when the server's date did not parse
    QString checksum; // Whirlpool, 128 lowercase hex, or empty when missing/malformed
    QString contentType;
    bool passwordProtected = false;
    qint64 folderId = -1; // only from file/info.cgi
    QString folderPath; // only from file/info.cgi, decoded (but never into a "/"), no leading slash
};

// What the upload node's end.pl reported for a finished upload.
struct UploadResult {
    QString url; // the new file's link
    QString filename; // decoded
    qint64 size = -1; // as reported by end.pl (a string on the wire)
    QString whirlpool; // as reported by end.pl, lowercase hex
    int attempts = 0; // uploads started (1 when the first one went through)
    qint64 transferMs = 0; // duration of the successful upload POST
};

// A finished download.
struct DownloadResult {
    QString path;
    qint64 size = 0;
    QString whirlpool; // computed locally while writing
    bool verified = false; // true when checked against the server's checksum
    int resumes = 0; // Range requests made after dropped connections
};

// The outcome of a (batched) file/rm.cgi.
struct RemoveResult {
    qint64 removed = 0; // as counted by the server
    QStringList urls; // as echoed by the server
};

// A file/mv.cgi or file/rename.cgi result.
struct MoveResult {
    qint64 count = 0;
    QStringList urls; // the (possibly new) links of the moved files
};

} // namespace Coffre

namespace Coffre {

// The answer of upload/get_upload_server.cgi: where and under which id to upload.
struct UploadServer {
    QString host; // bare host name of the node, maybe with ":port" (no scheme)
    QString id; // upload id, 1..10 alphanumerics
};

} // namespace Coffre
