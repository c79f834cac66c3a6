// Coffre at scale, against the 1fichier stand-in: many small files in one source, a remote
// folder at the API's 5 000-entry listing cap, many profiles due at once, and a simulated
// week of hourly runs (history bounded, memory flat, retention right all along). Figures
// (time, peak memory) are printed, never asserted: speed is the benchmarks' business.
// The default sizes exercise every mechanism quickly; COFFRE_TEST_LARGE=1 runs the sizes
// of issue 9 (100 000 files, 20 profiles through cron, 168 hourly runs).
#include "CoffreProcess.h"
#include "FakeFichier.h"
#include "MatrixSupport.h"
#include "MockClock.h"
#include "TestEnvironment.h"
#include "backup/BackupCoordinator.h"
#include "backup/BackupName.h"
#include "backup/BackupRun.h"
#include "backup/BackupScheduler.h"
#include "backup/RunHistory.h"
#include "cli/ExitCode.h"
#include "core/AppPaths.h"
#include "fichier/FichierClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace Coffre;
using namespace MatrixSupport;

namespace {

bool large()
{
    return qEnvironmentVariable("COFFRE_TEST_LARGE") == QLatin1String("1");
}

// Resident memory of this process now (VmRSS), in kB.
qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

struct Timed {
    CoffreResult result;
    double seconds = 0;
    qint64 peakRssKb = -1;
};

} // namespace

