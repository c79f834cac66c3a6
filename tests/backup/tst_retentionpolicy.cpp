// RetentionPolicy: table-driven cases (each rule alone and combined, period boundaries,
// ISO week 53, DST in Europe/Paris, keep-within edges, pinned, safety rules, reasons),
// then a seeded random sweep checking invariants against an independent oracle.
#include "backup/RetentionPolicy.h"
#include "core/EnglishPlurals.h"

#include <QRandomGenerator>
#include <QtTest>

#include <map>
#include <set>

using namespace Coffre;
using Rule = RetentionPolicy::Rule;

namespace {

// "2024-01-02 10:00" (local in `zone`), "... 10:00:30", or with a trailing Z for UTC.
QDateTime at(const QString &text, const QTimeZone &zone)
{
    QString t = text.trimmed();
    const bool utc = t.endsWith(QLatin1Char('Z'));
    if (utc)
        t.chop(1);
    const QString format
        = t.size() > 16 ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm");
    QDateTime local = QDateTime::fromString(t, format);
    Q_ASSERT(local.isValid());
    QDateTime result
        = utc ? QDateTime(local.date(), local.time(), Qt::UTC) : QDateTime(local.date(), local.time(), zone);
    Q_ASSERT(result.isValid());
    return result.toUTC();
}

// "last 3, daily 7, within 30d" -> policy
RetentionPolicy policyFrom(const QString &text)
{
    RetentionPolicy policy;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList words = part.trimmed().split(QLatin1Char(' '));
        const QString key = words.at(0);
        if (key == QLatin1String("within")) {
            policy.keepWithin = *RetentionDuration::parse(words.at(1));
            continue;
        }
        const int n = words.at(1).toInt();
        if (key == QLatin1String("last"))
            policy.keepLast = n;
        else if (key == QLatin1String("hourly"))
            policy.keepHourly = n;
        else if (key == QLatin1String("daily"))
            policy.keepDaily = n;
        else if (key == QLatin1String("weekly"))
            policy.keepWeekly = n;
        else if (key == QLatin1String("monthly"))
            policy.keepMonthly = n;
        else if (key == QLatin1String("yearly"))
            policy.keepYearly = n;
        else
            qFatal("bad policy word");
    }
    return policy;
}

} // namespace

class TestRetentionPolicy : public QObject
{
    Q_OBJECT

private slots:
    // On-screen texts count in English ("older than 2 days"), as the app shows them.
    void initTestCase() { Coffre::installEnglishPlurals(); }

    void table_data();
    void table();
    void everyBackupGetsOneDecision();
    void emptyInput();
    void deleteReasons();
    void jsonRoundTrip();
    void jsonErrorsNameTheField();
    void validateAndSummary();
    void randomSweep();
};

