// The security review of docs/reliability.md, item by item, through the real `coffre`
// binary: owner-only temp archives, downloads and config files (even under umask 000),
// no core dumps, TLS verified (a self-signed API is refused before the key is sent), plain
// http refused for hosts that are not loopback, and a hostile archive on 1fichier that
// cannot write outside the restore target. The key-leak scans live with the commands they
// watch (tst_cli_backup::apiKeyNeverLeaks) and with every fault row (tst_faultmatrix).
#include "../fichier/RawTestServer.h"
#include "CoffreProcess.h"
#include "FakeFichier.h"
#include "MatrixSupport.h"
#include "TestEnvironment.h"
#include "backup/BackupName.h"
#include "cli/ExitCode.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace Coffre;
using namespace MatrixSupport;

namespace {

// Permission bits of a path (not following a last link), -1 when it cannot be read.
int modeOf(const QString &path)
{
    struct stat st {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<FakeFichier> m_fake;
    QString m_source;

    QProcessEnvironment env(const QString &apiUrl = {}) const
    {
        QProcessEnvironment e = m_fake->environment(m_env->processEnvironment());
        if (!apiUrl.isEmpty())
            e.insert(QStringLiteral("COFFRE_API_URL"), apiUrl);
        return e;
    }

    CoffreResult coffre(const QStringList &args, const QString &apiUrl = {})
    {
        return CoffreProcess::run(args, env(apiUrl));
    }

    // `coffre args` started under umask 000, so only Coffre's own modes protect its files.
    CoffreResult coffreUmask0(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral("sh"),
            QStringList {QStringLiteral("-c"), QStringLiteral("umask 000; exec \"$0\" \"$@\""),
                CoffreProcess::binary()}
                + args);
        p.waitForFinished(120000);
        CoffreResult r;
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    void addProfile()
    {
        const CoffreResult r = coffreUmask0({QStringLiteral("profile"), QStringLiteral("add"),
            QStringLiteral("docs"), QStringLiteral("--source"), m_source, QStringLiteral("--remote"),
            QStringLiteral("/Backups/docs")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // Starts `args` in the background under umask 000 and waits until `ready` holds.
    bool startHeld(QProcess &p, const QStringList &args, const std::function<bool()> &ready)
    {
        p.setProcessEnvironment(env());
        p.start(QStringLiteral("sh"),
            QStringList {QStringLiteral("-c"), QStringLiteral("umask 000; exec \"$0\" \"$@\""),
                CoffreProcess::binary()}
                + args);
        if (!p.waitForStarted())
            return false;
        return QTest::qWaitFor(ready, 60000);
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
        QVERIFY(writeFile(m_source + QLatin1String("/b.bin"), pseudoRandom(2 << 20, 4)));
        m_fake = std::make_unique<FakeFichier>();
        QVERIFY2(m_fake->start(), qPrintable(m_fake->errorString()));
    }

    void cleanup()
    {
        m_fake.reset();
        m_env.reset();
    }

    // The temporary archive of a run in progress, and the download of a restore in
    // progress, are 0600 in 0700 folders, whatever the umask.
    void tempArchiveIsOwnerOnly()
    {
        addProfile();
        QVERIFY(m_fake->setFaults(QStringLiteral("slow:ms=3000:path=/upload.cgi")));
        const QString runs = m_env->cacheHome() + QLatin1String("/coffre/runs/docs");
        QProcess run;
        QVERIFY(startHeld(run, {QStringLiteral("run"), QStringLiteral("docs")}, [&] {
            return !leftoverFiles(runs).isEmpty()
                && m_fake->countCalls(QStringLiteral("get_upload_server.cgi")) > 0;
        }));
        const QStringList temp = leftoverFiles(runs);
        QCOMPARE(temp.size(), 1);
        QVERIFY(temp.first().endsWith(QLatin1String(".zip")));
        QCOMPARE(modeOf(temp.first()), 0600);
        QCOMPARE(modeOf(runs), 0700);
        QCOMPARE(modeOf(m_env->cacheHome() + QLatin1String("/coffre")), 0700);
        QVERIFY(run.waitForFinished(60000));
        QCOMPARE(run.exitCode(), 0);

        QVERIFY(m_fake->setFaults(QStringLiteral("slow:ms=3000:host=dl")));
        const QString downloads = m_env->cacheHome() + QLatin1String("/coffre/restore");
        QProcess restore;
        QVERIFY(startHeld(restore,
            {QStringLiteral("restore"), QStringLiteral("docs"), QStringLiteral("latest"),
                QStringLiteral("--to"), m_env->root() + QLatin1String("/restored")},
            [&] { return !leftoverFiles(downloads).isEmpty(); }));
        const QStringList part = leftoverFiles(downloads);
        QCOMPARE(part.size(), 1);
        QCOMPARE(modeOf(part.first()), 0600);
        QCOMPARE(modeOf(downloads), 0700);
        QVERIFY(restore.waitForFinished(60000));
        QCOMPARE(restore.exitCode(), 0);
    }

    // profiles.json and history.jsonl: 0600 in 0700 folders, whatever the umask.
    void configFilesAreOwnerOnly()
    {
        addProfile();
        QCOMPARE(coffreUmask0({QStringLiteral("run"), QStringLiteral("docs")}).exitCode, 0);
        const QString config = m_env->configHome() + QLatin1String("/coffre");
        const QString data = m_env->dataHome() + QLatin1String("/coffre");
        QCOMPARE(modeOf(config + QLatin1String("/profiles.json")), 0600);
        QCOMPARE(modeOf(config), 0700);
        QCOMPARE(modeOf(data + QLatin1String("/history.jsonl")), 0600);
        QCOMPARE(modeOf(data), 0700);
        // Nothing Coffre wrote is readable by others.
        for (const QString &dir : QStringList {config, data, m_env->cacheHome() + QLatin1String("/coffre")}) {
            QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QVERIFY2((modeOf(path) & 0077) == 0,
                    qPrintable(QStringLiteral("%1 is %2").arg(path).arg(modeOf(path), 0, 8)));
            }
        }
    }

    // A running coffre may not dump core (the key is in its memory), and is not dumpable:
    // other processes of the user cannot read its memory or environment through /proc.
    void noCoreDumps()
    {
        addProfile();
        QVERIFY(m_fake->setFaults(QStringLiteral("slow:ms=3000:path=/upload.cgi")));
        QProcess run;
        run.setProcessEnvironment(env());
        run.start(CoffreProcess::binary(), {QStringLiteral("run"), QStringLiteral("docs")});
        QVERIFY(run.waitForStarted());
        QVERIFY(QTest::qWaitFor(
            [&] { return m_fake->countCalls(QStringLiteral("get_upload_server.cgi")) > 0; }, 60000));
        QFile limits(QStringLiteral("/proc/%1/limits").arg(run.processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QByteArray text = limits.readAll();
        static const QRegularExpression core(QStringLiteral("Max core file size\\s+0\\s+0\\s"));
        QVERIFY2(core.match(QString::fromLatin1(text)).hasMatch(), text.constData());
        if (::geteuid() != 0) {
            // A process that is not dumpable has its /proc files owned by root.
            struct stat st {
            };
            QCOMPARE(::stat(QStringLiteral("/proc/%1/environ").arg(run.processId()).toLocal8Bit().constData(),
                         &st),
                0);
            QCOMPARE(st.st_uid, uid_t(0));
        }
        QVERIFY(run.waitForFinished(60000));
        QCOMPARE(run.exitCode(), 0);
    }

    // No code path may turn TLS verification off.
    void noIgnoreSslErrorsInSources()
    {
        const QString root = qEnvironmentVariable("COFFRE_SOURCE_DIR");
        if (root.isEmpty())
            QSKIP("COFFRE_SOURCE_DIR not set: run through ctest");
        static const QRegularExpression weak(QStringLiteral("ignoreSslErrors|VerifyNone|QueryPeer"));
        int scanned = 0;
        for (const QString &dir : {QStringLiteral("/app"), QStringLiteral("/ui")}) {
            QDirIterator it(root + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                const QRegularExpressionMatch m = weak.match(text);
                QVERIFY2(!m.hasMatch(), qPrintable(f.fileName() + QLatin1String(": ") + m.captured()));
                ++scanned;
            }
        }
        QVERIFY(scanned > 50);
    }

    // An https API whose certificate nobody trusts (self-signed): the run fails with the
    // TLS sentence and the request — with its key — is never sent.
    void selfSignedApiRefused()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        RawServer server;
        if (!makeSelfSignedCertificate(&server.certificate, &server.key))
            QSKIP("openssl could not make a certificate");
        QVERIFY(server.listen(QHostAddress::LocalHost));
        addProfile();
        const QString url = QStringLiteral("https://127.0.0.1:%1/v1").arg(server.serverPort());
        QProcess p;
        p.setProcessEnvironment(env(url));
        p.start(CoffreProcess::binary(), {QStringLiteral("run"), QStringLiteral("docs")});
        // The server lives in this thread: serve it while coffre runs.
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000));
        QCOMPARE(p.exitCode(), ExitCode::Network);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("certificate or TLS error")), qPrintable(err));
        QVERIFY(!server.sockets.isEmpty()); // it did connect
        QVERIFY(!server.received.contains("POST")); // but sent nothing in the clear
        QVERIFY(!server.received.contains(m_fake->apiKey().toLatin1()));
    }

    // Plain http to anything but loopback is refused before any connection.
    void plainHttpRefusedForRemoteHosts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("name") << "http://api.1fichier.com/v1";
        QTest::newRow("private address") << "http://10.0.0.1:8080/v1";
        QTest::newRow("loopback-looking name") << "http://127.0.0.1.nip.io/v1";
    }

