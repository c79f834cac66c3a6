// Exclude globs follow gitignore: base-name patterns at any depth, trailing slash for
// folders, anchoring by a leading or inner slash, ** across folders, ! to take back.
#include "archive/ExcludeMatcher.h"

#include <QtTest>

using Coffre::ExcludeMatcher;

class TestExcludeMatcher : public QObject
{
    Q_OBJECT
private slots:
    void matches_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("isDir");
        QTest::addColumn<bool>("excluded");

        const QStringList tmp {QStringLiteral("*.tmp")};
        QTest::newRow("*.tmp top") << tmp << QStringLiteral("a.tmp") << false << true;
        QTest::newRow("*.tmp deep") << tmp << QStringLiteral("x/y/a.tmp") << false << true;
        QTest::newRow("*.tmp other") << tmp << QStringLiteral("x/a.tmpx") << false << false;
        QTest::newRow("*.tmp folder too") << tmp << QStringLiteral("x/cache.tmp") << true << true;
        QTest::newRow("* stops at /")
            << QStringList {QStringLiteral("docs/*.md")} << QStringLiteral("docs/a/b.md") << false << false;

        const QStringList nodeModules {QStringLiteral("node_modules/")};
        QTest::newRow("dir/ folder") << nodeModules << QStringLiteral("web/node_modules") << true << true;
        QTest::newRow("dir/ top folder") << nodeModules << QStringLiteral("node_modules") << true << true;
        QTest::newRow("dir/ not a file")
            << nodeModules << QStringLiteral("web/node_modules") << false << false;

        const QStringList cache {QStringLiteral("**/.cache/**")};
        QTest::newRow("**/x/** inside") << cache << QStringLiteral("home/.cache/a/b") << false << true;
        QTest::newRow("**/x/** top inside") << cache << QStringLiteral(".cache/a") << false << true;
        QTest::newRow("**/x/** the folder itself") << cache << QStringLiteral("home/.cache") << true << false;
        QTest::newRow("**/x/** elsewhere") << cache << QStringLiteral("home/cache/a") << false << false;

        const QStringList build {QStringLiteral("/build")};
        QTest::newRow("/build at root") << build << QStringLiteral("build") << true << true;
        QTest::newRow("/build nested") << build << QStringLiteral("src/build") << true << false;
        QTest::newRow("build anywhere")
            << QStringList {QStringLiteral("build")} << QStringLiteral("src/build") << true << true;

        QTest::newRow("inner slash anchors")
            << QStringList {QStringLiteral("docs/*.md")} << QStringLiteral("x/docs/a.md") << false << false;
        QTest::newRow("inner slash root")
            << QStringList {QStringLiteral("docs/*.md")} << QStringLiteral("docs/a.md") << false << true;
        QTest::newRow("a/**/b zero") << QStringList {QStringLiteral("a/**/b")} << QStringLiteral("a/b")
                                     << false << true;
        QTest::newRow("a/**/b many") << QStringList {QStringLiteral("a/**/b")} << QStringLiteral("a/x/y/b")
                                     << false << true;
        QTest::newRow("**/foo") << QStringList {QStringLiteral("**/foo")} << QStringLiteral("x/y/foo")
                                << false << true;
        QTest::newRow("question mark")
            << QStringList {QStringLiteral("file?.txt")} << QStringLiteral("file1.txt") << false << true;
        QTest::newRow("question mark not /")
            << QStringList {QStringLiteral("a?b")} << QStringLiteral("a/b") << false << false;
        QTest::newRow("class") << QStringList {QStringLiteral("*.[oa]")} << QStringLiteral("lib.a") << false
                               << true;
        QTest::newRow("negated class")
            << QStringList {QStringLiteral("*.[!oa]")} << QStringLiteral("lib.a") << false << false;
        QTest::newRow("range") << QStringList {QStringLiteral("v[0-9]")} << QStringLiteral("v7") << true
                               << true;
        QTest::newRow("escape") << QStringList {QStringLiteral("\\*star")} << QStringLiteral("*star") << false
                                << true;
        QTest::newRow("escape literal")
            << QStringList {QStringLiteral("\\*star")} << QStringLiteral("xstar") << false << false;
        QTest::newRow("dots literal")
            << QStringList {QStringLiteral("a.b")} << QStringLiteral("axb") << false << false;
        QTest::newRow("hidden not special") << QStringList {} << QStringLiteral(".bashrc") << false << false;
        QTest::newRow("negation") << QStringList {QStringLiteral("*.log"), QStringLiteral("!keep.log")}
                                  << QStringLiteral("x/keep.log") << false << false;
        QTest::newRow("negation others") << QStringList {QStringLiteral("*.log"), QStringLiteral("!keep.log")}
                                         << QStringLiteral("x/drop.log") << false << true;
        QTest::newRow("last match wins") << QStringList {QStringLiteral("!a.log"), QStringLiteral("*.log")}
                                         << QStringLiteral("a.log") << false << true;
        QTest::newRow("comment ignored")
            << QStringList {QStringLiteral("# *.txt")} << QStringLiteral("a.txt") << false << false;
        QTest::newRow("unicode") << QStringList {QStringLiteral("*.pdf")} << QStringLiteral("ünï/résumé.pdf")
                                 << false << true;
        QTest::newRow("spaces") << QStringList {QStringLiteral("My Documents/")}
                                << QStringLiteral("x/My Documents") << true << true;
    }

    void matches()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QString, path);
        QFETCH(bool, isDir);
        QFETCH(bool, excluded);
        const ExcludeMatcher matcher(patterns);
        QVERIFY2(matcher.isValid(), qPrintable(matcher.errorString()));
        QCOMPARE(matcher.isExcluded(path, isDir), excluded);
    }

    void emptyPatternIsAnError()
    {
        const ExcludeMatcher matcher({QStringLiteral("/")});
        QVERIFY(!matcher.isValid());
        QVERIFY(matcher.errorString().contains(QLatin1String("'/'")));
    }

    void unclosedBracketIsLiteral()
    {
        const ExcludeMatcher matcher({QStringLiteral("a[b")});
        QVERIFY(matcher.isValid());
        QVERIFY(matcher.isExcluded(QStringLiteral("a[b"), false));
        QVERIFY(!matcher.isExcluded(QStringLiteral("ab"), false));
    }
};

QTEST_GUILESS_MAIN(TestExcludeMatcher)
#include "tst_excludematcher.moc"
