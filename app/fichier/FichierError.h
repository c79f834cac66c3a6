#pragma once

#include <QCoreApplication>
#include <QString>

namespace Coffre {

// A typed failure of a 1fichier operation. Each kind maps to one sentence a user can act
// on (userMessage()); the server's own message may be appended, the API key never is.
class FichierError
{
    Q_DECLARE_TR_FUNCTIONS(FichierError)
public:
    enum class Kind {
        None, // no error
        Config, // unusable settings: no key, bad or insecure API URL
        InvalidKey, // "No such user", "Not authenticated", HTTP 401
        NotPremium, // "Must be a customer (Premium, Access)"
        Flood, // rate limit / IP or user lock that outlasted our waiting
        NotFound, // "Resource not found", HTTP 404, unknown folder
        NotAllowed, // "Resource not allowed", "Owner locked", password problems
        LocationLimit, // "Only 1 location allowed at a time"
        Rejected, // any other KO answer ("No file has been renamed", folder not empty, ...)
        Network, // connection refused/dropped, DNS, timeout
        Tls, // certificate or handshake failure (never ignored)
        Server, // HTTP 5xx that kept happening
        Protocol, // malformed reply: not JSON, wrong types, HTML, missing report
        Cancelled, // the caller cancelled
        TooLarge, // file over 300 GB
        Empty, // 0-byte file
        LocalFile, // cannot read/write the local file
        Integrity, // size or Whirlpool differs after a transfer
        BadInput, // a name or path 1fichier cannot take (empty, "..", too long)
    };

    FichierError() = default;
    explicit FichierError(
        Kind kind, const QString &detail = {}, const QString &serverMessage = {}, int httpStatus = 0);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    // Our own technical detail (endpoint, what was malformed); never contains the key.
    QString detail() const { return m_detail; }
    // The server's "message" field, if any.
    QString serverMessage() const { return m_serverMessage; }
    int httpStatus() const { return m_httpStatus; }

    // Whether waiting and trying again can help: network trouble, 5xx, flood.
    bool isRetryable() const;
    // One sentence for the user, translated, possibly followed by the server's message.
    QString userMessage() const;
    // userMessage() plus the technical detail, for logs and --debug.
    QString toString() const;

    static QString kindName(Kind kind);
    // Classifies a server "message" by its text (the #number suffix is only a hint and is
    // ignored). Returns Kind::None when the text is not one we know.
    static Kind classifyMessage(const QString &message);
    // Classifies a failed HTTP exchange: the message text first, then the status code.
    static FichierError fromHttp(int httpStatus, const QString &serverMessage, const QString &detail = {});

private:
    Kind m_kind = Kind::None;
    QString m_detail;
    QString m_serverMessage;
    int m_httpStatus = 0;
};

} // namespace Coffre
