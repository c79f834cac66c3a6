#pragma once

#include "cli/CliCommand.h"

namespace Coffre {

// `coffre key forget`: removes the API key from the OS keychain; running it twice is fine.
class KeyForgetCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(KeyForgetCommand)
public:
    QString name() const override { return QStringLiteral("key forget"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &ctx) override;
};

} // namespace Coffre
