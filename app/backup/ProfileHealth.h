#pragma once

#include "backup/Profile.h"
#include "backup/RunRecord.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace Coffre {

// Whether a profile's backups can be trusted right now. Only a *verified* upload counts as
// a backup: a scheduled profile is healthy while its last verified upload is younger than
// the next scheduled moment after it plus a grace period; one with no backup at all is
// overdue from day one. A manual profile is never overdue, but shows a failed last run.
struct ProfileHealth {
    Q_DECLARE_TR_FUNCTIONS(ProfileHealth)
public:
    enum class State { Healthy, NeverRun, Overdue, Failed };

    static constexpr qint64 DefaultGraceSecs = 2 * 3600;

    State state = State::NeverRun;
    std::optional<QDateTime> lastSuccessUtc; // start of the last verified run
    std::optional<QDateTime> dueUtc; // when the profile became / becomes due

    // `lastRun`: the most recent run of any result; `lastVerified`: the most recent
    // verified success.
    static ProfileHealth assess(const Profile &profile, const std::optional<RunRecord> &lastRun,
        const std::optional<RunRecord> &lastVerified, const QDateTime &nowUtc,
        qint64 graceSecs = DefaultGraceSecs, const QTimeZone &zone = QTimeZone::systemTimeZone());

    bool needsAttention() const { return state == State::Overdue || state == State::Failed; }
    // "Healthy", "Overdue", "Last run failed", "Never backed up".
    QString text() const;
};

} // namespace Coffre
