// BackupName: the archive name format, and a parser that accepts only this profile's
// names (never another profile's, a foreign file, or an impossible date).
#include "backup/BackupName.h"

#include <QtTest>

using Coffre::BackupName;

class TestBackupName : public QObject
{
    Q_OBJECT

private slots:
    void format()
    {
        const QDateTime t(QDate(2024, 3, 9), QTime(7, 5, 3, 999), Qt::UTC);
        QCOMPARE(BackupName::format(QStringLiteral("photos"), t),
            QStringLiteral("photos_2024-03-09_07-05-03Z.zip"));
        // Local input times are written in UTC.
        const QDateTime paris(QDate(2024, 7, 1), QTime(2, 0), QTimeZone("Europe/Paris"));
        QCOMPARE(
            BackupName::format(QStringLiteral("a-b"), paris), QStringLiteral("a-b_2024-07-01_00-00-00Z.zip"));
    }

    void roundTrip()
    {
        const QDateTime t(QDate(1999, 12, 31), QTime(23, 59, 59), Qt::UTC);
        const auto parsed = BackupName::parse(
            QStringLiteral("mes-photos-ete"), BackupName::format(QStringLiteral("mes-photos-ete"), t));
        QVERIFY(parsed);
        QCOMPARE(*parsed, t);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ours");
        QTest::newRow("ours") << "photos"
                              << "photos_2024-01-02_03-04-05Z.zip" << true;
        QTest::newRow("leap day") << "photos"
                                  << "photos_2024-02-29_00-00-00Z.zip" << true;
        QTest::newRow("other profile with our prefix") << "photos"
                                                       << "photos-2024_2024-01-02_03-04-05Z.zip" << false;
        QTest::newRow("our prefix of other") << "photos-2024"
                                             << "photos_2024-01-02_03-04-05Z.zip" << false;
        QTest::newRow("other profile") << "photos"
                                       << "docs_2024-01-02_03-04-05Z.zip" << false;
        QTest::newRow("no Z") << "photos"
                              << "photos_2024-01-02_03-04-05.zip" << false;
        QTest::newRow("copy suffix") << "photos"
                                     << "photos_2024-01-02_03-04-05Z (1).zip" << false;
        QTest::newRow("upper case") << "photos"
                                    << "PHOTOS_2024-01-02_03-04-05Z.zip" << false;
        QTest::newRow("upper ext") << "photos"
                                   << "photos_2024-01-02_03-04-05Z.ZIP" << false;
        QTest::newRow("temp part") << "photos"
                                   << "photos_2024-01-02_03-04-05Z.zip.part" << false;
        QTest::newRow("Feb 30") << "photos"
                                << "photos_2024-02-30_03-04-05Z.zip" << false;
        QTest::newRow("not leap") << "photos"
                                  << "photos_2023-02-29_03-04-05Z.zip" << false;
        QTest::newRow("hour 24") << "photos"
                                 << "photos_2024-01-02_24-00-00Z.zip" << false;
        QTest::newRow("second 60") << "photos"
                                   << "photos_2024-01-02_23-59-60Z.zip" << false;
        QTest::newRow("foreign") << "photos"
                                 << "holiday.jpg" << false;
        QTest::newRow("empty") << "photos"
                               << "" << false;
        QTest::newRow("empty slug") << ""
                                    << "_2024-01-02_03-04-05Z.zip" << false;
        QTest::newRow("slug with _") << "a_b"
                                     << "a_b_2024-01-02_03-04-05Z.zip" << false;
        QTest::newRow("arabic digits")
            << "photos" << QString::fromUtf8("photos_٢٠٢٤-01-02_03-04-05Z.zip") << false;
    }

    void parse()
    {
        QFETCH(QString, slug);
        QFETCH(QString, name);
        QFETCH(bool, ours);
        QCOMPARE(BackupName::parse(slug, name).has_value(), ours);
        QCOMPARE(BackupName::matches(slug, name), ours);
    }
};

QTEST_GUILESS_MAIN(TestBackupName)
#include "tst_backupname.moc"
