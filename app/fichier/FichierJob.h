#pragma once

#include "fichier/FichierError.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace Coffre {

class FichierClient;
class FichierUpload;
class FichierDownload;

// One asynchronous 1fichier operation. It emits finished() exactly once, always from the
// event loop (never from inside the call that created it), then deletes itself unless
// auto-delete is off. error() says why it failed; FichierResultJob<T>::result() holds the
// value. cancel() stops it at any point, including while it waits in the request queue.
class FichierJob : public QObject
{
    Q_OBJECT
public:
    ~FichierJob() override;

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const FichierError &error() const { return m_error; }
    // The user-facing sentence of error(), empty on success.
    QString errorString() const { return m_error.userMessage(); }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // Runs a local event loop until finished() (for the CLI). Turns auto-delete off: the
    // caller deletes the job (or lets the client's destruction do it). Returns succeeded().
    bool waitForFinished();

public slots:
    // Stops the operation; the job finishes with Kind::Cancelled. No effect once finished.
    void cancel();

signals:
    void finished();
    // Transfers only: bytes of the file done so far, its total, and the recent rate.
    void progress(qint64 bytesDone, qint64 bytesTotal, double bytesPerSecond);
    // Something the user should know while waiting (a flood pause, a retry).
    void notice(const QString &message);

protected:
    explicit FichierJob(QObject *parent);

private:
    friend class FichierClient;
    friend class FichierUpload;
    friend class FichierDownload;

    void finishWithError(const FichierError &error);
    void finishSuccess();
    void setCancelHandler(std::function<void()> handler) { m_cancelHandler = std::move(handler); }
    void reportProgress(qint64 done, qint64 total);
    void finish();

    FichierError m_error;
    bool m_finished = false;
    bool m_emitted = false;
    bool m_autoDelete = true;
    std::function<void()> m_cancelHandler;
    QElapsedTimer m_rateClock;
    qint64 m_rateBytes = 0;
    qint64 m_rateMs = 0;
    double m_rate = 0;
    qint64 m_lastEmitMs = -1;
};

// A job with a typed result, valid once the job succeeded.
template<typename T> class FichierResultJob : public FichierJob
{
public:
    const T &result() const { return m_result; }

private:
    friend class FichierClient;
    friend class FichierUpload;
    friend class FichierDownload;

    explicit FichierResultJob(QObject *parent) : FichierJob(parent) { }
    void setResult(T result) { m_result = std::move(result); }

    T m_result {};
};

} // namespace Coffre
