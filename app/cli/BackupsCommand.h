#pragma once

#include "cli/RemoteCommand.h"

namespace Coffre {

// `coffre backups NAME [--json]`: the remote backups of a profile, newest first.
class BackupsCommand : public RemoteCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupsCommand)
public:
    QString name() const override { return QStringLiteral("backups"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &ctx) override;
};

} // namespace Coffre
