// Profile: the slug, validation (one sentence per problem) and the strict JSON form.
#include "backup/Profile.h"

#include <QJsonArray>
#include <QtTest>

using namespace Coffre;

namespace {

Profile validProfile()
{
    Profile profile;
    profile.name = QStringLiteral("Photos");
    profile.sources = {QStringLiteral("/home/me/Photos")};
    profile.remotePath = QStringLiteral("/Backups/Photos");
    return profile;
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void slug_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("slug");
        QTest::newRow("accents") << QString::fromUtf8("Mes Photos été") << "mes-photos-ete";
        QTest::newRow("simple") << "Photos"
                                << "photos";
        QTest::newRow("punctuation runs") << "  Docs -- 2024 (work)!  "
                                          << "docs-2024-work";
        QTest::newRow("apostrophe") << "Pierre's Files"
                                    << "pierres-files";
        QTest::newRow("curly apostrophe") << QString::fromUtf8("L’été") << "lete";
        QTest::newRow("german") << QString::fromUtf8("Größe Übersicht") << "grosse-ubersicht";
        QTest::newRow("ligatures") << QString::fromUtf8("Cœur Æther Øl Łódź") << "coeur-aether-ol-lodz";
        QTest::newRow("underscore") << "my_backup"
                                    << "my-backup";
        QTest::newRow("full width") << QString::fromUtf8("ＡＢＣ１") << "abc1";
        QTest::newRow("no latin") << QString::fromUtf8("写真") << "";
        QTest::newRow("long") << QString(80, QLatin1Char('a'))
                              << QString(Profile::MaxSlugLength, QLatin1Char('a'));
        QTest::newRow("long cut at dash")
            << QString(59, QLatin1Char('a')) + QStringLiteral(" bcd") << QString(59, QLatin1Char('a'));
    }

    void slug()
    {
        QFETCH(QString, name);
        QFETCH(QString, slug);
        QCOMPARE(Profile::slugFor(name), slug);
        static const QRegularExpression allowed(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$|^$"));
        QVERIFY(allowed.match(Profile::slugFor(name)).hasMatch());
    }

    void validProfileHasNoProblems() { QCOMPARE(validProfile().validate(), QStringList()); }

    void problems_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions"); // a word the sentence must contain
        QTest::newRow("empty name") << "name"
                                    << ""
                                    << "needs a name";
        QTest::newRow("blank name") << "name"
                                    << "   "
                                    << "needs a name";
        QTest::newRow("padded name") << "name"
                                     << " Photos"
                                     << "space";
        QTest::newRow("name without latin") << "name" << QString::fromUtf8("写真") << "letter";
        QTest::newRow("control char in name") << "name" << QStringLiteral("a\tb") << "control";
        QTest::newRow("long name") << "name" << QString(101, QLatin1Char('x')) << "longer";
        QTest::newRow("no sources") << "sources"
                                    << ""
                                    << "source folder";
        QTest::newRow("relative source") << "sources"
                                         << "Photos"
                                         << "absolute";
        QTest::newRow("duplicate source") << "sources"
                                          << "/a|/a/"
                                          << "twice";
        QTest::newRow("empty exclude") << "excludes"
                                       << " "
                                       << "exclude";
        QTest::newRow("relative remote") << "remote"
                                         << "Backups"
                                         << "start with /";
        QTest::newRow("empty remote") << "remote"
                                      << ""
                                      << "start with /";
        QTest::newRow("double slash") << "remote"
                                      << "/a//b"
                                      << "empty folder name";
        QTest::newRow("dot dot") << "remote"
                                 << "/a/../b"
                                 << "..";
        QTest::newRow("apostrophe") << "remote"
                                    << "/Pierre's"
                                    << "does not allow";
        QTest::newRow("dollar") << "remote"
                                << "/a$b"
                                << "does not allow";
        QTest::newRow("backslash") << "remote"
                                   << "/a\\b"
                                   << "does not allow";
        QTest::newRow("less than") << "remote"
                                   << "/a<b"
                                   << "does not allow";
        QTest::newRow("quote") << "remote"
                               << "/a\"b"
                               << "does not allow";
        QTest::newRow("backtick") << "remote"
                                  << "/a`b"
                                  << "does not allow";
        QTest::newRow("trailing space") << "remote"
                                        << "/a /b"
                                        << "space";
        QTest::newRow("long folder") << "remote" << QStringLiteral("/") + QString(251, QLatin1Char('f'))
                                     << "250";
        QTest::newRow("level 10") << "level"
                                  << "10"
                                  << "0 (store) to 9";
        QTest::newRow("level -1") << "level"
                                  << "-1"
                                  << "0 (store) to 9";
        QTest::newRow("every 0h") << "schedule"
                                  << "0"
                                  << "1 to";
        QTest::newRow("keep -2") << "retention"
                                 << "-2"
                                 << "keep-daily";
    }

