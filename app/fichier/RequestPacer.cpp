#include "fichier/RequestPacer.h"

#include "core/Logging.h"

#include <algorithm>
#include <limits>

namespace Coffre {

RequestPacer::RequestPacer(const FichierConfig &config, QObject *parent) : QObject(parent), m_policy(config)
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    // Coarse timers may fire up to 5% early; the spacing is a floor, so be precise (and
    // dispatch() re-checks the clock anyway).
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RequestPacer::dispatch);
}

qint64 RequestPacer::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

void RequestPacer::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

quint64 RequestPacer::enqueue(QObject *owner, std::function<void()> start, qint64 notBefore, bool front)
{
    Entry entry {m_nextTicket++, owner, owner, std::move(start), notBefore};
    const quint64 ticket = entry.ticket;
    if (front)
        m_queue.push_front(std::move(entry));
    else
        m_queue.push_back(std::move(entry));
    if (!m_dispatching)
        QMetaObject::invokeMethod(this, &RequestPacer::dispatch, Qt::QueuedConnection);
    return ticket;
}

bool RequestPacer::cancel(quint64 ticket)
{
    const auto it = std::find_if(
        m_queue.begin(), m_queue.end(), [ticket](const Entry &e) { return e.ticket == ticket; });
    if (it == m_queue.end())
        return false;
    m_queue.erase(it);
    return true;
}

void RequestPacer::cancelOwner(const QObject *owner)
{
    std::erase_if(m_queue, [owner](const Entry &e) { return e.ownerKey == owner; });
}

void RequestPacer::reportSuccess()
{
    m_policy.recordSuccess();
}

void RequestPacer::reportError()
{
    m_policy.recordError();
}

qint64 RequestPacer::reportFlood()
{
    const qint64 pause = m_policy.recordFlood(now());
    qCInfo(lcFichier) << "1fichier reported a flood; pausing all requests for" << pause << "ms";
    emit floodPause(pause);
    arm(m_policy.nextStartAt());
    return pause;
}

void RequestPacer::setMinSpacingMs(int ms)
{
    m_policy.setMinSpacingMs(ms);
    if (!m_queue.empty())
        arm(m_policy.nextStartAt());
}

void RequestPacer::arm(qint64 at)
{
    const qint64 delay = std::max<qint64>(0, at - now());
    const int ms = static_cast<int>(std::min<qint64>(delay, std::numeric_limits<int>::max() / 2));
    if (!m_timer.isActive() || m_timer.remainingTime() > ms)
        m_timer.start(ms);
}

void RequestPacer::dispatch()
{
    std::erase_if(m_queue, [](const Entry &e) { return e.owner.isNull(); });
    if (m_queue.empty())
        return;
    const qint64 t = now();
    const qint64 allowed = m_policy.nextStartAt();
    if (t < allowed) {
        arm(allowed);
        return;
    }
    auto ready
        = std::find_if(m_queue.begin(), m_queue.end(), [t](const Entry &e) { return e.notBefore <= t; });
    if (ready == m_queue.end()) {
        qint64 earliest = std::numeric_limits<qint64>::max();
        for (const Entry &e : m_queue)
            earliest = std::min(earliest, e.notBefore);
        arm(earliest);
        return;
    }
    std::function<void()> start = std::move(ready->start);
    m_queue.erase(ready);
    m_policy.recordStart(t);
    m_dispatching = true;
    start();
    m_dispatching = false;
    if (!m_queue.empty())
        arm(m_policy.nextStartAt());
}

} // namespace Coffre
