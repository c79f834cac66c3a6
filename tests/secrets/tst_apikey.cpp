// ApiKey: the shape check of 1fichier-api.md §1.2 and the sentences about a bad key,
// which must never quote the key.
#include "secrets/ApiKey.h"

#include <QtTest>

using namespace Coffre;

class TestApiKey : public QObject
{
    Q_OBJECT

private slots:
    void shape_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("wellFormed");
        QTest::newRow("letters+digits") << QStringLiteral("abcdefghijABCDEFGHIJ0123456789ab") << true;
        QTest::newRow("dash underscore equals") << QStringLiteral("-_=-_=-_=-_=-_=-_=-_=-_=-_=-_=-_") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("31") << QStringLiteral("abcdefghijABCDEFGHIJ0123456789a") << false;
        QTest::newRow("33") << QStringLiteral("abcdefghijABCDEFGHIJ0123456789abc") << false;
        QTest::newRow("space inside") << QStringLiteral("abcdefghijABCDEF HIJ0123456789ab") << false;
        QTest::newRow("plus") << QStringLiteral("abcdefghijABCDEF+HIJ0123456789ab") << false;
        QTest::newRow("slash") << QStringLiteral("abcdefghijABCDEF/HIJ0123456789ab") << false;
        QTest::newRow("dot") << QStringLiteral("abcdefghijABCDEF.HIJ0123456789ab") << false;
        QTest::newRow("non-ascii letter") << QStringLiteral("abcdefghijABCDEF\u00e9HIJ0123456789ab") << false;
        QTest::newRow("fullwidth digit") << QStringLiteral("abcdefghijABCDEF\uff11HIJ0123456789ab") << false;
        QTest::newRow("newline inside") << QStringLiteral("abcdefghijABCDEF\nHIJ0123456789ab") << false;
        QTest::newRow("untrimmed") << QStringLiteral(" abcdefghijABCDEFGHIJ0123456789a") << false;
    }

    void shape()
    {
        QFETCH(QString, key);
        QFETCH(bool, wellFormed);
        QCOMPARE(ApiKey::isWellFormed(key), wellFormed);
        const QString problem = ApiKey::shapeProblem(key, QStringLiteral("the test key"));
        QCOMPARE(problem.isEmpty(), wellFormed);
        if (!wellFormed) {
            QVERIFY(problem.startsWith(QLatin1String("the test key ")));
            QVERIFY2(problem.contains(QLatin1String("32 characters")), qPrintable(problem));
            // The sentence never quotes the key, not even a long piece of it.
            if (key.size() >= 8)
                QVERIFY2(!problem.contains(key.left(8)), qPrintable(problem));
            QVERIFY(!problem.contains(QLatin1Char('\n')));
        }
    }

    void normalizedTrimsWhitespaceAndNewlines()
    {
        const QString key = QStringLiteral("abcdefghijABCDEFGHIJ0123456789ab");
        QCOMPARE(ApiKey::normalized(key + QStringLiteral("\n")), key);
        QCOMPARE(ApiKey::normalized(key + QStringLiteral("\r\n")), key);
        QCOMPARE(ApiKey::normalized(QStringLiteral("  \t") + key + QStringLiteral(" \n\n")), key);
        QVERIFY(ApiKey::isWellFormed(ApiKey::normalized(key + QStringLiteral("\n"))));
    }

    void lengthIsReported()
    {
        const QString problem = ApiKey::shapeProblem(QStringLiteral("abc"), QStringLiteral("X"));
        QVERIFY2(problem.contains(QLatin1String("has 3 characters")), qPrintable(problem));
        // A placeholder in the source name must not be expanded by the later arguments.
        const QString odd = ApiKey::shapeProblem(QStringLiteral("abc"), QStringLiteral("the file /tmp/%2"));
        QVERIFY2(odd.startsWith(QLatin1String("the file /tmp/%2 has 3 characters")), qPrintable(odd));
    }

    void sources()
    {
        const QString key = QStringLiteral("abcdefghijABCDEFGHIJ0123456789ab");
        QVERIFY(ApiKey().isEmpty());
        QCOMPARE(ApiKey().source(), ApiKey::Source::None);
        const ApiKey env(key, ApiKey::Source::Environment);
        QVERIFY(env.sourceDescription().contains(QLatin1String("COFFRE_API_KEY")));
        const ApiKey file(key, ApiKey::Source::KeyFile, QStringLiteral("/home/u/.coffre-key"));
        QVERIFY(file.sourceDescription().contains(QLatin1String("/home/u/.coffre-key")));
        QCOMPARE(file.origin(), QStringLiteral("/home/u/.coffre-key"));
        const ApiKey chain(key, ApiKey::Source::Keychain);
        QVERIFY(chain.sourceDescription().contains(QLatin1String("keychain")));
        for (const ApiKey &k : {env, file, chain}) {
            QCOMPARE(k.value(), key);
            QVERIFY(!k.sourceDescription().contains(key));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiKey)
#include "tst_apikey.moc"