void TestRetentionPolicy::table_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QStringList>("times");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QStringList>("pinned");
    QTest::addColumn<QString>("now"); // empty: no now
    QTest::addColumn<QStringList>("kept");
    // "time = reasons text" for the rows whose reasons are checked.
    QTest::addColumn<QStringList>("reasons");

    const QString utc = QStringLiteral("UTC");
    const QString paris = QStringLiteral("Europe/Paris");
    auto L = [](std::initializer_list<const char *> items) {
        QStringList list;
        for (const char *item : items)
            list << QString::fromUtf8(item);
        return list;
    };

    QTest::newRow("empty policy keeps all")
        << utc << L({"2024-01-01 10:00", "2024-01-02 10:00", "2024-01-03 10:00"}) << QString()
        << QStringList() << QString() << L({"2024-01-01 10:00", "2024-01-02 10:00", "2024-01-03 10:00"})
        << L({"2024-01-01 10:00 = policy is empty"});

    QTest::newRow("last 3 of 5") << utc
                                 << L({"2024-01-01 10:00", "2024-01-02 10:00", "2024-01-03 10:00",
                                        "2024-01-04 10:00", "2024-01-05 10:00"})
                                 << QStringLiteral("last 3") << QStringList() << QString()
                                 << L({"2024-01-03 10:00", "2024-01-04 10:00", "2024-01-05 10:00"})
                                 << L({"2024-01-05 10:00 = last 1/3", "2024-01-04 10:00 = last 2/3",
                                        "2024-01-03 10:00 = last 3/3",
                                        "2024-01-02 10:00 = ", "2024-01-01 10:00 = "});

    QTest::newRow("last 5 of 3") << utc << L({"2024-01-01 10:00", "2024-01-02 10:00", "2024-01-03 10:00"})
                                 << QStringLiteral("last 5") << QStringList() << QString()
                                 << L({"2024-01-01 10:00", "2024-01-02 10:00", "2024-01-03 10:00"})
                                 << L({"2024-01-01 10:00 = last 3/5"});

    const QStringList twoPerDay = L({"2024-01-01 08:00", "2024-01-01 20:00", "2024-01-02 08:00",
        "2024-01-02 20:00", "2024-01-03 09:00", "2024-01-03 21:00"});
    QTest::newRow("daily 2: newest of each day")
        << utc << twoPerDay << QStringLiteral("daily 2") << QStringList() << QString()
        << L({"2024-01-02 20:00", "2024-01-03 21:00"})
        << L({"2024-01-03 21:00 = daily 1/2", "2024-01-02 20:00 = daily 2/2", "2024-01-03 09:00 = "});
    QTest::newRow("daily 5 of 3 days keeps the oldest too")
        << utc << twoPerDay << QStringLiteral("daily 5") << QStringList() << QString()
        << L({"2024-01-01 08:00", "2024-01-01 20:00", "2024-01-02 20:00", "2024-01-03 21:00"})
        << L({"2024-01-01 20:00 = daily 3/5", "2024-01-01 08:00 = daily 4/5 (oldest)"});
    QTest::newRow("daily counts only days that have a backup")
        << utc << L({"2024-01-01 10:00", "2024-01-05 10:00", "2024-01-10 10:00", "2024-01-20 10:00"})
        << QStringLiteral("daily 3") << QStringList() << QString()
        << L({"2024-01-05 10:00", "2024-01-10 10:00", "2024-01-20 10:00"}) << QStringList();

    QTest::newRow("hourly -1 keeps every hour and the oldest")
        << utc << L({"2024-01-01 10:10", "2024-01-01 10:40", "2024-01-01 11:10"})
        << QStringLiteral("hourly -1") << QStringList() << QString()
        << L({"2024-01-01 10:10", "2024-01-01 10:40", "2024-01-01 11:10"})
        << L({"2024-01-01 11:10 = hourly 1/all", "2024-01-01 10:10 = hourly 3/all (oldest)"});

    // Clocks go back in Paris on 2024-10-27 at 03:00 CEST -> 02:00 CET: the local hour 02
    // happens twice and is one period, as restic (Go's local Hour()) has it.
    const QStringList fallBack = L({"2024-10-27 00:10Z", "2024-10-27 00:40Z", "2024-10-27 01:10Z",
        "2024-10-27 01:40Z", "2024-10-27 02:10Z"});
    QTest::newRow("hourly 3 over DST fall-back, Paris")
        << paris << fallBack << QStringLiteral("hourly 3") << QStringList() << QString()
        << L({"2024-10-27 00:10Z", "2024-10-27 01:40Z", "2024-10-27 02:10Z"})
        << L({"2024-10-27 02:10Z = hourly 1/3", "2024-10-27 01:40Z = hourly 2/3",
               "2024-10-27 00:10Z = hourly 3/3 (oldest)"});
    QTest::newRow("hourly 3 same instants, UTC")
        << utc << fallBack << QStringLiteral("hourly 3") << QStringList() << QString()
        << L({"2024-10-27 00:40Z", "2024-10-27 01:40Z", "2024-10-27 02:10Z"}) << QStringList();

    // Clocks go forward in Paris on 2024-03-31 at 02:00 CET -> 03:00 CEST.
    const QStringList springForward
        = L({"2024-03-30 22:30Z", "2024-03-30 23:30Z", "2024-03-31 01:30Z", "2024-03-31 22:30Z"});
    QTest::newRow("daily 3 over DST spring-forward, Paris")
        << paris << springForward << QStringLiteral("daily 3") << QStringList() << QString()
        << L({"2024-03-30 22:30Z", "2024-03-31 01:30Z", "2024-03-31 22:30Z"})
        << L({"2024-03-31 22:30Z = daily 1/3", "2024-03-31 01:30Z = daily 2/3",
               "2024-03-30 22:30Z = daily 3/3", "2024-03-30 23:30Z = "});
    QTest::newRow("daily 3 same instants, UTC")
        << utc << springForward << QStringLiteral("daily 3") << QStringList() << QString()
        << L({"2024-03-30 22:30Z", "2024-03-30 23:30Z", "2024-03-31 22:30Z"})
        << L({"2024-03-30 22:30Z = daily 3/3 (oldest)"});

    // 2020-12-28 (Mon) and 2021-01-03 (Sun) are both in ISO week 2020-W53.
    const QStringList isoYearEnd = L(
        {"2020-12-28 10:00", "2021-01-03 10:00", "2021-01-04 10:00", "2021-01-10 10:00", "2021-01-11 10:00"});
    QTest::newRow("weekly 2 at ISO year change")
        << utc << isoYearEnd << QStringLiteral("weekly 2") << QStringList() << QString()
        << L({"2021-01-10 10:00", "2021-01-11 10:00"})
        << L({"2021-01-11 10:00 = weekly 1/2", "2021-01-10 10:00 = weekly 2/2"});
    QTest::newRow("weekly 3: week 53 spans two calendar years")
        << utc << isoYearEnd << QStringLiteral("weekly 3") << QStringList() << QString()
        << L({"2021-01-03 10:00", "2021-01-10 10:00", "2021-01-11 10:00"})
        << L({"2021-01-03 10:00 = weekly 3/3", "2020-12-28 10:00 = "});
    QTest::newRow("weekly 4: the oldest fills the last slot")
        << utc << isoYearEnd << QStringLiteral("weekly 4") << QStringList() << QString()
        << L({"2020-12-28 10:00", "2021-01-03 10:00", "2021-01-10 10:00", "2021-01-11 10:00"})
        << L({"2020-12-28 10:00 = weekly 4/4 (oldest)"});
    QTest::newRow("weekly: Sunday 23:30 Paris is still the same week")
        << paris << L({"2024-01-07 23:30", "2024-01-08 00:30", "2024-01-01 12:00"})
        << QStringLiteral("weekly 2") << QStringList() << QString()
        << L({"2024-01-07 23:30", "2024-01-08 00:30"}) << L({"2024-01-07 23:30 = weekly 2/2"});

    // New Year in Paris is 23:00 UTC: the month boundary follows the zone.
    const QStringList newYear = L({"2023-11-15 12:00Z", "2023-12-01 12:00Z", "2023-12-31 22:00Z",
        "2023-12-31 23:30Z", "2024-01-20 12:00Z"});
    QTest::newRow("monthly 3 over New Year, Paris")
        << paris << newYear << QStringLiteral("monthly 3") << QStringList() << QString()
        << L({"2023-11-15 12:00Z", "2023-12-31 22:00Z", "2024-01-20 12:00Z"})
        << L({"2024-01-20 12:00Z = monthly 1/3", "2023-12-31 22:00Z = monthly 2/3",
               "2023-11-15 12:00Z = monthly 3/3"});
    QTest::newRow("monthly 3 over New Year, UTC")
        << utc << newYear << QStringLiteral("monthly 3") << QStringList() << QString()
        << L({"2023-11-15 12:00Z", "2023-12-31 23:30Z", "2024-01-20 12:00Z"}) << QStringList();

    const QStringList years = L(
        {"2019-06-01 10:00", "2020-03-01 10:00", "2020-09-01 10:00", "2022-01-01 10:00", "2023-12-31 10:00"});
    QTest::newRow("yearly 3") << utc << years << QStringLiteral("yearly 3") << QStringList() << QString()
                              << L({"2020-09-01 10:00", "2022-01-01 10:00", "2023-12-31 10:00"})
                              << L({"2023-12-31 10:00 = yearly 1/3", "2020-09-01 10:00 = yearly 3/3"});
    QTest::newRow("yearly 10") << utc << years << QStringLiteral("yearly 10") << QStringList() << QString()
                               << L({"2019-06-01 10:00", "2020-09-01 10:00", "2022-01-01 10:00",
                                      "2023-12-31 10:00"})
                               << L({"2019-06-01 10:00 = yearly 4/10", "2020-03-01 10:00 = "});

    // keep-within: strictly newer than newest - span.
    QTest::newRow("within 1d: the exact boundary is not kept")
        << utc << L({"2024-03-09 12:00:00", "2024-03-09 12:00:01", "2024-03-10 12:00:00"})
        << QStringLiteral("within 1d") << QStringList() << QString()
        << L({"2024-03-09 12:00:01", "2024-03-10 12:00:00"}) << L({"2024-03-09 12:00:01 = within 1 day"});
    QTest::newRow("within 2h") << utc << L({"2024-03-10 09:59", "2024-03-10 10:01", "2024-03-10 12:00"})
                               << QStringLiteral("within 2h") << QStringList() << QString()
                               << L({"2024-03-10 10:01", "2024-03-10 12:00"}) << QStringList();
    QTest::newRow("within is relative to the newest backup, not now")
        << utc << L({"2020-05-01 10:00", "2020-05-05 10:00", "2020-05-10 10:00"})
        << QStringLiteral("within 7d") << QStringList() << QStringLiteral("2024-06-01 00:00")
        << L({"2020-05-05 10:00", "2020-05-10 10:00"}) << QStringList();
    QTest::newRow("within 1m from 31 March clamps to 29 February")
        << utc << L({"2024-02-29 09:00", "2024-02-29 11:00", "2024-03-31 10:00"})
        << QStringLiteral("within 1m") << QStringList() << QString()
        << L({"2024-02-29 11:00", "2024-03-31 10:00"}) << QStringList();
    // A calendar day across spring-forward is 23 hours in Paris.
    const QStringList dstDay = L({"2024-03-30 10:30Z", "2024-03-30 11:30Z", "2024-03-31 10:00Z"});
    QTest::newRow("within 1d over DST, Paris")
        << paris << dstDay << QStringLiteral("within 1d") << QStringList() << QString()
        << L({"2024-03-30 11:30Z", "2024-03-31 10:00Z"}) << QStringList();
    QTest::newRow("within 1d over DST, UTC") << utc << dstDay << QStringLiteral("within 1d") << QStringList()
                                             << QString() << dstDay << QStringList();
    const QStringList future
        = L({"2024-02-01 10:00", "2024-03-05 10:00", "2024-03-10 10:00", "2030-01-01 10:00"});
    QTest::newRow("within ignores a future-dated newest when now is given")
        << utc << future << QStringLiteral("within 7d") << QStringList() << QStringLiteral("2024-03-11 00:00")
        << L({"2024-03-05 10:00", "2024-03-10 10:00", "2030-01-01 10:00"}) << QStringList();
    QTest::newRow("within anchored on a future-dated newest without now")
        << utc << future << QStringLiteral("within 7d") << QStringList() << QString()
        << L({"2030-01-01 10:00"}) << QStringList();

    // Safety rules.
    QTest::newRow("the newest not in the future is never deleted")
        << utc << L({"2024-03-09 10:00", "2024-03-10 10:00", "2030-01-01 10:00"}) << QStringLiteral("last 1")
        << QStringList() << QStringLiteral("2024-03-10 12:00") << L({"2024-03-10 10:00", "2030-01-01 10:00"})
        << L({"2030-01-01 10:00 = last 1/1", "2024-03-10 10:00 = newest", "2024-03-09 10:00 = "});
    QTest::newRow("pinned is kept outside the rules")
        << utc << L({"2024-01-01 10:00", "2024-01-02 10:00", "2024-01-03 10:00"}) << QStringLiteral("last 1")
        << L({"2024-01-01 10:00"}) << QString() << L({"2024-01-01 10:00", "2024-01-03 10:00"})
        << L({"2024-01-01 10:00 = pinned", "2024-01-03 10:00 = last 1/1"});
    QTest::newRow("pinned takes its slot like any backup")
        << utc << L({"2024-01-01 10:00", "2024-01-02 10:00", "2024-01-03 10:00"}) << QStringLiteral("last 2")
        << L({"2024-01-03 10:00"}) << QString() << L({"2024-01-02 10:00", "2024-01-03 10:00"})
        << L({"2024-01-03 10:00 = last 1/2, pinned"});
    QTest::newRow("pinned with an empty policy")
        << utc << L({"2024-01-01 10:00", "2024-01-02 10:00"}) << QString() << L({"2024-01-01 10:00"})
        << QString() << L({"2024-01-01 10:00", "2024-01-02 10:00"})
        << L({"2024-01-01 10:00 = policy is empty, pinned"});
    QTest::newRow("one backup") << utc << L({"2024-01-01 10:00"}) << QStringLiteral("daily 1")
                                << QStringList() << QString() << L({"2024-01-01 10:00"})
                                << L({"2024-01-01 10:00 = daily 1/1"});

    // Rules combined: a backup kept by any rule stays; each counts on its own.
    const QStringList mixed = L({"2024-01-31 10:00", "2024-02-05 10:00", "2024-02-05 18:00",
        "2024-02-07 10:00", "2024-02-12 10:00", "2024-02-13 10:00", "2024-02-13 20:00"});
    QTest::newRow("last 2, daily 3, weekly 2, monthly 2")
        << utc << mixed << QStringLiteral("last 2, daily 3, weekly 2, monthly 2") << QStringList()
        << QString()
        << L({"2024-01-31 10:00", "2024-02-07 10:00", "2024-02-12 10:00", "2024-02-13 10:00",
               "2024-02-13 20:00"})
        << L({"2024-02-13 20:00 = last 1/2, daily 1/3, weekly 1/2, monthly 1/2",
               "2024-02-13 10:00 = last 2/2", "2024-02-12 10:00 = daily 2/3",
               "2024-02-07 10:00 = daily 3/3, weekly 2/2", "2024-01-31 10:00 = monthly 2/2",
               "2024-02-05 18:00 = ", "2024-02-05 10:00 = "});
    QTest::newRow("last 1 and within 10d")
        << utc << mixed << QStringLiteral("last 1, within 10d") << QStringList() << QString()
        << L({"2024-02-05 10:00", "2024-02-05 18:00", "2024-02-07 10:00", "2024-02-12 10:00",
               "2024-02-13 10:00", "2024-02-13 20:00"})
        << L({"2024-02-13 20:00 = last 1/1, within 10 days", "2024-02-13 10:00 = within 10 days",
               "2024-01-31 10:00 = "});
    QTest::newRow("weekly 1, monthly 1, yearly 1 all pick the newest")
        << utc << mixed << QStringLiteral("weekly 1, monthly 1, yearly 1") << QStringList() << QString()
        << L({"2024-02-13 20:00"}) << L({"2024-02-13 20:00 = weekly 1/1, monthly 1/1, yearly 1/1"});
}

