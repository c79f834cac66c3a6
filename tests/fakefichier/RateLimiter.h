#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace Coffre::Fake {

// The service's flood protection (§3.1): a sliding one-second window per client (key + IP).
// Going over it locks the client out for a while; every call during the lock is refused.
class RateLimiter
{
public:
    enum class Verdict { Allowed, Flood };

    void configure(int perSecond, int lockSeconds);
    // Records a request that starts now; Flood when the client is (or becomes) locked.
    Verdict check(const QString &client, qint64 nowMs);
    // Locks the client out from now on, as going over the limit does (the "flood" fault);
    // works even with the limiter off.
    void lock(const QString &client, qint64 nowMs);
    // Per-endpoint minimum spacing (user/info.cgi, file/ls.cgi -1, ...): true if allowed,
    // and then remembers `nowMs`. `intervalMs` 0 always allows.
    bool spaced(const QString &bucket, qint64 intervalMs, qint64 nowMs);
    void clear();

private:
    struct Client {
        std::deque<qint64> starts;
        qint64 lockedUntilMs = 0;
    };
    int m_perSecond = 3;
    qint64 m_lockMs = 30000;
    QHash<QString, Client> m_clients;
    QHash<QString, qint64> m_last;
};

} // namespace Coffre::Fake
