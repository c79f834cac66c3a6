// The headless commands a cron user relies on, through the real `coffre` binary against
// the 1fichier stand-in: profile add → run → backups → prune → restore, exit codes, and
// the API key never leaking into files or output. SIGKILL in each phase is in the fault
// matrix (tests/reliability/tst_faultmatrix_cli).
#include "CoffreProcess.h"
#include "FakeFichier.h"
#include "LeakScan.h"
#include "TestEnvironment.h"
#include "TestFiles.h"
#include "cli/ExitCode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace Coffre;
using namespace TestFiles;

class TestCliBackup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<FakeFichier> m_fake;
    QString m_source;
    QList<QPair<QString, QByteArray>> m_captures;

    QProcessEnvironment env(const QString &key = {}) const
    {
        QProcessEnvironment e = m_fake->environment(m_env->processEnvironment());
        if (!key.isEmpty())
            e.insert(QStringLiteral("COFFRE_API_KEY"), key);
        return e;
    }

    CoffreResult coffre(const QStringList &args, const QString &key = {})
    {
        const CoffreResult r = CoffreProcess::run(args, env(key));
        m_captures.append({args.join(u' ') + QLatin1String(" (stdout)"), r.out});
        m_captures.append({args.join(u' ') + QLatin1String(" (stderr)"), r.err});
        return r;
    }

    void addProfile(const QStringList &extra = {})
    {
        const CoffreResult r
            = coffre(QStringList {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("docs"),
                         QStringLiteral("--source"), m_source, QStringLiteral("--remote"),
                         QStringLiteral("/Backups/docs"), QStringLiteral("--keep-last"), QStringLiteral("2")}
                + extra);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    QStringList tempFiles() const { return leftoverFiles(m_env->cacheHome()); }

private slots:
    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        m_source = m_env->root() + QLatin1String("/docs");
        QVERIFY(writeFile(m_source + QLatin1String("/a.txt"), "alpha\n"));
        QVERIFY(writeFile(m_source + QLatin1String("/sub/b.bin"), pseudoRandom(50000, 7)));
        m_fake = std::make_unique<FakeFichier>();
        QVERIFY2(m_fake->start(), qPrintable(m_fake->errorString()));
        m_captures.clear();
    }

    void cleanup()
    {
        m_fake.reset();
        m_env.reset();
    }

    void runListPruneRestore()
    {
        addProfile();
        for (int i = 0; i < 3; ++i) {
            const CoffreResult run = coffre({QStringLiteral("run"), QStringLiteral("docs")});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY(run.outText().contains(QLatin1String("verified")));
            QTest::qWait(1100); // archive names have one-second resolution
        }
        const CoffreResult list
            = coffre({QStringLiteral("backups"), QStringLiteral("docs"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray backups = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(backups.size(), 2); // keep-last 2 pruned the first one during the third run
        QVERIFY(backups.at(0)
                    .toObject()
                    .value(QStringLiteral("name"))
                    .toString()
                    .startsWith(QLatin1String("docs_")));

        const CoffreResult plan = coffre({QStringLiteral("prune"), QStringLiteral("docs"),
            QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(plan.exitCode, 0);
        const QJsonArray items = QJsonDocument::fromJson(plan.out).array();
        QCOMPARE(items.size(), 2);
        for (const QJsonValue &item : items) {
            QVERIFY(item.toObject().value(QStringLiteral("keep")).toBool());
            QVERIFY(!item.toObject().value(QStringLiteral("reasons")).toArray().isEmpty());
        }

        const QString target = m_env->root() + QLatin1String("/restored");
        const CoffreResult restore = coffre({QStringLiteral("restore"), QStringLiteral("docs"),
            QStringLiteral("latest"), QStringLiteral("--to"), target});
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        QFile b(target + QLatin1String("/docs/sub/b.bin"));
        QVERIFY(b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), pseudoRandom(50000, 7));
        QVERIFY2(tempFiles().isEmpty(), qPrintable(tempFiles().join(u' ')));

        // Restoring again into the same folder never overwrites what is there.
        const CoffreResult again = coffre({QStringLiteral("restore"), QStringLiteral("docs"),
            QStringLiteral("latest"), QStringLiteral("--to"), target});
        QCOMPARE(again.exitCode, ExitCode::Failure);
        QCOMPARE(again.err.count('\n'), 1);
    }

    void pacingPreferenceAppliesToTheCli()
    {
        // The app's Settings write coffre.conf; cron's `coffre run` must space its requests
        // the same way, since both share the account's request budget.
        addProfile();
        QVERIFY(
            !m_fake->seedFile(QStringLiteral("/Backups/docs"), QStringLiteral("other.txt"), "x").isEmpty());
        const auto gaps = [&] {
            const qint64 since = QDateTime::currentMSecsSinceEpoch();
            const CoffreResult r = coffre({QStringLiteral("backups"), QStringLiteral("docs")});
            QList<qint64> starts;
            for (const FakeLogEntry &e : m_fake->requestLog()) {
                if (e.tMs >= since)
                    starts << e.tMs;
            }
            std::sort(starts.begin(), starts.end());
            QList<qint64> result;
            for (qsizetype i = 1; i < starts.size(); ++i)
                result << starts.at(i) - starts.at(i - 1);
            return std::make_pair(r.exitCode, result);
        };
        const auto [defaultExit, defaultGaps] = gaps();
        QCOMPARE(defaultExit, 0);
        QVERIFY(defaultGaps.size() >= 2); // the folder walk and the listing
        QVERIFY2(*std::min_element(defaultGaps.cbegin(), defaultGaps.cend()) < 1100,
            "with the default pacing the requests are closer than the slow setting");

        const QString conf = m_env->configHome() + QLatin1String("/coffre/coffre.conf");
        QDir().mkpath(QFileInfo(conf).absolutePath());
        QFile f(conf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[network]\nrequestSpacingMs=1200\n");
        f.close();
        const auto [slowExit, slowGaps] = gaps();
        QCOMPARE(slowExit, 0);
        QVERIFY(slowGaps.size() >= 2);
        // Starts are paced, and logged by the stand-in as they arrive: allow transit jitter.
        for (qint64 gap : slowGaps)
            QVERIFY2(gap >= 1150, qPrintable(QStringLiteral("requests %1 ms apart").arg(gap)));
    }

    void runDueRunsOnlyDueProfiles()
    {
        addProfile({QStringLiteral("--daily"), QStringLiteral("03:00")});
        const CoffreResult first = coffre({QStringLiteral("run"), QStringLiteral("--due")});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(m_fake->countCalls(QStringLiteral("upload.cgi")), 1); // never backed up: due now
        const CoffreResult second = coffre({QStringLiteral("run"), QStringLiteral("--due")});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(m_fake->countCalls(QStringLiteral("upload.cgi")), 1); // not due again today
        QVERIFY(second.out.isEmpty()); // cron stays quiet
    }

    void errorsAreOneLineWithTheirExitCode()
    {
        addProfile();
        const CoffreResult badKey = coffre({QStringLiteral("run"), QStringLiteral("docs")},
            QStringLiteral("ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ"));
        QCOMPARE(badKey.exitCode, ExitCode::Auth);
        QCOMPARE(badKey.err.count('\n'), 1);
        QVERIFY(badKey.errText().contains(QLatin1String("params.pl")));
        QCOMPARE(m_fake->countCalls(QStringLiteral("upload.cgi")), 0);

        const CoffreResult unknown = coffre({QStringLiteral("run"), QStringLiteral("nope")});
        QCOMPARE(unknown.exitCode, ExitCode::Config);
        QCOMPARE(unknown.err.count('\n'), 1);

        const CoffreResult usage = coffre({QStringLiteral("run")});
        QCOMPARE(usage.exitCode, ExitCode::Usage);

        QVERIFY(QDir().rename(m_source, m_source + QLatin1String(".moved")));
        const CoffreResult missing = coffre({QStringLiteral("run"), QStringLiteral("docs")});
        QCOMPARE(missing.exitCode, ExitCode::Config);
        QVERIFY(missing.errText().contains(m_source));
    }

    void apiKeyNeverLeaks()
    {
        addProfile();
        QVERIFY(
            coffre({QStringLiteral("--debug"), QStringLiteral("run"), QStringLiteral("docs")}).exitCode == 0);
        coffre({QStringLiteral("--debug"), QStringLiteral("backups"), QStringLiteral("docs")});
        coffre({QStringLiteral("--debug"), QStringLiteral("prune"), QStringLiteral("docs"),
            QStringLiteral("--dry-run")});
        const QString wrongKey = QStringLiteral("WRONGwrongWRONGwrongWRONGwrong12");
        QCOMPARE(coffre({QStringLiteral("--debug"), QStringLiteral("run"), QStringLiteral("docs")}, wrongKey)
                     .exitCode,
            ExitCode::Auth);

        // A run in progress: its argv holds no key (the key comes from the environment).
        QProcess process;
        process.setProcessEnvironment(env());
        QVERIFY(m_fake->setFaults(QStringLiteral("slow:ms=2000:path=/upload.cgi")));
        process.start(CoffreProcess::binary(), {QStringLiteral("run"), QStringLiteral("docs")});
        QVERIFY(process.waitForStarted());
        const QByteArray argv = LeakScan::commandLineOf(process.processId());
        QVERIFY(!argv.isEmpty());
        QVERIFY(!argv.contains(m_fake->apiKey().toLatin1()));
        QVERIFY(process.waitForFinished(60000));
        m_captures.append({QStringLiteral("background run"), process.readAll()});

        for (const QString &key : {m_fake->apiKey(), wrongKey}) {
            int scanned = 0;
            const auto hits = LeakScan::findSecret(
                {m_env->configHome(), m_env->dataHome(), m_env->cacheHome()}, key.toLatin1(), &scanned);
            QVERIFY2(hits.isEmpty(), qPrintable(LeakScan::describe(hits)));
            QVERIFY(scanned >= 2); // profiles.json and history.jsonl at least
            const auto outHits = LeakScan::findSecretIn(m_captures, key.toLatin1());
            QVERIFY2(outHits.isEmpty(), qPrintable(LeakScan::describe(outHits)));
        }
        // The stand-in's own log and data never hold it either.
        const auto fakeHits = LeakScan::findSecret({m_fake->dataDir()}, m_fake->apiKey().toLatin1());
        QVERIFY2(fakeHits.isEmpty(), qPrintable(LeakScan::describe(fakeHits)));
        QFile log(m_fake->logPath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const auto logHits
            = LeakScan::findSecretIn({{m_fake->logPath(), log.readAll()}}, m_fake->apiKey().toLatin1());
        QVERIFY2(logHits.isEmpty(), qPrintable(LeakScan::describe(logHits)));
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
