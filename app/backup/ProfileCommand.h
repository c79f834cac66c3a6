#pragma once

#include "backup/ProfileStore.h"
#include "cli/CliCommand.h"

#include <QJsonObject>

namespace Coffre {

// What the `coffre profile ...` commands share: opening the store with the documented
// exit status on a broken file, and the profile's JSON form for --json output.
class ProfileCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)
protected:
    // Loads `store`; on a problem prints it and returns the exit status to return.
    static std::optional<int> loadStore(ProfileStore &store, CliContext &ctx);
    // The single NAME argument, or a usage error (returned as exit status).
    static std::optional<int> takeName(
        const QCommandLineParser &parser, CliContext &ctx, const QString &command, QString *name);
    // The stored form plus the derived "slug" and "archivePattern".
    static QJsonObject describeJson(const Profile &profile);
};

} // namespace Coffre
