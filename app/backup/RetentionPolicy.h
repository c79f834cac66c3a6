#pragma once

#include "backup/RetentionDuration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Coffre {

// Which backups of a profile to keep, with restic's `forget` semantics:
// - keep-last N keeps the N newest backups;
// - keep-hourly/daily/weekly/monthly/yearly N keep the newest backup in each of the N
//   newest hours/days/ISO weeks/months/years that contain a backup (empty periods do not
//   count); when fewer than N such periods exist the oldest backup is kept too, so the
//   history stays as long as possible;
// - keep-within D keeps every backup strictly newer than (newest backup - D), where the
//   newest backup is the newest one not dated after `now` (a backup dated in the future
//   by a wrong clock does not move the window);
// - a backup kept by any rule stays. A count of -1 means "every period" (unlimited).
// On top of restic, three safety rules: pinned backups are always kept, the newest backup
// (and the newest one not dated in the future) is never deleted, and an empty policy keeps
// everything. Pinned backups take part in the counting like any other, as restic's tags do.
// Periods are computed in the time zone given to select() (local time by default).
class RetentionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(RetentionPolicy)
public:
    static constexpr int Unlimited = -1;

    enum class Rule { Last, Hourly, Daily, Weekly, Monthly, Yearly, Within, Pinned, Newest, EmptyPolicy };

    // One backup as retention sees it: its name, the time read from the name, and
    // whether the user pinned it.
    struct Backup {
        QString name;
        QDateTime timeUtc;
        bool pinned = false;
    };

    // Why a backup is kept. For the counting rules, `index` is the backup's place among
    // those the rule kept (1 = newest) and `count` the rule's N; `oldest` marks the extra
    // keep of the oldest backup when a rule has periods left over.
    struct Reason {
        Rule rule = Rule::Last;
        int index = 0;
        int count = 0;
        bool oldest = false;
        QString span; // keep-within's duration, for its text
        // "last 1/3", "daily 2/7", "within 30d", "pinned", ... in the user's language;
        // `translated = false` gives the English text, stable for --json output.
        QString text(bool translated = true) const;
        friend bool operator==(const Reason &, const Reason &) = default;
    };

    // Why one rule did not keep a backup: its N periods were used up by newer backups
    // (`periodTaken` false), or a newer backup of the same period is the one it keeps.
    // For Within, the backup is older than the span.
    struct Miss {
        Rule rule = Rule::Last;
        int count = 0;
        bool periodTaken = false;
        QString span;
        friend bool operator==(const Miss &, const Miss &) = default;
    };

    // The verdict for one backup; every input backup gets exactly one.
    struct Decision {
        Backup backup;
        bool keep = true;
        QList<Reason> reasons; // empty exactly when the backup is to be deleted
        QList<Miss> misses; // for a deleted backup: every rule's reason not to keep it
        QString reasonsText() const; // "last 1/3, daily 1/7", or "" when deleted
        // For a deleted backup: "beyond last 2, daily 3; not the newest of its week;
        // older than 30d"; "" when kept.
        QString deleteReasonText() const;
        bool keptBy(Rule rule) const;
    };

    int keepLast = 0;
    int keepHourly = 0;
    int keepDaily = 0;
    int keepWeekly = 0;
    int keepMonthly = 0;
    int keepYearly = 0;
    RetentionDuration keepWithin;

    // True when no rule is set: such a policy keeps every backup.
    bool isEmpty() const;
    // The count for one of the counting rules (Last ... Yearly).
    int count(Rule rule) const;

    // The verdict for every backup, newest first (ties broken by name). `nowUtc`, when
    // given, stops backups dated after it from anchoring keep-within and from being the
    // only protected "newest".
    QList<Decision> select(const QList<Backup> &backups,
        const std::optional<QDateTime> &nowUtc = std::nullopt,
        const QTimeZone &zone = QTimeZone::systemTimeZone()) const;

    // One sentence per problem (negative counts other than -1, ...); empty when valid.
    QStringList validate() const;
    // "keep last 3, daily 7, weekly 4, within 30d" or "keep everything".
    QString summary() const;

    // Stored form: only the rules that are set, e.g. {"last":3,"within":"30d"}.
    QJsonObject toJson() const;
    // Reads the stored form; on a problem returns nullopt and names the field in `error`.
    static std::optional<RetentionPolicy> fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const RetentionPolicy &, const RetentionPolicy &) = default;
};

} // namespace Coffre
