#include "backup/RetentionPolicy.h"

#include <QJsonValue>

#include <algorithm>
#include <array>

namespace Coffre {

namespace {

constexpr std::array kCountingRules {RetentionPolicy::Rule::Last, RetentionPolicy::Rule::Hourly,
    RetentionPolicy::Rule::Daily, RetentionPolicy::Rule::Weekly, RetentionPolicy::Rule::Monthly,
    RetentionPolicy::Rule::Yearly};

// The JSON key and CLI word of each counting rule, in kCountingRules order.
QString ruleKey(RetentionPolicy::Rule rule)
{
    switch (rule) {
    case RetentionPolicy::Rule::Last:
        return QStringLiteral("last");
    case RetentionPolicy::Rule::Hourly:
        return QStringLiteral("hourly");
    case RetentionPolicy::Rule::Daily:
        return QStringLiteral("daily");
    case RetentionPolicy::Rule::Weekly:
        return QStringLiteral("weekly");
    case RetentionPolicy::Rule::Monthly:
        return QStringLiteral("monthly");
    case RetentionPolicy::Rule::Yearly:
        return QStringLiteral("yearly");
    case RetentionPolicy::Rule::Within:
        return QStringLiteral("within");
    case RetentionPolicy::Rule::Pinned:
        return QStringLiteral("pinned");
    case RetentionPolicy::Rule::Newest:
        return QStringLiteral("newest");
    case RetentionPolicy::Rule::EmptyPolicy:
        break;
    }
    return QStringLiteral("empty");
}

// "daily 7": a counting rule and how many it keeps, on screen. One sentence per rule so a
// translation can put the number where its grammar wants it.
QString ruleAmountText(RetentionPolicy::Rule rule, const QString &amount)
{
    switch (rule) {
    case RetentionPolicy::Rule::Last:
        return RetentionPolicy::tr("last %1", "retention summary").arg(amount);
    case RetentionPolicy::Rule::Hourly:
        return RetentionPolicy::tr("hourly %1", "retention summary").arg(amount);
    case RetentionPolicy::Rule::Daily:
        return RetentionPolicy::tr("daily %1", "retention summary").arg(amount);
    case RetentionPolicy::Rule::Weekly:
        return RetentionPolicy::tr("weekly %1", "retention summary").arg(amount);
    case RetentionPolicy::Rule::Monthly:
        return RetentionPolicy::tr("monthly %1", "retention summary").arg(amount);
    case RetentionPolicy::Rule::Yearly:
        return RetentionPolicy::tr("yearly %1", "retention summary").arg(amount);
    default:
        return ruleKey(rule) + QLatin1Char(' ') + amount;
    }
}

// The period a local time falls in, as one comparable number (restic's "bucker"); for
// keep-last every backup is its own period.
qint64 periodKey(RetentionPolicy::Rule rule, const QDateTime &local, qsizetype position)
{
    const QDate date = local.date();
    switch (rule) {
    case RetentionPolicy::Rule::Hourly:
        return qint64(date.year()) * 1000000 + date.month() * 10000 + date.day() * 100 + local.time().hour();
    case RetentionPolicy::Rule::Daily:
        return qint64(date.year()) * 10000 + date.month() * 100 + date.day();
    case RetentionPolicy::Rule::Weekly: {
        int isoYear = 0;
        const int week = date.weekNumber(&isoYear);
        return qint64(isoYear) * 100 + week;
    }
    case RetentionPolicy::Rule::Monthly:
        return qint64(date.year()) * 100 + date.month();
    case RetentionPolicy::Rule::Yearly:
        return date.year();
    default:
        return position;
    }
}

} // namespace

QString RetentionPolicy::Reason::text(bool translated) const
{
    // QT_TR_NOOP marks the texts for lupdate; they are translated here or not at all.
    const auto say = [translated](const char *text) {
        return translated ? RetentionPolicy::tr(text) : QString::fromLatin1(text);
    };
    const QString total = count == Unlimited ? say(QT_TR_NOOP("all")) : QString::number(count);
    QString result;
    switch (rule) {
    case Rule::Last:
        result = say(QT_TR_NOOP("last %1/%2")).arg(index).arg(total);
        break;
    case Rule::Hourly:
        result = say(QT_TR_NOOP("hourly %1/%2")).arg(index).arg(total);
        break;
    case Rule::Daily:
        result = say(QT_TR_NOOP("daily %1/%2")).arg(index).arg(total);
        break;
    case Rule::Weekly:
        result = say(QT_TR_NOOP("weekly %1/%2")).arg(index).arg(total);
        break;
    case Rule::Monthly:
        result = say(QT_TR_NOOP("monthly %1/%2")).arg(index).arg(total);
        break;
    case Rule::Yearly:
        result = say(QT_TR_NOOP("yearly %1/%2")).arg(index).arg(total);
        break;
    case Rule::Within:
        return say(QT_TR_NOOP("within %1")).arg(translated ? RetentionDuration::displayText(span) : span);
    case Rule::Pinned:
        return say(QT_TR_NOOP("pinned"));
    case Rule::Newest:
        return say(QT_TR_NOOP("newest"));
    case Rule::EmptyPolicy:
        return say(QT_TR_NOOP("policy is empty"));
    }
    if (oldest)
        result += QLatin1Char(' ') + say(QT_TR_NOOP("(oldest)"));
    return result;
}

QString RetentionPolicy::Decision::reasonsText() const
{
    QStringList parts;
    for (const Reason &reason : reasons)
        parts << reason.text();
    return parts.join(QStringLiteral(", "));
}

QString RetentionPolicy::Decision::deleteReasonText() const
{
    if (keep)
        return {};
    QStringList beyond;
    QStringList periods;
    QStringList parts;
    for (const Miss &miss : misses) {
        if (miss.rule == Rule::Within) {
            parts << tr("older than %1").arg(RetentionDuration::displayText(miss.span));
        } else if (!miss.periodTaken) {
            const QString n = miss.count == Unlimited ? tr("all") : QString::number(miss.count);
            beyond << ruleAmountText(miss.rule, n);
        } else {
            switch (miss.rule) {
            case Rule::Hourly:
                periods << tr("hour");
                break;
            case Rule::Daily:
                periods << tr("day");
                break;
            case Rule::Weekly:
                periods << tr("week");
                break;
            case Rule::Monthly:
                periods << tr("month");
                break;
            case Rule::Yearly:
                periods << tr("year");
                break;
            default:
                break;
            }
        }
    }
    if (!periods.isEmpty())
        parts.prepend(tr("not the newest of its %1").arg(periods.join(QStringLiteral(", "))));
    if (!beyond.isEmpty())
        parts.prepend(tr("beyond %1").arg(beyond.join(QStringLiteral(", "))));
    // The separator is translated: French puts a space before the semicolon.
    return parts.isEmpty() ? tr("not needed by any rule") : parts.join(tr("; ", "between delete reasons"));
}

bool RetentionPolicy::Decision::keptBy(Rule rule) const
{
    return std::any_of(reasons.begin(), reasons.end(), [rule](const Reason &r) { return r.rule == rule; });
}

bool RetentionPolicy::isEmpty() const
{
    return keepLast == 0 && keepHourly == 0 && keepDaily == 0 && keepWeekly == 0 && keepMonthly == 0
        && keepYearly == 0 && keepWithin.isZero();
}

int RetentionPolicy::count(Rule rule) const
{
    switch (rule) {
    case Rule::Last:
        return keepLast;
    case Rule::Hourly:
        return keepHourly;
    case Rule::Daily:
        return keepDaily;
    case Rule::Weekly:
        return keepWeekly;
    case Rule::Monthly:
        return keepMonthly;
    case Rule::Yearly:
        return keepYearly;
    default:
        return 0;
    }
}

QList<RetentionPolicy::Decision> RetentionPolicy::select(
    const QList<Backup> &backups, const std::optional<QDateTime> &nowUtc, const QTimeZone &zone) const
{
    QList<Decision> decisions;
    decisions.reserve(backups.size());
    for (const Backup &backup : backups)
        decisions.append(Decision {backup, false, {}});
    std::stable_sort(decisions.begin(), decisions.end(), [](const Decision &a, const Decision &b) {
        if (a.backup.timeUtc != b.backup.timeUtc)
            return a.backup.timeUtc > b.backup.timeUtc;
        return a.backup.name > b.backup.name;
    });
    if (decisions.isEmpty())
        return decisions;

    if (isEmpty()) {
        for (Decision &decision : decisions) {
            decision.keep = true;
            decision.reasons.append({Rule::EmptyPolicy});
            if (decision.backup.pinned)
                decision.reasons.append({Rule::Pinned});
        }
        return decisions;
    }

    // restic's "latest": the newest backup not dated after now. With none (every backup
    // in the future), keep-within keeps everything, as restic does with its zero time.
    qsizetype latest = -1;
    for (qsizetype i = 0; i < decisions.size(); ++i) {
        if (!nowUtc || decisions.at(i).backup.timeUtc <= *nowUtc) {
            latest = i;
            break;
        }
    }
    QDateTime withinStart;
    if (!keepWithin.isZero() && latest >= 0)
        withinStart = keepWithin.before(decisions.at(latest).backup.timeUtc.toTimeZone(zone));

    struct Bucket {
        Rule rule;
        int count;
        int remaining;
        int kept = 0;
        std::optional<qint64> lastKey;
    };
    QList<Bucket> buckets;
    for (Rule rule : kCountingRules) {
        if (count(rule) != 0)
            buckets.append(Bucket {rule, count(rule), count(rule)});
    }

    const qsizetype oldest = decisions.size() - 1;
    for (qsizetype i = 0; i < decisions.size(); ++i) {
        Decision &decision = decisions[i];
        const QDateTime local = decision.backup.timeUtc.toTimeZone(zone);
        for (Bucket &bucket : buckets) {
            const qint64 key = periodKey(bucket.rule, local, i);
            if (bucket.remaining == 0) {
                // Used up; said as "same period as a kept one" when that is the case.
                const bool samePeriod = bucket.lastKey && *bucket.lastKey == key;
                decision.misses.append({bucket.rule, bucket.count, samePeriod, {}});
                continue;
            }
            const bool newPeriod = !bucket.lastKey || *bucket.lastKey != key;
            // Periods left over when the oldest backup is reached keep it as well, so
            // the kept history reaches as far back as possible (restic >= 0.16).
            if (newPeriod || i == oldest) {
                bucket.lastKey = key;
                if (bucket.remaining > 0)
                    --bucket.remaining;
                decision.reasons.append({bucket.rule, ++bucket.kept, bucket.count, !newPeriod});
            } else {
                decision.misses.append({bucket.rule, bucket.count, true, {}});
            }
        }
        if (!keepWithin.isZero() && (latest < 0 || decision.backup.timeUtc > withinStart))
            decision.reasons.append({Rule::Within, 0, 0, false, keepWithin.toString()});
        else if (!keepWithin.isZero())
            decision.misses.append({Rule::Within, 0, false, keepWithin.toString()});
        if (decision.backup.pinned)
            decision.reasons.append({Rule::Pinned});
    }

    // Safety: never delete the newest backup, nor the newest one not dated in the future
    // (the one just uploaded when a wrong clock once produced a future-dated name).
    for (qsizetype i : {qsizetype(0), latest}) {
        if (i >= 0 && decisions.at(i).reasons.isEmpty())
            decisions[i].reasons.append({Rule::Newest});
    }
    for (Decision &decision : decisions) {
        decision.keep = !decision.reasons.isEmpty();
        if (decision.keep)
            decision.misses.clear();
    }
    return decisions;
}

QStringList RetentionPolicy::validate() const
{
    QStringList problems;
    for (Rule rule : kCountingRules) {
        if (count(rule) < Unlimited) {
            problems << tr("keep-%1 must be a number of backups, or -1 for all (it is %2).")
                            .arg(ruleKey(rule))
                            .arg(count(rule));
        }
    }
    if (keepWithin.years() < 0 || keepWithin.months() < 0 || keepWithin.days() < 0 || keepWithin.hours() < 0)
        problems << tr("keep-within must not be negative.");
    return problems;
}

QString RetentionPolicy::summary() const
{
    if (isEmpty())
        return tr("keep everything");
    QStringList parts;
    for (Rule rule : kCountingRules) {
        const int n = count(rule);
        if (n == 0)
            continue;
        const QString amount = n == Unlimited ? tr("-1 (all)") : QString::number(n);
        parts << ruleAmountText(rule, amount);
    }
    if (!keepWithin.isZero())
        parts << tr("within %1", "retention summary").arg(keepWithin.displayText());
    return tr("keep %1").arg(parts.join(QStringLiteral(", ")));
}

QJsonObject RetentionPolicy::toJson() const
{
    QJsonObject json;
    for (Rule rule : kCountingRules) {
        if (count(rule) != 0)
            json.insert(ruleKey(rule), count(rule));
    }
    if (!keepWithin.isZero())
        json.insert(QStringLiteral("within"), keepWithin.toString());
    return json;
}

std::optional<RetentionPolicy> RetentionPolicy::fromJson(const QJsonObject &json, QString *error)
{
    RetentionPolicy policy;
    auto fail = [&](const QString &why) -> std::optional<RetentionPolicy> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("within")) {
            if (!it.value().isString())
                return fail(tr("'retention.within' must be a duration text such as \"30d\""));
            QString why;
            const auto duration = RetentionDuration::parse(it.value().toString(), &why);
            if (!duration)
                return fail(tr("'retention.within': %1").arg(why));
            policy.keepWithin = *duration;
            continue;
        }
        const auto rule = std::find_if(
            kCountingRules.begin(), kCountingRules.end(), [&](Rule r) { return ruleKey(r) == key; });
        if (rule == kCountingRules.end())
            return fail(tr("unknown field 'retention.%1'").arg(key));
        const double value = it.value().toDouble(-2);
        // Range first: converting 1e300 (or NaN) to an integer is undefined behaviour.
        if (!it.value().isDouble() || !(value >= Unlimited && value <= 1000000) || value != qint64(value))
            return fail(tr("'retention.%1' must be a whole number of backups, or -1 for all").arg(key));
        const int n = int(value);
        switch (*rule) {
        case Rule::Last:
            policy.keepLast = n;
            break;
        case Rule::Hourly:
            policy.keepHourly = n;
            break;
        case Rule::Daily:
            policy.keepDaily = n;
            break;
        case Rule::Weekly:
            policy.keepWeekly = n;
            break;
        case Rule::Monthly:
            policy.keepMonthly = n;
            break;
        default:
            policy.keepYearly = n;
            break;
        }
    }
    return policy;
}

} // namespace Coffre
