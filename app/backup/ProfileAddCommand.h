#pragma once

#include "backup/ProfileCommand.h"

namespace Coffre {

// `coffre profile add NAME --source DIR... --remote PATH [schedule] [retention] [options]`.
class ProfileAddCommand : public ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileAddCommand)
public:
    QString name() const override { return QStringLiteral("profile add"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &ctx) override;
};

} // namespace Coffre
