#include "backup/Profile.h"

#include <QDir>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Coffre {

namespace {

// Characters 1fichier reserves in folder and file names (API notes §5.4: rclone and
// Plowshare refuse them), plus the path separator handled by the caller.
const QString kReservedChars = QStringLiteral("\\<>\"'$`");

// Latin letters that Unicode decomposition does not reduce to ASCII.
QString foldSpecial(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: // ß
        return QStringLiteral("ss");
    case 0x00E6: // æ
    case 0x00C6:
        return QStringLiteral("ae");
    case 0x0153: // œ
    case 0x0152:
        return QStringLiteral("oe");
    case 0x00F8: // ø
    case 0x00D8:
        return QStringLiteral("o");
    case 0x0142: // ł
    case 0x0141:
        return QStringLiteral("l");
    case 0x0111: // đ
    case 0x0110:
    case 0x00F0: // ð
    case 0x00D0:
        return QStringLiteral("d");
    case 0x00FE: // þ
    case 0x00DE:
        return QStringLiteral("th");
    case 0x0131: // ı
        return QStringLiteral("i");
    default:
        return {};
    }
}

bool hasControlChar(const QString &text)
{
    return std::any_of(
        text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

QStringList toStringList(const QJsonArray &array, bool *ok)
{
    QStringList list;
    *ok = true;
    for (const QJsonValue &value : array) {
        if (!value.isString()) {
            *ok = false;
            return {};
        }
        list << value.toString();
    }
    return list;
}

} // namespace

QString Profile::slug() const
{
    return slugFor(name);
}

QString Profile::slugFor(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString result;
    bool pendingDash = false;
    auto append = [&](const QString &part) {
        if (pendingDash && !result.isEmpty())
            result += QLatin1Char('-');
        pendingDash = false;
        result += part;
    };
    for (QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            append(QString(c.toLower()));
        } else if (const QString folded = foldSpecial(c); !folded.isEmpty()) {
            append(folded);
        } else if (c.isMark() || c == QLatin1Char('\'') || c == QChar(0x2019)) {
            // Accents left by the decomposition, and apostrophes ("Pierre's" -> "pierres").
        } else {
            pendingDash = true;
        }
    }
    if (result.size() > MaxSlugLength) {
        result.truncate(MaxSlugLength);
        while (result.endsWith(QLatin1Char('-')))
            result.chop(1);
    }
    return result;
}

QStringList Profile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty()) {
        problems << tr("The profile needs a name.");
    } else {
        if (name.size() > MaxNameLength)
            problems << tr("The name is longer than %1 characters.").arg(MaxNameLength);
        if (name.trimmed() != name)
            problems << tr("The name \"%1\" must not start or end with a space.").arg(name);
        if (hasControlChar(name))
            problems << tr("The name must not contain control characters.");
        if (slug().isEmpty()) {
            problems << tr("The name \"%1\" needs at least one letter from A to Z or a digit: it names the "
                           "archives.")
                            .arg(name);
        }
    }

    if (sources.isEmpty())
        problems << tr("Add at least one source folder.");
    QSet<QString> seen;
    for (const QString &source : sources) {
        if (source.isEmpty()) {
            problems << tr("A source folder is empty.");
        } else if (QDir::isRelativePath(source)) {
            problems << tr("The source \"%1\" is not an absolute path.").arg(source);
        } else if (seen.contains(QDir::cleanPath(source))) {
            problems << tr("The source \"%1\" is listed twice.").arg(source);
        }
        seen.insert(QDir::cleanPath(source));
    }
    for (const QString &pattern : excludes) {
        if (pattern.trimmed().isEmpty())
            problems << tr("An exclude pattern is empty.");
    }

    if (!remotePath.startsWith(QLatin1Char('/'))) {
        problems << tr("The remote folder \"%1\" must start with / (the root of your 1fichier account).")
                        .arg(remotePath);
    } else if (remotePath != QLatin1String("/")) {
        QString path = remotePath;
        if (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        const QStringList parts = path.mid(1).split(QLatin1Char('/'));
        for (const QString &part : parts) {
            if (part.isEmpty()) {
                problems << tr("The remote folder \"%1\" has an empty folder name (//).").arg(remotePath);
            } else if (part == QLatin1String(".") || part == QLatin1String("..")) {
                problems << tr("The remote folder \"%1\" must not contain . or .. as a folder name.")
                                .arg(remotePath);
            } else if (part.trimmed() != part) {
                problems << tr("The remote folder name \"%1\" must not start or end with a space.").arg(part);
            } else if (part.size() > MaxFolderNameLength) {
                problems << tr(
                    "The remote folder name \"%1...\" is longer than %2 characters, 1fichier's limit.")
                                .arg(part.left(20))
                                .arg(MaxFolderNameLength);
            } else if (hasControlChar(part)) {
                problems << tr("The remote folder name \"%1\" contains a control character.").arg(part);
            } else {
                for (QChar c : part) {
                    if (kReservedChars.contains(c)) {
                        problems << tr(
                            "The remote folder name \"%1\" contains %2, which 1fichier does not allow "
                            "(nor any of %3).")
                                        .arg(part, QString(c), kReservedChars);
                        break;
                    }
                }
            }
        }
    }

    if (level < 0 || level > 9)
        problems << tr("The compression level must be from 0 (store) to 9 (smallest); it is %1.").arg(level);
    problems << schedule.validate();
    problems << retention.validate();
    for (const QString &url : pinned) {
        if (url.trimmed().isEmpty())
            problems << tr("A pinned backup has an empty address.");
    }
    return problems;
}

