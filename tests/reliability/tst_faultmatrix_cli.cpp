// The fault matrix of docs/reliability.md, process part: the real `coffre` binary against
// the 1fichier stand-in, for the faults that only a whole process can meet — SIGKILL in
// each phase, a full disk (a small tmpfs in a private mount namespace, or RLIMIT_FSIZE),
// and a folder that really cannot be read (permissions, with the capabilities that let
// root read anything dropped). Row names are the ids of the doc's table.
#include "CoffreProcess.h"
#include "FakeFichier.h"
#include "MatrixSupport.h"
#include "TestEnvironment.h"
#include "backup/BackupName.h"
#include "backup/RunHistory.h"
#include "cli/ExitCode.h"
#include "fichier/FichierClient.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <csignal>
#include <qscopeguard.h>
#include <unistd.h>

using namespace Coffre;
using namespace MatrixSupport;

namespace {

const QString kFolder = QStringLiteral("/Backups/docs");

// How to get a private mount namespace here: as an unprivileged user namespace ("-rm"),
// or, for root without user namespaces, a plain one ("-m"). Empty: neither works.
QStringList unshareFlags()
{
    static const QStringList flags = [] {
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty())
            return QStringList();
        for (const QStringList &candidate :
            {QStringList {QStringLiteral("-rm")}, QStringList {QStringLiteral("-m")}}) {
            QProcess p;
            p.start(unshare, candidate + QStringList {QStringLiteral("true")});
            if (p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
                return candidate;
        }
        return QStringList();
    }();
    return flags;
}

} // namespace

class TestFaultMatrixCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<FakeFichier> m_fake;
    QString m_source;

    QProcessEnvironment env() const { return m_fake->environment(m_env->processEnvironment()); }

    CoffreResult coffre(const QStringList &args) { return CoffreProcess::run(args, env()); }

    void addProfile(const QStringList &extra = {})
    {
        const CoffreResult r
            = coffre(QStringList {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("docs"),
                         QStringLiteral("--source"), m_source, QStringLiteral("--remote"), kFolder,
                         QStringLiteral("--keep-last"), QStringLiteral("3")}
                + extra);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // The files of the profile's folder, read with a client of our own (faults off).
    QList<FileEntry> remoteFiles()
    {
        if (!calmDown(*m_fake))
            return {};
        FichierClient client(m_fake->clientConfig());
        std::unique_ptr<FolderIdJob> id(client.resolveFolder(kFolder));
        if (!id->waitForFinished())
            return {};
        std::unique_ptr<FileListJob> list(client.listFiles(id->result()));
        if (!list->waitForFinished())
            return {};
        return list->result();
    }

    QStringList tempFiles() const { return leftoverFiles(m_env->cacheHome()); }

    int callsTo(const QString &statsKey) const
    {
        return int(m_fake->stats().value(QLatin1String("calls")).toObject().value(statsKey).toInteger());
    }

    QList<RunRecord> history() const
    {
        return RunHistory(m_env->dataHome() + QLatin1String("/coffre/history.jsonl"))
            .records(QStringLiteral("docs"));
    }

    // The last line on stderr: "coffre: <sentence>" (warnings come before it).
    static QString lastErrorLine(const CoffreResult &r)
    {
        return r.errText().trimmed().split(QLatin1Char('\n')).constLast();
    }

    void checkSentence(const QString &sentence)
    {
        const QString problem = sentenceProblem(sentence, m_fake->apiKey());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // After a row whose next run succeeded: the profile's backups in the folder are the
    // three newest (keep-last 3), including `mustHave`; every old one still there is intact,
    // and every old one gone is older than all three kept.
    void checkRetention(const QList<OldBackup> &old, const QString &mustHave)
    {
        QStringList kept;
        QMap<QString, QString> checksums;
        for (const FileEntry &f : remoteFiles()) {
            if (BackupName::parse(QStringLiteral("docs"), f.filename)) {
                kept << f.filename;
                checksums.insert(f.filename, f.checksum);
            }
        }
        kept.removeDuplicates();
        kept.sort();
        QVERIFY2(kept.size() == 3, qPrintable(kept.join(u' ')));
        QVERIFY2(kept.contains(mustHave), qPrintable(mustHave + QLatin1String(" missing")));
        for (const OldBackup &o : old) {
            if (kept.contains(o.name))
                QCOMPARE(checksums.value(o.name), o.checksum);
            else
                QVERIFY2(
                    o.name < kept.constFirst(), qPrintable(o.name + QLatin1String(" deleted too early")));
        }
    }

    // `args` of coffre with a fresh tmpfs of `sizeKb` on `mountPoint`, in a private mount
    // namespace; `leftovers` gets the files left in the tmpfs before it goes away.
    CoffreResult coffreWithTmpfs(
        const QString &mountPoint, int sizeKb, const QStringList &args, QStringList *leftovers)
    {
        const QString list = m_env->root() + QLatin1String("/tmpfs-leftovers");
        QFile::remove(list);
        // mount, run, list what is left (locks aside), keep coffre's exit status; 97: no mount.
        const QString script
            = QStringLiteral("mp=\"$1\"; size=\"$2\"; out=\"$3\"; shift 3; "
                             "mount -t tmpfs -o size=\"$size\"k coffre-test \"$mp\" || exit 97; "
                             "\"$@\"; rc=$?; find \"$mp\" -type f ! -name '*.lock' > \"$out\"; exit $rc");
        QDir().mkpath(mountPoint);
        const CoffreResult r
            = CoffreProcess::runProgram(QStandardPaths::findExecutable(QStringLiteral("unshare")),
                unshareFlags()
                    + QStringList {QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh"),
                        mountPoint, QString::number(sizeKb), list, CoffreProcess::binary()}
                    + args,
                env());
        QFile f(list);
        if (leftovers && f.open(QIODevice::ReadOnly))
            *leftovers = QString::fromLocal8Bit(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return r;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("COFFRE_FAKE_BIN") || CoffreProcess::binary().isEmpty())
            QSKIP("COFFRE_FAKE_BIN / COFFRE_BIN not set: run through ctest");
    }

    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        m_source = m_env->root() + QLatin1String("/docs");
        QVERIFY(writeFile(m_source + QLatin1String("/a.txt"), "alpha\n"));
        QVERIFY(writeFile(m_source + QLatin1String("/sub/b.bin"), pseudoRandom(50000, 7)));
        m_fake = std::make_unique<FakeFichier>();
        QVERIFY2(m_fake->start(), qPrintable(m_fake->errorString()));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_fake) {
            for (const FakeLogEntry &e : m_fake->requestLog())
                qInfo("  %s %s %s -> %d %s", qPrintable(e.role), qPrintable(e.method), qPrintable(e.path),
                    e.status, qPrintable(e.result));
        }
        m_fake.reset();
        m_env.reset();
    }

    // `coffre run` killed with SIGKILL in one phase (held there by a slow reply, or in the
    // middle of a large archive). The next run must not be blocked or confused: it takes
    // the lock, removes the leftovers, writes the history line the killed run could not,
    // and applies retention right.
    void sigkill_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<QString>("waitFor"); // a stand-in stats key, or "zip": the temp archive exists
        QTest::newRow("zip/sigkill") << QString() << "zip";
        QTest::newRow("resolve/sigkill") << "slow:ms=5000:path=folder/ls.cgi"
                                         << "/v1/folder/ls.cgi";
        QTest::newRow("upload/sigkill") << "slow:ms=5000:path=/upload.cgi"
                                        << "/upload.cgi";
        QTest::newRow("endpl/sigkill") << "slow:ms=5000:path=/end.pl"
                                       << "/end.pl";
        QTest::newRow("verify/sigkill") << "slow:ms=5000:path=file/ls.cgi"
                                        << "/v1/file/ls.cgi";
        QTest::newRow("prune/sigkill") << "slow:ms=5000:path=file/rm.cgi"
                                       << "/v1/file/rm.cgi";
    }

    void sigkill()
    {
        QFETCH(QString, faults);
        QFETCH(QString, waitFor);
        const bool inZip = waitFor == QLatin1String("zip");
        if (inZip) // long enough to be caught in the middle
            QVERIFY(writeFile(m_source + QLatin1String("/big.bin"), pseudoRandom(120 << 20, 3)));
        addProfile(inZip ? QStringList {QStringLiteral("--level"), QStringLiteral("9")} : QStringList());
        const QList<OldBackup> old
            = seedOldBackups(*m_fake, kFolder, QStringLiteral("docs"), QDateTime::currentDateTimeUtc());
        QVERIFY(m_fake->setFaults(faults));

        QProcess process;
        process.setProcessEnvironment(env());
        process.start(CoffreProcess::binary(), {QStringLiteral("run"), QStringLiteral("docs")});
        QVERIFY(process.waitForStarted());
        const QString runs = m_env->cacheHome() + QLatin1String("/coffre/runs/docs");
        const auto ready = [&] {
            // The archive still has its hidden name (".NAME.part-XXXXXX"): the run is zipping.
            if (inZip)
                return !leftoverFiles(runs).filter(QStringLiteral(".part-")).isEmpty();
            return callsTo(waitFor) > 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(ready(), 60000);
        // Into the slow request; a zip is killed at once (the archive exists from the scan on).
        QTest::qWait(inZip ? 0 : 300);
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished());
        // The killed run did leave its archive; a partial one if it was killed while zipping.
        if (inZip)
            QVERIFY(!leftoverFiles(runs).filter(QStringLiteral(".part-")).isEmpty());
        QVERIFY(!leftoverFiles(runs).isEmpty());
        QVERIFY(history().isEmpty()); // and could not say anything

        QVERIFY(calmDown(*m_fake));
        QTest::qWait(1100); // archive names have one-second resolution
        const CoffreResult next = coffre({QStringLiteral("run"), QStringLiteral("docs")});
        QVERIFY2(next.exitCode == 0, next.err.constData());
        QVERIFY2(tempFiles().isEmpty(), qPrintable(tempFiles().join(u' ')));
        const QList<RunRecord> records = history();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.first().result, RunRecord::Result::Failed);
        checkSentence(records.first().error);
        QVERIFY2(records.first().error.contains(QLatin1String("stopped before it finished")),
            qPrintable(records.first().error));
        QVERIFY(records.last().isVerifiedSuccess());
        checkRetention(old, records.last().archiveName);
    }

    // A restore killed while downloading: its partial download is removed by the next
    // restore, which works.
    void sigkillRestore_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::newRow("restore/sigkill") << "slow:ms=5000:host=dl";
    }

    void sigkillRestore()
    {
        QFETCH(QString, faults);
        QVERIFY(writeFile(m_source + QLatin1String("/big.bin"), pseudoRandom(4 << 20, 9)));
        addProfile();
        const CoffreResult backup = coffre({QStringLiteral("run"), QStringLiteral("docs")});
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        QVERIFY(m_fake->setFaults(faults));
        const QString target = m_env->root() + QLatin1String("/restored");
        QProcess process;
        process.setProcessEnvironment(env());
        process.start(CoffreProcess::binary(),
            {QStringLiteral("restore"), QStringLiteral("docs"), QStringLiteral("latest"),
                QStringLiteral("--to"), target});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(callsTo(QStringLiteral("download")) > 0, 60000);
        QTest::qWait(300);
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished());
        QVERIFY(!tempFiles().isEmpty()); // the .part of the download

        QVERIFY(calmDown(*m_fake));
        const QString again = m_env->root() + QLatin1String("/restored-again");
        const CoffreResult next = coffre({QStringLiteral("restore"), QStringLiteral("docs"),
            QStringLiteral("latest"), QStringLiteral("--to"), again});
        QVERIFY2(next.exitCode == 0, next.err.constData());
        QCOMPARE(readTree(again + QLatin1String("/docs")), readTree(m_source));
        QVERIFY2(tempFiles().isEmpty(), qPrintable(tempFiles().join(u' ')));
    }

    // A full disk. The archive: a tmpfs smaller than the sources (refused after the scan,
    // before writing), or RLIMIT_FSIZE below the archive size (the write itself fails
    // half-way: a tmpfs cannot produce that, the free-space check stops the run before).
    // The restore: a tmpfs too small for the download, or for the extracted files.
    void diskFull_data()
    {
        QTest::addColumn<QString>("where"); // cache (tmpfs), fsize (RLIMIT_FSIZE), target (tmpfs)
        QTest::addColumn<bool>("restore");
        QTest::newRow("zip/disk-full") << "cache" << false;
        QTest::newRow("zip/file-size-limit") << "fsize" << false;
        QTest::newRow("restore/disk-full-download") << "cache" << true;
        QTest::newRow("restore/disk-full-extract") << "target" << true;
    }

    void diskFull()
    {
        QFETCH(QString, where);
        QFETCH(bool, restore);
        if (where != QLatin1String("fsize") && unshareFlags().isEmpty())
            QSKIP("no private mount namespace here (unshare -rm / -m): no tmpfs can be mounted");
        if (where == QLatin1String("fsize")
            && QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
            QSKIP("prlimit (util-linux) is not installed");
        QVERIFY(writeFile(m_source + QLatin1String("/big.bin"), pseudoRandom(3 << 20, 5)));
        addProfile();
        const QList<OldBackup> old
            = seedOldBackups(*m_fake, kFolder, QStringLiteral("docs"), QDateTime::currentDateTimeUtc());
        QStringList leftovers;
        CoffreResult r;
        const QString target = m_env->root() + QLatin1String("/restored");
        if (!restore) {
            const QStringList run {QStringLiteral("run"), QStringLiteral("docs")};
            if (where == QLatin1String("cache")) {
                r = coffreWithTmpfs(m_env->cacheHome(), 1024, run, &leftovers);
            } else {
                r = CoffreProcess::runProgram(QStandardPaths::findExecutable(QStringLiteral("prlimit")),
                    QStringList {QStringLiteral("--fsize=1048576"), CoffreProcess::binary()} + run, env());
            }
        } else {
            const CoffreResult backup = coffre({QStringLiteral("run"), QStringLiteral("docs")});
            QVERIFY2(backup.exitCode == 0, backup.err.constData());
            const QStringList args {QStringLiteral("restore"), QStringLiteral("docs"),
                QStringLiteral("latest"), QStringLiteral("--to"), target};
            if (where == QLatin1String("cache"))
                r = coffreWithTmpfs(m_env->cacheHome(), 1024, args, &leftovers);
            else
                r = coffreWithTmpfs(target, 1024, args, &leftovers);
        }
        if (r.exitCode == 97)
            QSKIP("mounting a tmpfs failed in the private namespace");
        QVERIFY2(!r.crashed, r.err.constData());
        QCOMPARE(r.exitCode, ExitCode::Failure);
        const QString sentence = lastErrorLine(r);
        qInfo("%s", qPrintable(sentence));
        checkSentence(sentence);
        // A file-size limit is not a full disk, and the sentence says which it was.
        const QLatin1String cause(where == QLatin1String("fsize") ? "file size limit" : "space");
        QVERIFY2(sentence.contains(cause), qPrintable(sentence));
        QCOMPARE(r.err.count('\n'), 1);
        // Nothing left in the full file system, nor in the cache on the real disk; a
        // partial restore leaves only complete files, never a temp name.
        QVERIFY2(leftovers.isEmpty() || where == QLatin1String("target"), qPrintable(leftovers.join(u' ')));
        for (const QString &f : std::as_const(leftovers))
            QVERIFY2(!QFileInfo(f).fileName().startsWith(QLatin1Char('.')), qPrintable(f));
        QVERIFY2(tempFiles().isEmpty(), qPrintable(tempFiles().join(u' ')));
        if (!restore) {
            QCOMPARE(m_fake->countCalls(QStringLiteral("upload.cgi")), 0);
            const QList<RunRecord> records = history();
            QCOMPARE(records.size(), 1);
            QCOMPARE(QStringLiteral("coffre: Backup of docs failed: ") + records.first().error, sentence);
            checkRetention(old, old.last().name);
        }
    }

    // A folder in the sources that cannot be read, for real: mode 000, and coffre run
    // without the capabilities that let root read anything. Skipped with a warning by
    // default, a failure with --fail-on-unreadable.
    void unreadableFolder_data()
    {
        QTest::addColumn<bool>("failOnUnreadable");
        QTest::newRow("scan/unreadable-folder") << false;
        QTest::newRow("scan/unreadable-folder-fail") << true;
    }

    void unreadableFolder()
    {
        QFETCH(bool, failOnUnreadable);
        QString program = CoffreProcess::binary();
        QStringList prefix;
        if (::geteuid() == 0) {
            program = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
            if (program.isEmpty())
                QSKIP("running as root without setpriv: permissions do not stop root from reading");
            prefix = {QStringLiteral("--inh-caps"), QStringLiteral("-dac_override,-dac_read_search"),
                QStringLiteral("--bounding-set"), QStringLiteral("-dac_override,-dac_read_search"),
                QStringLiteral("--"), CoffreProcess::binary()};
        }
        const QString locked = m_source + QLatin1String("/private");
        QVERIFY(writeFile(locked + QLatin1String("/diary.txt"), "dear diary\n"));
        QVERIFY(QFile::setPermissions(locked, {}));
        const auto restoreMode = qScopeGuard(
            [&] { QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
        addProfile(failOnUnreadable ? QStringList {QStringLiteral("--fail-on-unreadable")} : QStringList());
        const QList<OldBackup> old
            = seedOldBackups(*m_fake, kFolder, QStringLiteral("docs"), QDateTime::currentDateTimeUtc());
        const CoffreResult r = CoffreProcess::runProgram(
            program, prefix + QStringList {QStringLiteral("run"), QStringLiteral("docs")}, env());
        if (r.exitCode != 0 && r.errText().contains(QLatin1String("setpriv")))
            QSKIP("setpriv cannot drop capabilities here");
        QVERIFY2(!r.crashed, r.err.constData());
        const QList<RunRecord> records = history();
        QCOMPARE(records.size(), 1);
        QVERIFY2(tempFiles().isEmpty(), qPrintable(tempFiles().join(u' ')));
        if (failOnUnreadable) {
            QCOMPARE(r.exitCode, ExitCode::Failure);
            checkSentence(records.first().error);
            QVERIFY2(
                records.first().error.contains(QLatin1String("private")), qPrintable(records.first().error));
            QCOMPARE(m_fake->countCalls(QStringLiteral("upload.cgi")), 0);
            checkRetention(old, old.last().name);
            return;
        }
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.errText().contains(QLatin1String("warning: ") + locked), r.err.constData());
        QCOMPARE(records.first().warnings, 1);
        QVERIFY(records.first().isVerifiedSuccess());
        checkRetention(old, records.first().archiveName);
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrixCli)
#include "tst_faultmatrix_cli.moc"