void TestRetentionPolicy::table()
{
    QFETCH(QString, zone);
    QFETCH(QStringList, times);
    QFETCH(QString, policy);
    QFETCH(QStringList, pinned);
    QFETCH(QString, now);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, reasons);

    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    // Names carry the input text so verdicts can be matched back to the table.
    QList<RetentionPolicy::Backup> backups;
    for (const QString &time : times)
        backups.append({time, at(time, tz), pinned.contains(time)});
    const std::optional<QDateTime> nowUtc = now.isEmpty() ? std::nullopt : std::optional(at(now, tz));
    const QList<RetentionPolicy::Decision> decisions = policyFrom(policy).select(backups, nowUtc, tz);

    QCOMPARE(decisions.size(), times.size());
    QStringList actualKept;
    std::map<QString, QString> actualReasons;
    for (const auto &decision : decisions) {
        if (decision.keep)
            actualKept << decision.backup.name;
        QCOMPARE(decision.keep, !decision.reasons.isEmpty());
        actualReasons[decision.backup.name] = decision.reasonsText();
    }
    actualKept.sort();
    kept.sort();
    QCOMPARE(actualKept, kept);
    for (const QString &expectation : reasons) {
        const qsizetype eq = expectation.indexOf(QLatin1String(" = "));
        const QString name = expectation.left(eq);
        QVERIFY2(actualReasons.count(name), qPrintable(name));
        QCOMPARE(actualReasons[name], expectation.mid(eq + 3));
    }
}

