// `coffre profile add|list|show|rm` through the real binary with private XDG dirs:
// --json output parsed back, and every error one line on stderr with its exit status.
#include "CoffreProcess.h"
#include "TestEnvironment.h"
#include "backup/RunHistory.h"
#include "backup/Schedule.h"
#include "cli/ExitCode.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Coffre;

class TestProfileCli : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;
    QString m_source;

    CoffreResult coffre(const QStringList &args)
    {
        return CoffreProcess::run(args, m_env.processEnvironment());
    }

    QString profilesFile() const
    {
        return QDir(m_env.configHome()).filePath(QStringLiteral("coffre/profiles.json"));
    }

    QJsonArray listJson()
    {
        const CoffreResult r
            = coffre({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        if (r.exitCode != ExitCode::Ok)
            qWarning() << r.errText();
        return QJsonDocument::fromJson(r.out).array();
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<none>");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_env.isValid());
        QVERIFY2(QFileInfo(CoffreProcess::binary()).isExecutable(), qPrintable(CoffreProcess::binary()));
        m_source = QDir(m_env.root()).filePath(QStringLiteral("Photos"));
        QVERIFY(QDir().mkpath(m_source));
    }

    void init() { QFile::remove(profilesFile()); }

    void addListShowRemove()
    {
        const CoffreResult add
            = coffre({QStringLiteral("profile"), QStringLiteral("add"), QString::fromUtf8("Mes Photos été"),
                QStringLiteral("--source"), m_source, QStringLiteral("--source"), m_env.root(),
                QStringLiteral("--exclude"), QStringLiteral("*.tmp"), QStringLiteral("--exclude"),
                QStringLiteral(".cache/"), QStringLiteral("--remote"), QStringLiteral("/Backups/Photos/"),
                QStringLiteral("--weekly"), QStringLiteral("mon,thu@21:30"), QStringLiteral("--keep-last"),
                QStringLiteral("3"), QStringLiteral("--keep-daily"), QStringLiteral("7"),
                QStringLiteral("--keep-weekly"), QStringLiteral("4"), QStringLiteral("--keep-monthly"),
                QStringLiteral("12"), QStringLiteral("--keep-yearly"), QStringLiteral("all"),
                QStringLiteral("--keep-hourly"), QStringLiteral("24"), QStringLiteral("--keep-within"),
                QStringLiteral("30d"), QStringLiteral("--level"), QStringLiteral("9"),
                QStringLiteral("--follow-symlinks"), QStringLiteral("--fail-on-unreadable")});
        QVERIFY2(add.exitCode == ExitCode::Ok, add.err.constData());
        QVERIFY2(add.err.isEmpty(), add.err.constData());
        QCOMPARE(add.out.count('\n'), 1);
        QVERIFY(add.outText().contains(QLatin1String("mes-photos-ete")));

        const QJsonArray list = listJson();
        QCOMPARE(list.size(), 1);
        const QJsonObject p = list.at(0).toObject();
        QCOMPARE(p.value(QStringLiteral("name")).toString(), QString::fromUtf8("Mes Photos été"));
        QCOMPARE(p.value(QStringLiteral("slug")).toString(), QStringLiteral("mes-photos-ete"));
        QCOMPARE(p.value(QStringLiteral("sources")).toArray(),
            (QJsonArray {QDir::cleanPath(m_source), QDir::cleanPath(m_env.root())}));
        QCOMPARE(p.value(QStringLiteral("excludes")).toArray(),
            (QJsonArray {QStringLiteral("*.tmp"), QStringLiteral(".cache/")}));
        QCOMPARE(p.value(QStringLiteral("remote")).toString(), QStringLiteral("/Backups/Photos"));
        QCOMPARE(p.value(QStringLiteral("schedule")).toString(), QStringLiteral("weekly mon,thu@21:30"));
        QCOMPARE(p.value(QStringLiteral("level")).toInt(), 9);
        QCOMPARE(p.value(QStringLiteral("symlinks")).toString(), QStringLiteral("follow"));
        QCOMPARE(p.value(QStringLiteral("unreadable")).toString(), QStringLiteral("fail"));
        const QJsonObject retention = p.value(QStringLiteral("retention")).toObject();
        QCOMPARE(retention.value(QStringLiteral("last")).toInt(), 3);
        QCOMPARE(retention.value(QStringLiteral("hourly")).toInt(), 24);
        QCOMPARE(retention.value(QStringLiteral("daily")).toInt(), 7);
        QCOMPARE(retention.value(QStringLiteral("weekly")).toInt(), 4);
        QCOMPARE(retention.value(QStringLiteral("monthly")).toInt(), 12);
        QCOMPARE(retention.value(QStringLiteral("yearly")).toInt(), -1);
        QCOMPARE(retention.value(QStringLiteral("within")).toString(), QStringLiteral("30d"));

        const CoffreResult text = coffre({QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, ExitCode::Ok);
        QVERIFY(text.outText().contains(QString::fromUtf8("Mes Photos été")));
        QVERIFY(text.outText().contains(QLatin1String("weekly mon,thu@21:30")));

        // show, by name and by slug, text and JSON.
        const CoffreResult show = coffre({QStringLiteral("profile"), QStringLiteral("show"),
            QStringLiteral("mes-photos-ete"), QStringLiteral("--json")});
        QVERIFY2(show.exitCode == ExitCode::Ok, show.err.constData());
        const QJsonObject shown = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(shown.value(QStringLiteral("name")).toString(), QString::fromUtf8("Mes Photos été"));
        QVERIFY(shown.value(QStringLiteral("lastVerifiedSuccess")).isNull());
        QVERIFY(
            QDateTime::fromString(shown.value(QStringLiteral("nextDue")).toString(), Qt::ISODate).isValid());
        const CoffreResult showText = coffre(
            {QStringLiteral("profile"), QStringLiteral("show"), QString::fromUtf8("Mes Photos été")});
        QCOMPARE(showText.exitCode, ExitCode::Ok);
        for (const char *word :
            {"Sources:", "Excludes:", "Remote:", "Schedule:", "Retention:", "Next run:", "*.tmp"})
            QVERIFY2(showText.outText().contains(QLatin1String(word)), word);

        const CoffreResult rm
            = coffre({QStringLiteral("profile"), QStringLiteral("rm"), QString::fromUtf8("Mes Photos été")});
        QVERIFY2(rm.exitCode == ExitCode::Ok, rm.err.constData());
        QCOMPARE(listJson().size(), 0);
        const CoffreResult empty = coffre({QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(empty.exitCode, ExitCode::Ok);
        QVERIFY(empty.outText().contains(QLatin1String("No profiles")));
    }

    void showReadsTheHistory()
    {
        QVERIFY(coffre({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Docs"),
                           QStringLiteral("--source"), m_source, QStringLiteral("--remote"),
                           QStringLiteral("/d"), QStringLiteral("--daily"), QStringLiteral("02:00")})
                    .exitCode
            == ExitCode::Ok);
        RunRecord good;
        good.profile = QStringLiteral("Docs");
        good.startUtc = QDateTime(QDate(2024, 1, 1), QTime(2, 0), Qt::UTC);
        good.endUtc = good.startUtc.addSecs(60);
        good.result = RunRecord::Result::Ok;
        good.verified = true;
        good.archiveName = QStringLiteral("docs_2024-01-01_02-00-00Z.zip");
        RunRecord failed = good;
        failed.startUtc = good.startUtc.addDays(1);
        failed.result = RunRecord::Result::Failed;
        failed.verified = false;
        // Where the `coffre` binary looks (this test's own app name differs).
        RunHistory history(QDir(m_env.dataHome()).filePath(QStringLiteral("coffre/history.jsonl")));
        QVERIFY(history.append(good));
        QVERIFY(history.append(failed));

        const CoffreResult r = coffre({QStringLiteral("profile"), QStringLiteral("show"),
            QStringLiteral("Docs"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == ExitCode::Ok, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(
            QDateTime::fromString(json.value(QStringLiteral("lastVerifiedSuccess")).toString(), Qt::ISODate),
            good.startUtc);
        // The binary runs in the same local zone as this test.
        const auto expected
            = Schedule::daily(QTime(2, 0)).nextDue(good.startUtc, QDateTime::currentDateTimeUtc());
        QCOMPARE(
            QDateTime::fromString(json.value(QStringLiteral("nextDue")).toString(), Qt::ISODate), *expected);
        const CoffreResult text
            = coffre({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("Docs")});
        QVERIFY2(text.outText().contains(QLatin1String("docs_2024-01-01_02-00-00Z.zip, verified")),
            text.out.constData());
        QVERIFY(text.outText().contains(QLatin1String("due now")));
        QVERIFY(QFile::remove(history.filePath()));
    }

    void relativeSourceIsMadeAbsolute()
    {
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_env.root()));
        const CoffreResult add = coffre({QStringLiteral("profile"), QStringLiteral("add"),
            QStringLiteral("Rel"), QStringLiteral("--source"), QStringLiteral("Photos/../Photos"),
            QStringLiteral("--remote"), QStringLiteral("/")});
        QDir::setCurrent(previous);
        QVERIFY2(add.exitCode == ExitCode::Ok, add.err.constData());
        QCOMPARE(listJson().at(0).toObject().value(QStringLiteral("sources")).toArray(),
            QJsonArray {QDir::cleanPath(m_source)});
    }

    void missingSourceIsAWarningOnly()
    {
        const CoffreResult add = coffre({QStringLiteral("profile"), QStringLiteral("add"),
            QStringLiteral("Usb"), QStringLiteral("--source"), QStringLiteral("/media/not-mounted-disk"),
            QStringLiteral("--remote"), QStringLiteral("/usb")});
        QCOMPARE(add.exitCode, ExitCode::Ok);
        QVERIFY(add.errText().contains(QLatin1String("warning")));
        QCOMPARE(listJson().size(), 1);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QString src = QStringLiteral("/tmp");
        auto add = [&](const QStringList &more) {
            return QStringList {QStringLiteral("profile"), QStringLiteral("add")} + more;
        };
        QTest::newRow("no name") << add(
            {QStringLiteral("--source"), src, QStringLiteral("--remote"), QStringLiteral("/")})
                                 << ExitCode::Usage << "NAME";
        QTest::newRow("two names") << add({QStringLiteral("a"), QStringLiteral("b"),
            QStringLiteral("--source"), src, QStringLiteral("--remote"), QStringLiteral("/")})
                                   << ExitCode::Usage << "'b'";
        QTest::newRow("no source") << add(
            {QStringLiteral("x"), QStringLiteral("--remote"), QStringLiteral("/")})
                                   << ExitCode::Usage << "--source";
        QTest::newRow("no remote") << add({QStringLiteral("x"), QStringLiteral("--source"), src})
                                   << ExitCode::Usage << "--remote";
        const QStringList base {QStringLiteral("x"), QStringLiteral("--source"), src,
            QStringLiteral("--remote"), QStringLiteral("/B")};
        QTest::newRow("two schedules") << add(base
            + QStringList {QStringLiteral("--every"), QStringLiteral("6h"), QStringLiteral("--daily"),
                QStringLiteral("02:00")})
                                       << ExitCode::Usage << "one schedule";
        QTest::newRow("bad every") << add(
            base + QStringList {QStringLiteral("--every"), QStringLiteral("6x")})
                                   << ExitCode::Usage << "--every";
        QTest::newRow("bad daily") << add(
            base + QStringList {QStringLiteral("--daily"), QStringLiteral("25:00")})
                                   << ExitCode::Usage << "--daily";
        QTest::newRow("bad weekly") << add(
            base + QStringList {QStringLiteral("--weekly"), QStringLiteral("funday@10:00")})
                                    << ExitCode::Usage << "funday";
        QTest::newRow("bad keep") << add(
            base + QStringList {QStringLiteral("--keep-daily"), QStringLiteral("seven")})
                                  << ExitCode::Usage << "--keep-daily";
        QTest::newRow("negative keep")
            << add(base + QStringList {QStringLiteral("--keep-last"), QStringLiteral("-3")})
            << ExitCode::Usage << "--keep-last";
        QTest::newRow("bad within") << add(
            base + QStringList {QStringLiteral("--keep-within"), QStringLiteral("30x")})
                                    << ExitCode::Usage << "--keep-within";
        QTest::newRow("bad level") << add(
            base + QStringList {QStringLiteral("--level"), QStringLiteral("12")})
                                   << ExitCode::Usage << "--level";
        QTest::newRow("unknown option") << add(base + QStringList {QStringLiteral("--keep-forever")})
                                        << ExitCode::Usage << "keep-forever";
        QTest::newRow("reserved remote") << add({QStringLiteral("x"), QStringLiteral("--source"), src,
            QStringLiteral("--remote"), QStringLiteral("/it's")})
                                         << ExitCode::Config << "1fichier";
        QTest::newRow("relative remote") << add({QStringLiteral("x"), QStringLiteral("--source"), src,
            QStringLiteral("--remote"), QStringLiteral("Backups")})
                                         << ExitCode::Config << "start with /";
        QTest::newRow("name without slug") << add({QString::fromUtf8("写真"), QStringLiteral("--source"), src,
            QStringLiteral("--remote"), QStringLiteral("/")})
                                           << ExitCode::Config << "letter";
        QTest::newRow("show unknown")
            << QStringList {QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("nope")}
            << ExitCode::Config << "nope";
        QTest::newRow("show without name")
            << QStringList {QStringLiteral("profile"), QStringLiteral("show")} << ExitCode::Usage << "NAME";
        QTest::newRow("rm unknown") << QStringList {QStringLiteral("profile"), QStringLiteral("rm"),
            QStringLiteral("nope")} << ExitCode::Config
                                    << "nope";
        QTest::newRow("list with argument")
            << QStringList {QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("x")}
            << ExitCode::Usage << "no arguments";
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const CoffreResult r = coffre(args);
        QVERIFY2(r.exitCode == exitCode,
            qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.errText())));
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.count('\n') == 1, r.err.constData());
        QVERIFY2(r.errText().startsWith(QLatin1String("coffre: ")), r.err.constData());
        QVERIFY2(r.errText().contains(mentions), r.err.constData());
        QVERIFY(!QFile::exists(profilesFile()));
    }

    void duplicateNames()
    {
        const QStringList args {QStringLiteral("profile"), QStringLiteral("add"), QString::fromUtf8("Été"),
            QStringLiteral("--source"), m_source, QStringLiteral("--remote"), QStringLiteral("/")};
        QCOMPARE(coffre(args).exitCode, ExitCode::Ok);
        const QByteArray before = fileBytes(profilesFile());
        const CoffreResult same = coffre(args);
        QCOMPARE(same.exitCode, ExitCode::Config);
        QCOMPARE(same.err.count('\n'), 1);
        QStringList sameSlug = args;
        sameSlug[2] = QStringLiteral("ETE");
        const CoffreResult slug = coffre(sameSlug);
        QCOMPARE(slug.exitCode, ExitCode::Config);
        QVERIFY2(slug.errText().contains(QLatin1String("\"ete_...\"")), slug.err.constData());
        QCOMPARE(fileBytes(profilesFile()), before);
    }

    void brokenFileIsReportedAndKept_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("syntax") << QByteArray("{\n \"version\": 1,\n \"profiles\": [,]\n}") << "line 3";
        QTest::newRow("newer") << QByteArray("{\"version\": 7, \"profiles\": []}") << "newer";
        QTest::newRow("field") << QByteArray(R"({"version": 1, "profiles": [{"name": "A", "sources": ["/a"],
            "remote": "/", "levle": 3}]})")
                               << "levle";
    }

    void brokenFileIsReportedAndKept()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        QDir().mkpath(QFileInfo(profilesFile()).absolutePath());
        {
            QFile file(profilesFile());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QList<QStringList> commands {{QStringLiteral("profile"), QStringLiteral("list")},
            {QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")},
            {QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("A")},
            {QStringLiteral("profile"), QStringLiteral("rm"), QStringLiteral("A")},
            {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("B"),
                QStringLiteral("--source"), m_source, QStringLiteral("--remote"), QStringLiteral("/")}};
        for (const QStringList &args : commands) {
            const CoffreResult r = coffre(args);
            QVERIFY2(r.exitCode == ExitCode::Config, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.count('\n') == 1, r.err.constData());
            QVERIFY2(r.errText().contains(mentions), r.err.constData());
            QVERIFY2(r.errText().contains(profilesFile()), r.err.constData());
        }
        QCOMPARE(fileBytes(profilesFile()), content);
    }
};

QTEST_GUILESS_MAIN(TestProfileCli)
#include "tst_profilecli.moc"
