#include "backup/ProfileCommand.h"

#include "cli/ExitCode.h"

namespace Coffre {

std::optional<int> ProfileCommand::loadStore(ProfileStore &store, CliContext &ctx)
{
    if (store.load())
        return std::nullopt;
    return ctx.fail(ExitCode::Config, store.errorString());
}

std::optional<int> ProfileCommand::takeName(
    const QCommandLineParser &parser, CliContext &ctx, const QString &command, QString *name)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return ctx.fail(ExitCode::Usage, tr("'coffre %1' needs the profile NAME.").arg(command));
    if (args.size() > 1) {
        return ctx.fail(ExitCode::Usage,
            tr("'coffre %1' takes one NAME; unexpected '%2' (quote a name that has spaces).")
                .arg(command, args.at(1)));
    }
    *name = args.first();
    return std::nullopt;
}

QJsonObject ProfileCommand::describeJson(const Profile &profile)
{
    QJsonObject json = profile.toJson();
    json.insert(QStringLiteral("slug"), profile.slug());
    json.insert(QStringLiteral("archivePattern"),
        QString(profile.slug() + QStringLiteral("_YYYY-MM-DD_HH-MM-SSZ.zip")));
    return json;
}

} // namespace Coffre
