// Whole backup runs against the 1fichier stand-in over loopback, through the real client:
// upload + verification, retention across repeated runs, the lock, cancelling, API
// economy, and a restore round trip. Faults in each phase are the fault matrix's
// (tests/reliability/tst_faultmatrix).
#include "FakeFichier.h"
#include "MockClock.h"
#include "TestEnvironment.h"
#include "TestFiles.h"
#include "backup/BackupName.h"
#include "backup/BackupRun.h"
#include "backup/RestoreRun.h"
#include "backup/RunHistory.h"
#include "backup/RunLock.h"
#include "cli/ExitCode.h"
#include "core/AppPaths.h"
#include "fichier/FichierClient.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Coffre;
using namespace TestFiles;

namespace {

QDateTime utc(const char *iso)
{
    auto t = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

class TestBackupRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<FakeFichier> m_fake;
    std::unique_ptr<FichierClient> m_client;
    QString m_source;

    bool startFake(const FakeFichier::Options &options = {})
    {
        m_fake = std::make_unique<FakeFichier>(options);
        if (!m_fake->start()) {
            qWarning("%s", qPrintable(m_fake->errorString()));
            return false;
        }
        m_client = makeClient(m_fake->apiKey());
        return true;
    }

    std::unique_ptr<FichierClient> makeClient(const QString &key)
    {
        FichierConfig config = m_fake->clientConfig();
        config.apiKey = key;
        config.floodPauseMs = 1000;
        return std::make_unique<FichierClient>(config);
    }

    Profile profile(const QString &name = QStringLiteral("Laptop docs")) const
    {
        Profile p;
        p.name = name;
        p.sources = {m_source};
        p.remotePath = QStringLiteral("/Backups/laptop");
        p.retention.keepLast = 3;
        return p;
    }

    RunOutcome runOnce(const Profile &p, const Clock &clock, RunOptions options = {})
    {
        options.verifyListDelayMs = 200;
        // These runs are dated 2024 by a MockClock while the stand-in dates uploads now:
        // the clock check would rightly hold every deletion back (tst_faultmatrix tests it).
        options.maxClockSkewSecs = 0;
        BackupRun run(p, m_client.get(), clock, options);
        QSignalSpy finished(&run, &BackupRun::finished);
        run.start();
        if (finished.isEmpty() && !finished.wait(120000))
            return {};
        return finished.first().first().value<RunOutcome>();
    }

    QStringList remoteNames(const QString &folder = QStringLiteral("/Backups/laptop"))
    {
        std::unique_ptr<FolderIdJob> id(m_client->resolveFolder(folder));
        if (!id->waitForFinished())
            return {QStringLiteral("<no folder>")};
        std::unique_ptr<FileListJob> list(m_client->listFiles(id->result()));
        if (!list->waitForFinished())
            return {QStringLiteral("<list failed>")};
        QStringList names;
        for (const FileEntry &f : list->result())
            names << f.filename;
        names.sort();
        return names;
    }

    static QStringList leftoverTempFiles() { return leftoverFiles(AppPaths::cacheDir()); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<RunOutcome>();
        qRegisterMetaType<RunProgress>();
    }

    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        m_env->applyToThisProcess();
        m_source = m_env->root() + QLatin1String("/src");
        QVERIFY(writeFile(m_source + QLatin1String("/notes/todo.txt"), "buy milk\n"));
        QVERIFY(writeFile(m_source + QLatin1String("/photos/été 2024.jpg"), QByteArray(70000, 'x') + "tail"));
        QVERIFY(writeFile(m_source + QLatin1String("/empty.bin"), {}));
        QDir().mkpath(m_source + QLatin1String("/empty folder"));
    }

    void cleanup()
    {
        m_client.reset();
        m_fake.reset();
        m_env.reset();
    }

