#pragma once

#include "fichier/FichierConfig.h"
#include "fichier/FichierError.h"
#include "fichier/FichierTypes.h"

#include <QCoreApplication>
#include <QString>

namespace Coffre {

// Asks 1fichier whose key this is (user/info.cgi), for `coffre key set` and `key test`.
// Blocking (a local event loop): for the command line. It gives up quickly on an
// unreachable API or a flood reply, since the user is waiting at a prompt.
class ApiKeyVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyVerifier)
public:
    enum class Outcome {
        Verified, // the key opens an account: account() is filled
        Rejected, // 1fichier refused the key (invalid, or no Premium/Access subscription)
        Unverified, // the answer could not be had (network, TLS, server, flood, settings)
    };

    struct Result {
        Outcome outcome = Outcome::Unverified;
        AccountInfo account;
        FichierError error; // for Rejected and Unverified; its userMessage() is the sentence
    };

    // The client settings used: $COFFRE_API_URL, the key, and short retries.
    static FichierConfig configFor(const QString &key);
    static Result verify(const QString &key);
    static Result verify(const FichierConfig &config);

    // "Premium, until 2027-11-25", "no subscription", ...
    static QString offerText(const AccountInfo &account);
    // "1.2 GB of 5 TB", "1.2 GB" when the total is unknown.
    static QString storageText(const AccountInfo &account);
};

} // namespace Coffre
