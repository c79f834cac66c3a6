// LeakScan (tests/support) must find a planted secret in every form it claims to search,
// wherever it hides in a directory tree, and report nothing for clean trees; otherwise
// every leak test built on it would pass vacuously.
#include "LeakScan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const QByteArray kSecret = QByteArrayLiteral("Zq3_tY9-wE0=pL4mN8bV2cX6zA1sD5fG");

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestLeakScan : public QObject
{
    Q_OBJECT

private slots:
    void cleanTreeHasNoHits()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("a.txt")), "nothing to see");
        writeFile(dir.filePath(QStringLiteral("sub/deeper/b.bin")), QByteArray(100000, 'x'));
        // Almost the secret: one character short must not count.
        writeFile(dir.filePath(QStringLiteral("c.txt")), kSecret.left(kSecret.size() - 1));
        int scanned = 0;
        const auto hits = LeakScan::findSecret({dir.path()}, kSecret, &scanned);
        QVERIFY2(hits.isEmpty(), qPrintable(LeakScan::describe(hits)));
        QCOMPARE(scanned, 3);
    }

    void findsEachForm_data()
    {
        QTest::addColumn<QString>("form");
        for (const auto &form : LeakScan::forms(kSecret))
            QTest::newRow(qPrintable(form.first)) << form.first;
    }

    void findsEachForm()
    {
        QFETCH(QString, form);
        QByteArray encoded;
        for (const auto &f : LeakScan::forms(kSecret)) {
            if (f.first == form)
                encoded = f.second;
        }
        QVERIFY(!encoded.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/.hidden/log.txt"));
        writeFile(path, "prefix " + encoded + " suffix");
        const auto hits = LeakScan::findSecret({dir.path()}, kSecret);
        bool found = false;
        for (const auto &hit : hits)
            found = found || (hit.where == path && hit.form == form);
        QVERIFY2(found, qPrintable(LeakScan::describe(hits)));
    }

    void findsSecretAcrossChunkBoundary()
    {
        // The scanner reads 4 MiB chunks; put the secret across the first boundary.
        QTemporaryDir dir;
        QByteArray big(4 * 1024 * 1024 - 10, '.');
        big += kSecret;
        big += QByteArray(1000, '.');
        writeFile(dir.filePath(QStringLiteral("big.zip")), big);
        const auto hits = LeakScan::findSecret({dir.path()}, kSecret);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().form, QStringLiteral("raw"));
    }

    void searchesSeveralDirs()
    {
        QTemporaryDir a, b;
        writeFile(a.filePath(QStringLiteral("x")), "clean");
        writeFile(b.filePath(QStringLiteral("y")), kSecret);
        const auto hits = LeakScan::findSecret({a.path(), b.path()}, kSecret);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().where, b.filePath(QStringLiteral("y")));
    }

    void unreadableFileIsReported()
    {
        if (::geteuid() == 0)
            QSKIP("root reads every file");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked"));
        writeFile(path, "x");
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0) == 0);
        const auto hits = LeakScan::findSecret({dir.path()}, kSecret);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().form, QStringLiteral("unreadable"));
    }

    void capturesAreSearched()
    {
        const auto hits = LeakScan::findSecretIn(
            {{QStringLiteral("stdout"), "ok"}, {QStringLiteral("stderr"), "key=" + kSecret.toBase64()}},
            kSecret);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().where, QStringLiteral("stderr"));
        QCOMPARE(hits.first().form, QStringLiteral("base64"));
    }

    void commandLineOfThisProcess()
    {
        const QByteArray cmdline = LeakScan::commandLineOf(QCoreApplication::applicationPid());
        QVERIFY(cmdline.contains("tst_leakscan"));
        QVERIFY(LeakScan::commandLineOf(-1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLeakScan)
#include "tst_leakscan.moc"
