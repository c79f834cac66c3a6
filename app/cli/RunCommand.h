#pragma once

#include "cli/RemoteCommand.h"

namespace Coffre {

struct RunOutcome;

// `coffre run NAME [--dry-run]` and `coffre run --due` (the cron/systemd entry point).
class RunCommand : public RemoteCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
public:
    QString name() const override { return QStringLiteral("run"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &ctx) override;

private:
    static int runOne(CliContext &ctx, FichierClient &client, const Profile &profile, bool dryRun);
    static void report(CliContext &ctx, const Profile &profile, const RunOutcome &outcome);
};

} // namespace Coffre
