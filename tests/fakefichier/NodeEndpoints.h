#pragma once

#include "FakeState.h"
#include "MultipartReceiver.h"
#include "RequestRouter.h"

namespace Coffre::Fake {

// The upload node (upN.1fichier.com): upload.cgi streams a multipart body to disk and
// answers 302 to end.pl; end.pl reports the upload (JSON only with `JSON: 1`) (§4.3, §4.4).
class NodeEndpoints
{
public:
    explicit NodeEndpoints(FakeState &state);
    HeadDecision onHeaders(const HttpRequest &request);
    HttpResponse handle(const HttpRequest &request, BodySink *sink);

private:
    HttpResponse finishUpload(const HttpRequest &request, MultipartReceiver *receiver);
    HttpResponse endPl(const HttpRequest &request);
    static HttpResponse noFilePage(const QString &why);
    // Account of the request; `anonymous` when there is no key and that is allowed.
    Account *nodeAccount(const HttpRequest &request, bool *anonymous, HttpResponse *failure);

    FakeState &m_state;
};

} // namespace Coffre::Fake
