#pragma once

#include "core/Whirlpool.h"
#include "fichier/FichierClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace Coffre {

// The steps of one DownloadJob (internal to FichierClient): the expected checksum and size
// (given, or from file/info.cgi) → get_token.cgi → GET the token URL into
// "<destination>.part", hashing while writing, with bounded memory. A dropped connection is
// resumed with "Range: bytes=N-" (a fresh token when the old one expired or was refused).
// At the end size and Whirlpool are compared; a mismatch removes the partial file.
class FichierDownload : public QObject
{
    Q_OBJECT
public:
    FichierDownload(FichierClient *client, DownloadJob *job, const QString &url, const QString &destination,
        const QString &expectedWhirlpool, qint64 expectedSize);
    ~FichierDownload() override;

    void start();

private:
    void fetchInfo();
    void requestToken();
    void get();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    // Truncates the partial file and the hash: the next bytes are the file's first.
    bool restartFromZero();
    void resumeOrFail(const FichierError &error, bool needToken);
    void complete();
    void fail(const FichierError &error);

    FichierClient *m_client;
    FichierTransport *m_transport;
    DownloadJob *m_job;
    QString m_url;
    QString m_destination;
    QString m_partPath;
    QString m_expectedWhirlpool;
    qint64 m_expectedSize;
    QFile m_part;
    Whirlpool m_hash;
    qint64 m_written = 0;
    qint64 m_total = -1;
    QUrl m_tokenUrl;
    qint64 m_tokenAt = -1;
    QPointer<QNetworkReply> m_reply;
    int m_status = 0; // of the current reply
    bool m_accepting = false; // the current reply's body is file content
    bool m_notTheFile = false; // a 200 of the wrong length: a page, not the file
    QByteArray m_errorBody; // first bytes of a refusal, for its message
    int m_resumes = 0;
    int m_redirects = 0;
    QElapsedTimer m_getClock;
    bool m_done = false;
};

} // namespace Coffre
