#pragma once

#include "cli/CliCommand.h"

namespace Coffre {

// `coffre archive test ZIP`: decompresses every entry and checks its CRC.
class ArchiveTestCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveTestCommand)
public:
    QString name() const override { return QStringLiteral("archive test"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &ctx) override;
};

} // namespace Coffre
