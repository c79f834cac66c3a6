#pragma once

#include "backup/BackupRun.h"
#include "backup/Profile.h"
#include "fichier/FichierConfig.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Coffre {

class Clock;
class FichierClient;

// Runs the desktop app's backups: owns the account's FichierClient and starts one
// BackupRun at a time from a queue, whoever asked (the user or the scheduler). The window
// and the tray follow it through its signals, keyed by profile name.
class BackupCoordinator : public QObject
{
    Q_OBJECT
public:
    BackupCoordinator(const Clock &clock, const RunOptions &options = {}, QObject *parent = nullptr);
    ~BackupCoordinator() override;

    // Replaces the client (a new key or API address). Refused (false) while a run is going.
    bool setConfig(const FichierConfig &config);
    bool hasClient() const { return m_client != nullptr; }
    FichierClient *client() const { return m_client.get(); }
    const Clock &clock() const { return m_clock; }
    const RunOptions &runOptions() const { return m_options; }

    // Queues a backup of `profile`; false when it is already queued or running, or there
    // is no client yet.
    bool enqueue(const Profile &profile);
    void cancel(const QString &profile);
    bool isBusy() const { return m_run != nullptr; }
    QString runningProfile() const;
    bool isQueued(const QString &profile) const;
    // The progress of the running backup (valid while isBusy()).
    RunProgress currentProgress() const;

signals:
    void runQueued(const QString &profile);
    void runStarted(const QString &profile);
    void runProgress(const QString &profile, const Coffre::RunProgress &progress);
    void runFinished(const QString &profile, const Coffre::RunOutcome &outcome);
    void busyChanged(bool busy);

private:
    void startNext();

    const Clock &m_clock;
    RunOptions m_options;
    std::unique_ptr<FichierClient> m_client;
    QList<Profile> m_queue;
    QPointer<BackupRun> m_run;
};

} // namespace Coffre
