#include "HistoryTarget.h"

#include "FuzzCheck.h"
#include "backup/RunHistory.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Coffre;

namespace {

constexpr qint64 kMaxBytes = 4096; // small, so that fuzz inputs make the history rotate

qsizetype nonBlankLines(const QByteArray &data)
{
    qsizetype count = 0;
    for (const QByteArray &line : data.split('\n'))
        count += line.trimmed().isEmpty() ? 0 : 1;
    return count;
}

} // namespace

QString HistoryTarget::run(const QByteArray &data)
{
    FuzzCheck check;
    int skipped = -1;
    const QList<RunRecord> records = RunHistory::parse(data, &skipped);
    check.expect(records.size() + skipped == nonBlankLines(data),
        QStringLiteral("%1 records + %2 skipped for %3 lines")
            .arg(records.size())
            .arg(skipped)
            .arg(nonBlankLines(data)));
    for (const RunRecord &record : records) {
        check.expect(!record.profile.isEmpty() && record.startUtc.isValid(),
            QStringLiteral("a record without a profile or a start time"));
        const QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact);
        const std::optional<RunRecord> again = RunHistory::parseLine(line);
        check.expect(again.has_value(),
            QStringLiteral("a record read cannot be read once written: ")
                + QString::fromUtf8(line.left(300)));
        check.expect(!again || *again == record,
            QStringLiteral("a record changes when written and read: ") + QString::fromUtf8(line.left(300)));
    }

    // Append after these bytes, as `coffre run` would after a crash left them.
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.jsonl"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
            return QStringLiteral("cannot prepare %1 (harness problem)").arg(path);
    }
    RunHistory history(path, kMaxBytes);
    RunRecord run;
    run.profile = QStringLiteral("fuzz \"profile\"");
    run.startUtc = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    run.endUtc = run.startUtc.addSecs(60);
    run.result = RunRecord::Result::Ok;
    run.verified = true;
    run.archiveName = QStringLiteral("fuzz-profile_2024-01-02_03-04-05Z.zip");
    run.url = QStringLiteral("https://1fichier.com/?fuzz");
    run.size = 123;
    if (!history.append(run)) {
        check.expect(false, QStringLiteral("append failed: ") + history.errorString());
        return check.failure();
    }
    const QList<RunRecord> after = history.records();
    check.expect(
        !after.isEmpty() && after.last() == run, QStringLiteral("the appended run is not the last record"));
    check.expect(history.lastVerifiedSuccess(run.profile) == run,
        QStringLiteral("the appended run is not the last verified success"));
    check.expect(QFileInfo(path).size() <= kMaxBytes,
        QStringLiteral("history grew past its bound: %1 bytes").arg(QFileInfo(path).size()));
    if (data.size() + 400 < kMaxBytes) {
        // No rotation: every record read before is still there, in order, then the new one.
        check.expect(after.size() == records.size() + 1 && after.mid(0, records.size()) == records,
            QStringLiteral("append lost or changed %1 earlier records")
                .arg(records.size() + 1 - after.size()));
    }
    return check.failure();
}