    void problems()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        Profile profile = validProfile();
        if (field == QLatin1String("name"))
            profile.name = value;
        else if (field == QLatin1String("sources"))
            profile.sources = value.isEmpty() ? QStringList() : value.split(QLatin1Char('|'));
        else if (field == QLatin1String("excludes"))
            profile.excludes = {value};
        else if (field == QLatin1String("remote"))
            profile.remotePath = value;
        else if (field == QLatin1String("level"))
            profile.level = value.toInt();
        else if (field == QLatin1String("schedule"))
            profile.schedule = Schedule::everyHours(value.toInt());
        else if (field == QLatin1String("retention"))
            profile.retention.keepDaily = value.toInt();
        const QStringList problems = profile.validate();
        QVERIFY2(problems.size() == 1, qPrintable(problems.join(QLatin1Char('|'))));
        QVERIFY2(problems.first().contains(mentions), qPrintable(problems.first()));
        QVERIFY(!problems.first().contains(QLatin1Char('\n')));
    }

    void rootRemoteAndTrailingSlashAreFine()
    {
        Profile profile = validProfile();
        profile.remotePath = QStringLiteral("/");
        QCOMPARE(profile.validate(), QStringList());
        profile.remotePath = QStringLiteral("/Backups/");
        QCOMPARE(profile.validate(), QStringList());
        profile.remotePath = QString::fromUtf8("/Sauvegardes été/Documents & Co");
        QCOMPARE(profile.validate(), QStringList());
    }

    void jsonRoundTrip()
    {
        Profile profile = validProfile();
        profile.name = QString::fromUtf8("Mes Photos été");
        profile.sources << QStringLiteral("/srv/data");
        profile.excludes = {QStringLiteral("*.tmp"), QStringLiteral(".cache/")};
        profile.level = 9;
        profile.schedule = *Schedule::parse(QStringLiteral("mon,thu@21:30"));
        profile.retention.keepDaily = 7;
        profile.retention.keepWithin = RetentionDuration(0, 0, 30, 0);
        profile.unreadable = Profile::Unreadable::Fail;
        profile.symlinks = Profile::Symlinks::Follow;
        profile.pinned = {QStringLiteral("https://1fichier.com/?abc")};
        profile.notifyOnSuccess = true;
        profile.skipOnMetered = true;
        QString error;
        const auto back = Profile::fromJson(profile.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, profile);
        // Defaults when optional fields are absent.
        const auto minimal
            = Profile::fromJson({{QStringLiteral("name"), QStringLiteral("x")},
                                    {QStringLiteral("sources"), QJsonArray {QStringLiteral("/x")}},
                                    {QStringLiteral("remote"), QStringLiteral("/")}},
                &error);
        QVERIFY2(minimal, qPrintable(error));
        QCOMPARE(minimal->level, Profile::DefaultLevel);
        QCOMPARE(minimal->schedule.kind(), Schedule::Kind::Manual);
        QVERIFY(minimal->retention.isEmpty());
        QVERIFY(!minimal->skipOnMetered);
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown field") << "levle" << QJsonValue(5) << "levle";
        QTest::newRow("level text") << "level" << QJsonValue(QStringLiteral("9")) << "level";
        QTest::newRow("level fraction") << "level" << QJsonValue(4.5) << "level";
        QTest::newRow("sources not list") << "sources" << QJsonValue(QStringLiteral("/x")) << "sources";
        QTest::newRow("sources numbers") << "sources" << QJsonValue(QJsonArray {1}) << "sources";
        QTest::newRow("schedule") << "schedule" << QJsonValue(QStringLiteral("hourly")) << "schedule";
        QTest::newRow("retention") << "retention" << QJsonValue(QJsonObject {{QStringLiteral("dayly"), 1}})
                                   << "retention.dayly";
        QTest::newRow("symlinks") << "symlinks" << QJsonValue(QStringLiteral("copy")) << "symlinks";
        QTest::newRow("unreadable") << "unreadable" << QJsonValue(true) << "unreadable";
        QTest::newRow("notify") << "notifyOnSuccess" << QJsonValue(1) << "notifyOnSuccess";
        QTest::newRow("name missing") << "name" << QJsonValue(QJsonValue::Undefined) << "name";
    }

    void jsonErrors()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mentions);
        QJsonObject json = validProfile().toJson();
        if (value.isUndefined())
            json.remove(key);
        else
            json.insert(key, value);
        QString error;
        QVERIFY(!Profile::fromJson(json, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
