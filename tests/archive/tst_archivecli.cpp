// `coffre archive create|list|test|extract` through the real binary: output, warnings,
// exit statuses, progress on a terminal and none off it, Ctrl-C, and real failures of the
// system underneath: a full file system, a file-size limit, unreadable files.
#include "ArchiveFixtures.h"
#include "CoffreProcess.h"
#include "TestEnvironment.h"
#include "cli/ExitCode.h"

#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Coffre;
namespace AF = ArchiveFixtures;

class TestArchiveCli : public QObject
{
    Q_OBJECT

private:
    TestEnvironment m_env;
    QTemporaryDir *m_dir = nullptr;

    QString path(const QString &rel) const { return m_dir->filePath(rel); }
    CoffreResult coffre(const QStringList &args)
    {
        return CoffreProcess::run(args, m_env.processEnvironment());
    }

    // Runs `program` (a wrapper that ends by running coffre: setpriv, unshare, script) the
    // way coffre() runs coffre; `modifier` runs in the child before exec.
    CoffreResult wrapped(const QString &program, const QStringList &args,
        const std::function<void()> &modifier = {}, int timeoutMs = 120000)
    {
        CoffreResult result;
        QProcess process;
        process.setProcessEnvironment(m_env.processEnvironment());
        if (modifier)
            process.setChildProcessModifier(modifier);
        process.start(program, args);
        if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
            result.timedOut = true;
        }
        result.crashed = process.exitStatus() != QProcess::NormalExit;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // Whether `pid` has a file under `dir` open that holds data, named or not: the links in
    // /proc/PID/fd read "DIR/NAME", or "DIR/#INODE (deleted)" for a file without a name
    // (O_TMPFILE), and stat() through them reaches the open file either way.
    static bool writingUnder(qint64 pid, const QString &dir)
    {
        const QString fds = QStringLiteral("/proc/%1/fd").arg(pid);
        const QByteArray prefix = QFile::encodeName(dir) + '/';
        for (const QString &fd :
            QDir(fds).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
            const QByteArray link = QFile::encodeName(fds + QLatin1Char('/') + fd);
            char target[4096];
            const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
            struct stat st {
            };
            if (n > 0 && QByteArray(target, n).startsWith(prefix) && ::stat(link.constData(), &st) == 0
                && S_ISREG(st.st_mode) && st.st_size > 0)
                return true;
        }
        return false;
    }

    // 80 MB of text: at level 9, seconds of work, so a signal lands mid-write.
    static void writeSlowSource(const QString &src)
    {
        for (int i = 0; i < 40; ++i)
            AF::writeFile(src + QStringLiteral("/f%1.txt").arg(i), AF::content(2 << 20, quint32(i), true));
    }

    // Starts coffre with `args` and waits until it writes a file under `dir`.
    bool startWritingUnder(QProcess &process, const QStringList &args, const QString &dir)
    {
        process.setProcessEnvironment(m_env.processEnvironment());
        process.start(CoffreProcess::binary(), args);
        if (!process.waitForStarted(10000))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (process.state() == QProcess::Running && clock.elapsed() < 60000) {
            if (writingUnder(process.processId(), dir))
                return true;
            QThread::msleep(1);
        }
        return false;
    }

    // Runs coffre so that file permissions bind it: as root, through setpriv without the
    // capabilities that bypass them. Callers skip when root has no setpriv.
    CoffreResult coffreBoundByPermissions(const QStringList &args)
    {
        if (::geteuid() != 0)
            return coffre(args);
        const QString drop = QStringLiteral("-dac_override,-dac_read_search");
        return wrapped(QStringLiteral("setpriv"),
            QStringList {QStringLiteral("--inh-caps=") + drop, QStringLiteral("--bounding-set=") + drop,
                CoffreProcess::binary()}
                + args);
    }