QJsonObject Profile::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("name"), name);
    json.insert(QStringLiteral("sources"), QJsonArray::fromStringList(sources));
    json.insert(QStringLiteral("excludes"), QJsonArray::fromStringList(excludes));
    json.insert(QStringLiteral("remote"), remotePath);
    json.insert(QStringLiteral("level"), level);
    json.insert(QStringLiteral("schedule"), schedule.toString());
    json.insert(QStringLiteral("retention"), retention.toJson());
    json.insert(QStringLiteral("unreadable"),
        unreadable == Unreadable::Fail ? QStringLiteral("fail") : QStringLiteral("skip"));
    json.insert(QStringLiteral("symlinks"),
        symlinks == Symlinks::Follow ? QStringLiteral("follow") : QStringLiteral("store"));
    json.insert(QStringLiteral("pinned"), QJsonArray::fromStringList(pinned));
    json.insert(QStringLiteral("notifyOnSuccess"), notifyOnSuccess);
    json.insert(QStringLiteral("skipOnMetered"), skipOnMetered);
    return json;
}

std::optional<Profile> Profile::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<Profile> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    Profile profile;
    for (const QString &required :
        {QStringLiteral("name"), QStringLiteral("sources"), QStringLiteral("remote")}) {
        if (!json.contains(required))
            return fail(tr("the field '%1' is missing").arg(required));
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        auto needString = [&](QString *into) {
            if (!value.isString())
                return false;
            *into = value.toString();
            return true;
        };
        auto needBool = [&](bool *into) {
            if (!value.isBool())
                return false;
            *into = value.toBool();
            return true;
        };
        auto needList = [&](QStringList *into) {
            bool ok = value.isArray();
            if (ok)
                *into = toStringList(value.toArray(), &ok);
            return ok;
        };
        if (key == QLatin1String("name")) {
            if (!needString(&profile.name))
                return fail(tr("'name' must be a text"));
        } else if (key == QLatin1String("sources")) {
            if (!needList(&profile.sources))
                return fail(tr("'sources' must be a list of folder paths"));
        } else if (key == QLatin1String("excludes")) {
            if (!needList(&profile.excludes))
                return fail(tr("'excludes' must be a list of patterns"));
        } else if (key == QLatin1String("remote")) {
            if (!needString(&profile.remotePath))
                return fail(tr("'remote' must be a folder path text"));
        } else if (key == QLatin1String("level")) {
            const double level = value.toDouble(-1);
            // Range first: converting 1e300 (or NaN) to int is undefined behaviour.
            if (!value.isDouble() || !(level >= 0 && level <= 9) || level != int(level))
                return fail(tr("'level' must be a whole number from 0 to 9"));
            profile.level = int(level);
        } else if (key == QLatin1String("schedule")) {
            QString why;
            const auto schedule = value.isString() ? Schedule::parse(value.toString(), &why) : std::nullopt;
            if (!schedule)
                return fail(
                    value.isString() ? tr("'schedule': %1").arg(why) : tr("'schedule' must be a text"));
            profile.schedule = *schedule;
        } else if (key == QLatin1String("retention")) {
            if (!value.isObject())
                return fail(tr("'retention' must be an object such as {\"daily\": 7}"));
            const auto retention = RetentionPolicy::fromJson(value.toObject(), error);
            if (!retention)
                return std::nullopt;
            profile.retention = *retention;
        } else if (key == QLatin1String("unreadable")) {
            const QString text = value.toString();
            if (text != QLatin1String("skip") && text != QLatin1String("fail"))
                return fail(tr("'unreadable' must be \"skip\" or \"fail\""));
            profile.unreadable = text == QLatin1String("fail") ? Unreadable::Fail : Unreadable::Skip;
        } else if (key == QLatin1String("symlinks")) {
            const QString text = value.toString();
            if (text != QLatin1String("store") && text != QLatin1String("follow"))
                return fail(tr("'symlinks' must be \"store\" or \"follow\""));
            profile.symlinks = text == QLatin1String("follow") ? Symlinks::Follow : Symlinks::Store;
        } else if (key == QLatin1String("pinned")) {
            if (!needList(&profile.pinned))
                return fail(tr("'pinned' must be a list of file addresses"));
        } else if (key == QLatin1String("notifyOnSuccess")) {
            if (!needBool(&profile.notifyOnSuccess))
                return fail(tr("'notifyOnSuccess' must be true or false"));
        } else if (key == QLatin1String("skipOnMetered")) {
            if (!needBool(&profile.skipOnMetered))
                return fail(tr("'skipOnMetered' must be true or false"));
        } else {
            return fail(tr("unknown field '%1'").arg(key));
        }
    }
    return profile;
}

} // namespace Coffre
