#include "backup/Clock.h"

namespace Coffre {

Clock::~Clock() = default;

} // namespace Coffre
