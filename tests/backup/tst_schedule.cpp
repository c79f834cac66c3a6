// Schedule: every kind, catch-up once after the machine was off, DST days in
// Europe/Paris (a cron-like poll every 15 minutes must run exactly once per day), the
// clock going back, manual never due, and the text forms.
#include "MockClock.h"
#include "backup/Schedule.h"

#include <QtTest>

#include <map>

using namespace Coffre;

namespace {

QDateTime utc(const char *text)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(t.date(), t.time(), Qt::UTC);
}

QDateTime local(const char *text, const QTimeZone &zone)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(t.date(), t.time(), zone).toUTC();
}

// Polls like `*/15 * * * * coffre run --due` from `start` to `end`, "running" whenever
// due; returns the run times.
QList<QDateTime> simulate(const Schedule &schedule, const QDateTime &start, const QDateTime &end,
    const QTimeZone &zone, std::optional<QDateTime> lastSuccess = std::nullopt)
{
    MockClock clock(start);
    QList<QDateTime> runs;
    while (clock.nowUtc() <= end) {
        if (schedule.isDue(lastSuccess, clock.nowUtc(), zone)) {
            runs << clock.nowUtc();
            lastSuccess = clock.nowUtc();
        }
        clock.advanceSecs(15 * 60);
    }
    return runs;
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

    const QTimeZone m_utc {"UTC"};
    const QTimeZone m_paris {"Europe/Paris"};

private slots:
    void initTestCase() { QVERIFY(m_paris.isValid() && m_paris.hasTransitions()); }

    void manualIsNeverDue()
    {
        const Schedule manual;
        QCOMPARE(manual.kind(), Schedule::Kind::Manual);
        QVERIFY(!manual.nextDue(std::nullopt, utc("2024-01-01 00:00"), m_utc));
        QVERIFY(!manual.isDue(std::nullopt, utc("2024-01-01 00:00"), m_utc));
        QVERIFY(!manual.isDue(utc("2020-01-01 00:00"), utc("2024-01-01 00:00"), m_utc));
        QVERIFY(simulate(manual, utc("2024-01-01 00:00"), utc("2024-01-08 00:00"), m_utc).isEmpty());
    }

    void noSuccessYetIsDueNow_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("every") << QStringLiteral("every 6h");
        QTest::newRow("daily") << QStringLiteral("daily 02:00");
        QTest::newRow("weekly") << QStringLiteral("weekly sun@23:00");
    }

    void noSuccessYetIsDueNow()
    {
        QFETCH(QString, text);
        const Schedule schedule = *Schedule::parse(text);
        const QDateTime now = utc("2024-01-03 12:34"); // a Wednesday, far from any slot
        QCOMPARE(schedule.nextDue(std::nullopt, now, m_utc), std::optional(now));
        QVERIFY(schedule.isDue(std::nullopt, now, m_utc));
    }

    void clockWentBackIsDueNow()
    {
        const Schedule schedule = Schedule::daily(QTime(2, 0));
        const QDateTime now = utc("2024-01-03 12:00");
        QVERIFY(schedule.isDue(utc("2030-01-01 02:00"), now, m_utc));
    }

    void everyHours()
    {
        const Schedule schedule = Schedule::everyHours(6);
        const QDateTime last = utc("2024-01-01 10:00");
        QCOMPARE(
            schedule.nextDue(last, utc("2024-01-01 12:00"), m_utc), std::optional(utc("2024-01-01 16:00")));
        QVERIFY(!schedule.isDue(last, utc("2024-01-01 15:59"), m_utc));
        QVERIFY(schedule.isDue(last, utc("2024-01-01 16:00"), m_utc));
        // Real hours, not wall-clock ones: across spring-forward in Paris too.
        QCOMPARE(schedule.nextDue(local("2024-03-31 00:00", m_paris), utc("2024-03-31 00:00"), m_paris),
            std::optional(local("2024-03-31 07:00", m_paris)));
    }

    void everyHoursCatchesUpOnce()
    {
        // Off from Jan 1 to Jan 10: one run on wake-up, then every 6 hours again.
        const Schedule schedule = Schedule::everyHours(6);
        const QDateTime wake = utc("2024-01-10 09:00");
        QVERIFY(schedule.isDue(utc("2024-01-01 00:00"), wake, m_utc));
        const auto runs = simulate(schedule, wake, utc("2024-01-10 21:00"), m_utc, utc("2024-01-01 00:00"));
        QCOMPARE(runs, (QList<QDateTime> {wake, utc("2024-01-10 15:00"), utc("2024-01-10 21:00")}));
    }

    void daily()
    {
        const Schedule schedule = Schedule::daily(QTime(2, 0));
        QCOMPARE(schedule.nextDue(utc("2024-01-01 02:00"), utc("2024-01-01 03:00"), m_utc),
            std::optional(utc("2024-01-02 02:00")));
        QCOMPARE(schedule.nextDue(utc("2024-01-01 01:00"), utc("2024-01-01 01:30"), m_utc),
            std::optional(utc("2024-01-01 02:00")));
        QCOMPARE(schedule.nextDue(local("2024-07-01 02:00", m_paris), utc("2024-07-01 03:00"), m_paris),
            std::optional(utc("2024-07-02 00:00"))); // 02:00 CEST
        QCOMPARE(schedule.nextDue(local("2024-01-01 02:00", m_paris), utc("2024-01-01 03:00"), m_paris),
            std::optional(utc("2024-01-02 01:00"))); // 02:00 CET
    }

    void dailyCatchesUpOnceAfterSleep()
    {
        // Asleep from Jan 1 03:00 to Jan 5 12:00: four missed 02:00 runs make one run.
        const Schedule schedule = Schedule::daily(QTime(2, 0));
        const auto runs = simulate(
            schedule, utc("2024-01-05 12:00"), utc("2024-01-07 12:00"), m_utc, utc("2024-01-01 02:00"));
        QCOMPARE(runs,
            (QList<QDateTime> {utc("2024-01-05 12:00"), utc("2024-01-06 02:00"), utc("2024-01-07 02:00")}));
    }

    void dstSpringForward()
    {
        // Paris, 2024-03-31: 02:00 CET jumps to 03:00 CEST, so 02:30 does not exist that day.
        const Schedule schedule = Schedule::daily(QTime(2, 30));
        const auto next
            = schedule.nextDue(local("2024-03-30 02:30", m_paris), utc("2024-03-30 12:00"), m_paris);
        QCOMPARE(next, std::optional(utc("2024-03-31 01:00"))); // end of the gap, 03:00 CEST
        QCOMPARE(schedule.nextDue(*next, *next, m_paris), std::optional(utc("2024-04-01 00:30")));
    }

    void dstFallBack()
    {
        // Paris, 2024-10-27: 03:00 CEST goes back to 02:00 CET, so 02:30 happens twice.
        const Schedule schedule = Schedule::daily(QTime(2, 30));
        const auto next
            = schedule.nextDue(local("2024-10-26 02:30", m_paris), utc("2024-10-26 12:00"), m_paris);
        QCOMPARE(next, std::optional(utc("2024-10-27 00:30"))); // the first 02:30 (CEST)
        // After running then, the second 02:30 (CET, 01:30 UTC) is not another run.
        QCOMPARE(schedule.nextDue(*next, *next, m_paris), std::optional(utc("2024-10-28 01:30")));
    }

    void pollingRunsOncePerDayAcrossDst_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("time");
        QTest::newRow("spring 02:30") << "2024-03-28"
                                      << "2024-04-03"
                                      << "02:30";
        QTest::newRow("spring 02:00") << "2024-03-28"
                                      << "2024-04-03"
                                      << "02:00";
        QTest::newRow("spring 03:00") << "2024-03-28"
                                      << "2024-04-03"
                                      << "03:00";
        QTest::newRow("autumn 02:30") << "2024-10-24"
                                      << "2024-10-30"
                                      << "02:30";
        QTest::newRow("autumn 02:00") << "2024-10-24"
                                      << "2024-10-30"
                                      << "02:00";
        QTest::newRow("autumn 03:00") << "2024-10-24"
                                      << "2024-10-30"
                                      << "03:00";
        QTest::newRow("midnight") << "2024-10-24"
                                  << "2024-10-30"
                                  << "00:00";
    }

    void pollingRunsOncePerDayAcrossDst()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, time);
        const Schedule schedule = *Schedule::parseDaily(time);
        const QDate first = QDate::fromString(from, Qt::ISODate);
        const QDate last = QDate::fromString(to, Qt::ISODate);
        // Last success the day before, at the slot: no "due now" run at the start.
        const QDateTime before = QDateTime(first.addDays(-1), QTime(12, 0), m_paris).toUTC();
        const auto runs = simulate(schedule, QDateTime(first, QTime(0, 0), m_paris).toUTC(),
            QDateTime(last, QTime(23, 59), m_paris).toUTC(), m_paris, before);
        std::map<QDate, int> perDay;
        for (const QDateTime &run : runs)
            ++perDay[run.toTimeZone(m_paris).date()];
        QCOMPARE(qsizetype(perDay.size()), qsizetype(first.daysTo(last) + 1));
        for (const auto &[day, count] : perDay)
            QVERIFY2(count == 1, qPrintable(day.toString(Qt::ISODate)));
        // And never before the wall-clock time.
        for (const QDateTime &run : runs)
            QVERIFY2(
                run.toTimeZone(m_paris).time() >= schedule.time(), qPrintable(run.toString(Qt::ISODate)));
    }

    void weekly()
    {
        const Schedule schedule = *Schedule::parseWeekly(QStringLiteral("mon,thu@21:30"));
        // 2024-01-01 is a Monday.
        QCOMPARE(schedule.nextDue(utc("2024-01-01 21:31"), utc("2024-01-02 00:00"), m_utc),
            std::optional(utc("2024-01-04 21:30")));
        QCOMPARE(schedule.nextDue(utc("2024-01-04 22:00"), utc("2024-01-05 00:00"), m_utc),
            std::optional(utc("2024-01-08 21:30")));
        const auto runs = simulate(
            schedule, utc("2024-01-01 00:00"), utc("2024-01-28 23:59"), m_utc, utc("2023-12-31 12:00"));
        QCOMPARE(runs.size(), 8);
        for (const QDateTime &run : runs) {
            QVERIFY(run.date().dayOfWeek() == Qt::Monday || run.date().dayOfWeek() == Qt::Thursday);
            QCOMPARE(run.time(), QTime(21, 30));
        }
    }

    void weeklyCatchesUpOnce()
    {
        const Schedule schedule = *Schedule::parseWeekly(QStringLiteral("sun@10:00"));
        // Off for five weeks.
        const auto runs = simulate(
            schedule, utc("2024-02-07 08:00"), utc("2024-02-10 08:00"), m_utc, utc("2024-01-01 10:00"));
        QCOMPARE(runs, QList<QDateTime> {utc("2024-02-07 08:00")});
    }

    void text_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical"); // empty: refused
        QTest::newRow("manual") << "manual"
                                << "manual";
        QTest::newRow("6h") << "6h"
                            << "every 6h";
        QTest::newRow("every 6h") << "every 6h"
                                  << "every 6h";
        QTest::newRow("upper case") << "EVERY 12H"
                                    << "every 12h";
        QTest::newRow("daily") << "daily 02:00"
                               << "daily 02:00";
        QTest::newRow("daily one digit hour") << "daily 2:05"
                                              << "daily 02:05";
        QTest::newRow("weekly short") << "mon,thu@21:30"
                                      << "weekly mon,thu@21:30";
        QTest::newRow("weekly order") << "thu,mon,thu@21:30"
                                      << "weekly mon,thu@21:30";
        QTest::newRow("weekly range") << "weekly mon-fri@08:00"
                                      << "weekly mon,tue,wed,thu,fri@08:00";
        QTest::newRow("weekly wrapping range") << "fri-mon@1:00"
                                               << "weekly mon,fri,sat,sun@01:00";
        QTest::newRow("weekly long name") << "Sunday@10:00"
                                          << "weekly sun@10:00";
        QTest::newRow("zero hours") << "0h"
                                    << "";
        QTest::newRow("too many hours") << "9000h"
                                        << "";
        QTest::newRow("24:00") << "daily 24:00"
                               << "";
        QTest::newRow("no minutes") << "daily 2"
                                    << "";
        QTest::newRow("no time") << "mon@"
                                 << "";
        QTest::newRow("bad day") << "xyz@10:00"
                                 << "";
        QTest::newRow("no day") << "@10:00"
                                << "";
        QTest::newRow("words") << "tomorrow"
                               << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void text()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        QString error;
        const auto schedule = Schedule::parse(input, &error);
        if (canonical.isEmpty()) {
            QVERIFY2(!schedule, qPrintable(input));
            QVERIFY(!error.isEmpty());
            QVERIFY(!error.contains(QLatin1Char('\n')));
            return;
        }
        QVERIFY2(schedule, qPrintable(error));
        QCOMPARE(schedule->toString(), canonical);
        QCOMPARE(*Schedule::parse(canonical), *schedule);
    }

    void cliValueParsers()
    {
        QCOMPARE(Schedule::parseEvery(QStringLiteral("6h"))->hours(), 6);
        QVERIFY(!Schedule::parseEvery(QStringLiteral("daily 02:00")));
        QCOMPARE(Schedule::parseDaily(QStringLiteral("02:00"))->time(), QTime(2, 0));
        QVERIFY(!Schedule::parseDaily(QStringLiteral("2am")));
        QCOMPARE(Schedule::parseWeekly(QStringLiteral("mon,thu@21:30"))->days(),
            (QList<Qt::DayOfWeek> {Qt::Monday, Qt::Thursday}));
        QVERIFY(!Schedule::parseWeekly(QStringLiteral("21:30")));
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
