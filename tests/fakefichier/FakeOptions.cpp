#include "FakeOptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

namespace Coffre::Fake {

namespace {

struct IntOption {
    const char *name;
    const char *help;
    int *target;
    int minimum;
    int maximum;
};

struct FlagOption {
    const char *name;
    const char *help;
    bool *target;
    bool value; // what the flag sets
};

bool validKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9=_-]{32}$"));
    return re.match(key).hasMatch();
}

} // namespace

QString FakeOptions::usage()
{
    return QStringLiteral(
        "Usage: coffre-fakefichier [options]\n"
        "A local stand-in for the 1fichier API, for Coffre's tests and demo.\n"
        "See tests/fakefichier/README.md for every option, the fault grammar and the control API.\n");
}

std::optional<FakeOptions> FakeOptions::parse(const QStringList &arguments, QString *error)
{
    FakeOptions o;
    int port = 0;
    int nodePort = 0;
    int dlPort = 0;
    const IntOption ints[] = {
        {"port", "API port (0 = any free port)", &port, 0, 65535},
        {"node-port", "upload node port (0 = any)", &nodePort, 0, 65535},
        {"dl-port", "download host port (0 = any)", &dlPort, 0, 65535},
        {"rate", "requests per second per key+IP before a flood lock (0 = off)", &o.rate, 0, 100000},
        {"flood-lock", "seconds a flood lock lasts", &o.floodLockSeconds, 0, 86400},
        {"info-interval", "seconds between user/info.cgi calls per key+IP (0 = off)", &o.infoIntervalSeconds,
            0, 86400},
        {"info-user-interval", "seconds between user/info.cgi calls per account (0 = off)",
            &o.infoUserIntervalSeconds, 0, 86400},
        {"all-files-interval", "seconds between file/ls.cgi folder_id -1 calls (0 = off)",
            &o.allFilesIntervalSeconds, 0, 864000},
        {"folder-list-interval", "seconds before the same folder may be listed again (0 = off)",
            &o.folderListIntervalSeconds, 0, 86400},
        {"list-cap", "maximum entries in one listing", &o.listCap, 1, 10000000},
        {"auth-status", "HTTP status of auth errors (401 or 403)", &o.authStatus, 401, 403},
        {"token-ttl", "seconds a download token stays valid", &o.tokenTtlSeconds, 1, 864000},
        {"report-ttl", "seconds an end.pl report is kept", &o.reportTtlSeconds, 1, 864000},
    };
    bool noJsonType = false;
    bool quotedBoundaryOk = false;
    bool dlNoAuth = false;
    bool reservedOk = false;
    const FlagOption flags[] = {
        {"no-content-type-check", "accept API POSTs without Content-Type: application/json", &noJsonType,
            true},
        {"allow-quoted-boundary", "accept a quoted multipart boundary", &quotedBoundaryOk, true},
        {"allow-empty-files", "accept 0-byte uploads", &o.allowEmptyFiles, true},
        {"anonymous-uploads", "accept upload.cgi/end.pl without a key (anonymous upload)",
            &o.anonymousUploads, true},
        {"dl-no-auth", "serve token URLs without the Bearer key", &dlNoAuth, true},
        {"strict-upload-id", "upload.cgi only takes ids handed out by get_upload_server", &o.strictUploadId,
            true},
        {"endpl-query-json", "end.pl also honours ?JSON=1", &o.endplQueryJson, true},
        {"accept-reserved-names", "store names with \\ < > \" ' $ ` or edge spaces as they are", &reservedOk,
            true},
        {"allow-duplicate-folders", "mkdir of an existing name creates a second folder",
            &o.allowDuplicateFolders, true},
        {"mv-new-link", "file/mv.cgi gives the moved file a new link", &o.moveGivesNewLink, true},
        {"folder-mv-both", "folder/mv.cgi renames and moves in one call", &o.folderMoveAndRename, true},
        {"info-status", "file/info.cgi replies carry \"status\":\"OK\"", &o.infoStatus, true},
        {"info-both-content-type", "file/info.cgi carries content_type as well as content-type",
            &o.infoBothContentTypeKeys, true},
        {"user-info-numbers", "user/info.cgi sends every numeric field as a JSON number", &o.userInfoNumbers,
            true},
    };

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        QStringList {QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("this help"));
    parser.addOption(help);
    for (const IntOption &i : ints)
        parser.addOption({QLatin1String(i.name), QLatin1String(i.help), QStringLiteral("n")});
    for (const FlagOption &f : flags)
        parser.addOption({QLatin1String(f.name), QLatin1String(f.help)});
    const QCommandLineOption dataOpt(
        QStringLiteral("data"), QStringLiteral("state directory"), QStringLiteral("dir"));
    const QCommandLineOption keyOpt(
        QStringLiteral("key"), QStringLiteral("an account key (repeatable)"), QStringLiteral("key"));
    const QCommandLineOption keyFileOpt(QStringLiteral("key-file"),
        QStringLiteral("file with one account key per line"), QStringLiteral("file"));
    const QCommandLineOption logOpt(
        QStringLiteral("log"), QStringLiteral("request log (JSON lines)"), QStringLiteral("file"));
    const QCommandLineOption faultsOpt(
        QStringLiteral("faults"), QStringLiteral("fault spec"), QStringLiteral("spec"));
    const QCommandLineOption quotaOpt(
        QStringLiteral("quota"), QStringLiteral("cold storage bytes"), QStringLiteral("bytes"));
    for (const auto &opt : {dataOpt, keyOpt, keyFileOpt, logOpt, faultsOpt, quotaOpt})
        parser.addOption(opt);

    if (!parser.parse(QStringList {QStringLiteral("coffre-fakefichier")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        error->clear();
        QTextStream(stdout) << usage() << parser.helpText().section(QLatin1Char('\n'), 1);
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }
    for (const IntOption &i : ints) {
        const QString name = QLatin1String(i.name);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const int v = parser.value(name).toInt(&ok);
        if (!ok || v < i.minimum || v > i.maximum) {
            *error
                = QStringLiteral("--%1 wants a number from %2 to %3").arg(name).arg(i.minimum).arg(i.maximum);
            return std::nullopt;
        }
        *i.target = v;
    }
    if (o.authStatus != 401 && o.authStatus != 403) {
        *error = QStringLiteral("--auth-status must be 401 or 403");
        return std::nullopt;
    }
    o.port = quint16(port);
    o.nodePort = quint16(nodePort);
    o.dlPort = quint16(dlPort);
    for (const FlagOption &f : flags) {
        if (parser.isSet(QLatin1String(f.name)))
            *f.target = f.value;
    }
    o.requireJsonContentType = !noJsonType;
    o.rejectQuotedBoundary = !quotedBoundaryOk;
    o.downloadAuth = !dlNoAuth;
    o.rejectReservedNames = !reservedOk;

    o.dataDir = parser.value(dataOpt);
    o.logFile = parser.value(logOpt);
    o.faults = parser.value(faultsOpt);
    if (parser.isSet(quotaOpt)) {
        bool ok = false;
        o.quotaBytes = parser.value(quotaOpt).toLongLong(&ok);
        if (!ok || o.quotaBytes < 0) {
            *error = QStringLiteral("--quota wants a number of bytes");
            return std::nullopt;
        }
    }
    QStringList keys = parser.values(keyOpt);
    for (const QString &path : parser.values(keyFileOpt)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read --key-file %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QString key = QString::fromUtf8(line).trimmed();
            if (!key.isEmpty())
                keys.append(key);
        }
    }
    for (const QString &key : std::as_const(keys)) {
        // Never echo the key itself, even in an error.
        if (!validKey(key)) {
            *error = QStringLiteral("a --key is not 32 characters of [A-Za-z0-9=_-]");
            return std::nullopt;
        }
    }
    keys.removeDuplicates();
    o.keys = keys;
    return o;
}

} // namespace Coffre::Fake
