#include "secrets/ApiKeyVerifier.h"

#include "core/Logging.h"
#include "fichier/FichierClient.h"

#include <QLocale>

#include <memory>

namespace Coffre {

FichierConfig ApiKeyVerifier::configFor(const QString &key)
{
    FichierConfig config = FichierConfig::fromEnvironment(key);
    // One attempt, not the backup pipeline's patient schedule: an offline machine should
    // hear so at once (the user can simply run the command again), and a flood reply on
    // user/info.cgi (1 call per minute) lasts longer than anyone waits at a prompt.
    config.maxRetries = 0;
    config.maxFloodRetries = 0;
    config.transferTimeoutMs = 30000;
    return config;
}

ApiKeyVerifier::Result ApiKeyVerifier::verify(const QString &key)
{
    return verify(configFor(key));
}

ApiKeyVerifier::Result ApiKeyVerifier::verify(const FichierConfig &config)
{
    Result result;
    FichierClient client(config);
    std::unique_ptr<AccountInfoJob> job(client.accountInfo(true));
    job->waitForFinished();
    if (job->succeeded()) {
        result.outcome = Outcome::Verified;
        result.account = job->result();
        qCDebug(lcSecrets) << "the key opens an account; offer" << result.account.offer;
        return result;
    }
    result.error = job->error();
    switch (result.error.kind()) {
    case FichierError::Kind::InvalidKey:
    case FichierError::Kind::NotPremium:
        result.outcome = Outcome::Rejected;
        break;
    default:
        result.outcome = Outcome::Unverified;
        break;
    }
    qCDebug(lcSecrets) << "key check failed:" << FichierError::kindName(result.error.kind());
    return result;
}

QString ApiKeyVerifier::offerText(const AccountInfo &account)
{
    QString text;
    switch (account.offer) {
    case 1:
        text = tr("Premium");
        break;
    case 2:
        text = tr("Access");
        break;
    case 0:
        return tr("no subscription (the API needs Premium or Access)");
    default:
        return tr("unknown");
    }
    if (account.subscriptionEnd.isValid())
        text += tr(", until %1").arg(account.subscriptionEnd.date().toString(Qt::ISODate));
    return text;
}

QString ApiKeyVerifier::storageText(const AccountInfo &account)
{
    const QLocale locale = QLocale::c();
    if (account.coldStorageUsed < 0)
        return tr("unknown");
    const QString used = locale.formattedDataSize(account.coldStorageUsed, 1, QLocale::DataSizeSIFormat);
    if (account.coldStorageAvailable <= 0)
        return used;
    return tr("%1 of %2")
        .arg(used, locale.formattedDataSize(account.coldStorageAvailable, 1, QLocale::DataSizeSIFormat));
}

} // namespace Coffre
