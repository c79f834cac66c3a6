#pragma once

#include "cli/CliCommand.h"

namespace Coffre {

// `coffre archive list ZIP`: one line per entry with size, date and name.
class ArchiveListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveListCommand)
public:
    QString name() const override { return QStringLiteral("archive list"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &ctx) override;
};

} // namespace Coffre
