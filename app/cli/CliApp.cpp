#include "cli/CliApp.h"

#include "backup/ProfileAddCommand.h"
#include "backup/ProfileListCommand.h"
#include "backup/ProfileRmCommand.h"
#include "backup/ProfileShowCommand.h"
#include "cli/ArchiveCreateCommand.h"
#include "cli/ArchiveExtractCommand.h"
#include "cli/ArchiveListCommand.h"
#include "cli/ArchiveTestCommand.h"
#include "cli/BackupsCommand.h"
#include "cli/ExitCode.h"
#include "cli/PathsCommand.h"
#include "cli/PruneCommand.h"
#include "cli/RestoreCommand.h"
#include "cli/RunCommand.h"
#include "core/AppInfo.h"
#include "core/Logging.h"
#include "secrets/KeyForgetCommand.h"
#include "secrets/KeySetCommand.h"
#include "secrets/KeyTestCommand.h"

#include <QRegularExpression>

#include <algorithm>
#include <unistd.h>

namespace Coffre {

namespace {

const QString kDebug = QStringLiteral("debug");
const QString kApiKeyFile = QStringLiteral("api-key-file");
const QString kHelp = QStringLiteral("help");

bool isHelpFlag(const QString &arg)
{
    return arg == QLatin1String("-h") || arg == QLatin1String("--help");
}

bool isVersionFlag(const QString &arg)
{
    return arg == QLatin1String("-v") || arg == QLatin1String("--version");
}

} // namespace

CliApp::CliApp()
{
    m_commands.push_back(std::make_unique<PathsCommand>());
    m_commands.push_back(std::make_unique<ProfileAddCommand>());
    m_commands.push_back(std::make_unique<ProfileListCommand>());
    m_commands.push_back(std::make_unique<ProfileShowCommand>());
    m_commands.push_back(std::make_unique<ProfileRmCommand>());
    m_commands.push_back(std::make_unique<ArchiveCreateCommand>());
    m_commands.push_back(std::make_unique<ArchiveListCommand>());
    m_commands.push_back(std::make_unique<ArchiveTestCommand>());
    m_commands.push_back(std::make_unique<ArchiveExtractCommand>());
    m_commands.push_back(std::make_unique<RunCommand>());
    m_commands.push_back(std::make_unique<BackupsCommand>());
    m_commands.push_back(std::make_unique<PruneCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<KeySetCommand>());
    m_commands.push_back(std::make_unique<KeyForgetCommand>());
    m_commands.push_back(std::make_unique<KeyTestCommand>());
    std::sort(m_commands.begin(), m_commands.end(),
        [](const auto &a, const auto &b) { return a->name() < b->name(); });
}

CliApp::~CliApp() = default;

bool CliApp::wantsGui(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--debug") || arg == QLatin1String("--hidden"))
            continue;
        return false;
    }
    return true;
}

void CliApp::addGlobalOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({kDebug, tr("Print debug messages of every coffre.* log category.")});
    parser.addOption({kApiKeyFile,
        tr("Read the API key from this file (it must be readable by its owner only, "
           "mode 0600)."),
        tr("path")});
    parser.addOption({{QStringLiteral("h"), kHelp}, tr("Show this help.")});
}

void CliApp::printGeneralHelp(QTextStream &out) const
{
    out << tr("Coffre %1 - backs up your folders to your 1fichier account.").arg(versionString()) << "\n\n"
        << tr("Usage: coffre                       open the window and the tray icon") << '\n'
        << tr("       coffre --hidden              start in the tray only (start at login)") << '\n'
        << tr("       coffre <command> [options]   run one command without a window") << "\n\n"
        << tr("Commands:") << '\n';
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, command->name().size());
    for (const auto &command : m_commands)
        out << "  " << command->name().leftJustified(width + 3) << command->summary() << '\n';
    out << '\n'
        << tr("Global options:") << '\n'
        << "  --debug               " << tr("print debug messages") << '\n'
        << "  " << QStringLiteral("--api-key-file %1").arg(tr("PATH")).leftJustified(22)
        << tr("read the API key from PATH (mode 0600 only)") << '\n'
        << "  -h, --help            " << tr("show help (also after a command)") << '\n'
        << "  -v, --version         " << tr("show the version") << "\n\n"
        << tr("Environment:") << '\n'
        << "  COFFRE_API_KEY        " << tr("the 1fichier API key (before the key file and the keychain)")
        << '\n'
        << "  COFFRE_API_URL        " << tr("the API base URL (default https://api.1fichier.com/v1)")
        << "\n\n"
        << tr("Run 'coffre <command> --help' for the options of a command.") << Qt::endl;
}

