#include "backup/ProfileAddCommand.h"

#include "cli/ExitCode.h"

#include <QDir>
#include <QFileInfo>

namespace Coffre {

namespace {

const QString kSource = QStringLiteral("source");
const QString kExclude = QStringLiteral("exclude");
const QString kRemote = QStringLiteral("remote");
const QString kEvery = QStringLiteral("every");
const QString kDaily = QStringLiteral("daily");
const QString kWeekly = QStringLiteral("weekly");
const QString kKeepWithin = QStringLiteral("keep-within");
const QString kLevel = QStringLiteral("level");
const QString kFollowSymlinks = QStringLiteral("follow-symlinks");
const QString kFailOnUnreadable = QStringLiteral("fail-on-unreadable");

// The --keep-<rule> options and the policy field each sets.
struct KeepOption {
    const char *word;
    int RetentionPolicy::*field;
};
constexpr KeepOption kKeepOptions[] = {
    {"last", &RetentionPolicy::keepLast},
    {"hourly", &RetentionPolicy::keepHourly},
    {"daily", &RetentionPolicy::keepDaily},
    {"weekly", &RetentionPolicy::keepWeekly},
    {"monthly", &RetentionPolicy::keepMonthly},
    {"yearly", &RetentionPolicy::keepYearly},
};

} // namespace

QString ProfileAddCommand::summary() const
{
    return tr("Create a backup profile: what to back up, where on 1fichier, when, and what to keep.");
}

void ProfileAddCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(tr("NAME"), tr("The profile's name, e.g. \"Photos\"."));
    parser.addOption({kSource, tr("A folder to back up (repeat for several)."), tr("dir")});
    parser.addOption(
        {kExclude, tr("Leave out files matching this pattern (repeatable), e.g. '*.tmp'."), tr("glob")});
    parser.addOption(
        {kRemote, tr("The 1fichier folder for the archives, e.g. /Backups/Photos."), tr("path")});
    parser.addOption({kEvery, tr("Run every N hours, e.g. 6h."), tr("hours")});
    parser.addOption({kDaily, tr("Run every day at this local time."), tr("HH:MM")});
    parser.addOption(
        {kWeekly, tr("Run on these days at this local time, e.g. mon,thu@21:30."), tr("days@HH:MM")});
    // One whole sentence per rule, so a translation can name the period in its own words.
    const auto describe = [](const QString &word) {
        if (word == QLatin1String("hourly"))
            return tr("Keep the newest backup of each of the last N hours that have one (-1: all).");
        if (word == QLatin1String("daily"))
            return tr("Keep the newest backup of each of the last N days that have one (-1: all).");
        if (word == QLatin1String("weekly"))
            return tr("Keep the newest backup of each of the last N weeks that have one (-1: all).");
        if (word == QLatin1String("monthly"))
            return tr("Keep the newest backup of each of the last N months that have one (-1: all).");
        if (word == QLatin1String("yearly"))
            return tr("Keep the newest backup of each of the last N years that have one (-1: all).");
        return tr("Keep the N newest backups (-1: all).");
    };
    for (const KeepOption &option : kKeepOptions) {
        const QString word = QLatin1String(option.word);
        parser.addOption({QStringLiteral("keep-") + word, describe(word), tr("N")});
    }
    parser.addOption({kKeepWithin,
        tr("Keep every backup within this span of the newest, e.g. 30d, 12h, 6m, 1y6m."), tr("span")});
    parser.addOption(
        {kLevel, tr("Compression level, 0 (store) to 9 (smallest); default %1.").arg(Profile::DefaultLevel),
            tr("0-9")});
    parser.addOption({kFollowSymlinks, tr("Archive what symbolic links point to, instead of the links.")});
    parser.addOption({kFailOnUnreadable, tr("Fail the run on an unreadable file, instead of skipping it.")});
}

