// RunHistory: append/read round trip, per-profile queries, owner-only file, a line cut
// by a killed writer, the size bound, and concurrent writers.
#include "TestEnvironment.h"
#include "backup/RunHistory.h"

#include <QDir>
#include <QtConcurrent>
#include <QtTest>

#include <sys/stat.h>

using namespace Coffre;

namespace {

RunRecord makeRecord(
    const QString &profile, int n, RunRecord::Result result = RunRecord::Result::Ok, bool verified = true)
{
    RunRecord record;
    record.profile = profile;
    record.startUtc = QDateTime(QDate(2024, 1, 1), QTime(2, 0), Qt::UTC).addSecs(qint64(n) * 3600);
    record.endUtc = record.startUtc.addSecs(95);
    record.result = result;
    record.verified = verified;
    record.archiveName = QStringLiteral("%1_archive-%2Z.zip").arg(profile).arg(n);
    record.url = QStringLiteral("https://1fichier.com/?id%1").arg(n);
    record.size = 1000000 + n;
    record.files = n;
    record.warnings = n % 3;
    record.error
        = result == RunRecord::Result::Ok ? QString() : QStringLiteral("The upload was cut: try again.");
    record.pruned = n % 2;
    return record;
}

void appendRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestRunHistory : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;

private slots:
    void initTestCase()
    {
        QVERIFY(m_env.isValid());
        m_env.applyToThisProcess();
    }

    void init() { QDir(m_env.dataHome()).removeRecursively(); }

    void emptyHistory()
    {
        const RunHistory history;
        QVERIFY(history.filePath().startsWith(m_env.dataHome()));
        QVERIFY(history.records().isEmpty());
        QVERIFY(!history.last(QStringLiteral("x")));
        QVERIFY(!history.lastVerifiedSuccess(QStringLiteral("x")));
    }

    void roundTrip()
    {
        RunHistory history;
        const RunRecord ok = makeRecord(QString::fromUtf8("Mes Photos été"), 1);
        const RunRecord failed = makeRecord(QStringLiteral("Docs"), 2, RunRecord::Result::Failed, false);
        QVERIFY2(history.append(ok), qPrintable(history.errorString()));
        QVERIFY(history.append(failed));
        const QList<RunRecord> all = history.records();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), ok);
        QCOMPARE(all.at(1), failed);
        QCOMPARE(history.records(QStringLiteral("Docs")), QList<RunRecord> {failed});
        QCOMPARE(history.skippedLines(), 0);

        struct stat info {
        };
        QCOMPARE(::stat(QFile::encodeName(history.filePath()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        // One JSON object per line.
        QFile file(history.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 2);
    }

    void lastVerifiedSuccess()
    {
        RunHistory history;
        QVERIFY(history.append(makeRecord(QStringLiteral("A"), 1)));
        QVERIFY(history.append(makeRecord(QStringLiteral("B"), 2)));
        QVERIFY(
            history.append(makeRecord(QStringLiteral("A"), 3, RunRecord::Result::Ok, false))); // unverified
        QVERIFY(history.append(makeRecord(QStringLiteral("A"), 4, RunRecord::Result::Failed, false)));
        QVERIFY(history.append(makeRecord(QStringLiteral("A"), 5, RunRecord::Result::Cancelled, false)));
        QCOMPARE(history.lastVerifiedSuccess(QStringLiteral("A"))->files, 1);
        QCOMPARE(history.last(QStringLiteral("A"))->result, RunRecord::Result::Cancelled);
        QCOMPARE(history.lastVerifiedSuccess(QStringLiteral("B"))->files, 2);
        // File order decides, not the recorded time (the clock may have gone back).
        RunRecord older = makeRecord(QStringLiteral("A"), 6);
        older.startUtc = older.startUtc.addYears(-5);
        older.endUtc = older.endUtc.addYears(-5);
        QVERIFY(history.append(older));
        QCOMPARE(history.lastVerifiedSuccess(QStringLiteral("A"))->files, 6);
    }

    void truncatedLastLineIsTolerated()
    {
        RunHistory history;
        QVERIFY(history.append(makeRecord(QStringLiteral("A"), 1)));
        QVERIFY(history.append(makeRecord(QStringLiteral("A"), 2)));
        // A writer killed mid-line: half a record, no newline.
        const QByteArray line
            = QJsonDocument(makeRecord(QStringLiteral("A"), 3).toJson()).toJson(QJsonDocument::Compact);
        appendRaw(history.filePath(), line.left(line.size() / 2));
        QCOMPARE(history.records().size(), 2);
        QCOMPARE(history.skippedLines(), 1);
        QCOMPARE(history.lastVerifiedSuccess(QStringLiteral("A"))->files, 2);

        // The next record is not glued onto the cut line.
        QVERIFY(history.append(makeRecord(QStringLiteral("A"), 4)));
        const QList<RunRecord> all = history.records();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.last().files, 4);
        QCOMPARE(history.skippedLines(), 1);
    }

    void garbageLinesAreSkipped()
    {
        RunHistory history;
        QVERIFY(history.append(makeRecord(QStringLiteral("A"), 1)));
        appendRaw(history.filePath(), "not json\n{\"profile\": \"A\"}\n[1,2]\n\n");
        QVERIFY(history.append(makeRecord(QStringLiteral("A"), 2)));
        QCOMPARE(history.records().size(), 2);
        QCOMPARE(history.skippedLines(), 3);
    }

    void sizeIsBounded()
    {
        const qint64 maxBytes = 4 * 1024;
        RunHistory history(RunHistory::defaultFilePath(), maxBytes);
        int rotations = 0;
        qint64 previous = 0;
        for (int n = 1; n <= 120; ++n) {
            QVERIFY2(history.append(makeRecord(QStringLiteral("A"), n)), qPrintable(history.errorString()));
            const qint64 size = QFileInfo(history.filePath()).size();
            QVERIFY2(size <= maxBytes, qPrintable(QString::number(size)));
            if (size < previous)
                ++rotations;
            previous = size;
            // The newest records survive, as one contiguous run ending with this one.
            const QList<RunRecord> all = history.records();
            QVERIFY(!all.isEmpty());
            QCOMPARE(all.last().files, n);
            for (qsizetype i = 1; i < all.size(); ++i)
                QCOMPARE(all.at(i).files, all.at(i - 1).files + 1);
        }
        QVERIFY(rotations >= 2);
        // Rotation keeps about half the bound, so it happens rarely.
        QVERIFY(history.records().size() >= 5);
        QCOMPARE(QDir(QFileInfo(history.filePath()).absolutePath()).entryList(QDir::Files | QDir::Hidden),
            QStringList {QStringLiteral("history.jsonl")});
    }

    void concurrentWriters()
    {
        // Several writers at once (the GUI and a cron run): every record arrives whole.
        const int writers = 3;
        const int each = 20;
        QList<QFuture<bool>> futures;
        for (int w = 0; w < writers; ++w) {
            futures << QtConcurrent::run([w]() {
                RunHistory history;
                bool ok = true;
                for (int n = 0; n < each; ++n)
                    ok = history.append(makeRecord(QStringLiteral("W%1").arg(w), n)) && ok;
                return ok;
            });
        }
        for (auto &future : futures)
            QVERIFY(future.result());
        const RunHistory history;
        QCOMPARE(history.records().size(), writers * each);
        QCOMPARE(history.skippedLines(), 0);
        for (int w = 0; w < writers; ++w)
            QCOMPARE(history.records(QStringLiteral("W%1").arg(w)).size(), each);
    }
};

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
