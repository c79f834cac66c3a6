#pragma once

#include "fichier/FichierClient.h"
#include "fichier/FichierTransport.h"

#include <QObject>
#include <QPointer>

namespace Coffre {

class MultipartUploadDevice;

// The steps of one UploadJob (internal to FichierClient): check the file, check the target
// folder, get_upload_server → multipart POST to the node (streamed on its own connection by
// UploadConnection: exact Content-Length, HTTP/1.1, Connection: close, the 302 read by hand)
// → end.pl with `JSON: 1`, polled while
// the report is not ready → compare size (and Whirlpool when known). A failed attempt is
// retried as a new upload on a new node and id, a bounded number of times.
class FichierUpload : public QObject
{
    Q_OBJECT
public:
    FichierUpload(FichierClient *client, UploadJob *job, const QString &localPath, qint64 folderId,
        const QString &remoteName, const QString &expectedWhirlpool);

    void start();

private:
    void checkFolder();
    void requestServer();
    void post(const UploadServer &server);
    void posted(const FichierError &error, const FichierTransport::Response &response);
    void pollReport(int attempt);
    void checkReport(const UploadResult &report);
    // Starts a new upload if `error` allows it and attempts are left; fails the job otherwise.
    void retryOrFail(const FichierError &error);
    void fail(const FichierError &error);

    FichierClient *m_client;
    FichierTransport *m_transport;
    UploadJob *m_job;
    QString m_path;
    qint64 m_folderId;
    QString m_remoteName; // real name; encoded only in the multipart header
    QString m_expectedWhirlpool;
    qint64 m_size = 0;
    int m_attempt = 0;
    UploadServer m_server;
    QString m_xid;
    qint64 m_transferMs = 0;
};

} // namespace Coffre
