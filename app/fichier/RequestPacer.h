#pragma once

#include "fichier/PacingPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace Coffre {

// The one queue every request of an account goes through (API calls, upload node, download
// token and download host). It starts queued requests in order, never two closer than the
// PacingPolicy allows, and holds everything back during a flood pause. Requests may overlap
// once started (a long upload does not block a listing); only their starts are paced.
class RequestPacer : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;

    explicit RequestPacer(const FichierConfig &config, QObject *parent = nullptr);

    // Queues `start`, to be called when the request may begin and not before `notBefore`
    // (clock time, 0 for as soon as possible). Retries go to the front to keep their turn.
    // Entries whose owner was destroyed are dropped. Returns a ticket for cancel().
    quint64 enqueue(QObject *owner, std::function<void()> start, qint64 notBefore = 0, bool front = false);
    bool cancel(quint64 ticket);
    // Drops every queued entry of `owner`.
    void cancelOwner(const QObject *owner);

    void reportSuccess();
    void reportError();
    // Pauses all traffic; returns the pause length in ms.
    qint64 reportFlood();

    // Changes the minimum spacing of a running queue (see PacingPolicy::setMinSpacingMs).
    void setMinSpacingMs(int ms);

    qint64 now() const;
    // For tests: a clock returning monotonic milliseconds.
    void setClock(Clock clock);
    const PacingPolicy &policy() const { return m_policy; }
    int pendingCount() const { return static_cast<int>(m_queue.size()); }

signals:
    // All traffic is held back for `ms` because 1fichier reported a flood.
    void floodPause(qint64 ms);

private:
    struct Entry {
        quint64 ticket;
        QPointer<QObject> owner;
        const QObject *ownerKey;
        std::function<void()> start;
        qint64 notBefore;
    };

    void dispatch();
    void arm(qint64 at);

    PacingPolicy m_policy;
    std::deque<Entry> m_queue;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    Clock m_clock;
    quint64 m_nextTicket = 1;
    bool m_dispatching = false;
};

} // namespace Coffre
