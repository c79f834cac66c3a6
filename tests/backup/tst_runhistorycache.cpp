// RunHistoryCache gives RunHistory's answers, reads the file once while it is unchanged,
// and notices every change: an append (even within the same second; read alone, without
// the rest of the file), a line cut by a killed writer, a rotation, removal.
#include "TestEnvironment.h"
#include "backup/RunHistory.h"
#include "backup/RunHistoryCache.h"

#include <QtTest>

using namespace Coffre;

namespace {
RunRecord record(const QString &profile, int minute, RunRecord::Result result, bool verified = true)
{
    RunRecord r;
    r.profile = profile;
    r.startUtc = QDateTime(QDate(2024, 5, 1), QTime(10, minute), QTimeZone::utc());
    r.endUtc = r.startUtc.addSecs(30);
    r.result = result;
    r.verified = verified && result == RunRecord::Result::Ok;
    r.archiveName = QStringLiteral("%1-%2.zip").arg(profile).arg(minute);
    r.error = result == RunRecord::Result::Failed ? QStringLiteral("boom") : QString();
    return r;
}
} // namespace

class TestRunHistoryCache : public QObject
{
    Q_OBJECT

private slots:
    void sameAnswersAsRunHistory()
    {
        TestEnvironment env;
        const QString file = env.root() + QLatin1String("/history.jsonl");
        RunHistory history(file);
        RunHistoryCache cache(file);
        QVERIFY(!cache.last(QStringLiteral("A")));
        QVERIFY(history.append(record(QStringLiteral("A"), 1, RunRecord::Result::Ok)));
        QVERIFY(history.append(record(QStringLiteral("B"), 2, RunRecord::Result::Ok, false)));
        QVERIFY(history.append(record(QStringLiteral("A"), 3, RunRecord::Result::Failed)));
        // Same second as the previous append: the size still tells.
        QVERIFY(history.append(record(QStringLiteral("B"), 4, RunRecord::Result::Cancelled)));
        for (const QString &p : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
            QCOMPARE(cache.last(p).has_value(), history.last(p).has_value());
            if (history.last(p))
                QCOMPARE(cache.last(p)->archiveName, history.last(p)->archiveName);
            QCOMPARE(cache.lastVerifiedSuccess(p).has_value(), history.lastVerifiedSuccess(p).has_value());
            if (history.lastVerifiedSuccess(p))
                QCOMPARE(
                    cache.lastVerifiedSuccess(p)->archiveName, history.lastVerifiedSuccess(p)->archiveName);
            QCOMPARE(cache.records(p).size(), history.records(p).size());
        }
        QCOMPARE(cache.lastVerifiedSuccess(QStringLiteral("A"))->archiveName, QStringLiteral("A-1.zip"));
        QCOMPARE(cache.last(QStringLiteral("A"))->error, QStringLiteral("boom"));
        QVERIFY(!cache.lastVerifiedSuccess(QStringLiteral("B"))); // uploaded, not verified
        QCOMPARE(cache.records().size(), 4);
    }

    void readsOnlyWhenTheFileChanged()
    {
        TestEnvironment env;
        const QString file = env.root() + QLatin1String("/history.jsonl");
        RunHistory history(file);
        QVERIFY(history.append(record(QStringLiteral("A"), 1, RunRecord::Result::Ok)));
        RunHistoryCache cache(file);
        for (int i = 0; i < 50; ++i)
            cache.last(QStringLiteral("A"));
        QCOMPARE(cache.reads(), 1);
        QVERIFY(history.append(record(QStringLiteral("A"), 2, RunRecord::Result::Failed)));
        QCOMPARE(cache.last(QStringLiteral("A"))->result, RunRecord::Result::Failed);
        QCOMPARE(cache.reads(), 1); // the appended line only
        QCOMPARE(cache.records().size(), 2);

        // A writer killed mid-line, then a normal append: the cut line is skipped, the new
        // record is read, as RunHistory does.
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"profile\":\"A\",\"res");
        }
        QVERIFY(history.append(record(QStringLiteral("A"), 3, RunRecord::Result::Ok)));
        QCOMPARE(cache.last(QStringLiteral("A"))->archiveName, QStringLiteral("A-3.zip"));
        QCOMPARE(cache.records().size(), history.records().size());

        // A rotation rewrites the file: read whole again.
        RunHistory small(file, 600);
        for (int minute = 10; minute < 20; ++minute)
            QVERIFY(small.append(record(QStringLiteral("B"), minute, RunRecord::Result::Ok)));
        QCOMPARE(cache.last(QStringLiteral("B"))->archiveName, QStringLiteral("B-19.zip"));
        QCOMPARE(cache.records().size(), history.records().size());
        QVERIFY(cache.reads() >= 2);
        QCOMPARE(cache.lastVerifiedSuccess(QStringLiteral("A")).has_value(),
            history.lastVerifiedSuccess(QStringLiteral("A")).has_value());
        // Gone: nothing.
        QVERIFY(QFile::remove(file));
        QVERIFY(!cache.last(QStringLiteral("B")));
    }
};

QTEST_GUILESS_MAIN(TestRunHistoryCache)
#include "tst_runhistorycache.moc"
