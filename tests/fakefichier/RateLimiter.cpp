#include "RateLimiter.h"

namespace Coffre::Fake {

void RateLimiter::configure(int perSecond, int lockSeconds)
{
    m_perSecond = perSecond;
    m_lockMs = qint64(lockSeconds) * 1000;
}

RateLimiter::Verdict RateLimiter::check(const QString &client, qint64 nowMs)
{
    const auto locked = m_clients.constFind(client);
    if (locked != m_clients.constEnd() && nowMs < locked->lockedUntilMs)
        return Verdict::Flood;
    if (m_perSecond <= 0)
        return Verdict::Allowed;
    Client &c = m_clients[client];
    while (!c.starts.empty() && c.starts.front() <= nowMs - 1000)
        c.starts.pop_front();
    if (int(c.starts.size()) >= m_perSecond) {
        c.lockedUntilMs = nowMs + m_lockMs;
        c.starts.clear();
        return Verdict::Flood;
    }
    c.starts.push_back(nowMs);
    return Verdict::Allowed;
}

void RateLimiter::lock(const QString &client, qint64 nowMs)
{
    Client &c = m_clients[client];
    c.lockedUntilMs = nowMs + m_lockMs;
    c.starts.clear();
}

bool RateLimiter::spaced(const QString &bucket, qint64 intervalMs, qint64 nowMs)
{
    if (intervalMs <= 0)
        return true;
    const auto it = m_last.constFind(bucket);
    if (it != m_last.constEnd() && nowMs - it.value() < intervalMs)
        return false;
    m_last.insert(bucket, nowMs);
    return true;
}

void RateLimiter::clear()
{
    m_clients.clear();
    m_last.clear();
}

} // namespace Coffre::Fake
