// The fuzz targets' seed corpora and every input a fuzzer ever broke something with
// (tests/fuzz/crashes/<target>/), fed to the same entry points as under libFuzzer but in
// the normal suite (gcc, no fuzzer): each must give a value or one clean error, with every
// invariant of its target holding. A crash here is a crash of the suite.
#include "FichierRepliesTarget.h"
#include "HistoryTarget.h"
#include "ProfilesTarget.h"
#include "ZipExtractTarget.h"

#include <QtTest>

#include <functional>

namespace {

using Entry = std::function<QString(const QByteArray &)>;

const QList<std::pair<QString, Entry>> &targets()
{
    static const QList<std::pair<QString, Entry>> list {
        {QStringLiteral("fichier_replies"), FichierRepliesTarget::run},
        {QStringLiteral("profiles"), ProfilesTarget::run},
        {QStringLiteral("history"), HistoryTarget::run},
        {QStringLiteral("zip_extract"), ZipExtractTarget::run},
    };
    return list;
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetHasSeeds_data()
    {
        QTest::addColumn<QString>("target");
        for (const auto &[name, entry] : targets())
            QTest::newRow(qPrintable(name)) << name;
    }

    // An empty corpus would make the test below pass by testing nothing.
    void everyTargetHasSeeds()
    {
        QFETCH(QString, target);
        QVERIFY2(filesUnder(QStringLiteral(COFFRE_FUZZ_DIR "/corpus/") + target).size() >= 5,
            qPrintable(QStringLiteral("tests/fuzz/corpus/%1 has fewer than 5 seeds").arg(target)));
    }

    void inputHolds_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("file");
        for (int i = 0; i < targets().size(); ++i) {
            const QString name = targets().at(i).first;
            for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("crashes")}) {
                const QString dir = QStringLiteral(COFFRE_FUZZ_DIR "/") + kind + QLatin1Char('/') + name;
                for (const QString &file : filesUnder(dir)) {
                    const QString row = kind + QLatin1Char('/') + name + QLatin1Char('/')
                        + QDir(dir).relativeFilePath(file);
                    QTest::newRow(qPrintable(row)) << i << file;
                }
            }
        }
    }

    void inputHolds()
    {
        QFETCH(int, target);
        QFETCH(QString, file);
        QFile in(file);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray data = in.readAll();
        const QString failure = targets().at(target).second(data);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