    // Every name in `dir`, hidden ones included.
    static QStringList namesIn(const QString &dir)
    {
        return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_env.isValid());
        QVERIFY2(QFileInfo(CoffreProcess::binary()).isExecutable(), qPrintable(CoffreProcess::binary()));
        const QStringList missing = AF::missingTools();
        if (!missing.isEmpty())
            QSKIP(
                qPrintable(QStringLiteral("not installed (./dev deps): ") + missing.join(QLatin1Char(' '))));
    }

    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
    }

    void createListTestExtract()
    {
        const QString src = path(QStringLiteral("photos"));
        AF::makeRichTree(src);
        AF::writeFile(src + QStringLiteral("/scratch.tmp"), "leave me out");
        QCOMPARE(::mkfifo(QFile::encodeName(src + QStringLiteral("/pipe")).constData(), 0644), 0);
        const QString zip = path(QStringLiteral("out.zip"));

        CoffreResult r
            = coffre({QStringLiteral("archive"), QStringLiteral("create"), QStringLiteral("--level"),
                QStringLiteral("9"), QStringLiteral("--exclude"), QStringLiteral("*.tmp"), zip, src});
        QCOMPARE(r.exitCode, ExitCode::Ok);
        QVERIFY2(r.out.isEmpty(), r.out.constData()); // not a terminal: quiet
        // The skipped FIFO is listed at the end, one line.
        QVERIFY2(
            r.errText().contains(QLatin1String("warning: ")) && r.errText().contains(QLatin1String("/pipe")),
            r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(AF::checkWithTools(zip).isEmpty());

        r = coffre({QStringLiteral("archive"), QStringLiteral("list"), zip});
        QCOMPARE(r.exitCode, ExitCode::Ok);
        const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 10);
        QVERIFY2(r.outText().contains(QStringLiteral("photos/emoji 😀🎉.txt")), r.out.constData());
        QVERIFY(!r.outText().contains(QLatin1String("scratch.tmp")));
        // size, date, name
        QVERIFY2(
            QRegularExpression(
                QStringLiteral("^\\s+3000  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  photos/plain.txt$"),
                QRegularExpression::MultilineOption)
                .match(r.outText())
                .hasMatch(),
            r.out.constData());

        r = coffre({QStringLiteral("archive"), QStringLiteral("test"), zip});
        QCOMPARE(r.exitCode, ExitCode::Ok);
        QVERIFY(r.outText().contains(QLatin1String("OK")));

        r = coffre({QStringLiteral("archive"), QStringLiteral("extract"), zip, QStringLiteral("--to"),
            path(QStringLiteral("restored"))});
        QCOMPARE(r.exitCode, ExitCode::Ok);
        QVERIFY(r.out.isEmpty());
        QFile::remove(src + QStringLiteral("/scratch.tmp"));
        const QString diff = AF::compareTrees(src, path(QStringLiteral("restored/photos")));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // Selected entries only.
        r = coffre({QStringLiteral("archive"), QStringLiteral("extract"), zip, QStringLiteral("--to"),
            path(QStringLiteral("some")), QStringLiteral("photos/nested")});
        QCOMPARE(r.exitCode, ExitCode::Ok);
        QVERIFY(QFileInfo::exists(path(QStringLiteral("some/photos/nested/a/b/c/deep.txt"))));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("some/photos/plain.txt"))));

        // Extracting again over the same files: refused, unless --overwrite.
        r = coffre({QStringLiteral("archive"), QStringLiteral("extract"), zip, QStringLiteral("--to"),
            path(QStringLiteral("restored"))});
        QCOMPARE(r.exitCode, ExitCode::Failure);
        QVERIFY(r.errText().contains(QLatin1String("already exists")));
        r = coffre({QStringLiteral("archive"), QStringLiteral("extract"), QStringLiteral("--overwrite"), zip,
            QStringLiteral("--to"), path(QStringLiteral("restored"))});
        QCOMPARE(r.exitCode, ExitCode::Ok);
    }

    void damagedArchiveFailsTheTest()
    {
        const QString src = path(QStringLiteral("src"));
        AF::writeFile(src + QStringLiteral("/a.txt"), AF::content(50000, 1, true));
        const QString zip = path(QStringLiteral("out.zip"));
        QCOMPARE(
            coffre({QStringLiteral("archive"), QStringLiteral("create"), zip, src}).exitCode, ExitCode::Ok);
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        const qsizetype at = bytes.indexOf("a.txt") + 200; // inside the deflate data
        bytes[at] = char(bytes.at(at) ^ 0xff);
        f.seek(0);
        f.write(bytes);
        f.close();
        CoffreResult r = coffre({QStringLiteral("archive"), QStringLiteral("test"), zip});
        QCOMPARE(r.exitCode, ExitCode::Verify);
        QVERIFY(r.errText().contains(QLatin1String("src/a.txt")));
        r = coffre({QStringLiteral("archive"), QStringLiteral("extract"), zip, QStringLiteral("--to"),
            path(QStringLiteral("x"))});
        QCOMPARE(r.exitCode, ExitCode::Verify);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("x/src/a.txt"))));

        AF::writeFile(path(QStringLiteral("junk.zip")), "junk");
        QCOMPARE(coffre({QStringLiteral("archive"), QStringLiteral("test"), path(QStringLiteral("junk.zip"))})
                     .exitCode,
            ExitCode::Verify);
        r = coffre({QStringLiteral("archive"), QStringLiteral("test"), path(QStringLiteral("missing.zip"))});
        QCOMPARE(r.exitCode, ExitCode::Failure);
        QCOMPARE(r.err.count('\n'), 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString a = QStringLiteral("archive");
        QTest::newRow("create without folder")
            << QStringList {a, QStringLiteral("create"), QStringLiteral("x.zip")} << ExitCode::Usage;
        QTest::newRow("bad level") << QStringList {a, QStringLiteral("create"), QStringLiteral("--level"),
            QStringLiteral("12"), QStringLiteral("x.zip"), QStringLiteral(".")}
                                   << ExitCode::Usage;
        QTest::newRow("extract without --to")
            << QStringList {a, QStringLiteral("extract"), QStringLiteral("x.zip")} << ExitCode::Usage;
        QTest::newRow("list two") << QStringList {a, QStringLiteral("list"), QStringLiteral("a"),
            QStringLiteral("b")} << ExitCode::Usage;
        QTest::newRow("missing source") << QStringList {a, QStringLiteral("create"), QStringLiteral("OUT"),
            QStringLiteral("/nonexistent/folder")}
                                        << ExitCode::Failure;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        args.replaceInStrings(QStringLiteral("OUT"), path(QStringLiteral("o.zip")));
        const CoffreResult r = coffre(args);
        QCOMPARE(r.exitCode, code);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.errText().startsWith(QLatin1String("coffre: ")));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("o.zip"))));
    }

    void progressOnATerminal()
    {
        // `script` gives coffre a pseudo-terminal for stdout: the progress line appears,
        // redrawn with \r, and is erased before the summary.
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QSKIP("script (bsdutils) is not installed");
        const QString src = path(QStringLiteral("src"));
        for (int i = 0; i < 30; ++i)
            AF::writeFile(src + QStringLiteral("/f%1.txt").arg(i), AF::content(1 << 20, quint32(i), true));
        const QString zip = path(QStringLiteral("out.zip"));
        const QString command = QStringLiteral("'%1' archive create --level 9 '%2' '%3'")
                                    .arg(CoffreProcess::binary(), zip, src);
        const CoffreResult r = wrapped(
            QStringLiteral("script"), {QStringLiteral("-qfec"), command, QStringLiteral("/dev/null")});
        QCOMPARE(r.exitCode, ExitCode::Ok);
        const QString out = r.outText();
        QVERIFY2(out.contains(QLatin1Char('\r')), qPrintable(out));
        QVERIFY2(QRegularExpression(QStringLiteral("\\d+% \\d+/30 files, ")).match(out).hasMatch(),
            qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Archived 30 files")), qPrintable(out));
        QVERIFY(AF::checkWithTools(zip).isEmpty());
    }

    void interruptRemovesThePartialArchive_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("Ctrl-C (SIGINT)") << SIGINT;
        QTest::newRow("SIGTERM") << SIGTERM;
    }

    void interruptRemovesThePartialArchive()
    {
        QFETCH(int, signal);
        const QString src = path(QStringLiteral("src"));
        writeSlowSource(src);
        const QString outDir = path(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(outDir));
        // Wait until the temporary archive holds data: the writer is midway.
        QProcess process;
        QVERIFY2(startWritingUnder(process,
                     {QStringLiteral("archive"), QStringLiteral("create"), QStringLiteral("--level"),
                         QStringLiteral("9"), outDir + QStringLiteral("/backup.zip"), src},
                     outDir),
            "the partial archive was never seen: the source is too small for this machine");
        QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), ExitCode::Cancelled);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("interrupted") && err.count('\n') == 1, err.constData());
        QCOMPARE(namesIn(outDir), QStringList());
    }

    void killLeavesNoPartialFile_data()
    {
        QTest::addColumn<bool>("extract");
        QTest::newRow("archive create") << false;
        QTest::newRow("archive extract") << true;
    }

    // SIGKILL cannot be caught: only a file without a name while it is written (PendingFile,
    // O_TMPFILE) leaves nothing behind. On a file system without O_TMPFILE the hidden file
    // stays, as documented, and this test is skipped.
    void killLeavesNoPartialFile()
    {
        QFETCH(bool, extract);
        const QString outDir = path(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(outDir));
        if (!AF::unnamedFilesWork(outDir))
            QSKIP("this file system has no unnamed files (O_TMPFILE)");

        const QString src = path(QStringLiteral("src"));
        QStringList args;
        if (!extract) {
            writeSlowSource(src);
            args = {QStringLiteral("archive"), QStringLiteral("create"), QStringLiteral("--level"),
                QStringLiteral("9"), outDir + QStringLiteral("/backup.zip"), src};
        } else {
            // One large file of zeros (sparse: nothing to write here) that deflates to almost
            // nothing: the extraction spends its time writing it out.
            QVERIFY(QDir().mkpath(src));
            QFile zeros(src + QStringLiteral("/zeros.bin"));
            QVERIFY(zeros.open(QIODevice::WriteOnly) && zeros.resize(qint64(256) << 20));
            zeros.close();
            const QString zip = path(QStringLiteral("zeros.zip"));
            QCOMPARE(coffre({QStringLiteral("archive"), QStringLiteral("create"), QStringLiteral("--level"),
                                QStringLiteral("1"), zip, src})
                         .exitCode,
                ExitCode::Ok);
            QVERIFY(QFile::remove(src + QStringLiteral("/zeros.bin")));
            args
                = {QStringLiteral("archive"), QStringLiteral("extract"), zip, QStringLiteral("--to"), outDir};
        }
        QProcess process;
        QVERIFY2(startWritingUnder(process, args, outDir),
            "coffre was never seen writing: too fast for this test");
        QCOMPARE(::kill(pid_t(process.processId()), SIGKILL), 0);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        // Folders may have been made; no file, hidden or not.
        QStringList files;
        QDirIterator it(outDir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        QCOMPARE(files, QStringList());
    }

    void fullDiskIsAClearError_data()
    {
        QTest::addColumn<bool>("tmpfs");
        QTest::newRow("file-size limit (RLIMIT_FSIZE)") << false;
        QTest::newRow("full file system (1 MiB tmpfs)") << true;
    }

    void fullDiskIsAClearError()
    {
        // Real failures from the kernel, not a stand-in for write(2): EFBIG past a file-size
        // limit, ENOSPC on a tiny tmpfs mounted in a private mount namespace.
        QFETCH(bool, tmpfs);
        const QString src = path(QStringLiteral("src"));
        AF::writeFile(src + QStringLiteral("/a.txt"), "small");
        AF::writeFile(src + QStringLiteral("/noise.bin"), AF::content(4 << 20, 7, false));
        const QString outDir = path(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(outDir));
        const QString zip = outDir + QStringLiteral("/backup.zip");
        CoffreResult r;
        if (tmpfs) {
            // Inside the namespace, the shell lists what is left in the full folder on stdout
            // (coffre itself prints nothing there when stdout is not a terminal).
            const char *script = "mount -t tmpfs -o size=1m coffre-full \"$1\" || exit 99\n"
                                 "\"$2\" archive create \"$1/backup.zip\" \"$3\"\n"
                                 "rc=$?\n"
                                 "ls -A \"$1\"\n"
                                 "exit $rc\n";
            r = wrapped(QStringLiteral("unshare"),
                {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
                    QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(script),
                    QStringLiteral("sh"), outDir, CoffreProcess::binary(), src});
            if (r.exitCode == 99 || r.errText().contains(QLatin1String("unshare")))
                QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (needs root): ") + r.errText()));
            QVERIFY2(r.errText().contains(QStringLiteral("Not enough space in %1").arg(outDir)),
                r.err.constData());
            QVERIFY2(r.out.isEmpty(), r.out.constData()); // nothing left in the full folder
        } else {
            r = wrapped(
                CoffreProcess::binary(), {QStringLiteral("archive"), QStringLiteral("create"), zip, src}, [] {
                    const rlimit limit {1 << 20, 1 << 20};
                    ::setrlimit(RLIMIT_FSIZE, &limit);
                });
            QVERIFY2(r.errText().contains(QLatin1String("file size limit")), r.err.constData());
        }
        QVERIFY2(!r.crashed, r.err.constData()); // SIGXFSZ must not kill it
        QCOMPARE(r.exitCode, ExitCode::Failure);
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(namesIn(outDir), QStringList());
    }

    void unreadableFilesAreReported_data()
    {
        QTest::addColumn<bool>("failOnUnreadable");
        QTest::newRow("warn and go on") << false;
        QTest::newRow("--fail-on-unreadable") << true;
    }

    void unreadableFilesAreReported()
    {
        // Real permissions. Root reads anything, so as root coffre runs without the
        // capabilities that bypass them (setpriv), and mode 000 stops it like anyone.
        QFETCH(bool, failOnUnreadable);
        const QString src = path(QStringLiteral("src"));
        AF::writeFile(src + QStringLiteral("/a.txt"), "a");
        AF::writeFile(src + QStringLiteral("/locked.txt"), "secret", 0000);
        AF::writeFile(src + QStringLiteral("/closed/inner.txt"), "inner");
        AF::writeFile(src + QStringLiteral("/z.txt"), "z");
        QCOMPARE(::chmod(QFile::encodeName(src + QStringLiteral("/closed")).constData(), 0000), 0);
        const QString zip = path(QStringLiteral("out.zip"));
        QStringList args {QStringLiteral("archive"), QStringLiteral("create"), zip, src};
        if (failOnUnreadable)
            args.insert(2, QStringLiteral("--fail-on-unreadable"));
        if (::geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv (util-linux)");
        CoffreResult r = coffreBoundByPermissions(args);
        ::chmod(QFile::encodeName(src + QStringLiteral("/closed")).constData(), 0755);
        if (failOnUnreadable) {
            QCOMPARE(r.exitCode, ExitCode::Failure);
            QVERIFY2(r.errText().contains(QLatin1String("/closed"))
                    || r.errText().contains(QLatin1String("/locked.txt")),
                r.err.constData());
            QVERIFY(!QFileInfo::exists(zip));
            QCOMPARE(namesIn(m_dir->path()), QStringList({QStringLiteral("src")}));
            return;
        }
        QCOMPARE(r.exitCode, ExitCode::Ok);
        const QString err = r.errText();
        QVERIFY2(err.contains(QStringLiteral("warning: %1/locked.txt: ").arg(src)), r.err.constData());
        QVERIFY2(err.contains(QStringLiteral("warning: %1/closed: ").arg(src)), r.err.constData());
        QCOMPARE(r.err.count('\n'), 2);
        QVERIFY(AF::checkWithTools(zip).isEmpty());
        r = coffre({QStringLiteral("archive"), QStringLiteral("list"), zip});
        const QString listed = r.outText();
        QVERIFY(listed.contains(QLatin1String("src/a.txt")) && listed.contains(QLatin1String("src/z.txt")));
        QVERIFY(listed.contains(QLatin1String("src/closed/"))); // kept, empty
        QVERIFY(
            !listed.contains(QLatin1String("locked.txt")) && !listed.contains(QLatin1String("inner.txt")));
    }

    // Creating and naming a file needs write and search permission on its folder, not read.
    void writeOnlyOutputFolder()
    {
        if (::geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("running as root without setpriv (util-linux)");
        const QString src = path(QStringLiteral("src"));
        AF::writeFile(src + QStringLiteral("/a.txt"), "a");
        const QString outDir = path(QStringLiteral("drop-box"));
        QVERIFY(QDir().mkpath(outDir));
        QCOMPARE(::chmod(QFile::encodeName(outDir).constData(), 0333), 0);
        const CoffreResult r = coffreBoundByPermissions(
            {QStringLiteral("archive"), QStringLiteral("create"), outDir + QStringLiteral("/out.zip"), src});
        ::chmod(QFile::encodeName(outDir).constData(), 0755);
        QVERIFY2(r.exitCode == ExitCode::Ok, r.err.constData());
        QCOMPARE(namesIn(outDir), QStringList {QStringLiteral("out.zip")});
        QVERIFY(AF::checkWithTools(outDir + QStringLiteral("/out.zip")).isEmpty());
    }

    void existingOutputIsKept()
    {
        AF::writeFile(path(QStringLiteral("src/a")), "a");
        AF::writeFile(path(QStringLiteral("out.zip")), "mine");
        const CoffreResult r = coffre({QStringLiteral("archive"), QStringLiteral("create"),
            path(QStringLiteral("out.zip")), path(QStringLiteral("src"))});
        QCOMPARE(r.exitCode, ExitCode::Failure);
        QFile f(path(QStringLiteral("out.zip")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("mine"));
    }
};

QTEST_GUILESS_MAIN(TestArchiveCli)
#include "tst_archivecli.moc"
