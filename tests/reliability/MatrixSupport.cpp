#include "MatrixSupport.h"

#include "FakeFichier.h"
#include "backup/BackupName.h"
#include "core/Whirlpool.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace MatrixSupport {

QString sentenceProblem(const QString &sentence, const QString &apiKey)
{
    if (sentence.trimmed().isEmpty())
        return QStringLiteral("no sentence");
    if (sentence.contains(QLatin1Char('\n')))
        return QStringLiteral("more than one line: ") + sentence;
    if (sentence.size() > 400)
        return QStringLiteral("%1 characters: %2").arg(sentence.size()).arg(sentence);
    static const QRegularExpression html(QStringLiteral("<\\s*(html|!doctype|body|div|center|h1)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (html.match(sentence).hasMatch())
        return QStringLiteral("HTML in the sentence: ") + sentence;
    if (!apiKey.isEmpty() && sentence.contains(apiKey))
        return QStringLiteral("the API key is in the sentence");
    return {};
}

QList<OldBackup> seedOldBackups(
    FakeFichier &fake, const QString &folder, const QString &slug, const QDateTime &nowUtc, int count)
{
    QList<OldBackup> old;
    for (int i = 0; i < count; ++i) {
        const QDateTime when = nowUtc.addDays(i - count);
        const QByteArray content = pseudoRandom(2000 + i, 1000 + quint32(i));
        OldBackup b;
        b.name = Coffre::BackupName::format(slug, when);
        b.url = fake.seedFile(folder, b.name, content, when);
        b.checksum = Coffre::Whirlpool::hashHex(content);
        b.size = content.size();
        old.append(b);
    }
    return old;
}

bool calmDown(FakeFichier &fake)
{
    return fake.setFaults(QString()) && !fake.control("POST", QStringLiteral("unlock")).isEmpty();
}

namespace {

QStringList idsIn(const QString &cell)
{
    static const QRegularExpression id(QStringLiteral("`([a-z.]+/[a-z0-9-]+)`"));
    QStringList ids;
    for (auto it = id.globalMatch(cell); it.hasNext();)
        ids << it.next().captured(1);
    return ids;
}

QStringList cellsOf(const QString &line)
{
    QString inner = line.trimmed();
    inner = inner.mid(1, inner.size() - 2); // the outer pipes
    QStringList cells = inner.split(QLatin1Char('|'));
    for (QString &c : cells)
        c = c.trimmed();
    return cells;
}

} // namespace

MatrixDoc readMatrixDoc(const QString &path)
{
    MatrixDoc doc;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        doc.problems << QStringLiteral("cannot read ") + path;
        return doc;
    }
    enum { Before, Grid, BetweenTables, Rows, After } state = Before;
    int gridRows = 0;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const bool tableLine = line.startsWith(QLatin1Char('|'));
        if (state == Before && line.startsWith(QLatin1String("| fault \\ phase"))) {
            const QStringList header = cellsOf(line);
            if (header.size() != 9)
                doc.problems << QStringLiteral("the grid has %1 phase columns, not 8").arg(header.size() - 1);
            state = Grid;
            continue;
        }
        if (state == Grid) {
            if (!tableLine) {
                state = BetweenTables;
                continue;
            }
            if (line.startsWith(QLatin1String("|--")) || line.startsWith(QLatin1String("|-")))
                continue;
            ++gridRows;
            const QStringList cells = cellsOf(line);
            for (int i = 1; i < cells.size(); ++i) {
                const QStringList ids = idsIn(cells.at(i));
                if (ids.isEmpty() && !cells.at(i).startsWith(QLatin1String("n/a")))
                    doc.problems << QStringLiteral("grid cell %1 × column %2 is neither rows nor n/a: '%3'")
                                        .arg(cells.constFirst())
                                        .arg(i)
                                        .arg(cells.at(i));
                doc.gridIds << ids;
            }
            continue;
        }
        if (state == BetweenTables && line.startsWith(QLatin1String("| row |"))) {
            state = Rows;
            continue;
        }
        if (state == Rows) {
            if (!tableLine) {
                state = After;
                continue;
            }
            if (line.startsWith(QLatin1String("|-")))
                continue;
            const QStringList cells = cellsOf(line);
            const QStringList ids = idsIn(cells.constFirst());
            if (ids.size() != 1) {
                doc.problems << QStringLiteral("rows table line without one id: ") + line;
                continue;
            }
            doc.tableIds << ids.constFirst();
            static const QRegularExpression test(QStringLiteral("`(tst_[a-z_]+::[A-Za-z]+)`"));
            const QRegularExpressionMatch m = test.match(cells.constLast());
            if (m.hasMatch())
                doc.testOf.insert(ids.constFirst(), m.captured(1));
            else
                doc.problems << QStringLiteral("row %1 names no test function").arg(ids.constFirst());
        }
    }
    if (gridRows != 10)
        doc.problems << QStringLiteral("the grid has %1 fault rows, not the 10 of issue 9").arg(gridRows);
    if (state != After && state != Rows)
        doc.problems << QStringLiteral("the grid or the rows table was not found");
    return doc;
}

QStringList rowIdsIn(const QString &sourcePath)
{
    QFile file(sourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression row(QStringLiteral("QTest::newRow\\(\"([a-z.]+/[a-z0-9-]+)\"\\)"));
    QStringList ids;
    for (auto it = row.globalMatch(QString::fromUtf8(file.readAll())); it.hasNext();)
        ids << it.next().captured(1);
    return ids;
}

} // namespace MatrixSupport
