#pragma once

#include "fichier/FichierError.h"
#include "fichier/FichierTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>

#include <optional>

// Pure functions that turn 1fichier's replies into typed values. They never crash and never
// throw on hostile input (they are fuzzed): a reply that is not what the API document
// describes gives std::nullopt and a one-line `problem`. Parsing is lenient where the
// service is known to vary: numbers may be JSON numbers or numeric strings, sizes may be
// null, unknown fields are ignored, dates are Europe/Paris local time.
namespace Coffre::FichierParsers {

// A JSON number with an integral value, or a string of decimal digits (optional sign,
// surrounding spaces allowed); booleans count as 0/1. nullopt for null, absent, fractional,
// out-of-range or non-numeric values.
std::optional<qint64> lenientInteger(const QJsonValue &value);
// A string, or a number rendered as decimal text; empty for anything else.
QString lenientString(const QJsonValue &value);

// "YYYY-MM-DD HH:MM:SS" (or "YYYY-MM-DD") in Europe/Paris time → UTC. Invalid QDateTime when
// the text does not parse. A local time that occurs twice (October) is taken as its first
// occurrence; one that does not exist (March) is read with the offset before the change.
QDateTime parseParisDate(const QString &text);
// Europe/Paris offset from UTC in seconds at a UTC instant (QTimeZone; the EU rule if the
// system has no time zone data).
int parisOffsetFromUtc(qint64 utcSecs);
// The EU summer-time rule for Paris (CET/CEST since 1996), used when tzdata is missing.
int parisOffsetByEuRule(qint64 utcSecs);

// Lowercase 128-hex Whirlpool, or empty if `text` is not one.
QString normalizeWhirlpool(const QString &text);
bool isValidUploadId(const QString &id);
// A bare host name or IP literal with an optional :port — what get_upload_server may return.
bool isValidNodeHost(const QString &host);
// The xid query item of an upload.cgi redirect ("/end.pl?xid=..." or absolute), or empty.
QString xidFromLocation(const QByteArray &location);

// Checks the status of an API reply. Returns no error (Kind::None) when the body is a JSON
// object with "status" OK or absent and the HTTP status is 2xx; otherwise the classified
// error (KO message, HTTP status, non-JSON body).
FichierError checkReply(int httpStatus, const QByteArray &body);

std::optional<AccountInfo> parseAccountInfo(const QByteArray &body, QString *problem = nullptr);
std::optional<FolderListing> parseFolderListing(const QByteArray &body, QString *problem = nullptr);
std::optional<FolderEntry> parseMkdir(const QByteArray &body, QString *problem = nullptr);
std::optional<QList<FileEntry>> parseFileListing(const QByteArray &body, QString *problem = nullptr);
std::optional<FileEntry> parseFileInfo(const QByteArray &body, QString *problem = nullptr);
std::optional<RemoveResult> parseRemove(const QByteArray &body, QString *problem = nullptr);
std::optional<MoveResult> parseMove(const QByteArray &body, QString *problem = nullptr);
std::optional<MoveResult> parseRename(const QByteArray &body, QString *problem = nullptr);
std::optional<UploadServer> parseUploadServer(const QByteArray &body, QString *problem = nullptr);
// end.pl with `JSON: 1`: the first entry of "links". nullopt for HTML, empty bodies and
// empty "links" (the report may not be ready yet).
std::optional<UploadResult> parseEndReport(const QByteArray &body, QString *problem = nullptr);
// download/get_token.cgi → the temporary download URL.
std::optional<QString> parseDownloadToken(const QByteArray &body, QString *problem = nullptr);

} // namespace Coffre::FichierParsers
