#pragma once

#include "backup/ProfileCommand.h"

namespace Coffre {

// `coffre profile list [--json]`: every profile, one line each (or a JSON array).
class ProfileListCommand : public ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileListCommand)
public:
    QString name() const override { return QStringLiteral("profile list"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &ctx) override;
};

} // namespace Coffre
