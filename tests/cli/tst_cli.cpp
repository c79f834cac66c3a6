// The command line front door: version, help, sub-command help and usage errors, run
// through the real `coffre` binary with no display.
#include "CoffreProcess.h"
#include "TestEnvironment.h"
#include "cli/CliApp.h"
#include "cli/ExitCode.h"

#include <QDir>
#include <QtTest>

using namespace Coffre;

class TestCli : public QObject
{
    Q_OBJECT

private:
    TestEnvironment m_env;

    CoffreResult coffre(const QStringList &args)
    {
        return CoffreProcess::run(args, m_env.processEnvironment());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_env.isValid());
        QVERIFY2(QFileInfo(CoffreProcess::binary()).isExecutable(), qPrintable(CoffreProcess::binary()));
    }

    void version()
    {
        const CoffreResult r = coffre({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, ExitCode::Ok);
        QCOMPARE(r.outText().trimmed(), QStringLiteral("coffre " COFFRE_VERSION));
        QVERIFY(r.err.isEmpty());
    }

    void helpWorksWithoutDisplay()
    {
        const CoffreResult r = coffre({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, ExitCode::Ok);
        QVERIFY2(!r.crashed, r.err.constData());
        const QString text = r.outText();
        QVERIFY(text.contains(QLatin1String("Usage: coffre")));
        QVERIFY(text.contains(QLatin1String("Commands:")));
        QVERIFY(text.contains(QLatin1String("--api-key-file")));
        QVERIFY(text.contains(QLatin1String("COFFRE_API_URL")));
        // Every registered command is listed with its summary.
        CliApp app;
        QVERIFY(!app.commands().empty());
        for (const auto &command : app.commands()) {
            QVERIFY2(text.contains(command->name()), qPrintable(command->name()));
            QVERIFY2(text.contains(command->summary()), qPrintable(command->summary()));
        }
    }

    void subCommandHelp_data()
    {
        QTest::addColumn<QString>("name");
        CliApp app;
        for (const auto &command : app.commands())
            QTest::newRow(qPrintable(command->name())) << command->name();
    }

    void subCommandHelp()
    {
        QFETCH(QString, name);
        QStringList args = name.split(QLatin1Char(' '));
        args << QStringLiteral("--help");
        const CoffreResult r = coffre(args);
        QCOMPARE(r.exitCode, ExitCode::Ok);
        QVERIFY2(r.outText().startsWith(QStringLiteral("Usage: coffre ") + name), r.out.constData());
        QVERIFY(r.outText().contains(QLatin1String("--debug")));
    }

    void unknownCommandIsOneLineUsageError()
    {
        const CoffreResult r = coffre({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, ExitCode::Usage);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.errText().contains(QLatin1String("unknown command 'frobnicate'")));
    }

    void unknownOptionIsUsageError()
    {
        const CoffreResult r = coffre({QStringLiteral("paths"), QStringLiteral("--frobnicate")});
        QCOMPARE(r.exitCode, ExitCode::Usage);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.errText().contains(QLatin1String("frobnicate")));
        const CoffreResult top = coffre({QStringLiteral("--frobnicate")});
        QCOMPARE(top.exitCode, ExitCode::Usage);
    }

    void pathsFollowXdg()
    {
        const CoffreResult r = coffre({QStringLiteral("paths")});
        QCOMPARE(r.exitCode, ExitCode::Ok);
        QVERIFY(r.outText().contains(QDir(m_env.configHome()).filePath(QStringLiteral("coffre"))));
        QVERIFY(r.outText().contains(QDir(m_env.cacheHome()).filePath(QStringLiteral("coffre"))));
    }

    void debugIsAGlobalOption()
    {
        const CoffreResult r = coffre({QStringLiteral("--debug"), QStringLiteral("paths")});
        QCOMPARE(r.exitCode, ExitCode::Ok);
        QVERIFY2(r.errText().contains(QLatin1String("running command")), r.err.constData());
        const CoffreResult quiet = coffre({QStringLiteral("paths")});
        QVERIFY(!quiet.errText().contains(QLatin1String("running command")));
    }

    void wantsGui_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("gui");
        QTest::newRow("bare") << QStringList {QStringLiteral("coffre")} << true;
        QTest::newRow("debug") << QStringList {QStringLiteral("coffre"), QStringLiteral("--debug")} << true;
        QTest::newRow("hidden") << QStringList {QStringLiteral("coffre"), QStringLiteral("--hidden")} << true;
        QTest::newRow("hidden command") << QStringList {QStringLiteral("coffre"), QStringLiteral("--hidden"),
            QStringLiteral("run")} << false;
        QTest::newRow("help") << QStringList {QStringLiteral("coffre"), QStringLiteral("--help")} << false;
        QTest::newRow("version") << QStringList {QStringLiteral("coffre"), QStringLiteral("-v")} << false;
        QTest::newRow("command") << QStringList {QStringLiteral("coffre"), QStringLiteral("run")} << false;
    }

    void wantsGui()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, gui);
        QCOMPARE(CliApp::wantsGui(args), gui);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
