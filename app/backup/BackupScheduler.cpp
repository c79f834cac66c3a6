#include "backup/BackupScheduler.h"

#include "backup/Clock.h"
#include "backup/RunHistory.h"
#include "core/Logging.h"
#include "core/NetworkStatus.h"

#include <algorithm>

namespace Coffre {

BackupScheduler::BackupScheduler(const Clock &clock, const QString &historyFile, QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_historyFile(historyFile.isEmpty() ? RunHistory::defaultFilePath() : historyFile),
      m_history(m_historyFile)
{
    m_timer.setInterval(DefaultTickMs);
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::tick);
}

void BackupScheduler::setProfiles(const QList<Profile> &profiles)
{
    m_profiles = profiles;
    // Forget queued or retrying profiles that were removed or renamed.
    QSet<QString> names;
    for (const Profile &p : profiles)
        names.insert(p.name);
    m_queue.removeIf([&](const QString &n) { return !names.contains(n); });
    for (auto it = m_retries.begin(); it != m_retries.end();) {
        if (names.contains(it.key()))
            ++it;
        else
            it = m_retries.erase(it);
    }
    m_holds.removeIf([&](const auto &it) { return !names.contains(it.key()); });
    emit planChanged();
}

void BackupScheduler::setNetworkStatus(NetworkStatus *status)
{
    if (m_network)
        disconnect(m_network, nullptr, this, nullptr);
    m_network = status;
    // Back online (or no longer metered): held profiles go at once, not at the next tick.
    if (m_network)
        connect(m_network, &NetworkStatus::changed, this, &BackupScheduler::check);
}

void BackupScheduler::setNetworkRequired(bool required)
{
    m_networkRequired = required;
}

void BackupScheduler::setTickInterval(int ms)
{
    m_timer.setInterval(ms);
}

void BackupScheduler::start()
{
    m_monotonic.start();
    m_lastWall = m_clock.nowUtc();
    m_timer.start();
    check();
}

void BackupScheduler::stop()
{
    m_timer.stop();
}

void BackupScheduler::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused)
        m_holds.clear(); // nothing is waiting while paused; the window says "paused"
    emit pausedChanged(paused);
    if (!paused)
        check();
}

qint64 BackupScheduler::retryDelaySecs(int failures)
{
    static constexpr qint64 delays[] = {10 * 60, 30 * 60, 3600, 2 * 3600, 4 * 3600, 6 * 3600};
    const int index = std::clamp(failures, 1, int(std::size(delays))) - 1;
    return delays[index];
}

std::optional<QDateTime> BackupScheduler::lastSuccess(const QString &profile) const
{
    const auto record = m_history.lastVerifiedSuccess(profile);
    return record ? std::optional(record->startUtc) : std::nullopt;
}

std::optional<QDateTime> BackupScheduler::nextAttempt(const QString &profile) const
{
    const auto it = std::find_if(
        m_profiles.cbegin(), m_profiles.cend(), [&](const Profile &p) { return p.name == profile; });
    if (it == m_profiles.cend() || it->schedule.kind() == Schedule::Kind::Manual)
        return std::nullopt;
    if (m_retries.contains(profile))
        return m_retries.value(profile).atUtc;
    return it->schedule.nextDue(lastSuccess(profile), m_clock.nowUtc(), m_zone);
}

bool BackupScheduler::isPending(const QString &profile) const
{
    return m_outstanding == profile || m_queue.contains(profile);
}

void BackupScheduler::tick()
{
    const QDateTime wall = m_clock.nowUtc();
    if (m_monotonic.isValid() && m_lastWall.isValid()) {
        const qint64 wallSecs = m_lastWall.secsTo(wall);
        const qint64 monoSecs = m_monotonic.elapsed() / 1000;
        const qint64 jump = wallSecs - monoSecs;
        if (qAbs(jump) > JumpToleranceSecs) {
            qCInfo(lcBackup) << "wall clock moved by" << jump
                             << "s more than monotonic time; re-checking schedules";
            // Most likely a wake-up: with no backend to ask, give the network a moment
            // to come back before the catch-up runs.
            const bool unknown
                = !m_network || m_network->reachability() == NetworkStatus::Reachability::Unknown;
            if (jump > 0 && unknown)
                m_settleUntil = wall.addSecs(WakeSettleSecs);
            emit clockJumped(jump);
            emit planChanged();
        }
    }
    m_monotonic.restart();
    m_lastWall = wall;
    check();
}

BackupScheduler::HoldInfo BackupScheduler::holdFor(const Profile &profile, const QDateTime &now) const
{
    const HoldInfo previous = m_holds.value(profile.name);
    const auto held = [&](Hold kind, const QDateTime &until) {
        return HoldInfo {kind, previous.kind == kind ? previous.sinceUtc : now, until};
    };
    if (profile.skipOnMetered && m_network && m_network->isMetered().value_or(false))
        return held(Hold::Metered, {});
    if (!m_networkRequired)
        return {};
    const auto reachability = m_network ? m_network->reachability() : NetworkStatus::Reachability::Unknown;
    if (reachability == NetworkStatus::Reachability::Offline) {
        const QDateTime since = previous.kind == Hold::Network ? previous.sinceUtc : now;
        const QDateTime until = since.addSecs(MaxNetworkWaitSecs);
        if (now < until)
            return HoldInfo {Hold::Network, since, until};
        qCInfo(lcBackup) << "still no network for" << profile.name << "after" << MaxNetworkWaitSecs / 60
                         << "min; trying anyway";
    } else if (reachability == NetworkStatus::Reachability::Unknown && m_settleUntil.isValid()
        && now < m_settleUntil) {
        return held(Hold::Network, m_settleUntil);
    }
    return {};
}

void BackupScheduler::check()
{
    if (m_paused)
        return;
    const QDateTime now = m_clock.nowUtc();
    QHash<QString, HoldInfo> holds;
    for (const Profile &profile : std::as_const(m_profiles)) {
        if (profile.schedule.kind() == Schedule::Kind::Manual || isPending(profile.name))
            continue;
        if (const auto retry = m_retries.constFind(profile.name); retry != m_retries.cend()) {
            if (retry->atUtc > now)
                continue;
        } else if (!profile.schedule.isDue(lastSuccess(profile.name), now, m_zone)) {
            continue;
        }
        if (const HoldInfo hold = holdFor(profile, now); hold.kind != Hold::None) {
            holds.insert(profile.name, hold);
            continue;
        }
        m_queue.append(profile.name);
    }
    if (holds != m_holds) {
        m_holds = holds;
        emit planChanged();
    }
    dispatch();
}

void BackupScheduler::dispatch()
{
    if (m_paused || !m_outstanding.isEmpty() || m_queue.isEmpty())
        return;
    m_outstanding = m_queue.takeFirst();
    qCInfo(lcBackup) << "scheduled run due:" << m_outstanding;
    emit runRequested(m_outstanding);
}

void BackupScheduler::runFinished(const QString &profile, bool verifiedSuccess)
{
    const bool ours = m_outstanding == profile;
    if (ours)
        m_outstanding.clear();
    if (verifiedSuccess) {
        m_retries.remove(profile);
    } else if (ours) {
        // Only scheduled runs are retried by the scheduler; a failed manual run shows in
        // the window and the next scheduled moment still applies.
        Retry &retry = m_retries[profile];
        ++retry.failures;
        retry.atUtc = m_clock.nowUtc().addSecs(retryDelaySecs(retry.failures));
    }
    emit planChanged();
    dispatch();
}

} // namespace Coffre
