#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Coffre {

// Everything a FichierClient needs: where the API is, the account's key, and the timings of
// pacing and retries. Defaults follow the API document (§3.3); tests shorten timings, but
// the spacing between request starts is never below 334 ms (3 requests/s).
struct FichierConfig {
    Q_DECLARE_TR_FUNCTIONS(FichierConfig)
public:
    static constexpr qint64 kMaxFileSize = 300'000'000'000; // 300 GB per file (§5.3)
    static constexpr int kMinSpacingFloorMs = 334; // the documented 3 requests/s

    QUrl apiBase = defaultApiUrl(); // scheme + host + "/v1"; node and download hosts use its scheme
    QString apiKey; // sent only as "Authorization: Bearer"; never logged

    // Pacing (one queue per account): spacing between request starts.
    int minSpacingMs = 500; // clamped to >= kMinSpacingFloorMs by spacingMs()
    int recoverySpacingMs = 5000; // spacing right after a flood or retryable error; decays x3/4
    int floodPauseMs = 30000; // pause of all traffic after the first flood reply
    int floodMaxPauseMs = 300000; // doubling pause after repeated floods, capped here
    int startMarginMs = 30; // added to every gap so transit jitter never shows a shorter one

    // Retries of one request (network errors, 429, 5xx): exponential backoff with a cap.
    int maxRetries = 5;
    int maxFloodRetries = 6; // flood replies waited out before giving up
    int retryBaseMs = 1000;
    int retryMaxMs = 60000;
    int transferTimeoutMs = 120000; // no byte moved for this long → network error

    int accountCacheMs = 300000; // user/info.cgi is limited to 1 per 5 min per user
    int folderCacheMs = 600000; // path → folder id
    int uploadAttempts = 3; // a failed upload is retried as a new one (new node and id)
    int endPollAttempts = 6; // end.pl reads while the report is HTML/empty
    int endPollDelayMs = 2000; // grows linearly with each attempt
    int downloadResumes = 6; // Range requests after dropped connections
    int tokenLifetimeMs = 270000; // get_token URLs live 5 min; renew a little earlier
    int removeBatchSize = 100; // urls per file/rm.cgi call
    // Entries one listing returns at most (§3.1: 5 000, no paging documented). A listing of
    // this length may have been cut: callers must not conclude anything from what is absent.
    int listingCap = 5000;

    static QUrl defaultApiUrl();
    // The defaults with apiBase from $COFFRE_API_URL (when set) and the given key.
    static FichierConfig fromEnvironment(const QString &apiKey = {});

    int spacingMs() const;
    // True when a listing with `entries` entries may be missing some (it reached the cap).
    bool listingMayBeCut(qsizetype entries) const { return entries >= listingCap; }
    // Empty when usable; otherwise one clause saying what is wrong (never containing the key).
    QString problem() const;

    // 127.0.0.0/8, ::1 and "localhost".
    static bool isLoopbackHost(const QString &host);
    // Empty when Coffre may send the key to `url`: https anywhere, http only to loopback.
    static QString urlProblem(const QUrl &url);
};

} // namespace Coffre
