#include "backup/BackupCoordinator.h"

#include "backup/Clock.h"
#include "core/Logging.h"
#include "fichier/FichierClient.h"

namespace Coffre {

BackupCoordinator::BackupCoordinator(const Clock &clock, const RunOptions &options, QObject *parent)
    : QObject(parent), m_clock(clock), m_options(options)
{
    qRegisterMetaType<RunProgress>();
    qRegisterMetaType<RunOutcome>();
}

BackupCoordinator::~BackupCoordinator()
{
    // The run refers to the client; it must go first.
    delete m_run.data();
}

bool BackupCoordinator::setConfig(const FichierConfig &config)
{
    if (isBusy())
        return false;
    m_client = std::make_unique<FichierClient>(config);
    return true;
}

bool BackupCoordinator::enqueue(const Profile &profile)
{
    if (!m_client || isQueued(profile.name) || runningProfile() == profile.name)
        return false;
    m_queue.append(profile);
    emit runQueued(profile.name);
    // From the event loop, so a caller connected after enqueue() still sees runStarted.
    QMetaObject::invokeMethod(this, &BackupCoordinator::startNext, Qt::QueuedConnection);
    return true;
}

void BackupCoordinator::cancel(const QString &profile)
{
    if (m_run && m_run->profile().name == profile) {
        m_run->cancel();
        return;
    }
    m_queue.removeIf([&](const Profile &p) { return p.name == profile; });
}

QString BackupCoordinator::runningProfile() const
{
    return m_run ? m_run->profile().name : QString();
}

bool BackupCoordinator::isQueued(const QString &profile) const
{
    return std::any_of(m_queue.cbegin(), m_queue.cend(), [&](const Profile &p) { return p.name == profile; });
}

RunProgress BackupCoordinator::currentProgress() const
{
    return m_run ? m_run->lastProgress() : RunProgress {};
}

void BackupCoordinator::startNext()
{
    if (m_run || m_queue.isEmpty() || !m_client)
        return;
    const Profile profile = m_queue.takeFirst();
    m_run = new BackupRun(profile, m_client.get(), m_clock, m_options, this);
    const QString name = profile.name;
    connect(m_run, &BackupRun::progress, this,
        [this, name](const RunProgress &progress) { emit runProgress(name, progress); });
    connect(m_run, &BackupRun::finished, this, [this, name](const RunOutcome &outcome) {
        BackupRun *run = m_run;
        m_run = nullptr;
        run->deleteLater();
        qCInfo(lcBackup) << "run of" << name << "finished:" << RunRecord::resultName(outcome.record.result);
        emit runFinished(name, outcome);
        if (m_queue.isEmpty())
            emit busyChanged(false);
        startNext();
    });
    emit busyChanged(true);
    emit runStarted(name);
    m_run->start();
}

} // namespace Coffre
