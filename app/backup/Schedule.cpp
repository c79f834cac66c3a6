#include "backup/Schedule.h"

#include <QRegularExpression>

#include <array>

namespace Coffre {

namespace {

const std::array<QLatin1String, 7> kDayNames {QLatin1String("mon"), QLatin1String("tue"),
    QLatin1String("wed"), QLatin1String("thu"), QLatin1String("fri"), QLatin1String("sat"),
    QLatin1String("sun")};

quint8 dayBit(Qt::DayOfWeek day)
{
    return quint8(1u << (int(day) - 1));
}

// Qt::Monday ... Qt::Sunday for an English day name or its usual abbreviations.
std::optional<Qt::DayOfWeek> dayFromName(const QString &word)
{
    static const std::array<QStringList, 7> names {
        QStringList {QStringLiteral("mon"), QStringLiteral("monday")},
        QStringList {QStringLiteral("tue"), QStringLiteral("tues"), QStringLiteral("tuesday")},
        QStringList {QStringLiteral("wed"), QStringLiteral("wednesday")},
        QStringList {QStringLiteral("thu"), QStringLiteral("thur"), QStringLiteral("thurs"),
            QStringLiteral("thursday")},
        QStringList {QStringLiteral("fri"), QStringLiteral("friday")},
        QStringList {QStringLiteral("sat"), QStringLiteral("saturday")},
        QStringList {QStringLiteral("sun"), QStringLiteral("sunday")},
    };
    for (int i = 0; i < 7; ++i) {
        if (names.at(i).contains(word))
            return Qt::DayOfWeek(i + 1);
    }
    return std::nullopt;
}

std::optional<QTime> parseClock(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt());
    if (!time.isValid())
        return std::nullopt;
    return time;
}

std::optional<Schedule> failWith(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

// The UTC instant at which the wall clock of `zone` shows `date time`. A repeated time
// (clocks going back) gives its first occurrence; a skipped one (clocks going forward)
// gives the end of the gap, the first instant after which that wall time has passed.
QDateTime wallClockToUtc(QDate date, QTime time, const QTimeZone &zone)
{
    const QDateTime naive(date, time, Qt::UTC); // the wall time read as if it were UTC
    QDateTime best;
    for (qint64 probe : {-2 * 86400LL, 0LL, 2 * 86400LL}) {
        const int offset = zone.offsetFromUtc(naive.addSecs(probe));
        const QDateTime candidate = naive.addSecs(-offset);
        const QDateTime local = candidate.toTimeZone(zone);
        if (local.date() == date && local.time() == time && (!best.isValid() || candidate < best))
            best = candidate;
    }
    if (best.isValid())
        return best;
    // In a gap: find the transition whose wall-clock jump skips over `time`.
    const auto transitions = zone.transitions(naive.addSecs(-3 * 86400), naive.addSecs(3 * 86400));
    for (const QTimeZone::OffsetData &transition : transitions) {
        const int before = zone.offsetFromUtc(transition.atUtc.addSecs(-1));
        const QDateTime wallBefore = transition.atUtc.addSecs(before);
        const QDateTime wallAfter = transition.atUtc.addSecs(transition.offsetFromUtc);
        if (wallBefore <= naive && naive < wallAfter)
            return transition.atUtc;
    }
    // Not expected with a sane zone database; fall back to the standard offset.
    return naive.addSecs(-zone.standardTimeOffset(naive));
}

} // namespace

Schedule Schedule::everyHours(int hours)
{
    Schedule schedule;
    schedule.m_kind = Kind::EveryHours;
    schedule.m_hours = hours;
    return schedule;
}

Schedule Schedule::daily(QTime time)
{
    Schedule schedule;
    schedule.m_kind = Kind::Daily;
    schedule.m_time = QTime(time.hour(), time.minute());
    return schedule;
}

Schedule Schedule::weekly(const QList<Qt::DayOfWeek> &days, QTime time)
{
    Schedule schedule;
    schedule.m_kind = Kind::Weekly;
    schedule.m_time = QTime(time.hour(), time.minute());
    for (Qt::DayOfWeek day : days)
        schedule.m_dayMask |= dayBit(day);
    return schedule;
}

QList<Qt::DayOfWeek> Schedule::days() const
{
    QList<Qt::DayOfWeek> result;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (m_dayMask & dayBit(Qt::DayOfWeek(day)))
            result << Qt::DayOfWeek(day);
    }
    return result;
}

QDateTime Schedule::nextSlotAfter(const QDateTime &afterUtc, const QTimeZone &zone) const
{
    const QDate start = afterUtc.toTimeZone(zone).date();
    // One day back covers a slot whose gap or fold moved it; eight ahead covers a week.
    for (int i = -1; i <= 8; ++i) {
        const QDate day = start.addDays(i);
        if (m_kind == Kind::Weekly && !(m_dayMask & dayBit(Qt::DayOfWeek(day.dayOfWeek()))))
            continue;
        const QDateTime slot = wallClockToUtc(day, m_time, zone);
        if (slot > afterUtc)
            return slot;
    }
    return {};
}

std::optional<QDateTime> Schedule::nextDue(
    const std::optional<QDateTime> &lastSuccessUtc, const QDateTime &nowUtc, const QTimeZone &zone) const
{
    if (m_kind == Kind::Manual || !validate().isEmpty())
        return std::nullopt;
    const QDateTime now = nowUtc.toUTC();
    if (!lastSuccessUtc || !lastSuccessUtc->isValid() || lastSuccessUtc->toUTC() > now)
        return now;
    const QDateTime last = lastSuccessUtc->toUTC();
    if (m_kind == Kind::EveryHours)
        return last.addSecs(qint64(m_hours) * 3600);
    const QDateTime slot = nextSlotAfter(last, zone);
    if (!slot.isValid())
        return std::nullopt;
    return slot;
}