void TestRetentionPolicy::everyBackupGetsOneDecision()
{
    // Same time twice (two files with one name cannot exist, but two names can share a
    // second after a rename): both get a verdict, ordered by name for determinism.
    const QDateTime t(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC);
    RetentionPolicy policy;
    policy.keepLast = 1;
    const auto decisions
        = policy.select({{QStringLiteral("a"), t}, {QStringLiteral("b"), t}}, std::nullopt, QTimeZone("UTC"));
    QCOMPARE(decisions.size(), 2);
    QCOMPARE(decisions.at(0).backup.name, QStringLiteral("b"));
    QVERIFY(decisions.at(0).keep);
    QVERIFY(!decisions.at(1).keep);
}

void TestRetentionPolicy::deleteReasons()
{
    const QTimeZone utc("UTC");
    // Five daily backups at 10:00 plus a second one on the newest day, at 08:00.
    QList<RetentionPolicy::Backup> backups;
    for (const QString &t : {QStringLiteral("2024-01-05 10:00"), QStringLiteral("2024-01-05 08:00"),
             QStringLiteral("2024-01-04 10:00"), QStringLiteral("2024-01-03 10:00"),
             QStringLiteral("2024-01-02 10:00"), QStringLiteral("2024-01-01 10:00")})
        backups.append({t, at(t, utc)});
    RetentionPolicy policy;
    policy.keepLast = 1;
    policy.keepDaily = 3;
    policy.keepWithin = *RetentionDuration::parse(QStringLiteral("2d"));
    std::map<QString, RetentionPolicy::Decision> byName;
    for (const auto &decision : policy.select(backups, std::nullopt, utc))
        byName[decision.backup.name] = decision;
    // Same day as the newest: daily keeps the newer one; last 1 is used up; but within 2d.
    QVERIFY(byName[QStringLiteral("2024-01-05 08:00")].keep);
    QVERIFY(byName[QStringLiteral("2024-01-05 08:00")].deleteReasonText().isEmpty());
    QVERIFY(byName[QStringLiteral("2024-01-05 08:00")].misses.isEmpty());
    const auto &old = byName[QStringLiteral("2024-01-02 10:00")];
    QVERIFY(!old.keep);
    QCOMPARE(old.deleteReasonText(), QStringLiteral("beyond last 1, daily 3; older than 2 days"));
    QCOMPARE(old.misses.size(), 3);

    // Not the newest of its day: the daily rule had periods left but kept a newer one.
    policy = {};
    policy.keepDaily = 7;
    byName.clear();
    for (const auto &decision : policy.select(backups, std::nullopt, utc))
        byName[decision.backup.name] = decision;
    QCOMPARE(byName[QStringLiteral("2024-01-05 08:00")].deleteReasonText(),
        QStringLiteral("not the newest of its day"));
    policy.keepWeekly = 1;
    policy.keepDaily = 2;
    byName.clear();
    for (const auto &decision : policy.select(backups, std::nullopt, utc))
        byName[decision.backup.name] = decision;
    QCOMPARE(byName[QStringLiteral("2024-01-05 08:00")].deleteReasonText(),
        QStringLiteral("not the newest of its day, week"));
    QCOMPARE(byName[QStringLiteral("2024-01-03 10:00")].deleteReasonText(),
        QStringLiteral("beyond daily 2; not the newest of its week"));
}

