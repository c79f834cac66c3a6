#pragma once

#include "backup/ProfileCommand.h"

namespace Coffre {

// `coffre profile rm NAME`: forget a profile (its backups on 1fichier stay).
class ProfileRmCommand : public ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRmCommand)
public:
    QString name() const override { return QStringLiteral("profile rm"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &ctx) override;
};

} // namespace Coffre