bool Schedule::isDue(
    const std::optional<QDateTime> &lastSuccessUtc, const QDateTime &nowUtc, const QTimeZone &zone) const
{
    const auto due = nextDue(lastSuccessUtc, nowUtc, zone);
    return due && *due <= nowUtc.toUTC();
}

QString Schedule::toString() const
{
    switch (m_kind) {
    case Kind::Manual:
        break;
    case Kind::EveryHours:
        return QStringLiteral("every %1h").arg(m_hours);
    case Kind::Daily:
        return QStringLiteral("daily ") + m_time.toString(QStringLiteral("HH:mm"));
    case Kind::Weekly: {
        QStringList names;
        for (Qt::DayOfWeek day : days())
            names << kDayNames.at(int(day) - 1);
        return QStringLiteral("weekly ") + names.join(QLatin1Char(',')) + QLatin1Char('@')
            + m_time.toString(QStringLiteral("HH:mm"));
    }
    }
    return QStringLiteral("manual");
}

QString Schedule::displayText() const
{
    const QString time = m_time.toString(QStringLiteral("HH:mm"));
    switch (m_kind) {
    case Kind::Manual:
        break;
    case Kind::EveryHours:
        return tr("every %nh", nullptr, m_hours);
    case Kind::Daily:
        return tr("daily %1").arg(time);
    case Kind::Weekly: {
        // Whole words per day, so a translation can use its own abbreviations.
        const std::array<QString, 7> names {
            tr("mon"), tr("tue"), tr("wed"), tr("thu"), tr("fri"), tr("sat"), tr("sun")};
        QStringList list;
        for (Qt::DayOfWeek day : days())
            list << names.at(int(day) - 1);
        return tr("weekly %1@%2").arg(list.join(tr(",", "between the days of a weekly schedule")), time);
    }
    }
    return tr("manual");
}

std::optional<Schedule> Schedule::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed().toLower();
    if (text == QLatin1String("manual"))
        return manual();
    if (text.startsWith(QLatin1String("every ")))
        return parseEvery(text.mid(6), error);
    if (text.startsWith(QLatin1String("daily ")))
        return parseDaily(text.mid(6), error);
    if (text.startsWith(QLatin1String("weekly ")))
        return parseWeekly(text.mid(7), error);
    if (text.contains(QLatin1Char('@')))
        return parseWeekly(text, error);
    if (text.endsWith(QLatin1Char('h')))
        return parseEvery(text, error);
    return failWith(error,
        tr("'%1' is not a schedule: use manual, every 6h, daily 02:00 or weekly mon,thu@21:30").arg(input));
}

std::optional<Schedule> Schedule::parseEvery(const QString &input, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})\\s*h$"));
    const QRegularExpressionMatch match = pattern.match(input.trimmed().toLower());
    if (!match.hasMatch())
        return failWith(error, tr("'%1' is not a number of hours: write it like 6h").arg(input));
    const Schedule schedule = everyHours(match.captured(1).toInt());
    const QStringList problems = schedule.validate();
    if (!problems.isEmpty())
        return failWith(error, problems.first());
    return schedule;
}

std::optional<Schedule> Schedule::parseDaily(const QString &input, QString *error)
{
    const auto clock = parseClock(input);
    if (!clock)
        return failWith(error, tr("'%1' is not a time of day: write it as HH:MM, like 02:00").arg(input));
    return daily(*clock);
}

std::optional<Schedule> Schedule::parseWeekly(const QString &input, QString *error)
{
    const QString text = input.trimmed().toLower();
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at < 0) {
        return failWith(error,
            tr("'%1' is not a weekly schedule: write the days, '@' and the time, like mon,thu@21:30")
                .arg(input));
    }
    const auto clock = parseClock(text.mid(at + 1));
    if (!clock)
        return failWith(error, tr("'%1' has no valid time after '@': write it as HH:MM").arg(input));
    QList<Qt::DayOfWeek> chosen;
    for (const QString &item : text.left(at).split(QLatin1Char(','))) {
        const QStringList ends = item.trimmed().split(QLatin1Char('-'));
        const auto first = dayFromName(ends.first());
        const auto last = ends.size() == 2 ? dayFromName(ends.last()) : first;
        if (ends.size() > 2 || !first || !last) {
            return failWith(error,
                tr("'%1' is not a day: use mon, tue, wed, thu, fri, sat, sun or a range like mon-fri")
                    .arg(item.trimmed()));
        }
        // A range may wrap over the week's end (fri-mon).
        for (int day = int(*first);; day = day % 7 + 1) {
            chosen << Qt::DayOfWeek(day);
            if (day == int(*last))
                break;
        }
    }
    return weekly(chosen, *clock);
}

QStringList Schedule::validate() const
{
    QStringList problems;
    switch (m_kind) {
    case Kind::Manual:
        break;
    case Kind::EveryHours:
        if (m_hours < 1 || m_hours > MaxHours)
            problems << tr("The interval must be from 1 to %1 hours (it is %2).").arg(MaxHours).arg(m_hours);
        break;
    case Kind::Weekly:
        if (m_dayMask == 0)
            problems << tr("A weekly schedule needs at least one day.");
        [[fallthrough]];
    case Kind::Daily:
        if (!m_time.isValid())
            problems << tr("The schedule needs a time of day (HH:MM).");
        break;
    }
    return problems;
}

} // namespace Coffre
