// The fault matrix of docs/reliability.md, in-process part: one BackupRun or RestoreRun per
// row against the 1fichier stand-in, with a fault injected in one phase (network faults
// through the stand-in's fault grammar, source-file faults through the archive writer's
// seams, clock jumps through a MockClock). Every row ends with the same checks: the older
// backups are intact (or deleted exactly as retention says, for rows that recover), no temp
// file is left, and the history holds the run with one clear sentence when it failed.
// The row names are the ids of the doc's table; docTableMatchesTests() keeps them in step.
#include "FakeFichier.h"
#include "LeakScan.h"
#include "MatrixSupport.h"
#include "MockClock.h"
#include "TestEnvironment.h"
#include "backup/BackupName.h"
#include "backup/BackupRun.h"
#include "backup/RestoreRun.h"
#include "backup/RunHistory.h"
#include "backup/SystemClock.h"
#include "cli/ExitCode.h"
#include "core/AppPaths.h"
#include "fichier/FichierClient.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QtTest>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

using namespace Coffre;
using namespace MatrixSupport;

namespace {

// What a row's run must end with.
enum Outcome {
    Recovered, // the fault is absorbed: verified backup, retention applied
    Failed, // the run fails with one sentence; nothing old is touched
    PruneFailed, // the backup is verified, deleting old ones failed or was held back
};

const QString kFolder = QStringLiteral("/Backups/laptop");
const QString kProfile = QStringLiteral("Laptop docs");

QDateTime nowSeconds()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<FakeFichier> m_fake;
    std::unique_ptr<FichierClient> m_client;
    QString m_source;

    FichierConfig config() const
    {
        FichierConfig c = m_fake->clientConfig();
        c.floodPauseMs = 1000; // the stand-in's lock is --flood-lock 1
        c.floodMaxPauseMs = 2000;
        c.transferTimeoutMs = 2000; // "timeout" rows: the stand-in never answers
        return c;
    }

    bool startFake()
    {
        FakeFichier::Options options;
        options.extraArgs = {QStringLiteral("--flood-lock"), QStringLiteral("1")};
        m_fake = std::make_unique<FakeFichier>(options);
        if (!m_fake->start()) {
            qWarning("%s", qPrintable(m_fake->errorString()));
            return false;
        }
        m_client = std::make_unique<FichierClient>(config());
        return true;
    }

    Profile profile() const
    {
        Profile p;
        p.name = kProfile;
        p.sources = {m_source};
        p.remotePath = kFolder;
        p.retention.keepLast = 3;
        return p;
    }

    RunOutcome runOnce(const Profile &p, const Clock &clock, RunOptions options = {})
    {
        options.verifyListDelayMs = 200;
        BackupRun run(p, m_client.get(), clock, options);
        QSignalSpy finished(&run, &BackupRun::finished);
        run.start();
        if (finished.isEmpty() && !finished.wait(180000))
            return {};
        return finished.first().first().value<RunOutcome>();
    }

    QList<FileEntry> remoteFiles()
    {
        FichierClient client(config());
        std::unique_ptr<FolderIdJob> id(client.resolveFolder(kFolder));
        if (!id->waitForFinished())
            return {};
        std::unique_ptr<FileListJob> list(client.listFiles(id->result()));
        if (!list->waitForFinished())
            return {};
        return list->result();
    }

    std::optional<FileEntry> remoteFile(const QString &url)
    {
        for (const FileEntry &f : remoteFiles()) {
            if (f.url == url)
                return f;
        }
        return std::nullopt;
    }

    static void checkOutcome(const RunOutcome &run, Outcome outcome, int exitCode)
    {
        switch (outcome) {
        case Recovered:
            QVERIFY2(
                run.succeeded() && run.pruneError.isEmpty(), qPrintable(run.record.error + run.pruneError));
            QVERIFY(run.record.verified);
            QCOMPARE(run.exitCode, ExitCode::Ok);
            QCOMPARE(run.record.pruned, 1); // keep-last 3: the oldest of the three old ones
            break;
        case Failed:
            QCOMPARE(run.record.result, RunRecord::Result::Failed);
            QCOMPARE(run.exitCode, exitCode);
            QVERIFY(!run.record.verified);
            QCOMPARE(run.record.pruned, 0);
            break;
        case PruneFailed:
            QVERIFY2(run.succeeded(), qPrintable(run.record.error));
            QVERIFY(run.record.verified);
            QVERIFY(!run.pruneError.isEmpty());
            QCOMPARE(run.record.error, run.pruneError);
            QCOMPARE(run.exitCode, exitCode);
            QCOMPARE(run.record.pruned, 0);
            break;
        }
    }

