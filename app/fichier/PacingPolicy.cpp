#include "fichier/PacingPolicy.h"

#include <algorithm>

namespace Coffre {

PacingPolicy::PacingPolicy(const FichierConfig &config)
    : m_minSpacing(config.spacingMs()),
      m_recoverySpacing(std::max(config.recoverySpacingMs, config.spacingMs())),
      m_margin(std::max(0, config.startMarginMs)),
      m_floodPause(std::max(0, config.floodPauseMs)),
      m_floodMaxPause(std::max(config.floodMaxPauseMs, config.floodPauseMs)),
      m_retryBase(std::max(1, config.retryBaseMs)),
      m_retryMax(std::max(config.retryMaxMs, config.retryBaseMs)),
      m_spacing(m_minSpacing)
{ }

qint64 PacingPolicy::nextStartAt() const
{
    if (!m_started)
        return m_pausedUntil;
    return std::max<qint64>(m_lastStart + m_spacing + m_margin, m_pausedUntil);
}

void PacingPolicy::recordStart(qint64 now)
{
    m_started = true;
    m_lastStart = now;
}

void PacingPolicy::recordSuccess()
{
    m_spacing = std::max(m_minSpacing, m_spacing * 3 / 4);
    // Only a full recovery forgets earlier floods, so a service that floods again right
    // after each pause gets ever longer pauses.
    if (m_spacing <= m_minSpacing)
        m_floodStreak = 0;
}

void PacingPolicy::recordError()
{
    m_spacing = std::max(m_spacing, m_recoverySpacing);
}

qint64 PacingPolicy::recordFlood(qint64 now)
{
    // A flood reply during a pause comes from a request that started before it: the same
    // flood, reported again, not a new one.
    if (now < m_pausedUntil)
        return m_pausedUntil - now;
    ++m_floodStreak;
    qint64 pause = m_floodPause;
    for (int i = 1; i < m_floodStreak && pause < m_floodMaxPause; ++i)
        pause *= 2;
    pause = std::min<qint64>(pause, m_floodMaxPause);
    m_pausedUntil = std::max(m_pausedUntil, now + pause);
    m_spacing = std::max(m_spacing, m_recoverySpacing);
    return pause;
}

void PacingPolicy::setMinSpacingMs(int ms)
{
    const int newMin = std::max(ms, FichierConfig::kMinSpacingFloorMs);
    const bool steady = m_spacing <= m_minSpacing;
    m_minSpacing = newMin;
    m_recoverySpacing = std::max(m_recoverySpacing, newMin);
    m_spacing = steady ? newMin : std::max(m_spacing, newMin);
}

qint64 PacingPolicy::backoffMs(int attempt) const
{
    qint64 delay = m_retryBase;
    for (int i = 1; i < attempt && delay < m_retryMax; ++i)
        delay *= 2;
    return std::min<qint64>(delay, m_retryMax);
}

} // namespace Coffre
