#include "fichier/FichierJob.h"

#include <QEventLoop>
#include <QPointer>

namespace Coffre {

FichierJob::FichierJob(QObject *parent) : QObject(parent)
{ }

FichierJob::~FichierJob()
{
    // Deleted while still running: stop its requests so no callback fires into a dead job.
    if (!m_finished && m_cancelHandler)
        m_cancelHandler();
}

bool FichierJob::waitForFinished()
{
    m_autoDelete = false;
    if (!m_emitted) {
        QEventLoop loop;
        connect(this, &FichierJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return succeeded();
}

void FichierJob::cancel()
{
    if (m_finished)
        return;
    if (m_cancelHandler)
        std::exchange(m_cancelHandler, {})();
    finishWithError(FichierError(FichierError::Kind::Cancelled));
}

void FichierJob::finishWithError(const FichierError &error)
{
    if (m_finished)
        return;
    m_error = error.isError() ? error
                              : FichierError(FichierError::Kind::Protocol, QStringLiteral("unknown failure"));
    finish();
}

void FichierJob::finishSuccess()
{
    if (m_finished)
        return;
    finish();
}

void FichierJob::finish()
{
    m_finished = true;
    m_cancelHandler = {};
    // Queued, so a job that fails at once still lets its creator connect to finished().
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_emitted = true;
            emit finished();
            if (m_autoDelete)
                deleteLater();
        },
        Qt::QueuedConnection);
}

void FichierJob::reportProgress(qint64 done, qint64 total)
{
    if (!m_rateClock.isValid()) {
        m_rateClock.start();
        m_rateBytes = done;
        m_rateMs = 0;
    }
    const qint64 now = m_rateClock.elapsed();
    // The rate over the last stretch of at least half a second, smoothed.
    if (now - m_rateMs >= 500) {
        const double instant = double(done - m_rateBytes) * 1000.0 / double(now - m_rateMs);
        m_rate = m_rate <= 0 ? instant : 0.7 * m_rate + 0.3 * instant;
        m_rateBytes = done;
        m_rateMs = now;
    }
    // At most ten signals a second, but always the last one.
    if (done == total || m_lastEmitMs < 0 || now - m_lastEmitMs >= 100) {
        m_lastEmitMs = now;
        emit progress(done, total, m_rate);
    }
}

} // namespace Coffre