int ProfileAddCommand::run(const QCommandLineParser &parser, CliContext &ctx)
{
    Profile profile;
    if (const auto exit = takeName(parser, ctx, name(), &profile.name))
        return *exit;

    const QStringList sources = parser.values(kSource);
    if (sources.isEmpty())
        return ctx.fail(ExitCode::Usage, tr("Give at least one folder to back up with --source DIR."));
    for (const QString &source : sources) {
        if (source.isEmpty())
            return ctx.fail(ExitCode::Usage, tr("--source needs a folder path."));
        // Relative paths are taken from the current directory, as the shell user meant.
        profile.sources << QDir::cleanPath(QFileInfo(source).absoluteFilePath());
    }
    profile.excludes = parser.values(kExclude);
    if (!parser.isSet(kRemote))
        return ctx.fail(
            ExitCode::Usage, tr("Give the 1fichier folder with --remote PATH, e.g. --remote /Backups."));
    profile.remotePath = parser.value(kRemote);
    if (profile.remotePath.size() > 1 && profile.remotePath.endsWith(QLatin1Char('/')))
        profile.remotePath.chop(1);

    int schedules = 0;
    QString error;
    for (const QString &option : {kEvery, kDaily, kWeekly}) {
        if (!parser.isSet(option))
            continue;
        if (++schedules > 1 || parser.values(option).size() > 1)
            return ctx.fail(ExitCode::Usage, tr("Choose one schedule: --every, --daily or --weekly, once."));
        const QString value = parser.value(option);
        const auto schedule = option == kEvery ? Schedule::parseEvery(value, &error)
            : option == kDaily                 ? Schedule::parseDaily(value, &error)
                                               : Schedule::parseWeekly(value, &error);
        if (!schedule)
            return ctx.fail(ExitCode::Usage, QStringLiteral("--%1: %2.").arg(option, error));
        profile.schedule = *schedule;
    }

    for (const KeepOption &option : kKeepOptions) {
        const QString flag = QStringLiteral("keep-") + QLatin1String(option.word);
        if (!parser.isSet(flag))
            continue;
        const QString value = parser.value(flag).trimmed();
        bool ok = false;
        int n = value.toInt(&ok);
        if (value == QLatin1String("all")) {
            n = RetentionPolicy::Unlimited;
            ok = true;
        }
        if (!ok || n < RetentionPolicy::Unlimited) {
            return ctx.fail(ExitCode::Usage,
                tr("--%1 needs a number of backups (or -1 / all), not '%2'.").arg(flag, parser.value(flag)));
        }
        profile.retention.*option.field = n;
    }
    if (parser.isSet(kKeepWithin)) {
        const auto duration = RetentionDuration::parse(parser.value(kKeepWithin), &error);
        if (!duration)
            return ctx.fail(ExitCode::Usage, QStringLiteral("--keep-within: %1.").arg(error));
        profile.retention.keepWithin = *duration;
    }
    if (parser.isSet(kLevel)) {
        bool ok = false;
        profile.level = parser.value(kLevel).toInt(&ok);
        if (!ok || profile.level < 0 || profile.level > 9) {
            return ctx.fail(ExitCode::Usage,
                tr("--level must be a number from 0 to 9, not '%1'.").arg(parser.value(kLevel)));
        }
    }
    profile.symlinks = parser.isSet(kFollowSymlinks) ? Profile::Symlinks::Follow : Profile::Symlinks::Store;
    profile.unreadable
        = parser.isSet(kFailOnUnreadable) ? Profile::Unreadable::Fail : Profile::Unreadable::Skip;

    const QStringList problems = profile.validate();
    if (!problems.isEmpty())
        return ctx.fail(ExitCode::Config, problems.join(QLatin1Char(' ')));

    ProfileStore store;
    if (const auto exit = loadStore(store, ctx))
        return *exit;
    if (!store.add(profile))
        return ctx.fail(ExitCode::Config, store.errorString());

    for (const QString &source : profile.sources) {
        if (!QFileInfo(source).isDir())
            ctx.err << tr("coffre: warning: %1 is not a folder right now; the backup fails until it is.")
                           .arg(source)
                    << Qt::endl;
    }
    ctx.out << tr("Added profile \"%1\": %2, %3; archives %4_<date>Z.zip in %5.")
                   .arg(profile.name, profile.schedule.displayText(), profile.retention.summary(),
                       profile.slug(), profile.remotePath)
            << Qt::endl;
    return ExitCode::Ok;
}

} // namespace Coffre
