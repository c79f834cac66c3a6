#pragma once

#include "cli/RemoteCommand.h"

namespace Coffre {

// `coffre restore NAME BACKUP --to DIR`: download, verify and extract one backup.
class RestoreCommand : public RemoteCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &ctx) override;
};

} // namespace Coffre
