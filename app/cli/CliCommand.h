#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace Coffre {

// What a sub-command gets from the dispatcher: output streams and the global options.
struct CliContext {
    QTextStream &out;
    QTextStream &err;
    bool interactive = false; // stdout is a terminal: show live progress
    QString apiKeyFile; // --api-key-file, empty when not given

    // Prints "coffre: <message>" on stderr and returns `code`, so commands can
    // `return ctx.fail(ExitCode::Config, tr("..."));`.
    int fail(int code, const QString &message);
};

// One `coffre <words>` sub-command. Multi-word names ("profile add") are matched by the
// dispatcher against the leading words of the command line.
class CliCommand
{
public:
    virtual ~CliCommand();

    virtual QString name() const = 0; // e.g. "archive create"
    virtual QString summary() const = 0; // one line for `coffre --help`
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    // Runs after `parser` has parsed the arguments that follow the command words.
    virtual int run(const QCommandLineParser &parser, CliContext &ctx) = 0;
};

} // namespace Coffre
