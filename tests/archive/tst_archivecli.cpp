// `coffre archive create|list|test|extract` through the real binary: output, warnings,
// exit statuses, and no progress noise when the output is not a terminal.
#include "ArchiveFixtures.h"
#include "CoffreProcess.h"
#include "TestEnvironment.h"
#include "cli/ExitCode.h"

#include <QtTest>

#include <sys/stat.h>

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
