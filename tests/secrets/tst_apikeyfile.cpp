// ApiKeyFile: --api-key-file is accepted only for a regular file of the user's own with no
// group/other permissions; every refusal is one sentence that never shows the content.
#include "secrets/ApiKeyFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Coffre;

namespace {

const QByteArray kKey = QByteArrayLiteral("Ab3_Cd4-Ef5=Gh6iJ7kL8mN9oP0qRsTu");

QString writeKeyFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content, mode_t mode)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    f.close();
    // chmod, not the umask-dependent create mode: the test must get exactly `mode`.
    if (::chmod(QFile::encodeName(path).constData(), mode) != 0)
        return {};
    return path;
}

} // namespace

class TestApiKeyFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void accepted_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("mode");
        QTest::newRow("0600 bare") << kKey << 0600;
        QTest::newRow("0600 trailing newline") << kKey + "\n" << 0600;
        QTest::newRow("0600 CRLF") << kKey + "\r\n" << 0600;
        QTest::newRow("0600 spaces around") << "  " + kKey + " \t\n\n" << 0600;
        QTest::newRow("0400 read-only") << kKey + "\n" << 0400;
    }

    void accepted()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, mode);
        const QString path = writeKeyFile(m_dir, QStringLiteral("ok-key"), content, mode_t(mode));
        QVERIFY(!path.isEmpty());
        const ApiKeyFile::Result r = ApiKeyFile::read(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.key, QString::fromLatin1(kKey));
        QVERIFY(QFile::remove(path));
    }

    void refusedForMode_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("shown");
        QTest::newRow("0644") << 0644 << QStringLiteral("0644");
        QTest::newRow("0640") << 0640 << QStringLiteral("0640");
        QTest::newRow("0604") << 0604 << QStringLiteral("0604");
        QTest::newRow("0620 group write") << 0620 << QStringLiteral("0620");
        QTest::newRow("0666") << 0666 << QStringLiteral("0666");
    }

    void refusedForMode()
    {
        QFETCH(int, mode);
        QFETCH(QString, shown);
        const QString path = writeKeyFile(m_dir, QStringLiteral("loose-key"), kKey + "\n", mode_t(mode));
        QVERIFY(!path.isEmpty());
        const ApiKeyFile::Result r = ApiKeyFile::read(path);
        QVERIFY(!r.ok());
        QVERIFY(r.key.isEmpty());
        // The exact sentence: where, the mode found, why, and the fix.
        QCOMPARE(r.error,
            QStringLiteral(
                "the key file %1 has mode %2, so other users can read it; it must be readable by you "
                "only. Fix it with: chmod 600 %1")
                .arg(path, shown));
        QVERIFY(!r.error.contains(QString::fromLatin1(kKey)));
        QVERIFY(QFile::remove(path));
    }

    void missingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-key"));
        const ApiKeyFile::Result r = ApiKeyFile::read(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, QStringLiteral("the key file %1 does not exist.").arg(path));
    }

    void directoryIsRefused()
    {
        const ApiKeyFile::Result r = ApiKeyFile::read(m_dir.path());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("not a regular file")), qPrintable(r.error));
    }

    void fifoIsRefusedWithoutWaiting()
    {
        // A FIFO with no writer would block a plain open(); the reader must not wait.
        const QString path = m_dir.filePath(QStringLiteral("fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        const ApiKeyFile::Result r = ApiKeyFile::read(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("not a regular file")), qPrintable(r.error));
        QFile::remove(path);
    }

    void symlinkToPrivateFileIsFollowed()
    {
        // The checks apply to the file that is read, whatever name leads to it.
        const QString target = writeKeyFile(m_dir, QStringLiteral("target-key"), kKey, 0600);
        const QString link = m_dir.filePath(QStringLiteral("link-key"));
        QVERIFY(QFile::link(target, link));
        QVERIFY(ApiKeyFile::read(link).ok());
        QVERIFY(::chmod(QFile::encodeName(target).constData(), 0644) == 0);
        const ApiKeyFile::Result r = ApiKeyFile::read(link);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("mode 0644")), qPrintable(r.error));
        QFile::remove(link);
        QFile::remove(target);
    }

    void malformedContent_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is empty");
        QTest::newRow("only newline") << QByteArray("\n") << QStringLiteral("is empty");
        QTest::newRow("31 chars") << kKey.left(31) << QStringLiteral("has 31 characters");
        QTest::newRow("two keys") << kKey + "\n" + kKey << QStringLiteral("has 65 characters");
        QTest::newRow("bad char") << QByteArray(kKey).replace(0, 1, "+")
                                  << QStringLiteral("contains characters");
        QTest::newRow("key=value") << "key=" + kKey << QStringLiteral("has 36 characters");
    }

    void malformedContent()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        const QString path = writeKeyFile(m_dir, QStringLiteral("bad-key"), content, 0600);
        const ApiKeyFile::Result r = ApiKeyFile::read(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QStringLiteral("the key file %1 ").arg(path)), qPrintable(r.error));
        QVERIFY2(r.error.contains(says), qPrintable(r.error));
        QVERIFY2(!r.error.contains(QString::fromLatin1(kKey.mid(1, 16))), qPrintable(r.error));
        QFile::remove(path);
    }

    void tooBig()
    {
        const QString path = writeKeyFile(m_dir, QStringLiteral("big-key"), QByteArray(5000, 'a'), 0600);
        const ApiKeyFile::Result r = ApiKeyFile::read(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("too big")), qPrintable(r.error));
        QFile::remove(path);
    }

    void otherOwnerIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("only root can give a file to another user");
        const QString path = writeKeyFile(m_dir, QStringLiteral("their-key"), kKey, 0600);
        QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
        const ApiKeyFile::Result r = ApiKeyFile::read(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("belongs to another user (uid 65534)")), qPrintable(r.error));
        QFile::remove(path);
    }

    void unreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("root can open a mode-0000 file");
        const QString path = writeKeyFile(m_dir, QStringLiteral("closed-key"), kKey, 0);
        const ApiKeyFile::Result r = ApiKeyFile::read(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QLatin1String("cannot open the key file")), qPrintable(r.error));
        QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(TestApiKeyFile)
#include "tst_apikeyfile.moc"
