#pragma once

#include "FakeState.h"
#include "HttpRequest.h"
#include "HttpResponse.h"

namespace Coffre::Fake {

// Test-only API under /_control/ on the API port (not part of 1fichier): seed files,
// change faults, read counters, lift flood locks. No auth, never rate limited.
class ControlEndpoints
{
public:
    explicit ControlEndpoints(FakeState &state);
    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse seed(const QJsonObject &body);
    // One file of a seed call; empty on success, else "<http status> <why>".
    QString seedOne(Account &account, qint64 folderId, const QJsonObject &body, QJsonObject *reply);
    HttpResponse stats() const;

    FakeState &m_state;
};

} // namespace Coffre::Fake
