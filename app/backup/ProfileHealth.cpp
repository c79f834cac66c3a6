#include "backup/ProfileHealth.h"

namespace Coffre {

ProfileHealth ProfileHealth::assess(const Profile &profile, const std::optional<RunRecord> &lastRun,
    const std::optional<RunRecord> &lastVerified, const QDateTime &nowUtc, qint64 graceSecs,
    const QTimeZone &zone)
{
    ProfileHealth health;
    if (lastVerified)
        health.lastSuccessUtc = lastVerified->startUtc;
    // A failed or cancelled last run is shown as such whatever the schedule: the user
    // asked for a backup and did not get one.
    const bool lastFailed = lastRun && !lastRun->isVerifiedSuccess();

    if (profile.schedule.kind() == Schedule::Kind::Manual) {
        if (lastFailed)
            health.state = State::Failed;
        else
            health.state = lastVerified ? State::Healthy : State::NeverRun;
        return health;
    }

    health.dueUtc = profile.schedule.nextDue(health.lastSuccessUtc, nowUtc, zone);
    if (lastFailed) {
        health.state = State::Failed;
        return health;
    }
    if (!lastVerified) {
        health.state = State::Overdue;
        return health;
    }
    const bool late = health.dueUtc && health.dueUtc->addSecs(graceSecs) < nowUtc;
    health.state = late ? State::Overdue : State::Healthy;
    return health;
}

QString ProfileHealth::text() const
{
    switch (state) {
    case State::Healthy:
        return tr("Healthy");
    case State::NeverRun:
        return tr("Never backed up");
    case State::Overdue:
        return lastSuccessUtc ? tr("Overdue") : tr("Overdue: never backed up");
    case State::Failed:
        return tr("Last run failed");
    }
    return {};
}

} // namespace Coffre
