// The reversible full-width name mapping of API doc §5.4.
#include "fichier/FichierNames.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Coffre;

class TestFichierNames : public QObject
{
    Q_OBJECT
private slots:
    void encode_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("wire");
        QTest::newRow("plain") << QStringLiteral("laptop_2024-01-01_10-00-00Z.zip")
                               << QStringLiteral("laptop_2024-01-01_10-00-00Z.zip");
        QTest::newRow("reserved") << QStringLiteral("a\\b<c>d\"e'f$g`h")
                                  << QStringLiteral("a＼b＜c＞d＂e＇f＄g｀h");
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("a／b");
        QTest::newRow("edge spaces") << QStringLiteral("  a b ") << QStringLiteral("␠␠a b␠");
        QTest::newRow("only spaces") << QStringLiteral("  ") << QStringLiteral("␠␠");
        QTest::newRow("control") << QStringLiteral("a\tb\nc") << QStringLiteral("a␉b␊c");
        QTest::newRow("nul") << QString(QChar(0)) << QStringLiteral("␀");
        QTest::newRow("del") << QStringLiteral("a\x7f") << QStringLiteral("a␡");
        QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("．");
        QTest::newRow("dotdot") << QStringLiteral("..") << QStringLiteral("．．");
        QTest::newRow("dots inside") << QStringLiteral("a..b.") << QStringLiteral("a..b.");
        QTest::newRow("literal wide") << QStringLiteral("a＄b") << QStringLiteral("a‛＄b");
        QTest::newRow("literal quote") << QStringLiteral("a‛b") << QStringLiteral("a‛‛b");
        QTest::newRow("literal wide dot") << QStringLiteral("．") << QStringLiteral("‛．");
        QTest::newRow("unicode kept")
            << QStringLiteral("Sauvegarde été 日本") << QStringLiteral("Sauvegarde été 日本");
    }

    void encode()
    {
        QFETCH(QString, name);
        QFETCH(QString, wire);
        QCOMPARE(FichierNames::encode(name), wire);
        QCOMPARE(FichierNames::decode(wire), name);
    }

    // Whatever the input, decode(encode(x)) == x, and the encoded form has no reserved
    // character, no control character and no edge space.
    void roundTripRandom()
    {
        const QString alphabet = QStringLiteral("ab .\\<>\"'$`/\t\n\x7f＼＜＞＂＇＄｀／␠␀␡‛．é日");
        QRandomGenerator random(42);
        for (int i = 0; i < 20000; ++i) {
            QString name;
            const int length = random.bounded(8);
            for (int c = 0; c < length; ++c)
                name += alphabet.at(random.bounded(int(alphabet.size())));
            const QString wire = FichierNames::encode(name);
            QCOMPARE(FichierNames::decode(wire), name);
            for (QChar c : wire) {
                QVERIFY2(
                    !QStringLiteral("\\<>\"'$`/").contains(c) && c.unicode() >= 0x20 && c.unicode() != 0x7f,
                    qPrintable(wire));
            }
            QVERIFY(!wire.startsWith(QLatin1Char(' ')) && !wire.endsWith(QLatin1Char(' ')));
            QVERIFY(wire != QLatin1String(".") && wire != QLatin1String(".."));
        }
    }

    // Names made elsewhere (the website) decode sensibly.
    void decodeForeign()
    {
        QCOMPARE(FichierNames::decode(QStringLiteral("Root")), QStringLiteral("Root"));
        QCOMPARE(FichierNames::decode(QStringLiteral("trailing‛")), QStringLiteral("trailing‛"));
        QCOMPARE(FichierNames::decode(QStringLiteral("a＄")), QStringLiteral("a$"));
    }
};

QTEST_GUILESS_MAIN(TestFichierNames)
#include "tst_fichiernames.moc"