class TestScale : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<FakeFichier> m_fake;

    QProcessEnvironment env() const { return m_fake->environment(m_env->processEnvironment()); }

    CoffreResult coffre(const QStringList &args) { return CoffreProcess::run(args, env(), {}, 1800000); }

    // `coffre args` under /usr/bin/time: wall time and peak RSS of the process itself.
    Timed timedCoffre(const QStringList &args)
    {
        Timed t;
        const QString time
            = QStandardPaths::findExecutable(QStringLiteral("time"), {QStringLiteral("/usr/bin")});
        const QString report = m_env->root() + QLatin1String("/time.txt");
        QProcess p;
        p.setProcessEnvironment(env());
        QElapsedTimer clock;
        clock.start();
        if (time.isEmpty())
            p.start(CoffreProcess::binary(), args);
        else
            p.start(time,
                QStringList {QStringLiteral("-f"), QStringLiteral("%e %M"), QStringLiteral("-o"), report,
                    CoffreProcess::binary()}
                    + args);
        p.waitForFinished(1800000);
        t.seconds = clock.elapsed() / 1000.0;
        t.result.exitCode = p.exitCode();
        t.result.crashed = p.exitStatus() != QProcess::NormalExit;
        t.result.out = p.readAllStandardOutput();
        t.result.err = p.readAllStandardError();
        QFile f(report);
        if (f.open(QIODevice::ReadOnly)) {
            // The last line: GNU time puts "Command exited with non-zero status N" before it.
            const QList<QByteArray> parts = f.readAll().trimmed().split('\n').constLast().split(' ');
            if (parts.size() == 2) {
                t.seconds = parts.at(0).toDouble();
                t.peakRssKb = parts.at(1).toLongLong();
            }
        }
        return t;
    }

    FichierConfig fastConfig() const { return m_fake->clientConfig(); }

    QList<FileEntry> listFolder(const QString &path)
    {
        FichierClient client(fastConfig());
        std::unique_ptr<FolderIdJob> id(client.resolveFolder(path));
        if (!id->waitForFinished())
            return {};
        std::unique_ptr<FileListJob> list(client.listFiles(id->result()));
        if (!list->waitForFinished())
            return {};
        return list->result();
    }

    // Downloads `url` from the stand-in to `path` with a client of our own.
    bool download(const QString &url, const QString &path)
    {
        FichierClient client(fastConfig());
        std::unique_ptr<DownloadJob> job(client.download(url, path));
        return job->waitForFinished();
    }

    bool startFake(const QStringList &args = {})
    {
        FakeFichier::Options o;
        o.extraArgs = args;
        m_fake = std::make_unique<FakeFichier>(o);
        if (!m_fake->start()) {
            qWarning("%s", qPrintable(m_fake->errorString()));
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<RunOutcome>();
        qRegisterMetaType<RunProgress>();
        if (qEnvironmentVariableIsEmpty("COFFRE_FAKE_BIN") || CoffreProcess::binary().isEmpty())
            QSKIP("COFFRE_FAKE_BIN / COFFRE_BIN not set: run through ctest");
    }

    void init() { m_env = std::make_unique<TestEnvironment>(); }

    void cleanup()
    {
        m_fake.reset();
        m_env.reset();
    }

    // 100 000 small files (5 000 by default) in one source: `coffre run` archives, uploads
    // and verifies them; the archive passes `unzip -t` and holds every file.
    void manySmallFiles()
    {
        const int files = large() ? 100000 : 5000;
        const QString source = m_env->root() + QLatin1String("/many");
        QElapsedTimer made;
        made.start();
        qint64 bytes = 0;
        for (int i = 0; i < files; ++i) {
            // 100 files per folder, sizes 1..2000 bytes, text-like so they compress.
            const QByteArray data
                = QByteArray::number(i).repeated(1 + (i * 37) % 400).left(1 + (i * 131) % 2000);
            QVERIFY(writeFile(
                QStringLiteral("%1/d%2/f%3.txt").arg(source).arg(i / 100, 4, 10, QLatin1Char('0')).arg(i),
                data));
            bytes += data.size();
        }
        qInfo("made %d files (%lld bytes) in %.1f s", files, bytes, made.elapsed() / 1000.0);
        QVERIFY(startFake());
        const CoffreResult add = coffre({QStringLiteral("profile"), QStringLiteral("add"),
            QStringLiteral("many"), QStringLiteral("--source"), source, QStringLiteral("--remote"),
            QStringLiteral("/Backups/many")});
        QVERIFY2(add.exitCode == 0, add.err.constData());

        const Timed run = timedCoffre({QStringLiteral("run"), QStringLiteral("many")});
        QVERIFY2(run.result.exitCode == 0, run.result.err.constData());
        const QList<FileEntry> remote = listFolder(QStringLiteral("/Backups/many"));
        QCOMPARE(remote.size(), 1);
        const QString zip = m_env->root() + QLatin1String("/many.zip");
        QVERIFY(download(remote.first().url, zip));

        QProcess unzip;
        QElapsedTimer tested;
        tested.start();
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-tq"), zip});
        QVERIFY(unzip.waitForFinished(1800000));
        QVERIFY2(unzip.exitCode() == 0, unzip.readAll().constData());
        const double unzipSeconds = tested.elapsed() / 1000.0;
        QProcess list;
        list.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zip});
        QVERIFY(list.waitForFinished(600000));
        int fileEntries = 0;
        for (const QByteArray &line : list.readAllStandardOutput().split('\n'))
            fileEntries += line.endsWith(".txt");
        QCOMPARE(fileEntries, files);
        qInfo("SCALE many-small-files: %d files, %lld bytes in, archive %lld bytes, coffre run %.1f s, "
              "peak RSS %lld MB; unzip -t %.1f s",
            files, bytes, remote.first().size, run.seconds, run.peakRssKb / 1024, unzipSeconds);
    }

    // A remote folder at 1fichier's listing cap (5 000 entries, §3.1; the stand-in cuts
    // silently like the service is believed to). The new backup lies past the cut, so the
    // run verifies it with file/info.cgi; retention deletes nothing from a view that may
    // be cut, and every command says so. Just under the cap, all works as usual.
    void folderAtListingCap()
    {
        QVERIFY(startFake()); // its --list-cap is the real 5 000
        const QString source = m_env->root() + QLatin1String("/docs");
        QVERIFY(writeFile(source + QLatin1String("/a.txt"), "alpha\n"));
        QVERIFY(
            coffre({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("docs"),
                       QStringLiteral("--source"), source, QStringLiteral("--remote"),
                       QStringLiteral("/Backups/docs"), QStringLiteral("--keep-last"), QStringLiteral("3")})
                .exitCode
            == 0);
        // 100 old daily backups of the profile and 4 900 other files: 5 000 entries, so the
        // new backup is the 5 001st, past the cut (the stand-in lists in upload order).
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<FakeFichier::SeedFile> seeds;
        for (int i = 0; i < 100; ++i)
            seeds.append({BackupName::format(QStringLiteral("docs"), now.addDays(i - 100)), 100 + i,
                now.addDays(i - 100)});
        for (int i = 0; i < 4900; ++i)
            seeds.append(
                {QStringLiteral("photo-%1.jpg").arg(i, 4, 10, QLatin1Char('0')), 10, now.addDays(-200)});
        QElapsedTimer seeding;
        seeding.start();
        QCOMPARE(m_fake->seedFiles(QStringLiteral("/Backups/docs"), seeds).size(), seeds.size());
        qInfo("seeded %lld files in %.1f s", qint64(seeds.size()), seeding.elapsed() / 1000.0);

        const Timed run = timedCoffre({QStringLiteral("run"), QStringLiteral("docs")});
        QCOMPARE(run.result.exitCode, ExitCode::Failure);
        QVERIFY2(run.result.outText().contains(QLatin1String("verified")), run.result.out.constData());
        QVERIFY2(run.result.errText().contains(QLatin1String("5,000"))
                || run.result.errText().contains(QLatin1String("5000"))
                || run.result.errText().contains(QLatin1String("5 000")),
            run.result.err.constData());
        QCOMPARE(run.result.err.count('\n'), 1);
        QCOMPARE(m_fake->countCalls(QStringLiteral("file/rm.cgi")), 0);
        QVERIFY(m_fake->countCalls(QStringLiteral("file/info.cgi")) >= 1); // verified past the cut
        const QList<RunRecord> records
            = RunHistory(m_env->dataHome() + QLatin1String("/coffre/history.jsonl")).records();
        QCOMPARE(records.size(), 1);
        QVERIFY(records.first().isVerifiedSuccess());
        QVERIFY(sentenceProblem(records.first().error, m_fake->apiKey()).isEmpty());
        QVERIFY(records.first().error.contains(QLatin1String("/Backups/docs")));

        const CoffreResult prune = coffre({QStringLiteral("prune"), QStringLiteral("docs")});
        QCOMPARE(prune.exitCode, ExitCode::Failure);
        QCOMPARE(prune.err.count('\n'), 1);
        QVERIFY(prune.outText().contains(QLatin1String("held back")));
        const CoffreResult plan = coffre({QStringLiteral("prune"), QStringLiteral("docs"),
            QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(plan.exitCode, 0);
        int heldBack = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(plan.out).array()) {
            QVERIFY(v.toObject().value(QLatin1String("keep")).toBool());
            heldBack += v.toObject().value(QLatin1String("held_back")).toBool();
        }
        QVERIFY(heldBack > 0); // what keep-last 3 would delete from the part it sees
        QVERIFY(plan.errText().startsWith(QLatin1String("warning: ")));
        const CoffreResult backups = coffre({QStringLiteral("backups"), QStringLiteral("docs")});
        QCOMPARE(backups.exitCode, 0);
        QVERIFY(backups.errText().startsWith(QLatin1String("warning: ")));
        const CoffreResult restore = coffre({QStringLiteral("restore"), QStringLiteral("docs"),
            QStringLiteral("latest"), QStringLiteral("--to"), m_env->root() + QLatin1String("/restored")});
        QCOMPARE(restore.exitCode, ExitCode::Failure); // "latest" may be past the cut
        QCOMPARE(restore.err.count('\n'), 1);
        QCOMPARE(m_fake->countCalls(QStringLiteral("file/rm.cgi")), 0);
        QCOMPARE(m_fake->countCalls(QStringLiteral("get_token.cgi")), 0);

        // Three other files out: 4 998 + the next backup = 4 999, under the cap: retention
        // works again and deletes the 99 old backups keep-last 3 lets go.
        const QList<FileEntry> all = listFolder(QStringLiteral("/Backups/docs"));
        QStringList foreign;
        for (const FileEntry &f : all) {
            if (f.filename.startsWith(QLatin1String("photo-")) && foreign.size() < 3)
                foreign << f.url;
        }
        FichierClient client(fastConfig());
        std::unique_ptr<RemoveJob> rm(client.removeFiles(foreign));
        QVERIFY(rm->waitForFinished());
        QTest::qWait(1100);
        const int rmBefore = m_fake->countCalls(QStringLiteral("file/rm.cgi"));
        const Timed next = timedCoffre({QStringLiteral("run"), QStringLiteral("docs")});
        QVERIFY2(next.result.exitCode == 0, next.result.err.constData());
        QVERIFY(next.result.outText().contains(QLatin1String("Deleted 99 old backup")));
        QCOMPARE(m_fake->countCalls(QStringLiteral("file/rm.cgi")) - rmBefore, 1);
        qInfo(
            "SCALE listing-cap: run at the cap %.1f s (peak RSS %lld MB), under it %.1f s (peak RSS %lld MB)",
            run.seconds, run.peakRssKb / 1024, next.seconds, next.peakRssKb / 1024);
    }

    // 20 profiles due at once in the desktop app's engine (scheduler + coordinator, as
    // DesktopApp wires them): they run one at a time and all complete; each deletes its
    // own old backup and nothing of the 19 others sharing the folder.
    void manyProfilesDueAtOnce()
    {
        const int count = 20;
        QVERIFY(startFake());
        const QString source = m_env->root() + QLatin1String("/shared");
        QVERIFY(writeFile(source + QLatin1String("/a.txt"), "shared source\n"));
        m_env->applyToThisProcess();
        const QDateTime start = QDateTime::currentDateTimeUtc();
        MockClock clock(start.addMSecs(-start.time().msec()));
        QList<Profile> profiles;
        QList<FakeFichier::SeedFile> seeds;
        for (int i = 1; i <= count; ++i) {
            Profile p;
            p.name = QStringLiteral("Profile %1").arg(i);
            p.sources = {source};
            p.remotePath = QStringLiteral("/Backups/shared");
            p.schedule = Schedule::daily(QTime(3, 0));
            p.retention.keepLast = 1;
            profiles << p;
            seeds.append(
                {BackupName::format(p.slug(), clock.nowUtc().addDays(-2)), 10, clock.nowUtc().addDays(-2)});
        }
        QCOMPARE(m_fake->seedFiles(QStringLiteral("/Backups/shared"), seeds).size(), count);

        RunOptions options;
        options.verifyListDelayMs = 200;
        BackupCoordinator coordinator(clock, options);
        coordinator.setConfig(fastConfig());
        BackupScheduler scheduler(clock);
        scheduler.setProfiles(profiles);
        QStringList order;
        int running = 0;
        int maxRunning = 0;
        int finished = 0;
        connect(&scheduler, &BackupScheduler::runRequested, &coordinator, [&](const QString &name) {
            for (const Profile &p : std::as_const(profiles)) {
                if (p.name == name)
                    QVERIFY(coordinator.enqueue(p));
            }
        });
        connect(&coordinator, &BackupCoordinator::runStarted, this, [&](const QString &name) {
            order << name;
            maxRunning = std::max(maxRunning, ++running);
        });
        connect(&coordinator, &BackupCoordinator::runFinished, this,
            [&](const QString &name, const RunOutcome &o) {
                --running;
                ++finished;
                QVERIFY2(o.record.isVerifiedSuccess() && o.pruneError.isEmpty(),
                    qPrintable(name + o.record.error));
                QCOMPARE(o.record.pruned, 1);
                scheduler.runFinished(name, o.record.isVerifiedSuccess());
            });
        QElapsedTimer timer;
        timer.start();
        scheduler.check(); // all of them are due: never backed up
        QTRY_COMPARE_WITH_TIMEOUT(finished, count, 600000);
        QCOMPARE(maxRunning, 1);
        QCOMPARE(order.size(), count);
        order.removeDuplicates();
        QCOMPARE(order.size(), count);
        QCOMPARE(m_fake->countCalls(QStringLiteral("upload.cgi")), count);
        QCOMPARE(RunHistory().records().size(), count);
        scheduler.check(); // nothing is due any more
        QTest::qWait(200);
        QCOMPARE(finished, count);
        // The folder holds exactly the new backups: each profile deleted its own old one only.
        const QList<FileEntry> files = listFolder(QStringLiteral("/Backups/shared"));
        QCOMPARE(files.size(), count);
        for (const FileEntry &f : files)
            QVERIFY2(f.uploaded.secsTo(QDateTime::currentDateTimeUtc()) < 3600, qPrintable(f.filename));
        qInfo("SCALE profiles-due: %d profiles one at a time in %.1f s", count, timer.elapsed() / 1000.0);
    }

    // The same through cron: `coffre run --due` with many profiles due (3 by default, 20
    // with COFFRE_TEST_LARGE=1) runs them one after the other in one process.
    void cronRunDueManyProfiles()
    {
        const int count = large() ? 20 : 3;
        QVERIFY(startFake());
        const QString source = m_env->root() + QLatin1String("/shared");
        QVERIFY(writeFile(source + QLatin1String("/a.txt"), "shared source\n"));
        for (int i = 1; i <= count; ++i) {
            const CoffreResult add = coffre({QStringLiteral("profile"), QStringLiteral("add"),
                QStringLiteral("p%1").arg(i), QStringLiteral("--source"), source, QStringLiteral("--remote"),
                QStringLiteral("/Backups/p%1").arg(i), QStringLiteral("--daily"), QStringLiteral("03:00")});
            QVERIFY2(add.exitCode == 0, add.err.constData());
        }
        const Timed run = timedCoffre({QStringLiteral("run"), QStringLiteral("--due")});
        QVERIFY2(run.result.exitCode == 0, run.result.err.constData());
        QCOMPARE(m_fake->countCalls(QStringLiteral("upload.cgi")), count);
        const QList<RunRecord> records
            = RunHistory(m_env->dataHome() + QLatin1String("/coffre/history.jsonl")).records();
        QCOMPARE(records.size(), count);
        for (int i = 1; i < records.size(); ++i) // one after the other
            QVERIFY(records.at(i).startUtc >= records.at(i - 1).endUtc);
        for (const RunRecord &r : records)
            QVERIFY(r.isVerifiedSuccess());
        // Uploads never overlap: each profile's upload.cgi comes after the previous end.pl.
        const QList<FakeLogEntry> log = m_fake->requestLog();
        qint64 lastEnd = 0;
        for (const FakeLogEntry &e : log) {
            if (e.path == QLatin1String("/upload.cgi")) {
                QVERIFY(e.tMs >= lastEnd);
            } else if (e.path == QLatin1String("/end.pl")) {
                lastEnd = e.tMs;
            }
        }
        const CoffreResult again = coffre({QStringLiteral("run"), QStringLiteral("--due")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(m_fake->countCalls(QStringLiteral("upload.cgi")), count); // none due now
        qInfo("SCALE cron-run-due: %d profiles in %.1f s, peak RSS %lld MB", count, run.seconds,
            run.peakRssKb / 1024);
    }

    // A week of hourly runs (a day by default) with a MockClock, one client for all of them
    // as in the desktop app: the history stays under its bound while it rotates, this
    // process's memory stays flat, and after every run the folder holds exactly what
    // keep-hourly/keep-daily say (computed here by hand, not by RetentionPolicy).
    void weekOfHourlyRuns()
    {
        const int runs = large() ? 7 * 24 : 24;
        const int keepHourly = large() ? 24 : 6;
        const int keepDaily = large() ? 7 : 2;
        QVERIFY(startFake());
        m_env->applyToThisProcess();
        const QString source = m_env->root() + QLatin1String("/src");
        QVERIFY(writeFile(source + QLatin1String("/photo.jpg"), pseudoRandom(1 << 20, 11)));
        QVERIFY(writeFile(source + QLatin1String("/notes.txt"), "hourly\n"));
        Profile p;
        p.name = QStringLiteral("Hourly");
        p.sources = {source};
        p.remotePath = QStringLiteral("/Backups/hourly");
        p.schedule = Schedule::everyHours(1);
        p.retention.keepHourly = keepHourly;
        p.retention.keepDaily = keepDaily;
        const qint64 historyBound = large() ? 16 * 1024 : 4 * 1024; // rotates every ~10-40 runs
        RunOptions options;
        options.verifyListDelayMs = 200;
        options.zone = QTimeZone::utc();
        options.historyMaxBytes = historyBound;
        // The MockClock moves an hour per run, 1fichier's dates do not: the clock check
        // would rightly stop deleting after a day.
        options.maxClockSkewSecs = 0;
        FichierClient client(fastConfig());
        const QDateTime first(QDate(2024, 3, 4), QTime(0, 0), QTimeZone::utc()); // a Monday
        MockClock clock(first);
        int pruned = 0; // so far
        QList<QDateTime> present; // the model: what the folder should hold, oldest first
        QList<qint64> rss;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < runs; ++i) {
            clock.setNowUtc(first.addSecs(3600 * i));
            BackupRun run(p, &client, clock, options);
            QSignalSpy finished(&run, &BackupRun::finished);
            run.start();
            QVERIFY(finished.wait(120000));
            const auto outcome = finished.first().first().value<RunOutcome>();
            QVERIFY2(outcome.succeeded() && outcome.pruneError.isEmpty(),
                qPrintable(QStringLiteral("run %1: %2").arg(i).arg(outcome.record.error)));

            // The model, by hand: keep-hourly keeps the newest backup of each of the N newest
            // hours, keep-daily of each of the N newest days (UTC), and a rule that has periods
            // left over keeps the oldest backup too.
            present << clock.nowUtc();
            QSet<QDateTime> keep;
            QSet<QDateTime> hoursSeen;
            QSet<QDate> daysSeen;
            for (auto it = present.crbegin(); it != present.crend(); ++it) {
                const QDateTime hour(it->date(), QTime(it->time().hour(), 0), QTimeZone::utc());
                if (!hoursSeen.contains(hour) && hoursSeen.size() < keepHourly) {
                    hoursSeen.insert(hour);
                    keep.insert(*it);
                }
                if (!daysSeen.contains(it->date()) && daysSeen.size() < keepDaily) {
                    daysSeen.insert(it->date());
                    keep.insert(*it);
                }
            }
            if (hoursSeen.size() < keepHourly || daysSeen.size() < keepDaily)
                keep.insert(present.first());
            present.removeIf([&](const QDateTime &t) { return !keep.contains(t); });
            QStringList wanted;
            for (const QDateTime &t : std::as_const(present))
                wanted << BackupName::format(p.slug(), t);
            QStringList remote;
            for (const FileEntry &f : listFolder(p.remotePath))
                remote << f.filename;
            remote.sort();
            wanted.sort();
            QCOMPARE(remote, wanted);
            QCOMPARE(
                outcome.record.pruned, i + 1 - int(present.size()) - pruned); // every deletion was this run's
            pruned += outcome.record.pruned;
            // The history never passes its bound; the newest success is still found.
            QVERIFY(QFileInfo(RunHistory::defaultFilePath()).size() <= historyBound);
            const auto last
                = RunHistory(RunHistory::defaultFilePath(), historyBound).lastVerifiedSuccess(p.name);
            QVERIFY(last.has_value());
            QCOMPARE(last->archiveName, outcome.record.archiveName);
            rss << rssKb();
        }
        const int historyRecords
            = int(RunHistory(RunHistory::defaultFilePath(), historyBound).records().size());
        QVERIFY(historyRecords < runs); // it rotated
        // Memory: flat after the first runs warmed up the caches.
        const int warm = std::min(5, runs - 1);
        const qint64 growthKb = rss.last() - rss.at(warm);
        qInfo(
            "SCALE hourly-runs: %d runs in %.1f s; RSS after run 1 %lld MB, after run %d %lld MB, at the end "
            "%lld MB (growth %lld kB); history %lld bytes, %d records (bound %lld)",
            runs, timer.elapsed() / 1000.0, rss.first() / 1024, warm + 1, rss.at(warm) / 1024,
            rss.last() / 1024, growthKb, QFileInfo(RunHistory::defaultFilePath()).size(), historyRecords,
            historyBound);
        // Measured: a few kB over a day, under 1 MB over a week. Keeping half of the 1 MB
        // archive per run would pass this bound within a day.
        QVERIFY2(growthKb < 8 * 1024, qPrintable(QString::number(growthKb)));
    }
};

QTEST_GUILESS_MAIN(TestScale)
#include "tst_scale.moc"
