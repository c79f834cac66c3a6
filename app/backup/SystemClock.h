#pragma once

#include "backup/Clock.h"

namespace Coffre {

// The real wall clock, in UTC, truncated to whole seconds (archive names have no millis).
class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override;

    // A shared instance for callers that take a `const Clock &`.
    static const SystemClock &instance();
};

} // namespace Coffre
