#include "FakeState.h"

namespace Coffre::Fake {

void FakeState::expire(qint64 nowMs)
{
    for (auto it = reports.begin(); it != reports.end();) {
        if (it->expiresMs <= nowMs)
            it = reports.erase(it);
        else
            ++it;
    }
    for (auto it = tokens.begin(); it != tokens.end();) {
        if (it->expiresMs <= nowMs)
            it = tokens.erase(it);
        else
            ++it;
    }
    // Upload ids are only a hint on the real nodes; forget them after the 4 h upload limit.
    for (auto it = uploadIds.begin(); it != uploadIds.end();) {
        if (it->issuedMs + 4 * 3600 * 1000 <= nowMs)
            it = uploadIds.erase(it);
        else
            ++it;
    }
}

} // namespace Coffre::Fake
