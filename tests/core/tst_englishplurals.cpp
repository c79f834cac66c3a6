// English plural forms: counts read "1 backup" / "7 backups", never "7 backup(s)", and the
// committed translations/coffre_en.ts covers every %n message in the sources: lupdate is
// run over app/ and ui/ now, and a message it finds that the file lacks (or leaves
// unfinished) fails with the command that fixes it.
#include "core/EnglishPlurals.h"

#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Numerus {
    QString context;
    QString source;
    QStringList forms;
};

QList<Numerus> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Numerus> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Numerus current;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message") && numerus)
                messages << current;
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            current = {context, {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
                current.forms = {};
        } else if (xml.name() == QLatin1String("numerusform")) {
            current.forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

} // namespace

class TestEnglishPlurals : public QObject
{
    Q_OBJECT

private slots:
    void countsReadNaturally()
    {
        Coffre::installEnglishPlurals();
        const char *context = "Coffre::RemoteBrowser";
        QCOMPARE(
            QCoreApplication::translate(context, "%n backup(s)", nullptr, 1), QStringLiteral("1 backup"));
        QCOMPARE(
            QCoreApplication::translate(context, "%n backup(s)", nullptr, 7), QStringLiteral("7 backups"));
        QCOMPARE(
            QCoreApplication::translate(context, "%n backup(s)", nullptr, 0), QStringLiteral("0 backups"));
        QCOMPARE(QCoreApplication::translate("Coffre::HistoryDialog", "%n file(s) skipped", nullptr, 1),
            QStringLiteral("1 file skipped"));
        // Installing twice changes nothing.
        Coffre::installEnglishPlurals();
        QCOMPARE(
            QCoreApplication::translate(context, "%n backup(s)", nullptr, 2), QStringLiteral("2 backups"));
    }

    void everyCountInTheSourcesIsCovered()
    {
        const QString source = qEnvironmentVariable("COFFRE_SOURCE_DIR");
        if (source.isEmpty())
            QSKIP("COFFRE_SOURCE_DIR is not set (run through ctest)");
        const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QLatin1String("/lupdate");
        QVERIFY2(QFileInfo(lupdate).isExecutable(), qPrintable(lupdate + QLatin1String(" is missing")));
        QTemporaryDir tmp;
        const QString fresh = tmp.filePath(QStringLiteral("fresh_en.ts"));
        QProcess run;
        run.setWorkingDirectory(source);
        run.start(lupdate,
            {QStringLiteral("-pluralonly"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                QStringLiteral("none"), QStringLiteral("-source-language"), QStringLiteral("en"),
                QStringLiteral("-target-language"), QStringLiteral("en"), QStringLiteral("-I"),
                QStringLiteral("app"), QStringLiteral("-I"), QStringLiteral("ui"), QStringLiteral("app"),
                QStringLiteral("ui"), QStringLiteral("-ts"), fresh});
        QVERIFY(run.waitForFinished(120000));
        QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());

        QString error;
        const QList<Numerus> found = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(found.size() > 10);
        const QList<Numerus> committed = readTs(source + QLatin1String("/translations/coffre_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const Numerus &m : found) {
            const auto it = std::find_if(committed.cbegin(), committed.cend(),
                [&](const Numerus &c) { return c.context == m.context && c.source == m.source; });
            if (it == committed.cend() || it->forms.size() != 2 || it->forms.contains(QString()))
                missing << m.context + QLatin1String(": ") + m.source;
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(QLatin1String("English plural forms missing (run ./dev plurals):\n  ")
                + missing.join(QLatin1String("\n  "))));
        // And no form still says "(s)".
        for (const Numerus &c : committed) {
            for (const QString &form : c.forms)
                QVERIFY2(!form.contains(QLatin1String("(s)")), qPrintable(form));
        }
    }
};

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"
