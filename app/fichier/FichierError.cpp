#include "fichier/FichierError.h"

#include "core/DisplayText.h"

#include <QRegularExpression>

namespace Coffre {

FichierError::FichierError(Kind kind, const QString &detail, const QString &serverMessage, int httpStatus)
    : m_kind(kind),
      m_detail(detail),
      // The server's words end up in a one-line message, a log line and the history.
      m_serverMessage(DisplayText::oneLine(serverMessage, 300)),
      m_httpStatus(httpStatus)
{ }

bool FichierError::isRetryable() const
{
    return m_kind == Kind::Network || m_kind == Kind::Server || m_kind == Kind::Flood;
}

QString FichierError::userMessage() const
{
    QString sentence;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Config:
        sentence = tr("The 1fichier connection settings are not usable: %1.").arg(m_detail);
        break;
    case Kind::InvalidKey:
        sentence = tr("API key rejected — generate a new one at https://1fichier.com/console/params.pl "
                      "and store it with 'coffre key set'.");
        break;
    case Kind::NotPremium:
        sentence = tr("This 1fichier account has no Premium or Access subscription, which the API "
                      "requires — renew it on 1fichier.com.");
        break;
    case Kind::Flood:
        sentence = tr("1fichier is limiting requests from this computer and the limit outlasted Coffre's "
                      "waiting — try again in a few minutes.");
        break;
    case Kind::NotFound:
        sentence = tr("The file or folder does not exist on 1fichier (any more).");
        break;
    case Kind::NotAllowed:
        sentence = tr("1fichier refused access to this file or folder (locked, private or restricted).");
        break;
    case Kind::LocationLimit:
        sentence = tr("Your 1fichier account is in use from another IP address — wait five minutes "
                      "and try again.");
        break;
    case Kind::Rejected:
        sentence = tr("1fichier refused the request.");
        break;
    case Kind::Network:
        sentence = tr("1fichier could not be reached — check the internet connection and try again.");
        break;
    case Kind::Tls:
        sentence = tr("The secure connection to 1fichier failed (certificate or TLS error) — check the "
                      "system clock and network; Coffre never connects insecurely.");
        break;
    case Kind::Server:
        sentence = tr("1fichier kept answering with a server error — try again later.");
        break;
    case Kind::Protocol:
        sentence = tr("1fichier sent a reply Coffre does not understand — try again later, and update "
                      "Coffre if it persists.");
        break;
    case Kind::Cancelled:
        sentence = tr("Cancelled.");
        break;
    case Kind::TooLarge:
        sentence = tr("The file is larger than 300 GB, the most 1fichier accepts per file — split it "
                      "into smaller backups.");
        break;
    case Kind::Empty:
        sentence = tr("The file is empty; 1fichier does not accept 0-byte files.");
        break;
    case Kind::LocalFile:
        sentence = tr("A local file could not be read or written: %1.").arg(m_detail);
        break;
    case Kind::Integrity:
        sentence = tr("The transfer did not arrive intact (size or Whirlpool checksum differs), so it "
                      "was not kept — try again.");
        break;
    case Kind::BadInput:
        sentence = tr("This name or path cannot be used on 1fichier: %1.").arg(m_detail);
        break;
    }
    if (!m_serverMessage.isEmpty() && m_kind != Kind::Cancelled)
        sentence += QLatin1Char(' ') + tr("(1fichier said: \"%1\")").arg(m_serverMessage);
    return sentence;
}

QString FichierError::toString() const
{
    QString text = kindName(m_kind);
    if (m_httpStatus)
        text += QStringLiteral(" HTTP %1").arg(m_httpStatus);
    if (!m_detail.isEmpty())
        text += QStringLiteral(": ") + m_detail;
    if (!m_serverMessage.isEmpty())
        text += QStringLiteral(" [server: ") + m_serverMessage + QLatin1Char(']');
    return text;
}

QString FichierError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Config:
        return QStringLiteral("Config");
    case Kind::InvalidKey:
        return QStringLiteral("InvalidKey");
    case Kind::NotPremium:
        return QStringLiteral("NotPremium");
    case Kind::Flood:
        return QStringLiteral("Flood");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::NotAllowed:
        return QStringLiteral("NotAllowed");
    case Kind::LocationLimit:
        return QStringLiteral("LocationLimit");
    case Kind::Rejected:
        return QStringLiteral("Rejected");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::Server:
        return QStringLiteral("Server");
    case Kind::Protocol:
        return QStringLiteral("Protocol");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::TooLarge:
        return QStringLiteral("TooLarge");
    case Kind::Empty:
        return QStringLiteral("Empty");
    case Kind::LocalFile:
        return QStringLiteral("LocalFile");
    case Kind::Integrity:
        return QStringLiteral("Integrity");
    case Kind::BadInput:
        return QStringLiteral("BadInput");
    }
    return QStringLiteral("Unknown");
}

FichierError::Kind FichierError::classifyMessage(const QString &message)
{
    const auto has = [&message](const char *text) {
        return message.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    // Order matters: "Owner locked" is a permission problem, not a flood lock.
    if (has("No such user") || has("Not authenticated") || has("Invalid API key") || has("Bad API key"))
        return Kind::InvalidKey;
    if (has("Must be a customer"))
        return Kind::NotPremium;
    if (has("Owner locked") || has("Resource not allowed") || has("Invalid password")
        || has("Password not provided"))
        return Kind::NotAllowed;
    if (has("locations allowed") || has("location allowed"))
        return Kind::LocationLimit;
    static const QRegularExpression floodCodes(QStringLiteral("#(374|412|38)\\b"));
    if (has("Flood") || has("Locked") || floodCodes.match(message).hasMatch())
        return Kind::Flood;
    if (has("Resource not found") || has("not found"))
        return Kind::NotFound;
    return Kind::None;
}

FichierError FichierError::fromHttp(int httpStatus, const QString &serverMessage, const QString &detail)
{
    Kind kind = classifyMessage(serverMessage);
    if (kind == Kind::None) {
        if (httpStatus == 401)
            kind = Kind::InvalidKey;
        else if (httpStatus == 429 || (httpStatus == 403 && serverMessage.trimmed().isEmpty()))
            kind = Kind::Flood; // 1fichier answers floods with 403; 429 is the documented abuse code
        else if (httpStatus == 403)
            kind = Kind::Rejected; // 403 is also "all kinds of errors": its message says which
        else if (httpStatus == 404 || httpStatus == 410)
            kind = Kind::NotFound;
        else if (httpStatus >= 500)
            kind = Kind::Server;
        else if (httpStatus >= 400 || !serverMessage.isEmpty())
            kind = Kind::Rejected;
        else
            kind = Kind::Protocol;
    } else if (kind == Kind::NotFound && httpStatus >= 500) {
        kind = Kind::Server;
    }
    return FichierError(kind, detail, serverMessage, httpStatus);
}

} // namespace Coffre
