#pragma once

#include "backup/Profile.h"
#include "backup/RunHistoryCache.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimeZone>
#include <QTimer>

#include <optional>

namespace Coffre {

class Clock;
class NetworkStatus;

// The in-app scheduler: a QTimer asks every profile's Schedule whether it is due (from
// the last verified success in the run history) and requests due profiles one at a time
// through a queue. Runs missed while the machine slept are caught up once, because a
// schedule is due from its last success, not once per missed slot. A wall-clock jump
// (suspend, clock change) is noticed by comparing monotonic and wall time elapsed between
// ticks, and triggers an immediate check. A failed scheduled run is retried after growing
// delays (10 min, 30 min, 1 h, 2 h, 4 h, then every 6 h); nextAttempt() says when.
//
// A due profile can be held back (hold()): while the NetworkStatus says the internet is
// unreachable (after a wake-up the network usually needs a moment), for at most
// MaxNetworkWaitSecs, after which it is tried anyway, because a backend can be wrong and
// a run that fails is retried; when the backend cannot tell (no backend loaded), runs go
// ahead at once, except for WakeSettleSecs after a wake-up. A profile with skipOnMetered
// is held while the connection is metered, for as long as it is (its health goes overdue
// and says so); a user's "Back up now" never comes through here and is never held.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTickMs = 60 * 1000;
    static constexpr qint64 JumpToleranceSecs = 120;
    static constexpr qint64 MaxNetworkWaitSecs = 30 * 60;
    static constexpr qint64 WakeSettleSecs = 60;

    enum class Hold {
        None,
        Network, // waiting for the internet (or for the network to settle after a wake-up)
        Metered, // skipOnMetered and the connection is metered
    };
    Q_ENUM(Hold)

    BackupScheduler(const Clock &clock, const QString &historyFile = {}, QObject *parent = nullptr);

    void setProfiles(const QList<Profile> &profiles);
    void setTickInterval(int ms);
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // Where reachability and metered come from (not owned; nullptr = unknown).
    void setNetworkStatus(NetworkStatus *status);
    NetworkStatus *networkStatus() const { return m_network; }
    // False when the API is on this machine (the stand-in): the network does not matter.
    void setNetworkRequired(bool required);

    // Starts the timer and checks at once.
    void start();
    void stop();
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

    // The retry delay after `failures` consecutive failed scheduled runs (1 = first).
    static qint64 retryDelaySecs(int failures);
    // When `profile` will next be started by the scheduler: its retry time after a
    // failure, else its schedule's next due moment (maybe in the past); nullopt for
    // manual profiles.
    std::optional<QDateTime> nextAttempt(const QString &profile) const;
    bool isRetrying(const QString &profile) const { return m_retries.contains(profile); }
    int failures(const QString &profile) const { return m_retries.value(profile).failures; }
    // Requested and not finished yet, or waiting in the queue.
    bool isPending(const QString &profile) const;
    // Why a due profile is not started yet; None when it is not due or not held.
    Hold hold(const QString &profile) const { return m_holds.value(profile).kind; }
    // For a Network hold: when the profile is tried anyway (end of the wait or of the
    // settling after a wake-up). Invalid otherwise.
    QDateTime holdUntil(const QString &profile) const { return m_holds.value(profile).untilUtc; }

public slots:
    // Looks for due profiles now (also called by the timer).
    void check();
    // The caller reports the end of a run it was asked for (or of any run of the profile).
    void runFinished(const QString &profile, bool verifiedSuccess);

signals:
    // Start a backup of `profile` now; at most one request is outstanding at a time.
    void runRequested(const QString &profile);
    // The wall clock moved by `secs` more than the monotonic clock since the last tick.
    void clockJumped(qint64 secs);
    void pausedChanged(bool paused);
    // nextAttempt() may have changed.
    void planChanged();

private:
    struct Retry {
        int failures = 0;
        QDateTime atUtc;
    };
    struct HoldInfo {
        Hold kind = Hold::None;
        QDateTime sinceUtc;
        QDateTime untilUtc;
        friend bool operator==(const HoldInfo &, const HoldInfo &) = default;
    };
    void tick();
    void dispatch();
    HoldInfo holdFor(const Profile &profile, const QDateTime &now) const;
    std::optional<QDateTime> lastSuccess(const QString &profile) const;

    const Clock &m_clock;
    QString m_historyFile;
    RunHistoryCache m_history;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<Profile> m_profiles;
    QTimer m_timer;
    QElapsedTimer m_monotonic;
    QDateTime m_lastWall;
    QStringList m_queue;
    QString m_outstanding; // requested, not finished
    QHash<QString, Retry> m_retries;
    QHash<QString, HoldInfo> m_holds;
    NetworkStatus *m_network = nullptr;
    bool m_networkRequired = true;
    QDateTime m_settleUntil; // after a wake-up, when reachability is unknown
    bool m_paused = false;
};

} // namespace Coffre
