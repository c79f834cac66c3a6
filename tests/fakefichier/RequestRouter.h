#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <memory>

namespace Coffre::Fake {

// Receives a streamed request body (upload.cgi) chunk by chunk, so multi-GB uploads never
// sit in memory.
class BodySink
{
public:
    virtual ~BodySink() = default;
    virtual void write(const char *data, qint64 size) = 0;
    virtual void finish() = 0; // the whole Content-Length has arrived
    virtual void abort() = 0; // the connection went away first
};

// What to do with a request once its headers are in.
struct HeadDecision {
    enum Kind { Buffer, Stream, Reject };
    Kind kind = Buffer;
    std::unique_ptr<BodySink> sink; // Stream
    HttpResponse response; // Reject: sent after the body is drained
    qint64 dropAfterBodyBytes = -1; // "drop-upload" fault
    qint64 maxBufferedBody = 1 << 20; // Buffer: larger bodies get 413
};

// The server side of HttpConnection: decides, handles, and logs requests.
class RequestRouter
{
public:
    virtual ~RequestRouter() = default;
    virtual HeadDecision onHeaders(HttpRequest &request) = 0;
    virtual HttpResponse onRequest(HttpRequest &request, BodySink *sink) = 0;
    // Called once per request when its reply went out (or the connection dropped: status 0).
    virtual void onFinished(const HttpRequest &request, int status, const QString &logResult) = 0;
};

} // namespace Coffre::Fake
