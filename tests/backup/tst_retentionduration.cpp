// RetentionDuration: restic's y/m/d/h notation and calendar arithmetic in a zone.
#include "backup/RetentionDuration.h"
#include "core/EnglishPlurals.h"

#include <QtTest>

using Coffre::RetentionDuration;

class TestRetentionDuration : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty: refused
        QTest::newRow("days") << "30d"
                              << "30d";
        QTest::newRow("hours") << "12h"
                               << "12h";
        QTest::newRow("months") << "6m"
                                << "6m";
        QTest::newRow("all") << "2y3m4d5h"
                             << "2y3m4d5h";
        QTest::newRow("any order") << "5h1y"
                                   << "1y5h";
        QTest::newRow("spaces around") << " 7d "
                                       << "7d";
        QTest::newRow("upper") << "7D"
                               << "7d";
        QTest::newRow("zero") << "0d"
                              << "";
        QTest::newRow("no unit") << "30"
                                 << "";
        QTest::newRow("bad unit") << "30w"
                                  << "";
        QTest::newRow("twice") << "1d2d"
                               << "";
        QTest::newRow("negative") << "-1d"
                                  << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("huge") << "99999999d"
                              << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QString error;
        const auto duration = RetentionDuration::parse(text, &error);
        if (canonical.isEmpty()) {
            // "0d" parses but is zero: callers treat zero as "no keep-within".
            QVERIFY(!duration || duration->isZero());
            if (!duration)
                QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(duration, qPrintable(error));
        QCOMPARE(duration->toString(), canonical);
    }

    // On screen: words, largest unit first, singular and plural; the notation stays for
    // files and --json, and text that is not a duration is shown as it is.
    void displayText()
    {
        Coffre::installEnglishPlurals();
        QCOMPARE(RetentionDuration(1, 6, 0, 0).displayText(), QStringLiteral("1 year 6 months"));
        QCOMPARE(RetentionDuration(0, 0, 30, 0).displayText(), QStringLiteral("30 days"));
        QCOMPARE(RetentionDuration(0, 1, 1, 1).displayText(), QStringLiteral("1 month 1 day 1 hour"));
        QCOMPARE(RetentionDuration(0, 0, 0, 12).displayText(), QStringLiteral("12 hours"));
        QCOMPARE(RetentionDuration::displayText(QStringLiteral("2y")), QStringLiteral("2 years"));
        QCOMPARE(RetentionDuration::displayText(QStringLiteral("soon")), QStringLiteral("soon"));
        QCOMPARE(RetentionDuration(0, 0, 30, 0).toString(), QStringLiteral("30d"));
    }

    void before()
    {
        const QTimeZone paris("Europe/Paris");
        // One calendar day before 2024-03-31 12:00 CEST is 2024-03-30 12:00 CET: 23 hours.
        const QDateTime from(QDate(2024, 3, 31), QTime(12, 0), paris);
        QCOMPARE(RetentionDuration(0, 0, 1, 0).before(from).secsTo(from), 23 * 3600);
        QCOMPARE(RetentionDuration(0, 0, 0, 24).before(from).secsTo(from), 24 * 3600);
        QCOMPARE(RetentionDuration(0, 1, 0, 0).before(QDateTime(QDate(2024, 3, 31), QTime(0, 0), Qt::UTC)),
            QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC));
        QCOMPARE(RetentionDuration(1, 0, 0, 0).before(QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC)),
            QDateTime(QDate(2023, 2, 28), QTime(0, 0), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestRetentionDuration)
#include "tst_retentionduration.moc"
