// The `coffre` executable: a sub-command runs headless on a QCoreApplication (no display
// needed, for cron and scripts); no sub-command opens the window and the tray icon, and
// `--hidden` (start at login) only the tray icon.
#include "DesktopApp.h"
#include "TrayController.h"
#include "cli/CliApp.h"
#include "core/AppInfo.h"
#include "core/Logging.h"
#include "core/ProcessHardening.h"
#include "core/Translations.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // No core dumps (the key is in memory), and a file-size limit (ulimit -f) becomes an
    // error Coffre reports and cleans up after instead of SIGXFSZ killing it mid-archive.
    Coffre::hardenProcess();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (!Coffre::CliApp::wantsGui(arguments)) {
        QCoreApplication app(argc, argv);
        Coffre::setupApplicationInfo();
        Coffre::Translations::install();
        QTextStream out(stdout);
        QTextStream err(stderr);
        Coffre::CliApp cli;
        return cli.run(app.arguments(), out, err);
    }

    QApplication app(argc, argv);
    Coffre::setupApplicationInfo();
    Coffre::Translations::install();
    QApplication::setApplicationDisplayName(QStringLiteral("Coffre"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/coffre.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.coffre_backup.Coffre"));
    if (arguments.contains(QLatin1String("--debug")))
        Coffre::enableDebugLogging();
    Coffre::DesktopApp desktop({});
    // With a tray icon, closing the window keeps Coffre running; Quit is in the tray menu.
    QApplication::setQuitOnLastWindowClosed(!desktop.tray()->isVisible());
    QObject::connect(desktop.tray(), &Coffre::TrayController::quitRequested, &app, &QApplication::quit);
    // Hidden only when there is a tray to find Coffre in; otherwise it would be invisible.
    desktop.start(arguments.contains(QLatin1String("--hidden")) && desktop.tray()->isVisible());
    return app.exec();
}
