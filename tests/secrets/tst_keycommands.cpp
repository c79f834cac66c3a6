// `coffre key set`, `key test` and `key forget` through the real binary: against the
// session's real Secret Service (checked with secret-tool) and the 1fichier stand-in over
// loopback; from a pipe and from a terminal (no echo); with no usable session bus (one
// clear line, ExitCode::Auth, no hang); and a leak scan of everything the runs left
// behind, printed, or were started with.
#include "CoffreProcess.h"
#include "FakeFichier.h"
#include "LeakScan.h"
#include "SecretTool.h"
#include "TestEnvironment.h"
#include "cli/ExitCode.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>
#include <QtTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <termios.h>
#include <unistd.h>

using namespace Coffre;

namespace {

const QByteArray kKey1 = QByteArrayLiteral("Key1abcdefghijklmnopqrstuvwxyz_-");
const QByteArray kKey2 = QByteArrayLiteral("Key2=ABCDEFGHIJKLMNOPQRSTUVWXYZ0");
const QByteArray kTtyKey = QByteArrayLiteral("TtyKey0123456789abcdefghijklmnop");
const QByteArray kStrayKey = QByteArrayLiteral("ArgvKey0123456789abcdefghijklmno");
const QByteArray kBadKey = QByteArrayLiteral("Bad+Key0123456789abcdefghijklmno");
// Well formed, but no account at the stand-in has it.
const QByteArray kWrongKey = QByteArrayLiteral("WrongKey0123456789abcdefghijklmn");
// Every run that "fails without a keychain" must end well before this; a hang would not.
constexpr int kNoHangMs = 15000;

QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *w : words)
        list << QString::fromLatin1(w);
    return list;
}

} // namespace

class TestKeyCommands : public QObject
{
    Q_OBJECT

private:
    TestEnvironment m_env;
    QTemporaryDir m_fakeKeys; // the stand-in's extra accounts; outside the scanned dirs
    std::unique_ptr<FakeFichier> m_fake; // accounts for kKey1 (the first), kKey2, kTtyKey
    QList<QPair<QString, QByteArray>> m_captures; // every stdout/stderr of coffre
    // /proc/<pid>/cmdline of each coffre run, with its arguments. `key set` waits for
    // stdin, so its line is always captured; quicker commands may be gone already.
    QList<QPair<QStringList, QByteArray>> m_cmdlines;
    QList<QPair<QString, QByteArray>> m_fakeCmdlines; // the stand-ins' argv: no key either
    int m_runs = 0;

    QString tmpDir() const { return QDir(m_env.root()).filePath(QStringLiteral("tmp")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = m_env.processEnvironment();
        env.insert(QStringLiteral("TMPDIR"), tmpDir());
        // Never the real 1fichier: key checks go to the stand-in over loopback.
        env.insert(QStringLiteral("COFFRE_API_URL"), m_fake->apiUrl().toString());
        return env;
    }

    // Runs coffre; while it waits for stdin, records its command line for the leak check.
    CoffreResult coffre(
        const QStringList &arguments, const QByteArray &input = {}, const QProcessEnvironment &env = {})
    {
        CoffreResult result;
        QProcess process;
        process.setProcessEnvironment(env.isEmpty() ? environment() : env);
        process.start(CoffreProcess::binary(), arguments);
        if (!process.waitForStarted(10000)) {
            result.crashed = true;
            return result;
        }
        m_cmdlines << qMakePair(arguments, liveCommandLine(process));
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(kNoHangMs + 20000)) {
            result.timedOut = true;
            process.kill();
            process.waitForFinished(5000);
        }
        result.crashed = process.exitStatus() != QProcess::NormalExit;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        const QString label
            = QStringLiteral("run %1 (%2)").arg(++m_runs).arg(arguments.join(QLatin1Char(' ')));
        m_captures << qMakePair(label + QStringLiteral(" stdout"), result.out)
                   << qMakePair(label + QStringLiteral(" stderr"), result.err);
        return result;
    }

    // The argv of a running child. waitForStarted() returns when exec closes the
    // close-on-exec pipe, a moment before the kernel has set up the new argv, so an empty
    // read is retried while the child lives (`key set` blocks on stdin until we write).
    static QByteArray liveCommandLine(const QProcess &process)
    {
        // Until exec has happened the child still shows the test's own argv: wait for the
        // program's name too.
        const QByteArray program = QFile::encodeName(QFileInfo(process.program()).fileName());
        QByteArray cmdline;
        QDeadlineTimer deadline(5000);
        while (
            ((cmdline = LeakScan::commandLineOf(process.processId())).isEmpty() || !cmdline.contains(program))
            && !deadline.hasExpired())
            QThread::msleep(5);
        return cmdline;
    }

