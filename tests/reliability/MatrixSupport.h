#pragma once

#include "TestFiles.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class FakeFichier;

// Helpers shared by the fault matrix tests (tst_faultmatrix, tst_faultmatrix_cli) and the
// scale tests: source trees, the old backups every row starts from, and the checks that
// every row ends with (older backups intact, no temp file, one clear sentence).
namespace MatrixSupport {

using namespace TestFiles;

// Empty when `sentence` is one clear sentence for a user: not empty, one line, not huge,
// no HTML, no API key. Otherwise why not.
QString sentenceProblem(const QString &sentence, const QString &apiKey);

// A backup that was there before the run under test.
struct OldBackup {
    QString name;
    QString url;
    QString checksum;
    qint64 size = 0;
};
// Seeds `count` backups of `slug` into `folder`, one a day up to a day before `nowUtc`,
// oldest first, each with its own content.
QList<OldBackup> seedOldBackups(
    FakeFichier &fake, const QString &folder, const QString &slug, const QDateTime &nowUtc, int count = 3);

// Faults off and every flood lock lifted, so the aftermath can be looked at.
bool calmDown(FakeFichier &fake);

// The `row` ids of docs/reliability.md's fault matrix: the grid's cells (with a problem for
// every cell that is neither ids nor "n/a ..."), and the first column of its rows table.
struct MatrixDoc {
    QStringList gridIds;
    QStringList tableIds;
    QMap<QString, QString> testOf; // row id -> "tst_x::function"
    QStringList problems;
};
MatrixDoc readMatrixDoc(const QString &path);
// The names given to QTest::newRow("phase/fault") in a test source.
QStringList rowIdsIn(const QString &sourcePath);

} // namespace MatrixSupport