    void plainHttpRefusedForRemoteHosts()
    {
        QFETCH(QString, url);
        addProfile();
        const CoffreResult r = coffre({QStringLiteral("run"), QStringLiteral("docs")}, url);
        QCOMPARE(r.exitCode, ExitCode::Config);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.errText().contains(QLatin1String("http")), r.err.constData());
        QVERIFY(!r.errText().contains(m_fake->apiKey()));
        QCOMPARE(m_fake->requestLog().size(), 0);
    }

    // A backup on 1fichier that tries to write outside the restore target ("../", an
    // absolute path, a link out then a file through it): `coffre restore` refuses it whole.
    void restoreOfHostileArchiveStaysInTarget_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("dot-dot") << "dotdot";
        QTest::newRow("absolute") << "absolute";
        QTest::newRow("link out") << "link";
    }

    void restoreOfHostileArchiveStaysInTarget()
    {
        QFETCH(QString, how);
        addProfile();
        const QString zip = m_env->root() + QLatin1String("/hostile.zip");
        const QString outside = m_env->root() + QLatin1String("/outside");
        QDir().mkpath(outside);
        // Python's zipfile writes what it is told: the test's own independent zip maker.
        const QString script = QStringLiteral(R"(
import sys, zipfile
how, path, outside = sys.argv[1], sys.argv[2], sys.argv[3]
with zipfile.ZipFile(path, "w") as z:
    z.writestr("docs/a.txt", "fine\n")
    if how == "dotdot":
        z.writestr("docs/../../outside/evil.txt", "escaped\n")
    elif how == "absolute":
        z.writestr(outside + "/evil.txt", "escaped\n")
    else:
        link = zipfile.ZipInfo("docs/out")
        link.create_system = 3
        link.external_attr = (0o120777 << 16)
        z.writestr(link, outside)
        z.writestr("docs/out/evil.txt", "escaped\n")
)");
        QProcess py;
        py.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, how, zip, outside});
        QVERIFY(py.waitForFinished(60000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString name = BackupName::format(QStringLiteral("docs"), QDateTime::currentDateTimeUtc());
        QVERIFY(!m_fake->seedFile(QStringLiteral("/Backups/docs"), name, f.readAll()).isEmpty());

        const QString target = m_env->root() + QLatin1String("/restored");
        const CoffreResult r = coffre({QStringLiteral("restore"), QStringLiteral("docs"),
            QStringLiteral("latest"), QStringLiteral("--to"), target});
        QCOMPARE(r.exitCode, ExitCode::Failure);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.errText().contains(QLatin1String("Nothing was extracted")), r.err.constData());
        QVERIFY(QDir(outside).isEmpty());
        QVERIFY2(readTree(target).isEmpty(), qPrintable(readTree(target).keys().join(u' ')));
        QVERIFY(leftoverFiles(m_env->cacheHome()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