    void fullRunUploadsAndVerifies()
    {
        QVERIFY(startFake());
        MockClock clock(utc("2024-03-10T08:00:00"));
        const Profile p = profile();
        QList<RunPhase> phases;
        BackupRun run(p, m_client.get(), clock);
        connect(&run, &BackupRun::progress, this, [&](const RunProgress &pr) {
            if (phases.isEmpty() || phases.last() != pr.phase)
                phases << pr.phase;
        });
        QSignalSpy finished(&run, &BackupRun::finished);
        run.start();
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.first().first().value<RunOutcome>();
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.record.error));
        QCOMPARE(outcome.exitCode, ExitCode::Ok);
        QVERIFY(outcome.record.verified);
        QCOMPARE(outcome.record.archiveName, QStringLiteral("laptop-docs_2024-03-10_08-00-00Z.zip"));
        QCOMPARE(outcome.record.files, 3);
        QVERIFY(outcome.record.url.startsWith(QLatin1String("https://1fichier.com/?")));
        QCOMPARE(phases,
            (QList<RunPhase> {RunPhase::Preparing, RunPhase::Zipping, RunPhase::ResolvingFolder,
                RunPhase::Uploading, RunPhase::Verifying, RunPhase::Pruning, RunPhase::Finished}));
        QCOMPARE(remoteNames(), QStringList {outcome.record.archiveName});
        QVERIFY2(leftoverTempFiles().isEmpty(), qPrintable(leftoverTempFiles().join(u' ')));

        RunHistory history;
        const auto last = history.lastVerifiedSuccess(p.name);
        QVERIFY(last.has_value());
        QCOMPARE(last->archiveName, outcome.record.archiveName);
        QCOMPARE(last->size, outcome.record.size);
    }

    void restoreRoundTrip()
    {
        QVERIFY(startFake());
        MockClock clock(utc("2024-03-10T08:00:00"));
        const auto outcome = runOnce(profile(), clock);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.record.error));

        std::unique_ptr<FolderIdJob> id(m_client->resolveFolder(QStringLiteral("/Backups/laptop")));
        QVERIFY(id->waitForFinished());
        std::unique_ptr<FileListJob> list(m_client->listFiles(id->result()));
        QVERIFY(list->waitForFinished());
        QCOMPARE(list->result().size(), 1);

        const QString target = m_env->root() + QLatin1String("/restored");
        RestoreRun restore(list->result().first(), target, m_client.get());
        QSignalSpy done(&restore, &RestoreRun::finished);
        restore.start();
        QVERIFY(done.wait(60000));
        const auto result = done.first().first().value<RestoreRun::Outcome>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.files, 3);
        QCOMPARE(readTree(target + QLatin1String("/src")), readTree(m_source));
        QVERIFY(QFileInfo(target + QLatin1String("/src/empty folder")).isDir());
        QVERIFY2(leftoverTempFiles().isEmpty(), qPrintable(leftoverTempFiles().join(u' ')));
    }

    // Retention over a sequence of runs, with the expected remote content written out by
    // hand (not computed by RetentionPolicy), and files that are not this profile's backups.
    void repeatedRunsKeepWhatThePolicySays()
    {
        QVERIFY(startFake());
        m_fake->seedFile(QStringLiteral("/Backups/laptop"), QStringLiteral("notes.txt"), "mine");
        m_fake->seedFile(
            QStringLiteral("/Backups/laptop"), QStringLiteral("other_2024-01-01_00-00-00Z.zip"), "x");
        Profile p = profile(QStringLiteral("lap"));
        p.retention = {};
        p.retention.keepLast = 2;
        p.retention.keepDaily = 3;
        MockClock clock;
        const char *times[] = {"2024-03-01T09:00:00", "2024-03-01T18:00:00", "2024-03-02T09:00:00",
            "2024-03-03T09:00:00", "2024-03-03T12:00:00", "2024-03-04T09:00:00"};
        for (const char *t : times) {
            clock.setNowUtc(utc(t));
            RunOptions options;
            options.zone = QTimeZone::utc();
            const auto outcome = runOnce(p, clock, options);
            QVERIFY2(outcome.succeeded(), qPrintable(outcome.record.error));
        }
        // last 2: 03-04 09:00, 03-03 12:00; daily 3: 03-04, 03-03 (12:00), 03-02 09:00.
        const QStringList expected {QStringLiteral("lap_2024-03-02_09-00-00Z.zip"),
            QStringLiteral("lap_2024-03-03_12-00-00Z.zip"), QStringLiteral("lap_2024-03-04_09-00-00Z.zip"),
            QStringLiteral("notes.txt"), QStringLiteral("other_2024-01-01_00-00-00Z.zip")};
        QCOMPARE(remoteNames(), expected);
    }

    void invalidKeyFailsClearly()
    {
        QVERIFY(startFake());
        m_fake->seedFile(QStringLiteral("/Backups/laptop"),
            BackupName::format(QStringLiteral("laptop-docs"), utc("2024-02-01T10:00:00")), "old");
        m_client = makeClient(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        MockClock clock(utc("2024-03-10T08:00:00"));
        const auto outcome = runOnce(profile(), clock);
        QCOMPARE(outcome.record.result, RunRecord::Result::Failed);
        QCOMPARE(outcome.exitCode, ExitCode::Auth);
        QVERIFY2(outcome.record.error.contains(QLatin1String("1fichier.com/console/params.pl")),
            qPrintable(outcome.record.error));
        QCOMPARE(m_fake->countCalls(QStringLiteral("upload.cgi")), 0);
        QCOMPARE(m_fake->countCalls(QStringLiteral("file/rm.cgi")), 0);
        QVERIFY(leftoverTempFiles().isEmpty());
    }

    void heldLockRefusesSecondRun()
    {
        QVERIFY(startFake());
        const Profile p = profile();
        RunLock holder(p.slug());
        QVERIFY(holder.tryLock());
        MockClock clock(utc("2024-03-10T08:00:00"));
        const auto outcome = runOnce(p, clock);
        QCOMPARE(outcome.exitCode, ExitCode::Locked);
        QCOMPARE(m_fake->requestLog().size(), 0);
        holder.unlock();
        QVERIFY(runOnce(p, clock).succeeded());
    }

    void cancelDuringUploadLeavesNothing()
    {
        FakeFichier::Options options;
        options.faults = QStringLiteral("slow:ms=1500:path=/upload.cgi");
        QVERIFY(startFake(options));
        QStringList old;
        for (int day = 1; day <= 4; ++day) {
            old << BackupName::format(QStringLiteral("laptop-docs"), utc("2024-02-01T10:00:00").addDays(day));
            m_fake->seedFile(QStringLiteral("/Backups/laptop"), old.last(), "old");
        }
        MockClock clock(utc("2024-03-10T08:00:00"));
        BackupRun run(profile(), m_client.get(), clock);
        QSignalSpy finished(&run, &BackupRun::finished);
        connect(&run, &BackupRun::progress, &run, [&](const RunProgress &p) {
            if (p.phase == RunPhase::Uploading)
                run.cancel();
        });
        run.start();
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.first().first().value<RunOutcome>();
        QCOMPARE(outcome.record.result, RunRecord::Result::Cancelled);
        QCOMPARE(outcome.exitCode, ExitCode::Cancelled);
        QVERIFY(leftoverTempFiles().isEmpty());
        QCOMPARE(m_fake->countCalls(QStringLiteral("file/rm.cgi")), 0);
        const QStringList now = remoteNames();
        for (const QString &name : std::as_const(old))
            QVERIFY2(now.contains(name), qPrintable(name));
    }

    // The number of API calls of a run does not grow with the number of old backups, but
    // for file/rm.cgi, which takes the deleted links in batches.
    void apiCallsDoNotGrowWithBackupCount()
    {
        QVERIFY(startFake());
        for (int i = 0; i < 200; ++i)
            m_fake->seedFile(QStringLiteral("/Backups/laptop"),
                BackupName::format(
                    QStringLiteral("laptop-docs"), utc("2023-01-01T00:00:00").addSecs(3600 * i)),
                "o");
        const auto notRm = [](const QList<FakeLogEntry> &log) {
            return int(std::count_if(log.begin(), log.end(), [](const FakeLogEntry &e) {
                return e.role != QLatin1String("control") && !e.path.endsWith(QLatin1String("file/rm.cgi"));
            }));
        };
        MockClock clock(utc("2024-03-10T08:00:00"));
        const auto first = runOnce(profile(), clock); // keep-last 3 with the new one: deletes 198
        QVERIFY2(first.succeeded(), qPrintable(first.record.error));
        QCOMPARE(first.record.pruned, 198);
        const int rmBatches
            = (198 + m_client->config().removeBatchSize - 1) / m_client->config().removeBatchSize;
        QCOMPARE(m_fake->countCalls(QStringLiteral("file/rm.cgi")), rmBatches);
        const int callsWith200 = notRm(m_fake->requestLog());

        clock.advanceDays(1);
        m_client = makeClient(m_fake->apiKey()); // the same cold caches as the first run
        const auto second = runOnce(profile(), clock); // 3 old backups, deletes 1
        QVERIFY(second.succeeded());
        QCOMPARE(second.record.pruned, 1);
        const int callsWith3 = notRm(m_fake->requestLog()) - callsWith200;
        QCOMPARE(callsWith200, callsWith3);
        QVERIFY2(callsWith3 <= 10, qPrintable(QString::number(callsWith3)));
    }

    void dryRunChangesNothing()
    {
        QVERIFY(startFake());
        for (int day = 1; day <= 4; ++day)
            m_fake->seedFile(QStringLiteral("/Backups/laptop"),
                BackupName::format(QStringLiteral("laptop-docs"), utc("2024-02-01T10:00:00").addDays(day)),
                "old");
        const QStringList before = remoteNames();
        MockClock clock(utc("2024-03-10T08:00:00"));
        RunOptions options;
        options.dryRun = true;
        const auto outcome = runOnce(profile(), clock, options);
        QVERIFY(outcome.succeeded());
        QCOMPARE(outcome.plan.items.size(), 5);
        QCOMPARE(outcome.plan.deleteCount(), 2);
        QCOMPARE(m_fake->countCalls(QStringLiteral("upload.cgi")), 0);
        QCOMPARE(m_fake->countCalls(QStringLiteral("file/rm.cgi")), 0);
        QCOMPARE(remoteNames(), before);
        QVERIFY(RunHistory().records().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackupRun)
#include "tst_backuprun.moc"
