#pragma once

#include "cli/CliCommand.h"

namespace Coffre {

// `coffre paths`: where Coffre keeps profiles, history and temporary archives.
class PathsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PathsCommand)
public:
    QString name() const override { return QStringLiteral("paths"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &ctx) override;
};

} // namespace Coffre