void TestRetentionPolicy::emptyInput()
{
    RetentionPolicy policy;
    policy.keepDaily = 3;
    QVERIFY(policy.select({}).isEmpty());
    QVERIFY(RetentionPolicy().select({}).isEmpty());
}

void TestRetentionPolicy::jsonRoundTrip()
{
    RetentionPolicy policy;
    policy.keepLast = 3;
    policy.keepWeekly = -1;
    policy.keepWithin = RetentionDuration(1, 2, 3, 4);
    QString error;
    const auto back = RetentionPolicy::fromJson(policy.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, policy);
    QCOMPARE(policy.toJson().size(), 3); // unset rules are not written
    QVERIFY(RetentionPolicy::fromJson({}, &error)->isEmpty());
}

void TestRetentionPolicy::jsonErrorsNameTheField()
{
    QString error;
    QVERIFY(!RetentionPolicy::fromJson({{QStringLiteral("dayly"), 3}}, &error));
    QVERIFY2(error.contains(QLatin1String("retention.dayly")), qPrintable(error));
    QVERIFY(!RetentionPolicy::fromJson({{QStringLiteral("daily"), 2.5}}, &error));
    QVERIFY2(error.contains(QLatin1String("retention.daily")), qPrintable(error));
    QVERIFY(!RetentionPolicy::fromJson({{QStringLiteral("last"), -2}}, &error));
    QVERIFY(!RetentionPolicy::fromJson({{QStringLiteral("last"), QStringLiteral("3")}}, &error));
    QVERIFY(!RetentionPolicy::fromJson({{QStringLiteral("within"), QStringLiteral("30x")}}, &error));
    QVERIFY2(error.contains(QLatin1String("retention.within")), qPrintable(error));
}

