#include "fichier/FichierConfig.h"

#include <QHostAddress>

#include <algorithm>

namespace Coffre {

QUrl FichierConfig::defaultApiUrl()
{
    return QUrl(QStringLiteral("https://api.1fichier.com/v1"));
}

FichierConfig FichierConfig::fromEnvironment(const QString &apiKey)
{
    FichierConfig config;
    const QString url = qEnvironmentVariable("COFFRE_API_URL").trimmed();
    if (!url.isEmpty()) {
        config.apiBase = QUrl(url, QUrl::StrictMode);
        QString path = config.apiBase.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        config.apiBase.setPath(path);
    }
    config.apiKey = apiKey;
    return config;
}

int FichierConfig::spacingMs() const
{
    return std::max(minSpacingMs, kMinSpacingFloorMs);
}

bool FichierConfig::isLoopbackHost(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    if (name == QLatin1String("localhost") || name == QLatin1String("localhost."))
        return true;
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

QString FichierConfig::urlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("'%1' is not a valid URL").arg(url.toDisplayString(QUrl::RemoveUserInfo));
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return tr("the URL must not contain a user name or password");
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("plain http is only allowed to this computer (127.0.0.1, ::1, localhost); "
                  "use https for %1")
            .arg(url.host());
    }
    return tr("the URL scheme must be https, not '%1'").arg(url.scheme());
}

QString FichierConfig::problem() const
{
    if (const QString urlIssue = urlProblem(apiBase); !urlIssue.isEmpty())
        return tr("API URL: %1").arg(urlIssue);
    if (apiKey.isEmpty())
        return tr("no API key is set");
    const bool printable = std::all_of(
        apiKey.begin(), apiKey.end(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; });
    if (!printable || apiKey.size() > 256)
        return tr("the API key contains characters 1fichier never uses");
    return {};
}

} // namespace Coffre
