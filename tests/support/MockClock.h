#pragma once

#include "backup/Clock.h"

// A clock that only moves when the test says so (KeePassXC's MockClock idea).
class MockClock : public Coffre::Clock
{
public:
    explicit MockClock(const QDateTime &startUtc = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));

    QDateTime nowUtc() const override { return m_now; }
    void setNowUtc(const QDateTime &now);
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};