void TestRetentionPolicy::validateAndSummary()
{
    RetentionPolicy policy;
    QVERIFY(policy.validate().isEmpty());
    QCOMPARE(policy.summary(), QStringLiteral("keep everything"));
    policy.keepLast = 3;
    policy.keepDaily = 7;
    policy.keepWithin = RetentionDuration(0, 0, 30, 0);
    QCOMPARE(policy.summary(), QStringLiteral("keep last 3, daily 7, within 30 days"));
    policy.keepMonthly = -5;
    QCOMPARE(policy.validate().size(), 1);
    QVERIFY(policy.validate().first().contains(QLatin1String("keep-monthly")));
}

void TestRetentionPolicy::randomSweep()
{
    // Seeded, so a failure reproduces; the seed is printed for the record.
    const quint32 seed = 20240531;
    QRandomGenerator random(seed);
    const QList<QByteArray> zones {
        "UTC", "Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu"};
    const QDateTime base(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);

    for (int round = 0; round < 400; ++round) {
        const QTimeZone zone(zones.at(random.bounded(int(zones.size()))));
        QVERIFY(zone.isValid());
        const int count = random.bounded(1, 60);
        // Spans from a few hours to several years, so every period size gets exercised.
        const qint64 spanSecs = qint64(3600) * random.bounded(2, 24 * 365 * 4);
        QList<RetentionPolicy::Backup> backups;
        std::set<qint64> used;
        for (int i = 0; i < count; ++i) {
            qint64 offset = 0;
            do {
                offset = qint64(random.bounded(quint64(spanSecs)));
            } while (!used.insert(offset).second);
            backups.append({QStringLiteral("b%1").arg(i), base.addSecs(offset), random.bounded(10) == 0});
        }
        RetentionPolicy policy;
        auto pick = [&]() {
            const int r = random.bounded(10);
            return r < 5 ? 0 : r == 9 ? -1 : random.bounded(1, 12);
        };
        policy.keepLast = pick();
        policy.keepHourly = pick();
        policy.keepDaily = pick();
        policy.keepWeekly = pick();
        policy.keepMonthly = pick();
        policy.keepYearly = pick();
        if (random.bounded(3) == 0)
            policy.keepWithin
                = RetentionDuration(0, random.bounded(3), random.bounded(20), random.bounded(48));
        std::optional<QDateTime> now;
        if (random.bounded(2) == 0)
            now = base.addSecs(qint64(random.bounded(quint64(spanSecs + 1))));

        const QString context = QStringLiteral("seed %1 round %2 zone %3 policy %4")
                                    .arg(seed)
                                    .arg(round)
                                    .arg(QString::fromUtf8(zone.id()), policy.summary());
        const auto decisions = policy.select(backups, now, zone);
        QVERIFY2(decisions.size() == backups.size(), qPrintable(context));

        // Sorted newest first, one verdict per backup.
        std::set<QString> names;
        for (qsizetype i = 0; i < decisions.size(); ++i) {
            names.insert(decisions.at(i).backup.name);
            if (i > 0)
                QVERIFY2(decisions.at(i - 1).backup.timeUtc >= decisions.at(i).backup.timeUtc,
                    qPrintable(context));
            QVERIFY2(decisions.at(i).keep == !decisions.at(i).reasons.isEmpty(), qPrintable(context));
            // A deleted backup says why for every rule in force; a kept one has no misses.
            if (decisions.at(i).keep) {
                QVERIFY2(decisions.at(i).misses.isEmpty(), qPrintable(context));
            } else {
                int active = policy.keepWithin.isZero() ? 0 : 1;
                for (Rule rule :
                    {Rule::Last, Rule::Hourly, Rule::Daily, Rule::Weekly, Rule::Monthly, Rule::Yearly})
                    active += policy.count(rule) != 0 ? 1 : 0;
                QVERIFY2(decisions.at(i).misses.size() == active, qPrintable(context));
                QVERIFY2(!decisions.at(i).deleteReasonText().isEmpty(), qPrintable(context));
            }
            if (decisions.at(i).backup.pinned)
                QVERIFY2(decisions.at(i).keep && decisions.at(i).keptBy(Rule::Pinned), qPrintable(context));
        }
        QVERIFY2(names.size() == size_t(backups.size()), qPrintable(context));
        QVERIFY2(decisions.first().keep, qPrintable(context));
        for (const auto &decision : decisions) {
            if (!now || decision.backup.timeUtc <= *now) {
                QVERIFY2(decision.keep, qPrintable(context + QStringLiteral(": newest not in the future")));
                break;
            }
        }
        if (policy.isEmpty()) {
            for (const auto &decision : decisions)
                QVERIFY2(decision.keep && decision.keptBy(Rule::EmptyPolicy), qPrintable(context));
            continue;
        }

        // Each counting rule against an oracle built differently: period labels as text
        // (weeks by their Monday), newest of each of the N newest labelled periods, plus
        // the oldest backup when fewer than N periods exist.
        const std::pair<Rule, QString> rules[]
            = {{Rule::Last, QString()}, {Rule::Hourly, QStringLiteral("yyyy-MM-dd HH")},
                {Rule::Daily, QStringLiteral("yyyy-MM-dd")}, {Rule::Weekly, QStringLiteral("week")},
                {Rule::Monthly, QStringLiteral("yyyy-MM")}, {Rule::Yearly, QStringLiteral("yyyy")}};
        for (const auto &[rule, format] : rules) {
            const int n = policy.count(rule);
            if (n == 0) {
                for (const auto &decision : decisions)
                    QVERIFY2(!decision.keptBy(rule), qPrintable(context));
                continue;
            }
            QStringList labels; // newest first, one per distinct period
            std::set<QString> expected;
            for (qsizetype i = 0; i < decisions.size(); ++i) {
                const QDateTime local = decisions.at(i).backup.timeUtc.toTimeZone(zone);
                QString label;
                if (rule == Rule::Last)
                    label = QString::number(i);
                else if (rule == Rule::Weekly)
                    label = local.date().addDays(1 - local.date().dayOfWeek()).toString(Qt::ISODate);
                else
                    label = local.toString(format);
                if (!labels.contains(label)) {
                    labels << label;
                    if (n < 0 || labels.size() <= n)
                        expected.insert(decisions.at(i).backup.name);
                }
            }
            if (n < 0 || labels.size() < n)
                expected.insert(decisions.last().backup.name);
            std::set<QString> actual;
            for (const auto &decision : decisions) {
                if (decision.keptBy(rule))
                    actual.insert(decision.backup.name);
            }
            QVERIFY2(actual == expected,
                qPrintable(context
                    + QStringLiteral(": rule %1").arg(format.isEmpty() ? QStringLiteral("last") : format)));
            if (n > 0)
                QVERIFY2(actual.size() <= size_t(n), qPrintable(context));
        }

        // keep-within: strictly after (newest not in the future) - span.
        if (!policy.keepWithin.isZero()) {
            std::optional<QDateTime> latest;
            for (const auto &decision : decisions) {
                if (!now || decision.backup.timeUtc <= *now) {
                    latest = decision.backup.timeUtc;
                    break;
                }
            }
            for (const auto &decision : decisions) {
                const bool inside
                    = !latest || decision.backup.timeUtc > policy.keepWithin.before(latest->toTimeZone(zone));
                QVERIFY2(decision.keptBy(Rule::Within) == inside, qPrintable(context));
            }
        }
        // Nothing is kept without a reason, and everything without one is deleted.
        for (const auto &decision : decisions) {
            if (!decision.keep)
                QVERIFY2(!decision.backup.pinned, qPrintable(context));
        }
    }
}

QTEST_GUILESS_MAIN(TestRetentionPolicy)
#include "tst_retentionpolicy.moc"