    // The checks every row ends with. `deletedOld`: how many of the oldest old backups
    // retention was right to delete.
    void checkAftermath(const RunOutcome &run, const QList<OldBackup> &old, int deletedOld)
    {
        QVERIFY(calmDown(*m_fake));
        const QList<FileEntry> files = remoteFiles();
        QVERIFY(!files.isEmpty());
        for (int i = 0; i < old.size(); ++i) {
            int intact = 0;
            for (const FileEntry &f : files) {
                if (f.filename != old.at(i).name)
                    continue;
                QVERIFY2(f.checksum == old.at(i).checksum && f.size == old.at(i).size,
                    qPrintable(QStringLiteral("%1 changed").arg(f.filename)));
                ++intact;
            }
            QVERIFY2(intact == (i < deletedOld ? 0 : 1),
                qPrintable(QStringLiteral("%1: %2 cop(ies), expected %3")
                               .arg(old.at(i).name)
                               .arg(intact)
                               .arg(i < deletedOld ? 0 : 1)));
        }
        const QStringList left = leftoverFiles(AppPaths::cacheDir());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));

        const auto last = RunHistory().last(kProfile);
        QVERIFY(last.has_value());
        QCOMPARE(last->result, run.record.result);
        QCOMPARE(last->error, run.record.error);
        if (!run.succeeded() || !run.pruneError.isEmpty()) {
            const QString problem = sentenceProblem(run.record.error, m_fake->apiKey());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        const auto hits = LeakScan::findSecret(
            {m_env->dataHome(), m_env->configHome(), m_env->cacheHome()}, m_fake->apiKey().toLatin1());
        QVERIFY2(hits.isEmpty(), qPrintable(LeakScan::describe(hits)));
    }

    int copiesOf(const QString &name)
    {
        const QList<FileEntry> files = remoteFiles();
        return int(std::count_if(
            files.begin(), files.end(), [&](const FileEntry &f) { return f.filename == name; }));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<RunOutcome>();
        qRegisterMetaType<RunProgress>();
        qRegisterMetaType<RestoreRun::Outcome>();
        if (qEnvironmentVariableIsEmpty("COFFRE_FAKE_BIN"))
            QSKIP("COFFRE_FAKE_BIN not set: run through ctest");
    }

    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        m_env->applyToThisProcess();
        m_source = m_env->root() + QLatin1String("/src");
        QVERIFY(writeFile(m_source + QLatin1String("/notes/todo.txt"), "buy milk\n"));
        // Incompressible, so the archive is large enough for faults in the middle of it.
        QVERIFY(writeFile(m_source + QLatin1String("/photos/été.jpg"), pseudoRandom(300000, 7)));
        QVERIFY(writeFile(m_source + QLatin1String("/empty.bin"), {}));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_fake) {
            // The stand-in's view of the row, for whoever reads the failure.
            for (const FakeLogEntry &e : m_fake->requestLog())
                qInfo("  %s %s %s -> %d %s %s", qPrintable(e.role), qPrintable(e.method), qPrintable(e.path),
                    e.status, qPrintable(e.result), qPrintable(e.range));
        }
        m_client.reset();
        m_fake.reset();
        m_env.reset();
    }

    // A fault in one network phase of a backup run (resolve, upload, end.pl, verify,
    // prune). `copies`: how many files named like the new backup the folder holds after
    // the row (-1: not checked).
    void remoteFault_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("copies");
        QTest::addColumn<int>("floodRetries"); // -1: the client's default

        const int ok = ExitCode::Ok;
        // folder/ls.cgi: the walk from the root to /Backups/laptop.
        QTest::newRow("resolve/drop") << "drop:path=folder/ls.cgi:count=2" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("resolve/timeout") << "hang:path=folder/ls.cgi" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("resolve/5xx") << "http-error:path=folder/ls.cgi:count=2" << int(Recovered) << ok << 1
                                     << -1;
        QTest::newRow("resolve/5xx-persistent")
            << "http-error:path=folder/ls.cgi:count=0" << int(Failed) << ExitCode::Network << 0 << -1;
        QTest::newRow("resolve/flood") << "flood:path=folder/ls.cgi" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("resolve/flood-persistent")
            << "flood:count=0" << int(Failed) << ExitCode::Network << 0 << 1;
        QTest::newRow("resolve/html")
            << "html:path=folder/ls.cgi" << int(Failed) << ExitCode::Failure << 0 << -1;
        QTest::newRow("resolve/empty")
            << "empty:path=folder/ls.cgi" << int(Failed) << ExitCode::Failure << 0 << -1;
        // upload.cgi on the node.
        QTest::newRow("upload/drop") << "drop-upload" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("upload/reply-lost")
            << "drop:path=upload.cgi:handled=1" << int(Recovered) << ok << 2 << -1;
        QTest::newRow("upload/timeout") << "hang:path=upload.cgi" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("upload/5xx") << "http-error:path=upload.cgi" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("upload/flood") << "flood:host=node:path=upload.cgi" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("upload/html") << "html:path=upload.cgi" << int(Failed) << ExitCode::Failure << 0 << -1;
        QTest::newRow("upload/corrupt") << "corrupt-upload" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("upload/corrupt-persistent")
            << "corrupt-upload:count=0" << int(Failed) << ExitCode::Verify << 0 << -1;
        // end.pl on the node.
        QTest::newRow("endpl/drop") << "drop:host=node:path=end.pl" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("endpl/timeout") << "hang:host=node:path=end.pl" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("endpl/5xx") << "http-error:host=node:path=end.pl" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("endpl/flood") << "flood:host=node:path=end.pl" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("endpl/html") << "endpl-html:count=2" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("endpl/empty") << "endpl-empty:count=2" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("endpl/html-persistent")
            << "endpl-html:count=0" << int(Failed) << ExitCode::Failure << 1 << -1;
        QTest::newRow("endpl/size") << "endpl-size:count=0" << int(Failed) << ExitCode::Verify << 0 << -1;
        QTest::newRow("endpl/whirlpool")
            << "endpl-whirlpool:count=0" << int(Failed) << ExitCode::Verify << 0 << -1;
        QTest::newRow("endpl/whirlpool-once") << "endpl-whirlpool" << int(Recovered) << ok << 1 << -1;
        // file/ls.cgi of the folder, after end.pl.
        QTest::newRow("verify/drop") << "drop:path=file/ls.cgi:count=2" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("verify/timeout") << "hang:path=file/ls.cgi" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("verify/5xx-persistent")
            << "http-error:path=file/ls.cgi:count=0" << int(Failed) << ExitCode::Network << 1 << -1;
        QTest::newRow("verify/flood") << "flood:path=file/ls.cgi" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("verify/empty")
            << "empty:path=file/ls.cgi" << int(Failed) << ExitCode::Failure << 1 << -1;
        QTest::newRow("verify/listing-lag")
            << "listing-lag:secs=3600" << int(Failed) << ExitCode::Verify << 0 << -1; // hidden for an hour
        QTest::newRow("verify/listing-size")
            << "listing-size:count=0" << int(Failed) << ExitCode::Verify << 1 << -1;
        QTest::newRow("verify/listing-whirlpool")
            << "listing-whirlpool:count=0" << int(Failed) << ExitCode::Verify << 1 << -1;
        // file/rm.cgi of the old backups retention lets go.
        QTest::newRow("prune/drop") << "drop:path=file/rm.cgi:count=2" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("prune/reply-lost")
            << "drop:path=file/rm.cgi:handled=1" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("prune/timeout") << "hang:path=file/rm.cgi" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("prune/5xx-persistent")
            << "http-error:path=file/rm.cgi:count=0" << int(PruneFailed) << ExitCode::Network << 1 << -1;
        QTest::newRow("prune/flood") << "flood:path=file/rm.cgi" << int(Recovered) << ok << 1 << -1;
        QTest::newRow("prune/html") << "html:path=file/rm.cgi" << int(PruneFailed) << ExitCode::Failure << 1
                                    << -1;
        QTest::newRow("prune/ko") << "rm-ko" << int(PruneFailed) << ExitCode::Failure << 1 << -1;
    }

    void remoteFault()
    {
        QFETCH(QString, faults);
        QFETCH(int, outcome);
        QFETCH(int, exitCode);
        QFETCH(int, copies);
        QFETCH(int, floodRetries);
        QVERIFY(startFake());
        if (floodRetries >= 0) {
            FichierConfig c = config();
            c.maxFloodRetries = floodRetries;
            m_client = std::make_unique<FichierClient>(c);
        }
        MockClock clock(nowSeconds());
        const QList<OldBackup> old = seedOldBackups(*m_fake, kFolder, profile().slug(), clock.nowUtc());
        QVERIFY(m_fake->setFaults(faults));
        const RunOutcome run = runOnce(profile(), clock);
        checkOutcome(run, Outcome(outcome), exitCode);
        if (QTest::currentTestFailed())
            return;
        checkAftermath(run, old, outcome == Recovered ? 1 : 0);
        if (copies >= 0)
            QCOMPARE(copiesOf(run.record.archiveName), copies);
        if (outcome == Recovered) {
            const auto uploaded = remoteFile(run.record.url);
            QVERIFY(uploaded.has_value());
            QCOMPARE(uploaded->size, run.record.size);
        }
        if (outcome == PruneFailed) {
            // The next run deletes what this one could not.
            clock.advanceSecs(3600);
            const RunOutcome next = runOnce(profile(), clock);
            QVERIFY2(next.succeeded() && next.pruneError.isEmpty(), qPrintable(next.record.error));
            QCOMPARE(next.record.pruned, 2);
        }
    }

    // A fault while a backup is downloaded for a restore.
    void restoreFault_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<bool>("restored");
        QTest::newRow("restore/drop") << "drop-download" << true;
        QTest::newRow("restore/timeout") << "hang:host=dl:after=100000" << true;
        QTest::newRow("restore/5xx") << "http-error:host=dl" << true;
        QTest::newRow("restore/token-5xx") << "http-error:path=get_token.cgi:count=2" << true;
        QTest::newRow("restore/flood") << "flood:path=get_token.cgi" << true;
        QTest::newRow("restore/html") << "html:host=dl" << true;
        QTest::newRow("restore/empty") << "empty:host=dl" << true;
        QTest::newRow("restore/corrupt") << "corrupt-download:count=0" << false;
    }

    void restoreFault()
    {
        QFETCH(QString, faults);
        QFETCH(bool, restored);
        QVERIFY(startFake());
        MockClock clock(nowSeconds());
        const QList<OldBackup> old = seedOldBackups(*m_fake, kFolder, profile().slug(), clock.nowUtc());
        const RunOutcome backup = runOnce(profile(), clock);
        QVERIFY2(backup.succeeded(), qPrintable(backup.record.error));
        const auto entry = remoteFile(backup.record.url);
        QVERIFY(entry.has_value());
        const QStringList before = [this] {
            QStringList names;
            for (const FileEntry &f : remoteFiles())
                names << f.url;
            names.sort();
            return names;
        }();

        QVERIFY(m_fake->setFaults(faults));
        const QString target = m_env->root() + QLatin1String("/restored");
        RestoreRun restore(*entry, target, m_client.get());
        QSignalSpy done(&restore, &RestoreRun::finished);
        restore.start();
        QVERIFY(done.wait(120000));
        const auto result = done.first().first().value<RestoreRun::Outcome>();
        if (restored) {
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(readTree(target + QLatin1String("/src")), readTree(m_source));
        } else {
            QVERIFY(!result.ok);
            const QString problem = sentenceProblem(result.error, m_fake->apiKey());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY2(readTree(target).isEmpty(), qPrintable(readTree(target).keys().join(u' ')));
        }
        const QStringList left = leftoverFiles(AppPaths::cacheDir());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
        QVERIFY(calmDown(*m_fake));
        QStringList after;
        for (const FileEntry &f : remoteFiles())
            after << f.url;
        after.sort();
        QCOMPARE(after, before); // a restore never changes the remote folder
        QCOMPARE(int(before.size()), int(old.size())); // keep-last 3: two old ones and the new one
    }

    // Faults of the source folders while they are scanned and zipped, made at the exact
    // moment through the archive writer's seams (the tests run as root, where chmod cannot
    // make a file unreadable; tst_faultmatrix_cli makes a real unreadable folder).
    void sourceFault_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("failOnUnreadable");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("warning"); // ArchiveWarning::Kind of the one warning, -1: none
        QTest::newRow("scan/missing-source") << "missing" << false << ExitCode::Config << -1;
        QTest::newRow("zip/unreadable-file")
            << "unreadable" << false << ExitCode::Ok << int(ArchiveWarning::Unreadable);
        QTest::newRow("zip/unreadable-file-fail") << "unreadable" << true << ExitCode::Failure << -1;
        QTest::newRow("zip/vanishing-file")
            << "vanishing" << false << ExitCode::Ok << int(ArchiveWarning::Vanished);
        QTest::newRow("zip/vanishing-file-fail") << "vanishing" << true << ExitCode::Failure << -1;
        QTest::newRow("zip/growing-file")
            << "growing" << false << ExitCode::Ok << int(ArchiveWarning::Changed);
    }

    void sourceFault()
    {
        QFETCH(QString, kind);
        QFETCH(bool, failOnUnreadable);
        QFETCH(int, exitCode);
        QFETCH(int, warning);
        const QString victim = m_source + QLatin1String("/notes/victim.txt");
        const QByteArray original = pseudoRandom(20000, 3);
        QVERIFY(writeFile(victim, original));
        const QByteArray victimPath = QFile::encodeName(victim);
        RunOptions options;
        if (kind == QLatin1String("unreadable")) {
            options.archiveHooks.openSource = [victimPath](const QByteArray &path, int flags) {
                if (path == victimPath) {
                    errno = EACCES;
                    return -1;
                }
                return ::open(path.constData(), flags);
            };
        } else if (kind == QLatin1String("vanishing")) {
            options.archiveHooks.beforeOpen = [victimPath](const QByteArray &path) {
                if (path == victimPath)
                    ::unlink(path.constData());
            };
        } else if (kind == QLatin1String("growing")) {
            options.archiveHooks.beforeOpen = [victimPath](const QByteArray &path) {
                if (path != victimPath)
                    return;
                QFile f(QFile::decodeName(path));
                if (f.open(QIODevice::Append))
                    f.write(QByteArray(5000, 'g'));
            };
        }
        QVERIFY(startFake());
        MockClock clock(nowSeconds());
        const QList<OldBackup> old = seedOldBackups(*m_fake, kFolder, profile().slug(), clock.nowUtc());
        const int requestsBefore = int(m_fake->requestLog().size());
        Profile p = profile();
        if (failOnUnreadable)
            p.unreadable = Profile::Unreadable::Fail;
        if (kind == QLatin1String("missing"))
            p.sources = {m_env->root() + QLatin1String("/unplugged-disk")};
        const RunOutcome run = runOnce(p, clock, options);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode != ExitCode::Ok) {
            checkOutcome(run, Failed, exitCode);
            QCOMPARE(m_fake->requestLog().size(), requestsBefore); // nothing was sent
            if (kind != QLatin1String("missing"))
                QVERIFY2(
                    run.record.error.contains(QLatin1String("victim.txt")), qPrintable(run.record.error));
            else
                QVERIFY(run.record.error.contains(QLatin1String("unplugged-disk")));
            checkAftermath(run, old, 0);
            return;
        }
        checkOutcome(run, Recovered, ExitCode::Ok);
        QCOMPARE(run.warnings.size(), 1);
        QCOMPARE(int(run.warnings.first().kind), warning);
        QVERIFY(run.warnings.first().path.endsWith(QLatin1String("victim.txt")));
        QCOMPARE(run.record.warnings, 1);
        checkAftermath(run, old, 1);

        // What the archive holds for the file.
        const auto entry = remoteFile(run.record.url);
        QVERIFY(entry.has_value());
        const QString target = m_env->root() + QLatin1String("/restored");
        RestoreRun restore(*entry, target, m_client.get());
        QSignalSpy done(&restore, &RestoreRun::finished);
        restore.start();
        QVERIFY(done.wait(60000));
        QVERIFY(done.first().first().value<RestoreRun::Outcome>().ok);
        QFile restored(target + QLatin1String("/src/notes/victim.txt"));
        if (kind == QLatin1String("growing")) {
            QVERIFY(restored.open(QIODevice::ReadOnly));
            const QByteArray got = restored.readAll();
            QVERIFY(got.size() >= original.size());
            QVERIFY(got.startsWith(original)); // what was read, never garbage
        } else {
            QVERIFY(!restored.exists());
        }
    }

    // The wall clock jumps: during a run, or between runs so that the new backup's name
    // (local time) is far from 1fichier's date for it. Network timing uses the monotonic
    // clock, so only names, history and retention can be affected.
    void clockJump_data()
    {
        QTest::addColumn<qint64>("jumpSecs");
        QTest::addColumn<bool>("duringRun");
        QTest::addColumn<QString>("retention");
        QTest::newRow("zip/clock-jump") << qint64(-3 * 3600) << true << "last=3";
        QTest::newRow("prune/clock-forward") << qint64(3650) * 86400 << false << "within=30d";
        QTest::newRow("prune/clock-back") << qint64(-400) * 86400 << false << "last=1";
    }

    void clockJump()
    {
        QFETCH(qint64, jumpSecs);
        QFETCH(bool, duringRun);
        QFETCH(QString, retention);
        QVERIFY(startFake());
        const QDateTime realNow = nowSeconds();
        MockClock clock(realNow);
        const QList<OldBackup> old = seedOldBackups(*m_fake, kFolder, profile().slug(), realNow);
        Profile p = profile();
        p.retention = {};
        if (retention == QLatin1String("within=30d"))
            p.retention.keepWithin = *RetentionDuration::parse(QStringLiteral("30d"));
        else
            p.retention.keepLast = retention.section(QLatin1Char('='), 1).toInt();

        if (duringRun) {
            // The clock goes back three hours once the archive is made.
            RunOptions options;
            options.verifyListDelayMs = 200;
            BackupRun run(p, m_client.get(), clock, options);
            bool jumped = false;
            connect(&run, &BackupRun::progress, &run, [&](const RunProgress &pr) {
                if (pr.phase == RunPhase::Uploading && !jumped) {
                    jumped = true;
                    clock.advanceSecs(jumpSecs);
                }
            });
            QSignalSpy finished(&run, &BackupRun::finished);
            run.start();
            QVERIFY(finished.wait(120000));
            const auto outcome = finished.first().first().value<RunOutcome>();
            QVERIFY(jumped);
            checkOutcome(outcome, Recovered, ExitCode::Ok);
            QCOMPARE(outcome.record.archiveName, BackupName::format(p.slug(), realNow));
            QCOMPARE(outcome.record.startUtc, realNow);
            QVERIFY(outcome.record.endUtc < outcome.record.startUtc);
            checkAftermath(outcome, old, 1);
            return;
        }
        // Without the clock check, keep-within would take the new backup, dated ten years
        // ahead, as the latest and delete all three; keep-last 1 would keep yesterday's and
        // delete the other two, the new one looking 400 days old.
        clock.advanceSecs(jumpSecs);
        const RunOutcome run = runOnce(p, clock);
        checkOutcome(run, PruneFailed, ExitCode::Failure);
        QVERIFY2(run.pruneError.contains(QLatin1String("clock")), qPrintable(run.pruneError));
        QVERIFY2(run.pruneError.contains(jumpSecs > 0 ? QLatin1String("ahead") : QLatin1String("behind")),
            qPrintable(run.pruneError));
        QCOMPARE(m_fake->countCalls(QStringLiteral("file/rm.cgi")), 0);
        checkAftermath(run, old, 0);
    }

    // The table in docs/reliability.md and the rows of the matrix tests name the same ids:
    // a row added, renamed or dropped on one side only fails here.
    void docTableMatchesTests()
    {
        const QString root = qEnvironmentVariable("COFFRE_SOURCE_DIR");
        if (root.isEmpty())
            QSKIP("COFFRE_SOURCE_DIR not set: run through ctest");
        const MatrixDoc doc = readMatrixDoc(root + QLatin1String("/docs/reliability.md"));
        QVERIFY2(doc.problems.isEmpty(), qPrintable(doc.problems.join(QLatin1String("\n"))));
        QMap<QString, QString> testRows; // id -> test executable
        for (const QString &test :
            {QStringLiteral("tst_faultmatrix"), QStringLiteral("tst_faultmatrix_cli")}) {
            const QStringList ids
                = rowIdsIn(root + QLatin1String("/tests/reliability/") + test + QLatin1String(".cpp"));
            QVERIFY2(!ids.isEmpty(), qPrintable(test));
            for (const QString &id : ids) {
                QVERIFY2(!testRows.contains(id), qPrintable(QStringLiteral("row %1 twice").arg(id)));
                testRows.insert(id, test);
            }
        }
        QStringList tableIds = doc.tableIds;
        QStringList gridIds = doc.gridIds;
        QStringList sourceIds = testRows.keys();
        tableIds.sort();
        gridIds.sort();
        sourceIds.sort();
        QCOMPARE(tableIds, sourceIds);
        QCOMPARE(gridIds, sourceIds);
        for (auto it = doc.testOf.cbegin(); it != doc.testOf.cend(); ++it) {
            QVERIFY2(it.value().startsWith(testRows.value(it.key()) + QLatin1String("::")),
                qPrintable(QStringLiteral("%1 is in %2, the table says %3")
                               .arg(it.key(), testRows.value(it.key()), it.value())));
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
