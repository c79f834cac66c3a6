#include "backup/RetentionDuration.h"

namespace Coffre {

RetentionDuration::RetentionDuration(int years, int months, int days, int hours)
    : m_years(years), m_months(months), m_days(days), m_hours(hours)
{ }

QDateTime RetentionDuration::before(const QDateTime &from) const
{
    return from.addYears(-m_years).addMonths(-m_months).addDays(-m_days).addSecs(-qint64(m_hours) * 3600);
}

QString RetentionDuration::toString() const
{
    QString text;
    if (m_years)
        text += QString::number(m_years) + QLatin1Char('y');
    if (m_months)
        text += QString::number(m_months) + QLatin1Char('m');
    if (m_days)
        text += QString::number(m_days) + QLatin1Char('d');
    if (m_hours)
        text += QString::number(m_hours) + QLatin1Char('h');
    return text;
}

QString RetentionDuration::displayText() const
{
    QStringList parts;
    if (m_years)
        parts << tr("%n year(s)", nullptr, m_years);
    if (m_months)
        parts << tr("%n month(s)", nullptr, m_months);
    if (m_days)
        parts << tr("%n day(s)", nullptr, m_days);
    if (m_hours)
        parts << tr("%n hour(s)", nullptr, m_hours);
    return parts.join(QLatin1Char(' '));
}

QString RetentionDuration::displayText(const QString &text)
{
    const std::optional<RetentionDuration> duration = parse(text);
    return duration ? duration->displayText() : text;
}

std::optional<RetentionDuration> RetentionDuration::parse(const QString &input, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<RetentionDuration> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(tr("the duration is empty (write it like 30d, 12h, 6m or 1y6m)"));
    RetentionDuration result;
    QString seen;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128)
            ++i;
        if (i == start || i - start > 6) {
            return fail(tr("'%1' is not a duration: write a whole number before each unit, "
                           "like 30d, 12h, 6m or 1y6m")
                            .arg(input));
        }
        const int number = text.mid(start, i - start).toInt();
        if (i == text.size())
            return fail(tr("'%1' is not a duration: %2 has no unit (y, m, d or h)").arg(input).arg(number));
        const QChar unit = text.at(i++).toLower();
        if (seen.contains(unit))
            return fail(tr("'%1' is not a duration: the unit '%2' appears twice").arg(input, unit));
        seen += unit;
        switch (unit.unicode()) {
        case 'y':
            result.m_years = number;
            break;
        case 'm':
            result.m_months = number;
            break;
        case 'd':
            result.m_days = number;
            break;
        case 'h':
            result.m_hours = number;
            break;
        default:
            return fail(tr("'%1' is not a duration: unknown unit '%2' (use y, m, d or h)").arg(input, unit));
        }
    }
    return result;
}

} // namespace Coffre
