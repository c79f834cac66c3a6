#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace Coffre {

// The headless front door: parses global options, finds the sub-command and runs it.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    CliApp();
    ~CliApp();

    // True when `arguments` (argv including the program) asks for the GUI: no sub-command
    // and no --help/--version, only --debug and --hidden.
    static bool wantsGui(const QStringList &arguments);

    // Runs the command line; returns the process exit status.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    const std::vector<std::unique_ptr<CliCommand>> &commands() const { return m_commands; }

private:
    void printGeneralHelp(QTextStream &out) const;
    void printGroupHelp(QTextStream &out, const QString &group) const;
    static void addGlobalOptions(QCommandLineParser &parser);

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace Coffre
