#pragma once

#include "FakeState.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

namespace Coffre::Fake {

// `Authorization: Bearer <key>` as the service checks it on every host (§1.2, §7.2).
class Authenticator
{
public:
    // The key from the header, or empty.
    static QString bearerKey(const HttpRequest &request);
    // The account, or nullptr with `failure` set to the KO reply (missing → Not
    // authenticated, unknown → No such user #93), with the --auth-status HTTP code.
    static Account *authenticate(FakeState &state, const HttpRequest &request, HttpResponse *failure);
    // Identifies a client for the rate limiter without keeping its key: IP + key digest.
    static QString clientId(const HttpRequest &request);
};

} // namespace Coffre::Fake
