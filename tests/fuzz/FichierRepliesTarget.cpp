#include "FichierRepliesTarget.h"

#include "FuzzCheck.h"
#include "fichier/FichierNames.h"
#include "fichier/FichierParsers.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Coffre;
namespace FP = FichierParsers;

namespace {

bool isWhirlpoolOrEmpty(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{128}$"));
    return text.isEmpty() || hex.match(text).hasMatch();
}

bool isUtcOrInvalid(const QDateTime &time)
{
    return !time.isValid() || time.timeSpec() == Qt::UTC;
}

// A parser's verdict: a value, or no value and one line saying why.
template<typename T>
bool checkVerdict(FuzzCheck &check, const std::optional<T> &value, const QString &problem, const char *name)
{
    const QString what = QString::fromLatin1(name);
    if (!value)
        check.expectMessage(problem, what + QStringLiteral(" problem"), 1000);
    return value.has_value();
}

void checkFile(FuzzCheck &check, const FileEntry &entry, const QString &what)
{
    check.expect(
        !entry.url.isEmpty() && entry.url == entry.url.trimmed(), what + QStringLiteral(": bad url"));
    check.expect(entry.size >= -1, what + QStringLiteral(": size below -1"));
    check.expect(isWhirlpoolOrEmpty(entry.checksum), what + QStringLiteral(": checksum not normalized"));
    check.expect(isUtcOrInvalid(entry.uploaded), what + QStringLiteral(": date not UTC"));
}

} // namespace

