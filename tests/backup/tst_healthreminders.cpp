// HealthReminders with explicit times: at once, then daily while a profile needs attention;
// silent while snoozed; healthy forgets everything; the state survives a restart (a new
// instance reading the same file) and a damaged file errs on the loud side.
#include "TestEnvironment.h"
#include "backup/HealthReminders.h"

#include <QtTest>

using namespace Coffre;

namespace {
QDateTime utc(int d, int h, int mi = 0)
{
    return QDateTime(QDate(2024, 5, d), QTime(h, mi), QTimeZone::utc());
}
using Attention = QList<std::pair<QString, bool>>;
} // namespace

class TestHealthReminders : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    QString m_file;

private slots:
    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        m_file = m_env->root() + QLatin1String("/data/reminders.json");
    }

    void remindsAtOnceThenDaily()
    {
        HealthReminders r(m_file);
        QVERIFY(r.load());
        const Attention state {{QStringLiteral("A"), true}, {QStringLiteral("B"), false}};
        QCOMPARE(r.due(state, utc(1, 10)), QStringList {QStringLiteral("A")});
        QCOMPARE(r.due(state, utc(1, 11)), QStringList());
        QCOMPARE(r.due(state, utc(2, 9, 59)), QStringList());
        QCOMPARE(r.due(state, utc(2, 10)), QStringList {QStringLiteral("A")}); // a day later
        QCOMPARE(*r.lastReminded(QStringLiteral("A")), utc(2, 10));
        // B starts failing: reminded at once, on its own rhythm.
        const Attention both {{QStringLiteral("A"), true}, {QStringLiteral("B"), true}};
        QCOMPARE(r.due(both, utc(2, 15)), QStringList {QStringLiteral("B")});
    }

    void healthyForgetsAndTheNextProblemRemindsAtOnce()
    {
        HealthReminders r(m_file);
        QCOMPARE(r.due({{QStringLiteral("A"), true}}, utc(1, 10)), QStringList {QStringLiteral("A")});
        r.snooze(QStringLiteral("A"), utc(8, 10));
        QCOMPARE(r.due({{QStringLiteral("A"), false}}, utc(1, 12)), QStringList()); // backed up
        QVERIFY(!r.lastReminded(QStringLiteral("A")));
        QVERIFY(!r.snoozedUntil(QStringLiteral("A"), utc(1, 12))); // success ends the snooze
        QCOMPARE(r.due({{QStringLiteral("A"), true}}, utc(1, 13)), QStringList {QStringLiteral("A")});
    }

    void snoozeSilencesUntilItEnds()
    {
        HealthReminders r(m_file);
        const Attention state {{QStringLiteral("A"), true}};
        QCOMPARE(r.due(state, utc(1, 10)).size(), 1);
        r.snooze(QStringLiteral("A"), utc(4, 10));
        QCOMPARE(*r.snoozedUntil(QStringLiteral("A"), utc(1, 11)), utc(4, 10));
        QCOMPARE(r.due(state, utc(2, 10)), QStringList());
        QCOMPARE(r.due(state, utc(4, 9)), QStringList());
        QCOMPARE(r.due(state, utc(4, 10)), QStringList {QStringLiteral("A")});
        QVERIFY(!r.snoozedUntil(QStringLiteral("A"), utc(4, 10)));
        // "Remind me again" lifts a snooze and reminds at the next check.
        r.snooze(QStringLiteral("A"), utc(9, 0));
        r.unsnooze(QStringLiteral("A"));
        QCOMPARE(r.due(state, utc(4, 11)), QStringList {QStringLiteral("A")});
    }

    void stateSurvivesARestart()
    {
        {
            HealthReminders r(m_file);
            QVERIFY(r.load());
            QCOMPARE(r.due({{QStringLiteral("A"), true}, {QStringLiteral("B"), true}}, utc(1, 10)).size(), 2);
            r.snooze(QStringLiteral("B"), utc(5, 0));
        }
        QVERIFY(QFileInfo::exists(m_file));
        QCOMPARE(QFileInfo(m_file).permissions() & (QFile::ReadGroup | QFile::ReadOther),
            QFileDevice::Permissions());
        HealthReminders again(m_file);
        QVERIFY(again.load());
        QCOMPARE(*again.snoozedUntil(QStringLiteral("B"), utc(2, 0)), utc(5, 0));
        QCOMPARE(*again.lastReminded(QStringLiteral("A")), utc(1, 10));
        // Restarting the app does not repeat today's reminder, nor break the snooze.
        QCOMPARE(
            again.due({{QStringLiteral("A"), true}, {QStringLiteral("B"), true}}, utc(1, 18)), QStringList());
        QCOMPARE(again.due({{QStringLiteral("A"), true}, {QStringLiteral("B"), true}}, utc(2, 10)),
            QStringList {QStringLiteral("A")});
    }

    void removedProfilesAreForgotten()
    {
        HealthReminders r(m_file);
        r.due({{QStringLiteral("Old"), true}}, utc(1, 10));
        r.snooze(QStringLiteral("Old"), utc(9, 0));
        r.due({{QStringLiteral("New"), false}}, utc(1, 11));
        HealthReminders again(m_file);
        QVERIFY(again.load());
        QVERIFY(!again.snoozedUntil(QStringLiteral("Old"), utc(1, 12)));
        QVERIFY(!again.lastReminded(QStringLiteral("Old")));
    }

    void clockGoingBackDoesNotSilence()
    {
        HealthReminders r(m_file);
        QCOMPARE(r.due({{QStringLiteral("A"), true}}, utc(9, 10)).size(), 1);
        // The clock was wrong (days ahead) and is set right: remind, do not wait a week.
        QCOMPARE(r.due({{QStringLiteral("A"), true}}, utc(2, 10)).size(), 1);
    }

    void damagedFileStartsAfresh()
    {
        QDir().mkpath(QFileInfo(m_file).absolutePath());
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\":1,\"profiles\":[tru");
        f.close();
        HealthReminders r(m_file);
        QVERIFY(!r.load());
        QVERIFY(r.errorString().contains(QDir::toNativeSeparators(m_file)));
        QCOMPARE(r.due({{QStringLiteral("A"), true}}, utc(1, 10)), QStringList {QStringLiteral("A")});
        HealthReminders again(m_file); // and the file is whole again
        QVERIFY(again.load());
        QCOMPARE(*again.lastReminded(QStringLiteral("A")), utc(1, 10));
    }
};

QTEST_GUILESS_MAIN(TestHealthReminders)
#include "tst_healthreminders.moc"
