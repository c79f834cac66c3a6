#pragma once

#include "cli/CliCommand.h"

namespace Coffre {

// `coffre archive extract ZIP --to DIR [ENTRY...]`
class ArchiveExtractCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveExtractCommand)
public:
    QString name() const override { return QStringLiteral("archive extract"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &ctx) override;
};

} // namespace Coffre