    // An http URL on a loopback port where nothing listens.
    static QString deadApiUrl()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            return {};
        const quint16 port = server.serverPort();
        server.close();
        return QStringLiteral("http://127.0.0.1:%1/v1").arg(port);
    }

    QString writeKeyFile(const QString &name, const QByteArray &content, QFile::Permissions permissions)
    {
        const QString path = m_fakeKeys.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            return {};
        file.setPermissions(permissions);
        return path;
    }

    static QString sessionBusSocketPath()
    {
        const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("unix:path=([^,;]+)")).match(address);
        return m.hasMatch() ? m.captured(1) : QString();
    }

    void verifyNoKeychainRun(const CoffreResult &r, const QString &cause)
    {
        QVERIFY2(!r.timedOut, "coffre hung instead of reporting the missing keychain");
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, ExitCode::Auth);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        const QString text = r.errText();
        QVERIFY2(text.startsWith(QLatin1String("coffre: ")), r.err.constData());
        QVERIFY2(text.contains(cause), r.err.constData());
        for (const char *way : {"Unlock your keyring", "COFFRE_API_KEY", "mode 0600", "systemd user timer"})
            QVERIFY2(text.contains(QLatin1String(way)), r.err.constData());
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("COFFRE_TEST_SESSION") != QLatin1String("1"))
            QSKIP("writes to the session keychain: run it through ./dev test, which gives it a private one");
        QVERIFY(m_env.isValid());
        QVERIFY(QDir().mkpath(tmpDir()));
        QVERIFY(m_fakeKeys.isValid());
        const QString extraAccounts = writeKeyFile(
            QStringLiteral("accounts"), kKey2 + "\n" + kTtyKey + "\n", QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(!extraAccounts.isEmpty());
        FakeFichier::Options options;
        options.key = QString::fromLatin1(kKey1);
        options.extraArgs = {QStringLiteral("--key-file"), extraAccounts};
        m_fake = std::make_unique<FakeFichier>(options);
        QVERIFY2(m_fake->start(), qPrintable(m_fake->errorString()));
        // Something stored in the first account, so `key test` has storage to show.
        QVERIFY(
            !m_fake->seedFile(QStringLiteral("/Backups"), QStringLiteral("old.zip"), QByteArray(250000, 'z'))
                 .isEmpty());
        QVERIFY2(QFileInfo(CoffreProcess::binary()).isExecutable(), qPrintable(CoffreProcess::binary()));
        coffre(args({"key", "forget"}));
        QVERIFY(SecretTool::lookup().isEmpty());
    }

    void init()
    {
        SecretTool::clear();
        QVERIFY(SecretTool::lookup().isEmpty());
    }

    void cleanupTestCase() { SecretTool::clear(); }

    void setReplaceForgetFromAPipe()
    {
        CoffreResult r = coffre(args({"key", "set"}), "  " + kKey1 + "\n");
        QCOMPARE(r.exitCode, ExitCode::Ok);
        QVERIFY2(
            r.outText().contains(QLatin1String("API key verified: it opens the 1fichier account account")),
            r.out.constData());
        QVERIFY2(
            r.outText().contains(QLatin1String("API key stored in the OS keychain (")), r.out.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(SecretTool::lookup(), kKey1);

        r = coffre(args({"key", "set"}), kKey2);
        QCOMPARE(r.exitCode, ExitCode::Ok);
        QVERIFY2(r.outText().contains(QLatin1String("replacing the previous one")), r.out.constData());
        QCOMPARE(SecretTool::lookup(), kKey2);
        QCOMPARE(SecretTool::count(), 1);

        r = coffre(args({"key", "forget"}));
        QCOMPARE(r.exitCode, ExitCode::Ok);
        QVERIFY2(r.outText().contains(QLatin1String("removed")), r.out.constData());
        QVERIFY(SecretTool::lookup().isEmpty());

        // Idempotent, and says there was nothing.
        r = coffre(args({"key", "forget"}));
        QCOMPARE(r.exitCode, ExitCode::Ok);
        QVERIFY2(r.outText().contains(QLatin1String("There was no API key")), r.out.constData());
    }

    void setRefusesTheKeyOnTheCommandLine()
    {
        const CoffreResult r
            = coffre({QStringLiteral("key"), QStringLiteral("set"), QString::fromLatin1(kStrayKey)});
        QCOMPARE(r.exitCode, ExitCode::Usage);
        QVERIFY2(r.errText().contains(QLatin1String("standard input")), r.err.constData());
        QVERIFY(!r.err.contains(kStrayKey)); // not repeated back
        QVERIFY(SecretTool::lookup().isEmpty());
        // (The test put it in argv on purpose; it is left out of the argv leak check.)
        m_cmdlines.removeLast();
    }

    void setRefusesMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << int(ExitCode::Usage)
                               << QStringLiteral("no key on standard input");
        QTest::newRow("blank") << QByteArray(" \n\n") << int(ExitCode::Usage)
                               << QStringLiteral("no key on standard input");
        QTest::newRow("bad character") << kBadKey + "\n"
                                       << int(ExitCode::Auth) << QStringLiteral("contains characters");
        QTest::newRow("two keys") << kKey1 + "\n" + kKey2 << int(ExitCode::Auth)
                                  << QStringLiteral("has 65 characters");
        QTest::newRow("too much") << QByteArray(10000, 'k') << int(ExitCode::Usage)
                                  << QStringLiteral("more than 4096 bytes");
    }

    void setRefusesMalformedInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const CoffreResult r = coffre(args({"key", "set"}), input);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.errText().contains(says), r.err.constData());
        QVERIFY(SecretTool::lookup().isEmpty());
    }

    void setFromATerminalDoesNotEcho()
    {
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
        const QString slavePath = QString::fromLocal8Bit(::ptsname(master));
        // Our own handle on the terminal keeps its settings alive after coffre exits.
        const int slave = ::open(QFile::encodeName(slavePath).constData(), O_RDWR | O_NOCTTY);
        QVERIFY(slave >= 0);

        QProcess process;
        process.setProcessEnvironment(environment());
        process.setStandardInputFile(slavePath);
        process.setReadChannel(QProcess::StandardError);
        process.start(CoffreProcess::binary(), args({"key", "set"}));
        QVERIFY(process.waitForStarted(10000));
        m_cmdlines << qMakePair(args({"key", "set"}), liveCommandLine(process));
        QByteArray err;
        QDeadlineTimer deadline(20000);
        while (
            !err.contains("input hidden") && !deadline.hasExpired() && process.state() == QProcess::Running) {
            process.waitForReadyRead(200);
            err += process.readAllStandardError();
        }
        QVERIFY2(err.contains("input hidden"), err.constData());
        // Echo is off now (the prompt is printed after turning it off): type the key.
        const QByteArray typed = kTtyKey + "\n";
        QCOMPARE(::write(master, typed.constData(), size_t(typed.size())), ssize_t(typed.size()));
        QVERIFY(process.waitForFinished(20000));
        err += process.readAllStandardError();
        const QByteArray out = process.readAllStandardOutput();
        m_captures << qMakePair(QStringLiteral("tty run stdout"), out)
                   << qMakePair(QStringLiteral("tty run stderr"), err);
        QCOMPARE(process.exitCode(), ExitCode::Ok);

        // What the terminal showed: the newline only, never the key.
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        QByteArray screen;
        char buffer[256];
        ssize_t n;
        while ((n = ::read(master, buffer, sizeof buffer)) > 0)
            screen.append(buffer, n);
        m_captures << qMakePair(QStringLiteral("terminal screen"), screen);
        QVERIFY2(!screen.contains(kTtyKey), screen.constData());
        QVERIFY2(screen.contains('\n'), "the Enter should still move to the next line");
        // And echo is back on for whatever runs next in that terminal.
        struct termios settings {
        };
        QVERIFY(::tcgetattr(slave, &settings) == 0);
        QVERIFY(settings.c_lflag & ECHO);
        ::close(slave);
        ::close(master);

        QCOMPARE(SecretTool::lookup(), kTtyKey);
        QCOMPARE(coffre(args({"key", "forget"})).exitCode, ExitCode::Ok);
    }

    void setNotesThatTheEnvironmentWins()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("COFFRE_API_KEY"), QString::fromLatin1(kKey2));
        const CoffreResult r = coffre(args({"key", "set"}), kKey1, env);
        QCOMPARE(r.exitCode, ExitCode::Ok);
        QVERIFY2(r.errText().contains(QLatin1String("COFFRE_API_KEY is set")), r.err.constData());
        QCOMPARE(SecretTool::lookup(), kKey1);
        const CoffreResult forgot = coffre(args({"key", "forget"}), {}, env);
        QVERIFY2(
            forgot.errText().contains(QLatin1String("COFFRE_API_KEY is still set")), forgot.err.constData());
    }

    void setRefusesAKeyTheServiceRejects()
    {
        QCOMPARE(coffre(args({"key", "set"}), kKey1).exitCode, ExitCode::Ok);
        const int infoCalls = m_fake->countCalls(QStringLiteral("user/info.cgi"));
        const CoffreResult r = coffre(args({"key", "set"}), kWrongKey + "\n");
        QCOMPARE(r.exitCode, ExitCode::Auth);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.errText().contains(QLatin1String("API key rejected")), r.err.constData());
        QVERIFY2(r.errText().contains(QLatin1String("Nothing was stored.")), r.err.constData());
        QCOMPARE(m_fake->countCalls(QStringLiteral("user/info.cgi")), infoCalls + 1);
        // The good key that was there stays.
        QCOMPARE(SecretTool::lookup(), kKey1);
    }

    void setWarnsButStoresWhenTheApiIsUnreachable()
    {
        QProcessEnvironment env = environment();
        const QString dead = deadApiUrl();
        QVERIFY(!dead.isEmpty());
        env.insert(QStringLiteral("COFFRE_API_URL"), dead);
        const CoffreResult r = coffre(args({"key", "set"}), kKey2, env);
        QVERIFY(!r.timedOut);
        QCOMPARE(r.exitCode, ExitCode::Ok);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(
            r.errText().startsWith(QLatin1String("coffre: warning: the key could not be verified: 1fichier "
                                                 "could not be reached")),
            r.err.constData());
        QVERIFY2(r.outText().contains(QLatin1String("stored in the OS keychain")), r.out.constData());
        QCOMPARE(SecretTool::lookup(), kKey2);
    }

    void keyTestShowsTheAccountAndTheSource_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("shown");
        QTest::newRow("keychain") << QStringLiteral("keychain") << QStringLiteral("the OS keychain");
        QTest::newRow("environment") << QStringLiteral("env")
                                     << QStringLiteral("the COFFRE_API_KEY environment variable");
        QTest::newRow("key file") << QStringLiteral("file") << QStringLiteral("the key file ");
    }

    void keyTestShowsTheAccountAndTheSource()
    {
        QFETCH(QString, source);
        QFETCH(QString, shown);
        QProcessEnvironment env = environment();
        QStringList arguments = args({"key", "test"});
        if (source == QLatin1String("keychain")) {
            QCOMPARE(coffre(args({"key", "set"}), kKey1).exitCode, ExitCode::Ok);
        } else if (source == QLatin1String("env")) {
            env.insert(QStringLiteral("COFFRE_API_KEY"), QString::fromLatin1(kKey1));
        } else {
            const QString file
                = writeKeyFile(QStringLiteral("key"), kKey1 + "\n", QFile::ReadOwner | QFile::WriteOwner);
            arguments = QStringList {QStringLiteral("--api-key-file"), file} + arguments;
        }
        const CoffreResult r = coffre(arguments, {}, env);
        QVERIFY2(r.exitCode == ExitCode::Ok, r.err.constData());
        const QString out = r.outText();
        QVERIFY2(out.contains(QStringLiteral("Key source:    ") + shown), r.out.constData());
        QVERIFY2(
            out.contains(QLatin1String("Account:       account1@fakefichier.invalid")), r.out.constData());
        QVERIFY2(
            out.contains(QRegularExpression(QStringLiteral("Offer: +Premium, until \\d{4}-\\d\\d-\\d\\d"))),
            r.out.constData());
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Storage used: +250\\.0 kB of "))),
            r.out.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    void keyTestFailures_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("no key anywhere") << QStringLiteral("none") << int(ExitCode::Auth)
                                         << QStringLiteral("no API key: store one with 'coffre key set'");
        QTest::newRow("rejected key")
            << QStringLiteral("wrong") << int(ExitCode::Auth) << QStringLiteral("API key rejected");
        QTest::newRow("malformed env") << QStringLiteral("malformed") << int(ExitCode::Auth)
                                       << QStringLiteral("COFFRE_API_KEY contains characters");
        QTest::newRow("loose key file")
            << QStringLiteral("loose") << int(ExitCode::Auth) << QStringLiteral("chmod 600");
        QTest::newRow("API unreachable") << QStringLiteral("dead") << int(ExitCode::Network)
                                         << QStringLiteral("1fichier could not be reached");
        QTest::newRow("insecure API URL") << QStringLiteral("insecure") << int(ExitCode::Config)
                                          << QStringLiteral("settings are not usable");
    }

    void keyTestFailures()
    {
        QFETCH(QString, setup);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        QProcessEnvironment env = environment();
        QStringList arguments = args({"key", "test"});
        if (setup == QLatin1String("wrong")) {
            env.insert(QStringLiteral("COFFRE_API_KEY"), QString::fromLatin1(kWrongKey));
        } else if (setup == QLatin1String("malformed")) {
            env.insert(QStringLiteral("COFFRE_API_KEY"), QString::fromLatin1(kBadKey));
        } else if (setup == QLatin1String("loose")) {
            const QString file = writeKeyFile(
                QStringLiteral("loose"), kKey1, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
            arguments = QStringList {QStringLiteral("--api-key-file"), file} + arguments;
        } else if (setup == QLatin1String("dead")) {
            env.insert(QStringLiteral("COFFRE_API_KEY"), QString::fromLatin1(kKey1));
            env.insert(QStringLiteral("COFFRE_API_URL"), deadApiUrl());
        } else if (setup == QLatin1String("insecure")) {
            env.insert(QStringLiteral("COFFRE_API_KEY"), QString::fromLatin1(kKey1));
            env.insert(QStringLiteral("COFFRE_API_URL"), QStringLiteral("http://api.example.com/v1"));
        }
        const CoffreResult r = coffre(arguments, {}, env);
        QVERIFY(!r.timedOut);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.errText().contains(says), r.err.constData());
    }

    void keyTestDoesNotWaitOutAFloodReply()
    {
        // user/info.cgi answers once a minute per IP; a second `key test` right away gets
        // a flood reply and says so at once instead of waiting it out.
        FakeFichier::Options options;
        options.key = QString::fromLatin1(kKey1);
        options.extraArgs = {QStringLiteral("--info-interval"), QStringLiteral("60")};
        FakeFichier strict(options);
        QVERIFY2(strict.start(), qPrintable(strict.errorString()));
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("COFFRE_API_URL"), strict.apiUrl().toString());
        env.insert(QStringLiteral("COFFRE_API_KEY"), QString::fromLatin1(kKey1));
        m_fakeCmdlines << qMakePair(
            QStringLiteral("argv of the strict stand-in"), LeakScan::commandLineOf(strict.processId()));
        QCOMPARE(coffre(args({"key", "test"}), {}, env).exitCode, ExitCode::Ok);
        const CoffreResult r = coffre(args({"key", "test"}), {}, env);
        QVERIFY(!r.timedOut);
        QCOMPARE(r.exitCode, ExitCode::Network);
        QVERIFY2(r.errText().contains(QLatin1String("limiting requests")), r.err.constData());
        QCOMPARE(strict.countCalls(QStringLiteral("user/info.cgi")), 2);
    }

    void noSessionBus()
    {
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        // A runtime dir without a bus socket, as under cron.
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QDir(m_env.root()).filePath(QStringLiteral("runtime")));
        verifyNoKeychainRun(
            coffre(args({"key", "set"}), kKey1, env), QStringLiteral("DBUS_SESSION_BUS_ADDRESS is not set"));
        verifyNoKeychainRun(
            coffre(args({"key", "forget"}), {}, env), QStringLiteral("DBUS_SESSION_BUS_ADDRESS is not set"));
        QVERIFY(SecretTool::lookup().isEmpty());
    }

    void systemdUserBusSocketIsUsedWithoutTheVariable()
    {
        // No DBUS_SESSION_BUS_ADDRESS but $XDG_RUNTIME_DIR/bus, as a systemd user session
        // (and a systemd user timer) has it: the keychain is found there.
        const QString socket = sessionBusSocketPath();
        if (socket.isEmpty())
            QSKIP("the session bus has no unix:path address to link to");
        QTemporaryDir runtime;
        QVERIFY(QFile::link(socket, runtime.filePath(QStringLiteral("bus"))));
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        const CoffreResult r = coffre(args({"key", "set"}), kKey1, env);
        QVERIFY2(r.exitCode == ExitCode::Ok, r.err.constData());
        QCOMPARE(SecretTool::lookup(), kKey1);
        QCOMPARE(coffre(args({"key", "forget"}), {}, env).exitCode, ExitCode::Ok);
        QVERIFY(SecretTool::lookup().isEmpty());
    }

    void deadSessionBus_data()
    {
        QTest::addColumn<bool>("staleSocket");
        QTest::newRow("no such socket") << false;
        QTest::newRow("stale socket, nobody listening") << true;
    }

    void deadSessionBus()
    {
        QFETCH(bool, staleSocket);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bus"));
        if (staleSocket) {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            QVERIFY(fd >= 0);
            sockaddr_un addr {};
            addr.sun_family = AF_UNIX;
            const QByteArray native = QFile::encodeName(path);
            QVERIFY(size_t(native.size()) < sizeof addr.sun_path);
            std::memcpy(addr.sun_path, native.constData(), size_t(native.size()));
            QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
            ::close(fd); // the file stays; connecting to it is refused
        }
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + path);
        verifyNoKeychainRun(
            coffre(args({"key", "set"}), kKey1, env), QStringLiteral("session bus does not answer"));
        verifyNoKeychainRun(
            coffre(args({"key", "forget"}), {}, env), QStringLiteral("session bus does not answer"));
        QVERIFY(SecretTool::lookup().isEmpty());
    }

    void debugRunsForTheLeakCheck()
    {
        // --debug turns on every coffre.* category; the runs below feed the final scan.
        CoffreResult r = coffre(args({"--debug", "key", "set"}), kKey1 + "\n");
        QCOMPARE(r.exitCode, ExitCode::Ok);
        QVERIFY2(r.errText().contains(QLatin1String("coffre.secrets")), r.err.constData());
        r = coffre(args({"--debug", "key", "set"}), kBadKey);
        QCOMPARE(r.exitCode, ExitCode::Auth);
        QCOMPARE(SecretTool::lookup(), kKey1);
        r = coffre(args({"--debug", "key", "test"}));
        QCOMPARE(r.exitCode, ExitCode::Ok);
        r = coffre(args({"--debug", "key", "set"}), kWrongKey);
        QCOMPARE(r.exitCode, ExitCode::Auth);
        QProcessEnvironment wrong = environment();
        wrong.insert(QStringLiteral("COFFRE_API_KEY"), QString::fromLatin1(kWrongKey));
        r = coffre(args({"--debug", "key", "test"}), {}, wrong);
        QCOMPARE(r.exitCode, ExitCode::Auth);
        QCOMPARE(SecretTool::lookup(), kKey1);
        r = coffre(args({"--debug", "key", "forget"}));
        QCOMPARE(r.exitCode, ExitCode::Ok);
        QVERIFY2(r.errText().contains(QLatin1String("coffre.secrets")), r.err.constData());
    }

    // Last: nothing any run above wrote, printed or was started with holds a key.
    void noKeyLeaked()
    {
        QVERIFY(m_runs > 10);
        QList<QPair<QString, QByteArray>> cmdlines;
        for (const auto &[arguments, cmdline] : std::as_const(m_cmdlines)) {
            if (arguments.contains(QLatin1String("set")))
                QVERIFY2(cmdline.contains("coffre"),
                    qPrintable(arguments.join(QLatin1Char(' ')))); // captured live
            if (!cmdline.isEmpty())
                cmdlines << qMakePair(
                    QStringLiteral("argv of coffre ") + arguments.join(QLatin1Char(' ')), cmdline);
        }
        QVERIFY(cmdlines.size() > 10);
        m_fakeCmdlines << qMakePair(
            QStringLiteral("argv of the stand-in"), LeakScan::commandLineOf(m_fake->processId()));
        for (const auto &fake : std::as_const(m_fakeCmdlines)) {
            QVERIFY2(fake.second.contains("fakefichier"), fake.second.constData());
            cmdlines << fake;
        }

        for (const QByteArray &key : {kKey1, kKey2, kTtyKey, kBadKey, kWrongKey}) {
            int files = 0;
            const auto fileHits = LeakScan::findSecret({m_env.root()}, key, &files);
            QVERIFY2(fileHits.isEmpty(), qPrintable(LeakScan::describe(fileHits)));
            const auto outputHits = LeakScan::findSecretIn(m_captures, key);
            QVERIFY2(outputHits.isEmpty(), qPrintable(LeakScan::describe(outputHits)));
            const auto argvHits = LeakScan::findSecretIn(cmdlines, key);
            QVERIFY2(argvHits.isEmpty(), qPrintable(LeakScan::describe(argvHits)));
            qInfo("%s...: %d files, %lld captures, %lld command lines scanned", key.left(4).constData(),
                files, qlonglong(m_captures.size()), qlonglong(cmdlines.size()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeyCommands)
#include "tst_keycommands.moc"
