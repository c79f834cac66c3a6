#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Coffre::Fake {

// Everything the command line can change. Defaults reproduce the real service as
// 1fichier-api.md describes it; every §8 open question has a switch to the alternative.
struct FakeOptions {
    quint16 port = 0; // API (and /_control/) port, 0 = any free port
    quint16 nodePort = 0; // upload node (upload.cgi, end.pl)
    quint16 dlPort = 0; // download host (token URLs)
    QString dataDir; // empty = private temp dir removed on exit
    QStringList keys; // one account per key; empty = one random key, printed
    QString logFile; // JSON lines request log

    // Rate limits (§3.1).
    int rate = 3; // requests per second per key+IP, 0 = off
    int floodLockSeconds = 30; // how long a flood lock lasts
    int infoIntervalSeconds = 60; // user/info.cgi per key+IP (#38), 0 = off
    int infoUserIntervalSeconds = 0; // user/info.cgi per account (doc: 300), 0 = off
    int allFilesIntervalSeconds = 3600; // file/ls.cgi folder_id -1, 0 = off
    int folderListIntervalSeconds = 0; // same folder listed again (doc: 30), 0 = off
    int listCap = 5000; // results per listing, silently truncated

    // Auth (§1.2, §8.1).
    int authStatus = 401;
    bool anonymousUploads = false; // accept upload.cgi without a key (files land nowhere)
    bool downloadAuth = true; // the download host also wants the Bearer key

    // Request format (§1.3, §4.3).
    bool requireJsonContentType = true;
    bool rejectQuotedBoundary = true;
    bool allowEmptyFiles = false; // §8.4
    bool strictUploadId = false; // §4.2: self-made ids work on the real nodes
    bool endplQueryJson = false; // §8.9: ?JSON=1 instead of the header
    bool rejectReservedNames = true; // §8.3
    bool allowDuplicateFolders = false; // §8.2
    bool moveGivesNewLink = false; // §8.5
    bool folderMoveAndRename = false; // §8.8: default, rename ignores destination_*
    bool infoStatus = false; // §8.6: file/info.cgi without a status key
    bool infoBothContentTypeKeys = false; // §8.6: also emit content_type
    bool userInfoNumbers = false; // §8.7: strings like rclone decodes them

    int tokenTtlSeconds = 300; // §4.16
    int reportTtlSeconds = 7200; // §4.4 end.pl report
    qint64 quotaBytes = 100LL * 1024 * 1024 * 1024 * 1024; // cold storage allowance

    QString faults; // see README "Fault grammar"

    // Parses argv (without argv[0]); nullopt with `error` set on bad input, or with an
    // empty error when --help was printed.
    static std::optional<FakeOptions> parse(const QStringList &arguments, QString *error);
    static QString usage();
};

} // namespace Coffre::Fake
