// The French translation as the app loads it: the .qm files built from translations/ and
// Qt's own qtbase_fr, embedded under :/i18n exactly as in the coffre executable, loaded by
// Translations::install() and used by tr() in the engine and the real widgets.
#include "DesktopApp.h"
#include "MainWindow.h"
#include "backup/RetentionPolicy.h"
#include "core/Translations.h"

#include "TestEnvironment.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace Coffre;

namespace {

const QChar kNbsp(0x00A0);

QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

// Every visible text of a widget tree: labels, buttons and actions.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    for (QLabel *label : root->findChildren<QLabel *>())
        texts << label->text();
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        texts << button->text();
    for (QAction *action : root->findChildren<QAction *>())
        texts << action->text();
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    // Runs first: nothing is installed yet, so an English locale must load nothing.
    void englishLoadsNothing()
    {
        QCOMPARE(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)), QString());
        QCOMPARE(translated("CliApp", "Commands:"), QStringLiteral("Commands:"));
        QCOMPARE(translated("QCommandLineParser", "Usage: %1"), QStringLiteral("Usage: %1"));
    }

    void embeddedFiles()
    {
        QVERIFY(QFile::exists(Translations::resourceDir() + QStringLiteral("/coffre_fr.qm")));
        QVERIFY(QFile::exists(Translations::resourceDir() + QStringLiteral("/qtbase_fr.qm")));
    }

    void frenchLoadsCoffreAndQt()
    {
        QCOMPARE(Translations::install(QLocale(QLocale::French, QLocale::France)), QStringLiteral("fr"));
        // Engine (Q_DECLARE_TR_FUNCTIONS) and QObject (namespaced context) strings.
        QCOMPARE(translated("CliApp", "Commands:"), QString(QStringLiteral("Commandes") + kNbsp + u':'));
        QCOMPARE(translated("Coffre::TrayController", "Quit Coffre"), QStringLiteral("Quitter Coffre"));
        QCOMPARE(translated("FichierError", "Cancelled."), QStringLiteral("Annulé."));
        // Qt's own strings come with it: QCommandLineParser's help and the dialog buttons.
        QCOMPARE(translated("QCommandLineParser", "Usage: %1"), QStringLiteral("Utilisation : %1"));
        QCOMPARE(translated("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    }

    // Retention reasons read in French on screen, in English in --json output.
    void retentionReasons()
    {
        RetentionPolicy::Reason reason;
        reason.rule = RetentionPolicy::Rule::Daily;
        reason.index = 2;
        reason.count = 7;
        reason.oldest = true;
        QCOMPARE(reason.text(), QStringLiteral("quotidienne 2/7 (la plus ancienne)"));
        QCOMPARE(reason.text(false), QStringLiteral("daily 2/7 (oldest)"));
    }

    // French uses the singular for 0 and 1.
    void plurals_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0") << 0 << QStringLiteral("0 sauvegarde dans %1.");
        QTest::newRow("1") << 1 << QStringLiteral("1 sauvegarde dans %1.");
        QTest::newRow("2") << 2 << QStringLiteral("2 sauvegardes dans %1.");
        QTest::newRow("1000") << 1000 << QStringLiteral("1000 sauvegardes dans %1.");
    }
    void plurals()
    {
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(translated("BackupsCommand", "%n backup(s) in %1.", n), expected);
        QCOMPARE(translated("Coffre::RemoteBrowser", "%n backup(s)", n), expected.section(u' ', 0, 1));
    }

    // The real desktop app, built in French: the first window a user sees.
    void desktopAppInFrench()
    {
        TestEnvironment env;
        QVERIFY(env.isValid());
        env.applyToThisProcess();
        // A well-formed key in the environment and an API address nobody answers on
        // (loopback): the app shows its profile list without any network call succeeding.
        qputenv("COFFRE_API_KEY", QByteArrayLiteral("AbCdEfGhIjKlMnOpQrStUvWxYz012345"));
        qputenv("COFFRE_API_URL", QByteArrayLiteral("http://127.0.0.1:9/v1"));
        DesktopApp::Options options;
        options.allowTray = false;
        DesktopApp app(options);
        app.start();
        QTRY_VERIFY_WITH_TIMEOUT(app.hasKey(), 20000);
        QVERIFY(app.window());
        QTRY_VERIFY(app.window()->isVisible());
        const QStringList texts = visibleTexts(app.window());
        QVERIFY2(texts.contains(QStringLiteral("Sauvegarder maintenant")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("Nouveau profil…")), qPrintable(texts.join(u'|')));
        const bool emptyListSaid = std::any_of(texts.begin(), texts.end(),
            [](const QString &t) { return t.startsWith(QStringLiteral("Aucun profil de sauvegarde")); });
        QVERIFY2(emptyListSaid, qPrintable(texts.join(u'|')));
        // Building the app installs the English plural forms: they must not hide the French
        // ones (the screenshots showed "1 backup failed" in a French window).
        QCOMPARE(translated("Coffre::RemoteBrowser", "%n backup(s)", 2), QStringLiteral("2 sauvegardes"));
        QCOMPARE(translated("RetentionDuration", "%n day(s)", 30), QStringLiteral("30 jours"));
        qunsetenv("COFFRE_API_KEY");
        qunsetenv("COFFRE_API_URL");
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
