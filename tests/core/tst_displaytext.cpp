// DisplayText::oneLine: outside text (server messages, archive entry names, file fields)
// made fit for a one-line message, a log line and a terminal.
#include "core/DisplayText.h"

#include <QtTest>

using namespace Coffre;

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void oneLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Flood detected #374") << 300
                               << QStringLiteral("Flood detected #374");
        QTest::newRow("line breaks") << QStringLiteral(" a\r\nb\tc \n") << 300 << QStringLiteral("a b c");
        QTest::newRow("NUL and ESC") << QStringLiteral("a").append(QChar(0)).append(QStringLiteral(
            "\x1b[31mb")) << 300 << QStringLiteral("a [31mb");
        QTest::newRow("C1 and DEL") << QStringLiteral("a\u0085b\x7f") + QStringLiteral("c") << 300
                                    << QStringLiteral("a b c");
        QTest::newRow("unicode breaks")
            << QStringLiteral("a\u2028b\u2029c") << 300 << QStringLiteral("a b c");
        QTest::newRow("cut") << QStringLiteral("abcdefghij") << 5 << QStringLiteral("abcd\u2026");
        QTest::newRow("exact") << QStringLiteral("abcde") << 5 << QStringLiteral("abcde");
        // U+1F600 is two UTF-16 units: never cut between them.
        QTest::newRow("surrogate pair at the cut")
            << QStringLiteral("abc\U0001F600def") << 5 << QStringLiteral("abc\u2026");
        QTest::newRow("accents kept")
            << QStringLiteral("été à Paris") << 300 << QStringLiteral("été à Paris");
    }

    void oneLine()
    {
        QFETCH(QString, text);
        QFETCH(int, max);
        QFETCH(QString, expected);
        QCOMPARE(DisplayText::oneLine(text, max), expected);
    }

    void hugeInputIsCutEarly()
    {
        const QString huge(10 * 1024 * 1024, QLatin1Char('x'));
        const QString line = DisplayText::oneLine(huge, 300);
        QCOMPARE(line.size(), 300);
        QVERIFY(line.endsWith(QChar(0x2026)));
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
