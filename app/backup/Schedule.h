#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace Coffre {

// When a profile runs by itself: manual, every N hours, daily at HH:MM, or on some days
// of the week at HH:MM (wall-clock times in local time; the zone is injectable for tests).
// A profile is due when a scheduled moment has passed since its last successful run, so
// runs missed while the machine was off or asleep are caught up once, not once per miss.
class Schedule
{
    Q_DECLARE_TR_FUNCTIONS(Schedule)
public:
    enum class Kind { Manual, EveryHours, Daily, Weekly };
    static constexpr int MaxHours = 24 * 366;

    Schedule() = default; // manual
    static Schedule manual() { return {}; }
    static Schedule everyHours(int hours);
    static Schedule daily(QTime time);
    // `days`: Qt::Monday ... Qt::Sunday; duplicates and order do not matter.
    static Schedule weekly(const QList<Qt::DayOfWeek> &days, QTime time);

    Kind kind() const { return m_kind; }
    int hours() const { return m_hours; }
    QTime time() const { return m_time; }
    QList<Qt::DayOfWeek> days() const;

    // The moment the next run is due: now when there was no successful run yet (or the
    // last one is dated in the future, i.e. the clock went back), otherwise the first
    // scheduled moment after the last success, which may lie in the past (overdue).
    // nullopt for manual. A local time skipped by a DST change is due at the end of the
    // gap; a repeated one at its first occurrence. Pass the *start* time of the last
    // successful run, so "every N hours" keeps its cadence however long runs take.
    std::optional<QDateTime> nextDue(const std::optional<QDateTime> &lastSuccessUtc, const QDateTime &nowUtc,
        const QTimeZone &zone = QTimeZone::systemTimeZone()) const;
    bool isDue(const std::optional<QDateTime> &lastSuccessUtc, const QDateTime &nowUtc,
        const QTimeZone &zone = QTimeZone::systemTimeZone()) const;

    // Canonical text, also the stored form: "manual", "every 6h", "daily 02:00",
    // "weekly mon,thu@21:30".
    QString toString() const;
    // For people: the canonical text in English, in the user's words when translated
    // ("tous les jours à 02:00"). Never parsed back.
    QString displayText() const;
    // Reads the canonical text and the short forms "6h" and "mon,thu@21:30" (day ranges
    // such as "mon-fri@08:00" too); case-insensitive.
    static std::optional<Schedule> parse(const QString &text, QString *error = nullptr);
    // The CLI value parsers: --every 6h, --daily HH:MM, --weekly mon,thu@HH:MM.
    static std::optional<Schedule> parseEvery(const QString &text, QString *error = nullptr);
    static std::optional<Schedule> parseDaily(const QString &text, QString *error = nullptr);
    static std::optional<Schedule> parseWeekly(const QString &text, QString *error = nullptr);

    // One sentence per problem; empty when valid.
    QStringList validate() const;

    friend bool operator==(const Schedule &, const Schedule &) = default;

private:
    QDateTime nextSlotAfter(const QDateTime &afterUtc, const QTimeZone &zone) const;

    Kind m_kind = Kind::Manual;
    int m_hours = 0;
    QTime m_time;
    quint8 m_dayMask = 0; // bit (day - 1) for Qt::Monday ... Qt::Sunday
};

} // namespace Coffre
