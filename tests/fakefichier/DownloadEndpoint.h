#pragma once

#include "FakeState.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

namespace Coffre::Fake {

// The download host (a-N.1fichier.com): serves a get_token.cgi URL while the token is
// valid, with single byte ranges (206, 416) so clients can resume (§4.16).
class DownloadEndpoint
{
public:
    explicit DownloadEndpoint(FakeState &state);
    HttpResponse handle(const HttpRequest &request);

private:
    FakeState &m_state;
};

} // namespace Coffre::Fake
