#pragma once

#include "HttpRequest.h"

#include <QFile>

namespace Coffre::Fake {

// The request log (--log FILE): one JSON object per line, flushed per request, so tests can
// count calls and check their pacing. Never holds the Authorization header or the key.
class RequestLog
{
public:
    bool open(const QString &path, QString *error);
    void write(const HttpRequest &request, int status, const QString &result);

private:
    QFile m_file;
};

} // namespace Coffre::Fake
