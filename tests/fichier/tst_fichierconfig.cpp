// FichierConfig: the URL policy (https, plain http only to loopback), $COFFRE_API_URL, and
// the spacing floor.
#include "fichier/FichierConfig.h"

#include <QtTest>

using namespace Coffre;

class TestFichierConfig : public QObject
{
    Q_OBJECT
private slots:
    void loopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("127.8.9.10") << "127.8.9.10" << true;
        QTest::newRow("::1") << "::1" << true;
        QTest::newRow("[::1]") << "[::1]" << true;
        QTest::newRow("localhost") << "localhost" << true;
        QTest::newRow("LOCALHOST") << "LOCALHOST" << true;
        QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
        QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
        QTest::newRow("0.0.0.0") << "0.0.0.0" << false;
        QTest::newRow("api.1fichier.com") << "api.1fichier.com" << false;
        QTest::newRow("127.0.0.1.nip.io") << "127.0.0.1.nip.io" << false;
        QTest::newRow("localhost.evil.com") << "localhost.evil.com" << false;
        QTest::newRow("empty") << "" << false;
    }

    void loopback()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(FichierConfig::isLoopbackHost(host), loopback);
    }

    void urlPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("default") << "https://api.1fichier.com/v1" << true;
        QTest::newRow("https anywhere") << "https://example.org/v1" << true;
        QTest::newRow("http loopback") << "http://127.0.0.1:8080/v1" << true;
        QTest::newRow("http ipv6 loopback") << "http://[::1]:8080/v1" << true;
        QTest::newRow("http localhost") << "http://localhost:1/v1" << true;
        QTest::newRow("http remote") << "http://api.1fichier.com/v1" << false;
        QTest::newRow("http private lan") << "http://192.168.1.2/v1" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/v1" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("user info") << "https://user:pw@api.1fichier.com/v1" << false;
        QTest::newRow("no host") << "https:///v1" << false;
        QTest::newRow("garbage") << "not a url" << false;
    }

    void urlPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString problem = FichierConfig::urlProblem(QUrl(url, QUrl::StrictMode));
        QVERIFY2(problem.isEmpty() == allowed, qPrintable(problem));
    }

    void environment()
    {
        qunsetenv("COFFRE_API_URL");
        FichierConfig config = FichierConfig::fromEnvironment(QStringLiteral("k"));
        QCOMPARE(config.apiBase, QUrl(QStringLiteral("https://api.1fichier.com/v1")));
        QCOMPARE(config.apiKey, QStringLiteral("k"));
        QVERIFY(config.problem().isEmpty());

        qputenv("COFFRE_API_URL", "http://127.0.0.1:4321/v1/");
        config = FichierConfig::fromEnvironment(QStringLiteral("k"));
        QCOMPARE(config.apiBase, QUrl(QStringLiteral("http://127.0.0.1:4321/v1")));
        QVERIFY(config.problem().isEmpty());

        qputenv("COFFRE_API_URL", "http://fichier.example.com/v1");
        config = FichierConfig::fromEnvironment(QStringLiteral("k"));
        QVERIFY(config.problem().contains(QLatin1String("fichier.example.com")));
        qunsetenv("COFFRE_API_URL");
    }

    void keyProblems()
    {
        FichierConfig config;
        QVERIFY(!config.problem().isEmpty()); // no key
        config.apiKey = QStringLiteral("abc\r\nX-Injected: 1");
        QVERIFY(!config.problem().isEmpty());
        QVERIFY(!config.problem().contains(config.apiKey));
        config.apiKey = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ-_=012");
        QVERIFY(config.problem().isEmpty());
    }

    void spacingFloor()
    {
        FichierConfig config;
        QCOMPARE(config.spacingMs(), 500);
        config.minSpacingMs = 100;
        QCOMPARE(config.spacingMs(), FichierConfig::kMinSpacingFloorMs);
        QCOMPARE(FichierConfig::kMinSpacingFloorMs, 334);
        config.minSpacingMs = 2000;
        QCOMPARE(config.spacingMs(), 2000);
        QCOMPARE(FichierConfig::kMaxFileSize, Q_INT64_C(300000000000));
    }
};

QTEST_GUILESS_MAIN(TestFichierConfig)
#include "tst_fichierconfig.moc"
