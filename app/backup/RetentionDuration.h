#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Coffre {

// The keep-within span in restic's notation: "1y6m", "30d", "12h", "2y3m4d5h" (years,
// months, days, hours). Calendar units are applied in local time, hours as real hours.
class RetentionDuration
{
    Q_DECLARE_TR_FUNCTIONS(RetentionDuration)
public:
    RetentionDuration() = default;
    RetentionDuration(int years, int months, int days, int hours);

    int years() const { return m_years; }
    int months() const { return m_months; }
    int days() const { return m_days; }
    int hours() const { return m_hours; }
    bool isZero() const { return m_years == 0 && m_months == 0 && m_days == 0 && m_hours == 0; }

    // `from` moved back by this span: calendar units in from's time zone, then hours.
    // Unlike Go's AddDate (restic), a day missing in the target month clamps to the
    // month's last day (31 March - 1m = 29 February), as QDate::addMonths does.
    QDateTime before(const QDateTime &from) const;

    // Canonical text, largest unit first ("1y2m3d4h"); empty for zero. For files, the
    // command line and --json.
    QString toString() const;
    // For people, translated: "1 year 6 months", "30 days".
    QString displayText() const;
    // displayText() of a canonical text; the text itself when it does not parse.
    static QString displayText(const QString &text);
    // Parses the notation above; each unit at most once, numbers 0..100000.
    static std::optional<RetentionDuration> parse(const QString &text, QString *error = nullptr);

    friend bool operator==(const RetentionDuration &, const RetentionDuration &) = default;

private:
    int m_years = 0;
    int m_months = 0;
    int m_days = 0;
    int m_hours = 0;
};

} // namespace Coffre
