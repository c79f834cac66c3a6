#include "backup/ProfileStore.h"

#include "core/AppPaths.h"
#include "core/DisplayText.h"
#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>

namespace Coffre {

namespace {

// 1-based line and column of a byte offset, for parse errors a user can find in an editor.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    const QByteArray before = data.left(offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return {line, column};
}

} // namespace

ProfileStore::ProfileStore(const QString &filePath) : m_filePath(filePath)
{ }

QString ProfileStore::defaultFilePath()
{
    return QDir(AppPaths::configDir()).filePath(QStringLiteral("profiles.json"));
}

bool ProfileStore::load()
{
    QList<Profile> read;
    if (!readFile(&read, &m_error)) {
        qCDebug(lcBackup) << "profile store unreadable:" << m_error; // the caller reports it
        return false;
    }
    m_profiles = read;
    m_error.clear();
    return true;
}

qsizetype ProfileStore::indexOf(const QList<Profile> &profiles, const QString &nameOrSlug)
{
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).name == nameOrSlug)
            return i;
    }
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).slug() == nameOrSlug)
            return i;
    }
    return -1;
}

std::optional<Profile> ProfileStore::find(const QString &nameOrSlug) const
{
    const qsizetype i = indexOf(m_profiles, nameOrSlug);
    if (i < 0)
        return std::nullopt;
    return m_profiles.at(i);
}

bool ProfileStore::checkProfile(const QList<Profile> &others, const Profile &profile)
{
    const QStringList problems = profile.validate();
    if (!problems.isEmpty()) {
        m_error = problems.join(QLatin1Char(' '));
        return false;
    }
    for (const Profile &other : others) {
        if (other.name == profile.name) {
            m_error = tr("A profile named \"%1\" already exists.").arg(profile.name);
            return false;
        }
        if (other.slug() == profile.slug()) {
            m_error
                = tr("The profile \"%1\" already names its archives \"%2_...\"; choose a name that differs "
                     "in more than accents, case or punctuation.")
                      .arg(other.name, other.slug());
            return false;
        }
    }
    return true;
}

bool ProfileStore::add(const Profile &profile)
{
    return change([&](QList<Profile> &profiles) {
        if (!checkProfile(profiles, profile))
            return false;
        profiles.append(profile);
        return true;
    });
}

bool ProfileStore::update(const QString &name, const Profile &profile)
{
    return change([&](QList<Profile> &profiles) {
        const qsizetype i = indexOf(profiles, name);
        if (i < 0) {
            m_error = tr("There is no profile named \"%1\".").arg(name);
            return false;
        }
        QList<Profile> others = profiles;
        others.removeAt(i);
        if (!checkProfile(others, profile))
            return false;
        profiles[i] = profile;
        return true;
    });
}

bool ProfileStore::remove(const QString &name)
{
    return change([&](QList<Profile> &profiles) {
        const qsizetype i = indexOf(profiles, name);
        if (i < 0) {
            m_error = tr("There is no profile named \"%1\".").arg(name);
            return false;
        }
        profiles.removeAt(i);
        return true;
    });
}

bool ProfileStore::change(const std::function<bool(QList<Profile> &)> &edit)
{
    const QString dir = QFileInfo(m_filePath).absolutePath();
    if (!QFileInfo::exists(dir) && !AppPaths::ensurePrivateDir(dir)) {
        m_error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    // Serialises read-modify-write between the GUI and `coffre profile` commands.
    QLockFile lock(m_filePath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(10000)) {
        m_error = tr("Cannot lock %1: another Coffre is changing the profiles (or the folder is read-only).")
                      .arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }
    QList<Profile> edited;
    QString problem;
    if (!readFile(&edited, &problem)) {
        m_error = tr("%1 Nothing was changed: fix or remove the file first.").arg(problem);
        return false;
    }
    if (!edit(edited))
        return false;
    if (!writeFile(edited, &problem)) {
        m_error = problem;
        return false;
    }
    m_profiles = edited;
    m_error.clear();
    return true;
}

bool ProfileStore::readFile(QList<Profile> *profiles, QString *error) const
{
    const QString shown = QDir::toNativeSeparators(m_filePath);
    profiles->clear();
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2.").arg(shown, file.errorString());
        return false;
    }
    return parse(file.readAll(), shown, profiles, error);
}