QString FichierRepliesTarget::run(const QByteArray &data)
{
    FuzzCheck check;
    QString problem;

    for (const int status : {200, 403, 404, 500}) {
        const FichierError error = FP::checkReply(status, data);
        if (status != 200)
            check.expect(error.isError(), QStringLiteral("checkReply: HTTP %1 accepted").arg(status));
        if (error.isError()) {
            check.expectMessage(error.userMessage(), QStringLiteral("checkReply userMessage"), 1000);
            check.expectOneLine(error.toString(), QStringLiteral("checkReply toString"), 2000);
        }
    }

    problem.clear();
    if (const auto info = FP::parseAccountInfo(data, &problem);
        checkVerdict(check, info, problem, "user/info")) {
        check.expect(
            !info->email.isEmpty() || info->offer >= 0, QStringLiteral("user/info: no email or offer"));
        check.expect(isUtcOrInvalid(info->subscriptionEnd), QStringLiteral("user/info: date not UTC"));
    }

    problem.clear();
    if (const auto listing = FP::parseFolderListing(data, &problem);
        checkVerdict(check, listing, problem, "folder/ls")) {
        check.expect(listing->id >= 0, QStringLiteral("folder/ls: negative folder id"));
        for (const FolderEntry &folder : listing->folders) {
            check.expect(folder.id > 0, QStringLiteral("folder/ls: sub-folder id not positive"));
            check.expect(isUtcOrInvalid(folder.created), QStringLiteral("folder/ls: date not UTC"));
        }
    }

    problem.clear();
    if (const auto folder = FP::parseMkdir(data, &problem);
        checkVerdict(check, folder, problem, "folder/mkdir"))
        check.expect(folder->id > 0, QStringLiteral("folder/mkdir: id not positive"));

    problem.clear();
    if (const auto files = FP::parseFileListing(data, &problem);
        checkVerdict(check, files, problem, "file/ls")) {
        for (const FileEntry &entry : *files)
            checkFile(check, entry, QStringLiteral("file/ls"));
    }

    problem.clear();
    if (const auto entry = FP::parseFileInfo(data, &problem);
        checkVerdict(check, entry, problem, "file/info")) {
        checkFile(check, *entry, QStringLiteral("file/info"));
        check.expect(
            !entry->folderPath.startsWith(QLatin1Char('/')), QStringLiteral("file/info: path with /"));
    }

    problem.clear();
    const auto removed = FP::parseRemove(data, &problem);
    checkVerdict(check, removed, problem, "file/rm");

    problem.clear();
    const auto moved = FP::parseMove(data, &problem);
    checkVerdict(check, moved, problem, "file/mv");

    problem.clear();
    const auto renamed = FP::parseRename(data, &problem);
    checkVerdict(check, renamed, problem, "file/rename");

    problem.clear();
    if (const auto server = FP::parseUploadServer(data, &problem);
        checkVerdict(check, server, problem, "get_upload_server")) {
        check.expect(
            FP::isValidNodeHost(server->host), QStringLiteral("get_upload_server: bad host accepted"));
        check.expect(FP::isValidUploadId(server->id), QStringLiteral("get_upload_server: bad id accepted"));
        // The host goes into a URL: it must stay a host, not become a path or user info.
        const QUrl node(QStringLiteral("https://") + server->host + QStringLiteral("/upload.cgi"));
        check.expect(node.isValid() && !node.host().isEmpty() && node.path() == QLatin1String("/upload.cgi")
                && node.userInfo().isEmpty(),
            QStringLiteral("get_upload_server: host does not make a clean URL: ") + server->host);
    }

    problem.clear();
    if (const auto report = FP::parseEndReport(data, &problem);
        checkVerdict(check, report, problem, "end.pl")) {
        check.expect(!report->url.isEmpty(), QStringLiteral("end.pl: empty url"));
        check.expect(report->size >= 0, QStringLiteral("end.pl: negative size"));
        check.expect(!report->whirlpool.isEmpty() && isWhirlpoolOrEmpty(report->whirlpool),
            QStringLiteral("end.pl: whirlpool not normalized"));
    }

    problem.clear();
    if (const auto token = FP::parseDownloadToken(data, &problem);
        checkVerdict(check, token, problem, "get_token")) {
        const QUrl url(*token);
        check.expect(url.isValid() && !url.host().isEmpty()
                && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")),
            QStringLiteral("get_token: not an http(s) URL: ") + *token);
    }

    // The same bytes as the other small things a reply carries.
    const QString text = QString::fromUtf8(data);
    const QString xid = FP::xidFromLocation(data);
    static const QRegularExpression xidShape(QStringLiteral("^[A-Za-z0-9]{1,32}$"));
    check.expect(
        xid.isEmpty() || xidShape.match(xid).hasMatch(), QStringLiteral("xidFromLocation: odd xid ") + xid);
    if (FP::isValidNodeHost(text))
        check.expect(text.size() <= 260, QStringLiteral("isValidNodeHost: accepted an overlong host"));
    const QDateTime date = FP::parseParisDate(text);
    check.expect(isUtcOrInvalid(date), QStringLiteral("parseParisDate: not UTC"));
    if (date.isValid()) {
        // Paris is UTC+1 or UTC+2: the wall-clock reading is 1 or 2 hours ahead of UTC.
        const QDateTime wall
            = QDateTime::fromString(text.trimmed().left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (wall.isValid()) {
            const qint64 ahead
                = QDateTime(wall.date(), wall.time(), Qt::UTC).toSecsSinceEpoch() - date.toSecsSinceEpoch();
            check.expect(ahead == 3600 || ahead == 7200,
                QStringLiteral("parseParisDate: offset %1 s for %2").arg(ahead).arg(text.left(40)));
        }
    }

    // Names: whatever a user calls a file must come back the same from a listing.
    const QString encoded = FichierNames::encode(text);
    check.expect(
        FichierNames::decode(encoded) == text, QStringLiteral("FichierNames: decode(encode(x)) != x"));
    static const QString reserved = QStringLiteral("\\<>\"'$`/");
    for (const QChar c : encoded) {
        // C0 and DEL, as rclone's EncodeCtl: C1 controls pass through (1fichier keeps them).
        if (reserved.contains(c) || c.unicode() < 0x20 || c.unicode() == 0x7f) {
            check.expect(false,
                QStringLiteral("FichierNames: encode left U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            break;
        }
    }
    check.expect(encoded != QLatin1String(".") && encoded != QLatin1String(".."),
        QStringLiteral("FichierNames: encode left a dot name"));
    return check.failure();
}
