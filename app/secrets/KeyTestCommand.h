#pragma once

#include "cli/CliCommand.h"

namespace Coffre {

// `coffre key test`: finds the API key the way every command does, says where it came
// from, and shows the 1fichier account it opens (email, offer, storage used).
class KeyTestCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(KeyTestCommand)
public:
    QString name() const override { return QStringLiteral("key test"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &ctx) override;
};

} // namespace Coffre
