#pragma once

#include "cli/CliCommand.h"

namespace Coffre {

// `coffre key set`: reads the API key from standard input (never argv), checks its shape
// and stores it in the OS keychain.
class KeySetCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(KeySetCommand)
public:
    QString name() const override { return QStringLiteral("key set"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &ctx) override;
};

} // namespace Coffre
