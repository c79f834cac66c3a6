#pragma once

#include "fichier/FichierConfig.h"

#include <QtGlobal>

namespace Coffre {

// The arithmetic of request pacing, with time passed in (milliseconds of a monotonic
// clock) so it can be tested without waiting. Like rclone's pacer: starts are spaced by the
// current spacing; a retryable error raises the spacing to the recovery value, every
// success brings it back by x3/4 down to the minimum. A flood pauses everything, and each
// flood in a row doubles the pause up to the cap.
class PacingPolicy
{
public:
    explicit PacingPolicy(const FichierConfig &config = {});

    // Earliest time at which the next request may start.
    qint64 nextStartAt() const;
    void recordStart(qint64 now);
    void recordSuccess();
    // A retryable failure that is not a flood (network, 5xx).
    void recordError();
    // A flood reply received at `now`; returns how long traffic is paused from now. Replies
    // arriving during a pause do not lengthen it.
    qint64 recordFlood(qint64 now);

    // A new minimum spacing (the user's pacing setting), clamped to the floor. A steady
    // spacing follows it at once; a raised recovery spacing keeps decaying from where it is.
    void setMinSpacingMs(int ms);

    // Backoff before retry number `attempt` (1-based) of one request.
    qint64 backoffMs(int attempt) const;

    int spacingMs() const { return m_spacing; }
    int minSpacingMs() const { return m_minSpacing; }
    qint64 pausedUntil() const { return m_pausedUntil; }
    int floodStreak() const { return m_floodStreak; }

private:
    int m_minSpacing;
    int m_recoverySpacing;
    int m_margin;
    int m_floodPause;
    int m_floodMaxPause;
    int m_retryBase;
    int m_retryMax;
    int m_spacing;
    bool m_started = false;
    qint64 m_lastStart = 0;
    qint64 m_pausedUntil = 0;
    int m_floodStreak = 0;
};

} // namespace Coffre
