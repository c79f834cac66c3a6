#pragma once

#include "cli/CliCommand.h"

namespace Coffre {

// `coffre archive create [--level 0-9] [--exclude GLOB]... [--follow-symlinks] OUT.zip DIR...`
class ArchiveCreateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCreateCommand)
public:
    QString name() const override { return QStringLiteral("archive create"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &ctx) override;
};

} // namespace Coffre
