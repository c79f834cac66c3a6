#pragma once

#include "cli/RemoteCommand.h"

namespace Coffre {

// `coffre prune NAME [--dry-run] [--json]`: apply the retention policy now.
class PruneCommand : public RemoteCommand
{
    Q_DECLARE_TR_FUNCTIONS(PruneCommand)
public:
    QString name() const override { return QStringLiteral("prune"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &ctx) override;
};

} // namespace Coffre
