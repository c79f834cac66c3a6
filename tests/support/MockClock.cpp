#include "MockClock.h"

MockClock::MockClock(const QDateTime &startUtc) : m_now(startUtc.toUTC())
{ }

void MockClock::setNowUtc(const QDateTime &now)
{
    m_now = now.toUTC();
}