bool ProfileStore::parse(
    const QByteArray &data, const QString &shown, QList<Profile> *profiles, QString *error)
{
    if (parseFormat(data, shown, profiles, error))
        return true;
    // The sentence quotes the file (field names, profile names): whatever a hand edit or a
    // damaged disk put there (a NUL, a line break, a terminal escape) must not reach the
    // user's terminal or the log as it is.
    *error = DisplayText::oneLine(*error, 2000);
    return false;
}

bool ProfileStore::parseFormat(
    const QByteArray &data, const QString &shown, QList<Profile> *profiles, QString *error)
{
    profiles->clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        *error = tr("%1 is not valid JSON: line %2, column %3: %4.")
                     .arg(shown)
                     .arg(line)
                     .arg(column)
                     .arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("%1 must hold a JSON object {\"version\": 1, \"profiles\": [...]}.").arg(shown);
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != version.toInt() || version.toInt() < 1) {
        *error = tr("%1: the field 'version' must be a whole number (this Coffre writes %2).")
                     .arg(shown)
                     .arg(FormatVersion);
        return false;
    }
    if (version.toInt() > FormatVersion) {
        *error = tr("%1 was written by a newer Coffre (format version %2; this one reads version %3). "
                    "Upgrade Coffre, or move the file away to start over.")
                     .arg(shown)
                     .arg(version.toInt())
                     .arg(FormatVersion);
        return false;
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("version") && it.key() != QLatin1String("profiles")) {
            *error = tr("%1: unknown field '%2'.").arg(shown, it.key());
            return false;
        }
    }
    const QJsonValue list = root.value(QStringLiteral("profiles"));
    if (!list.isArray()) {
        *error = tr("%1: the field 'profiles' must be a list.").arg(shown);
        return false;
    }
    const QJsonArray array = list.toArray();
    QSet<QString> slugs;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString label = object.value(QStringLiteral("name")).isString()
            ? tr("profile %1 (\"%2\")").arg(i + 1).arg(object.value(QStringLiteral("name")).toString())
            : tr("profile %1").arg(i + 1);
        if (!array.at(i).isObject()) {
            *error = tr("%1: %2 must be a JSON object.").arg(shown, label);
            return false;
        }
        QString why;
        const auto profile = Profile::fromJson(object, &why);
        if (!profile) {
            *error = tr("%1: %2: %3.").arg(shown, label, why);
            return false;
        }
        const QStringList problems = profile->validate();
        if (!problems.isEmpty()) {
            *error = tr("%1: %2: %3").arg(shown, label, problems.first());
            return false;
        }
        if (slugs.contains(profile->slug())) {
            *error = tr("%1: %2 has the same archive name prefix \"%3\" as an earlier profile.")
                         .arg(shown, label, profile->slug());
            return false;
        }
        slugs.insert(profile->slug());
        profiles->append(*profile);
    }
    return true;
}

bool ProfileStore::writeFile(const QList<Profile> &profiles, QString *error) const
{
    const QString shown = QDir::toNativeSeparators(m_filePath);
    QJsonArray array;
    for (const Profile &profile : profiles)
        array.append(profile.toJson());
    QJsonObject root;
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("profiles"), array);
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);

    QSaveFile file(m_filePath);
    // Unbuffered: Qt 6.4's QSaveFile::commit() reports success even when flushing its
    // buffer hit a short write (disk full, file size limit), leaving a truncated file.
    // Writing unbuffered makes write() return the short count, so we can cancel instead.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = tr("Cannot write %1: %2.").arg(shown, file.errorString());
        return false;
    }
    // Paths and pinned links are private: owner-only, whatever the umask says.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2. The previous version is unchanged.").arg(shown, file.errorString());
        file.cancelWriting();
        return false;
    }
    qCDebug(lcBackup) << "saved" << profiles.size() << "profiles to" << m_filePath;
    return true;
}

} // namespace Coffre
