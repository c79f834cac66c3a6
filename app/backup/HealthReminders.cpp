#include "backup/HealthReminders.h"

#include "core/AppPaths.h"
#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Coffre {

namespace {
const QString kVersion = QStringLiteral("version");
const QString kProfiles = QStringLiteral("profiles");
const QString kReminded = QStringLiteral("reminded");
const QString kSnoozedUntil = QStringLiteral("snoozedUntil");

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}
} // namespace

HealthReminders::HealthReminders(const QString &file) : m_file(file.isEmpty() ? defaultFilePath() : file)
{ }

QString HealthReminders::defaultFilePath()
{
    return QDir(AppPaths::dataDir()).filePath(QStringLiteral("reminders.json"));
}

bool HealthReminders::load()
{
    m_entries.clear();
    m_error.clear();
    QFile file(m_file);
    if (!file.exists())
        return true;
    QJsonParseError parseError;
    const QJsonDocument doc = file.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(file.readAll(), &parseError)
        : QJsonDocument();
    if (!doc.isObject() || !doc.object().value(kProfiles).isObject()) {
        m_error = tr("The reminder state %1 cannot be read; reminders start afresh.")
                      .arg(QDir::toNativeSeparators(m_file));
        qCWarning(lcBackup) << m_error;
        return false;
    }
    const QJsonObject profiles = doc.object().value(kProfiles).toObject();
    for (auto it = profiles.begin(); it != profiles.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        m_entries.insert(it.key(), Entry {parseTime(o.value(kReminded)), parseTime(o.value(kSnoozedUntil))});
    }
    return true;
}

QStringList HealthReminders::due(const QList<std::pair<QString, bool>> &attention, const QDateTime &nowUtc)
{
    QStringList remind;
    QHash<QString, Entry> next;
    for (const auto &[name, needsAttention] : attention) {
        if (!needsAttention)
            continue; // healthy: forget the rhythm and any snooze
        Entry entry = m_entries.value(name);
        const bool snoozed = entry.snoozedUntilUtc.isValid() && entry.snoozedUntilUtc > nowUtc;
        if (!snoozed)
            entry.snoozedUntilUtc = {};
        // A reminder dated in the future means the clock went back: remind rather than
        // stay silent until the clock catches up.
        const bool fresh = entry.remindedUtc.isValid() && entry.remindedUtc <= nowUtc
            && entry.remindedUtc.secsTo(nowUtc) < IntervalSecs;
        if (!snoozed && !fresh) {
            entry.remindedUtc = nowUtc;
            remind << name;
        }
        next.insert(name, entry);
    }
    const bool changed = next != m_entries;
    m_entries = next;
    if (changed)
        save();
    return remind;
}

void HealthReminders::snooze(const QString &profile, const QDateTime &untilUtc)
{
    m_entries[profile].snoozedUntilUtc = untilUtc.toUTC();
    save();
}

void HealthReminders::unsnooze(const QString &profile)
{
    auto it = m_entries.find(profile);
    if (it == m_entries.end())
        return;
    it->snoozedUntilUtc = {};
    // "Remind me again" means now, not a day after the last reminder.
    it->remindedUtc = {};
    save();
}

std::optional<QDateTime> HealthReminders::snoozedUntil(const QString &profile, const QDateTime &nowUtc) const
{
    const QDateTime until = m_entries.value(profile).snoozedUntilUtc;
    if (until.isValid() && until > nowUtc)
        return until;
    return std::nullopt;
}

std::optional<QDateTime> HealthReminders::lastReminded(const QString &profile) const
{
    const QDateTime at = m_entries.value(profile).remindedUtc;
    return at.isValid() ? std::optional(at) : std::nullopt;
}

bool HealthReminders::save()
{
    m_error.clear();
    QJsonObject profiles;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        QJsonObject o;
        if (it->remindedUtc.isValid())
            o.insert(kReminded, it->remindedUtc.toString(Qt::ISODate));
        if (it->snoozedUntilUtc.isValid())
            o.insert(kSnoozedUntil, it->snoozedUntilUtc.toString(Qt::ISODate));
        profiles.insert(it.key(), o);
    }
    const QByteArray data = QJsonDocument(QJsonObject {{kVersion, 1}, {kProfiles, profiles}}).toJson();
    const QString dir = QFileInfo(m_file).absolutePath();
    QSaveFile file(m_file);
    // Unbuffered: Qt 6.4's QSaveFile::commit() hides a short buffered write (see ProfileStore).
    if ((!QFileInfo::exists(dir) && !AppPaths::ensurePrivateDir(dir))
        || !file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        m_error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(m_file));
        qCWarning(lcBackup) << m_error;
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        m_error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(m_file));
        qCWarning(lcBackup) << m_error;
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(m_file));
        qCWarning(lcBackup) << m_error;
        return false;
    }
    return true;
}

} // namespace Coffre
