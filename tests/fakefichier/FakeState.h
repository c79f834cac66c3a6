#pragma once

#include "FakeOptions.h"
#include "FakeStore.h"
#include "FaultPlan.h"
#include "RateLimiter.h"

#include <QHash>
#include <QMap>

namespace Coffre::Fake {

// What end.pl reports for one upload (kept --report-ttl seconds, §4.4).
struct UploadReport {
    struct Link {
        QString download;
        QString filename;
        QString remove;
        qint64 size = 0;
        QString whirlpool;
    };
    int account = 0; // 0 = anonymous upload
    qint64 expiresMs = 0;
    QList<Link> links;
};

// A get_token.cgi URL on the download host.
struct DownloadToken {
    int account = 0;
    QString fileId;
    qint64 expiresMs = 0;
};

// An id handed out by get_upload_server.cgi.
struct UploadSlot {
    int account = 0;
    qint64 issuedMs = 0;
};

// Everything the endpoint handlers share: options, stored data, and the service's
// short-lived state (upload ids, end.pl reports, download tokens, counters).
struct FakeState {
    FakeOptions options;
    FakeStore store;
    FaultPlan faults;
    RateLimiter limiter;
    quint16 apiPort = 0;
    quint16 nodePort = 0;
    quint16 dlPort = 0;
    QHash<QString, UploadSlot> uploadIds;
    QHash<QString, UploadReport> reports;
    QHash<QString, DownloadToken> tokens;
    QMap<QString, qint64> calls; // "<role> <path>" → requests received
    qint64 floodReplies = 0;
    qint64 uploadedBytes = 0;
    qint64 downloadedFiles = 0;

    void expire(qint64 nowMs);
};

} // namespace Coffre::Fake
