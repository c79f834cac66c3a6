#pragma once

#include <QDateTime>

namespace Coffre {

// The source of "now" for schedules, retention and archive names, so tests can move time.
class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime nowUtc() const = 0;
};

} // namespace Coffre
