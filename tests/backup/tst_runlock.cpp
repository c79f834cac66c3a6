// RunLock: a second lock is refused with the holder's pid (in this process and from
// another one), unlock frees it, and a lock left by a child killed with SIGKILL is
// recovered by the next run.
#include "TestEnvironment.h"
#include "backup/RunLock.h"

#include <QDir>
#include <QProcess>
#include <QtTest>

using namespace Coffre;

class TestRunLock : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;

    static QString holderBinary() { return qEnvironmentVariable("COFFRE_LOCK_HOLDER"); }

    // Starts a child that takes the lock; returns its pid once it holds it.
    qint64 startHolder(QProcess &child, const QString &slug, const QStringList &extra = {})
    {
        child.setProgram(holderBinary());
        child.setArguments(QStringList {RunLock::defaultDirectory(), slug} + extra);
        child.setProcessEnvironment(m_env.processEnvironment());
        child.start();
        if (!child.waitForStarted(10000) || !child.waitForReadyRead(10000))
            return -1;
        const QString line = QString::fromUtf8(child.readLine()).trimmed();
        if (!line.startsWith(QLatin1String("locked ")))
            return -1;
        return line.mid(7).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_env.isValid());
        m_env.applyToThisProcess();
        QVERIFY2(QFileInfo(holderBinary()).isExecutable(), qPrintable(holderBinary()));
        QVERIFY(RunLock::defaultDirectory().startsWith(m_env.cacheHome()));
    }

    void lockAndUnlock()
    {
        RunLock lock(QStringLiteral("photos"));
        QVERIFY(!lock.isLocked());
        QVERIFY2(lock.tryLock(), qPrintable(lock.errorString()));
        QVERIFY(lock.isLocked());
        QVERIFY(QFile::exists(lock.filePath()));
        QVERIFY(lock.tryLock()); // re-entrant for the holder
        lock.unlock();
        QVERIFY(!lock.isLocked());
        QVERIFY(!QFile::exists(lock.filePath()));
    }

    void secondLockInThisProcessIsRefused()
    {
        RunLock first(QStringLiteral("photos"));
        QVERIFY(first.tryLock());
        RunLock second(QStringLiteral("photos"));
        QVERIFY(!second.tryLock());
        QCOMPARE(second.holderPid(), QCoreApplication::applicationPid());
        QVERIFY2(second.errorString().contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(second.errorString()));
        // Another profile is independent.
        RunLock other(QStringLiteral("documents"));
        QVERIFY(other.tryLock());
        first.unlock();
        QVERIFY(second.tryLock());
    }

    void lockIsReleasedWhenDestroyed()
    {
        {
            RunLock lock(QStringLiteral("scoped"));
            QVERIFY(lock.tryLock());
        }
        RunLock again(QStringLiteral("scoped"));
        QVERIFY(again.tryLock());
    }

    void lockHeldByAnotherProcess_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("default name") << QStringList();
        QTest::newRow("application named coffre") << QStringList {QStringLiteral("coffre")};
    }

    void lockHeldByAnotherProcess()
    {
        QFETCH(QStringList, extra);
        QProcess child;
        const qint64 pid = startHolder(child, QStringLiteral("shared"), extra);
        QVERIFY2(pid > 0, child.readAllStandardError().constData());

        RunLock lock(QStringLiteral("shared"));
        QVERIFY(!lock.tryLock());
        QCOMPARE(lock.holderPid(), pid);
        QVERIFY2(lock.errorString().contains(QString::number(pid)), qPrintable(lock.errorString()));

        // The holder finishes normally: the lock is free again.
        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitCode(), 0);
        QVERIFY2(lock.tryLock(), qPrintable(lock.errorString()));
    }

    void childSeesOurLock()
    {
        RunLock lock(QStringLiteral("mine"));
        QVERIFY(lock.tryLock());
        QProcess child;
        child.setProgram(holderBinary());
        child.setArguments({RunLock::defaultDirectory(), QStringLiteral("mine")});
        child.start();
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitCode(), 1);
        QCOMPARE(QString::fromUtf8(child.readAllStandardOutput()).trimmed(),
            QStringLiteral("refused %1").arg(QCoreApplication::applicationPid()));
    }

    void staleLockAfterSigkillIsRecovered()
    {
        QProcess child;
        const qint64 pid = startHolder(child, QStringLiteral("killed"));
        QVERIFY(pid > 0);
        RunLock lock(QStringLiteral("killed"));
        QVERIFY(!lock.tryLock());

        child.kill(); // SIGKILL: no destructor runs, the lock file stays behind
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFile::exists(lock.filePath()));

        QVERIFY2(lock.tryLock(), qPrintable(lock.errorString()));
        QVERIFY(lock.isLocked());
        // And it is a real lock again: another process is refused.
        QProcess second;
        second.setProgram(holderBinary());
        second.setArguments({RunLock::defaultDirectory(), QStringLiteral("killed")});
        second.start();
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 1);
    }

    void unwritableFolderIsAnError()
    {
        // A plain file where the lock folder should be.
        const QString blocker = QDir(m_env.root()).filePath(QStringLiteral("not-a-dir"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        RunLock lock(QStringLiteral("x"), blocker);
        QVERIFY(!lock.tryLock());
        QCOMPARE(lock.holderPid(), 0);
        QVERIFY(!lock.errorString().isEmpty());
        QVERIFY(!lock.errorString().contains(QLatin1String("already running")));
    }
};

QTEST_GUILESS_MAIN(TestRunLock)
#include "tst_runlock.moc"
