#pragma once

#include "backup/ProfileCommand.h"

namespace Coffre {

// `coffre profile show NAME [--json]`: every setting of one profile, its last verified
// backup and when it runs next.
class ProfileShowCommand : public ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileShowCommand)
public:
    QString name() const override { return QStringLiteral("profile show"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &ctx) override;
};

} // namespace Coffre