void CliApp::printGroupHelp(QTextStream &out, const QString &group) const
{
    out << tr("Commands under 'coffre %1':").arg(group) << '\n';
    for (const auto &command : m_commands) {
        if (command->name().startsWith(group + QLatin1Char(' ')))
            out << "  coffre " << command->name() << "  -  " << command->summary() << '\n';
    }
    out.flush();
}

int CliApp::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliContext ctx {out, err, static_cast<bool>(::isatty(STDOUT_FILENO))};
    const QStringList args = arguments.mid(1);

    // Global options may stand before the command words ("coffre --debug run x"); the
    // words up to the next option name the command; the rest belongs to the command.
    QStringList leading;
    qsizetype i = 0;
    for (; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--debug") || arg.startsWith(QLatin1String("--api-key-file="))) {
            leading << arg;
        } else if (arg == QLatin1String("--api-key-file") && i + 1 < args.size()) {
            leading << arg << args.at(++i);
        } else {
            break;
        }
    }
    QStringList words;
    for (; i < args.size() && !args.at(i).startsWith(QLatin1Char('-')); ++i)
        words << args.at(i);
    const QStringList trailing = leading + args.mid(i);
    bool help = false;
    if (words.isEmpty()) {
        for (const QString &arg : args) {
            if (isVersionFlag(arg)) {
                out << "coffre " << versionString() << Qt::endl;
                return ExitCode::Ok;
            }
            help = help || isHelpFlag(arg);
        }
        if (help || args.isEmpty()) {
            printGeneralHelp(out);
            return ExitCode::Ok;
        }
        return ctx.fail(
            ExitCode::Usage, tr("unknown option '%1'. Run 'coffre --help' for usage.").arg(args.first()));
    }
    if (words.first() == QLatin1String("help")) {
        printGeneralHelp(out);
        return ExitCode::Ok;
    }

    // Longest registered name that matches the leading words.
    CliCommand *command = nullptr;
    qsizetype used = 0;
    for (const auto &candidate : m_commands) {
        const QStringList nameWords = candidate->name().split(QLatin1Char(' '));
        if (nameWords.size() > used && nameWords.size() <= words.size()
            && words.mid(0, nameWords.size()) == nameWords) {
            command = candidate.get();
            used = nameWords.size();
        }
    }
    if (!command) {
        const QString group = words.first();
        const bool isGroup = std::any_of(m_commands.begin(), m_commands.end(),
            [&](const auto &c) { return c->name().startsWith(group + QLatin1Char(' ')); });
        if (isGroup) {
            const bool asked = args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
            if (words.size() == 1) {
                printGroupHelp(asked ? out : err, group);
                return asked ? ExitCode::Ok : ExitCode::Usage;
            }
            return ctx.fail(ExitCode::Usage,
                tr("unknown command 'coffre %1 %2'. Run 'coffre %1 --help'.").arg(group, words.at(1)));
        }
        return ctx.fail(
            ExitCode::Usage, tr("unknown command '%1'. Run 'coffre --help' for the list.").arg(group));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    addGlobalOptions(parser);
    command->addOptions(parser);
    QStringList toParse {QStringLiteral("coffre")};
    toParse << words.mid(used) << trailing;
    if (!parser.parse(toParse)) {
        return ctx.fail(ExitCode::Usage,
            tr("%1. Run 'coffre %2 --help' for usage.").arg(parser.errorText(), command->name()));
    }
    if (parser.isSet(kHelp)) {
        QString text = parser.helpText();
        // QCommandLineParser names only the program; show the whole command instead. The
        // program is the first word after the label, which Qt translates ("Utilisation : ").
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        QString usage = text.left(eol);
        static const QRegularExpression program(QStringLiteral("^([^:]*:\\s+)\\S+"));
        usage.replace(program, QStringLiteral("\\1coffre ") + command->name());
        out << usage << text.mid(eol) << Qt::flush;
        return ExitCode::Ok;
    }
    if (parser.isSet(kDebug))
        enableDebugLogging();
    ctx.apiKeyFile = parser.value(kApiKeyFile);
    qCDebug(lcCli) << "running command" << command->name();
    return command->run(parser, ctx);
}

} // namespace Coffre
