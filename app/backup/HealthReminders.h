#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Coffre {

// When to remind the user of a profile that needs attention (last run failed, or overdue):
// at once when it starts needing attention, then again every IntervalSecs (a day) until it
// is healthy again or the user snoozes it. A snooze ends at its time or when the profile is
// healthy again, whichever comes first, so the next failure reminds at once. The state lives
// in dataDir()/reminders.json (0600), so snoozes and the daily rhythm survive restarts.
class HealthReminders
{
    Q_DECLARE_TR_FUNCTIONS(HealthReminders)
public:
    static constexpr qint64 IntervalSecs = 24 * 3600;

    explicit HealthReminders(const QString &file = {});
    static QString defaultFilePath();
    QString filePath() const { return m_file; }

    // Re-reads the file. A missing file is an empty state; an unreadable or damaged one is
    // reported (errorString()) and treated as empty, so reminders err on the loud side.
    bool load();

    // `attention`: every current profile and whether it needs attention now. Returns the
    // profiles to remind now, in the order given, and records them as reminded; forgets
    // healthy and removed profiles. Saves when anything changed.
    QStringList due(const QList<std::pair<QString, bool>> &attention, const QDateTime &nowUtc);

    void snooze(const QString &profile, const QDateTime &untilUtc);
    void unsnooze(const QString &profile);
    // The end of the profile's snooze, when it is still running at `nowUtc`.
    std::optional<QDateTime> snoozedUntil(const QString &profile, const QDateTime &nowUtc) const;
    std::optional<QDateTime> lastReminded(const QString &profile) const;

    bool save();
    QString errorString() const { return m_error; }

private:
    struct Entry {
        QDateTime remindedUtc;
        QDateTime snoozedUntilUtc;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    QString m_file;
    QHash<QString, Entry> m_entries;
    QString m_error;
};

} // namespace Coffre
