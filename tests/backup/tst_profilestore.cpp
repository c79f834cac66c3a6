// ProfileStore: round trip, owner-only atomic writes, broken/newer files reported with
// the problem and never overwritten, same-slug refusal, edits from two processes.
#include "TestEnvironment.h"
#include "backup/ProfileStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace Coffre;

namespace {

Profile makeProfile(const QString &name, const QString &source = QStringLiteral("/home/me/data"))
{
    Profile profile;
    profile.name = name;
    profile.sources = {source};
    profile.remotePath = QStringLiteral("/Backups");
    profile.retention.keepDaily = 7;
    profile.schedule = Schedule::daily(QTime(2, 0));
    return profile;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "<unreadable>";
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

unsigned modeOf(const QString &path)
{
    struct stat info {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_env.isValid());
        m_env.applyToThisProcess();
    }

    void init()
    {
        QDir(m_env.configHome()).removeRecursively();
        QDir().mkpath(m_env.configHome());
        m_path = ProfileStore::defaultFilePath();
        QVERIFY2(m_path.startsWith(m_env.configHome()), qPrintable(m_path));
    }

    void missingFileIsAnEmptyStore()
    {
        ProfileStore store;
        QVERIFY(store.load());
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!QFile::exists(m_path)); // reading creates nothing
    }

    void roundTrip()
    {
        ProfileStore store;
        QVERIFY(store.load());
        Profile photos = makeProfile(QString::fromUtf8("Mes Photos été"));
        photos.pinned = {QStringLiteral("https://1fichier.com/?pinned")};
        photos.skipOnMetered = true;
        QVERIFY2(store.add(photos), qPrintable(store.errorString()));
        QVERIFY2(store.add(makeProfile(QStringLiteral("Docs"))), qPrintable(store.errorString()));

        ProfileStore again;
        QVERIFY2(again.load(), qPrintable(again.errorString()));
        QCOMPARE(again.profiles().size(), 2);
        QCOMPARE(again.profiles().at(0), photos);
        QCOMPARE(again.find(QStringLiteral("mes-photos-ete"))->name, photos.name); // by slug
        QVERIFY(!again.find(QStringLiteral("mes photos ete"))); // but not by a near miss
        QCOMPARE(
            QJsonDocument::fromJson(readAll(m_path)).object().value(QStringLiteral("version")).toInt(), 1);
    }

    void updateAndRemove()
    {
        ProfileStore store;
        QVERIFY(store.add(makeProfile(QStringLiteral("A"))));
        QVERIFY(store.add(makeProfile(QStringLiteral("B"))));
        Profile renamed = makeProfile(QStringLiteral("A2"));
        renamed.level = 1;
        QVERIFY2(store.update(QStringLiteral("A"), renamed), qPrintable(store.errorString()));
        QVERIFY(!store.update(QStringLiteral("B"), renamed)); // would duplicate A2
        QVERIFY(!store.update(QStringLiteral("nope"), renamed));
        QVERIFY(store.errorString().contains(QLatin1String("nope")));
        QVERIFY(store.remove(QStringLiteral("B")));
        QVERIFY(!store.remove(QStringLiteral("B")));
        ProfileStore again;
        QVERIFY(again.load());
        QCOMPARE(again.profiles().size(), 1);
        QCOMPARE(again.profiles().first(), renamed);
    }

    void invalidProfileIsRefused()
    {
        ProfileStore store;
        Profile bad = makeProfile(QStringLiteral("Bad"), QStringLiteral("relative/path"));
        QVERIFY(!store.add(bad));
        QVERIFY2(store.errorString().contains(QLatin1String("absolute")), qPrintable(store.errorString()));
        QVERIFY(!QFile::exists(m_path));
    }

    void sameSlugIsRefused()
    {
        ProfileStore store;
        QVERIFY(store.add(makeProfile(QString::fromUtf8("Mes Photos été"))));
        const QByteArray before = readAll(m_path);
        QVERIFY(!store.add(makeProfile(QStringLiteral("mes photos ETE!"))));
        QVERIFY2(
            store.errorString().contains(QLatin1String("mes-photos-ete")), qPrintable(store.errorString()));
        QVERIFY(!store.add(makeProfile(QString::fromUtf8("Mes Photos été"))));
        QVERIFY2(
            store.errorString().contains(QLatin1String("already exists")), qPrintable(store.errorString()));
        QCOMPARE(readAll(m_path), before);
        QCOMPARE(store.profiles().size(), 1);
    }

    void ownerOnlyFileAndFolder()
    {
        ::umask(022);
        ProfileStore store;
        QVERIFY(store.add(makeProfile(QStringLiteral("A"))));
        QCOMPARE(modeOf(m_path), 0600u);
        QCOMPARE(modeOf(QFileInfo(m_path).absolutePath()), 0700u);
        // An existing file with loose permissions is tightened on the next save.
        QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0644) == 0);
        QVERIFY(store.add(makeProfile(QStringLiteral("B"))));
        QCOMPARE(modeOf(m_path), 0600u);
    }

    void writesLeaveNoOtherFiles()
    {
        ProfileStore store;
        QVERIFY(store.add(makeProfile(QStringLiteral("A"))));
        QVERIFY(store.add(makeProfile(QStringLiteral("B"))));
        QVERIFY(store.remove(QStringLiteral("A")));
        const QStringList entries
            = QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(entries, QStringList {QStringLiteral("profiles.json")});
    }

    void failedWriteKeepsTheOldFile()
    {
        ProfileStore store;
        QVERIFY(store.add(makeProfile(QStringLiteral("A"))));
        const QByteArray before = readAll(m_path);

        // Make every write past 200 bytes fail (EFBIG), like a full disk mid-write.
        Profile big = makeProfile(QStringLiteral("B"));
        for (int i = 0; i < 50; ++i)
            big.excludes << QStringLiteral("*.pattern-%1").arg(i);
        struct rlimit old {
        };
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = old;
        small.rlim_cur = 200;
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        const bool added = store.add(big);
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &old) == 0);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(!added);
        QVERIFY2(store.errorString().contains(QLatin1String("unchanged")), qPrintable(store.errorString()));
        QCOMPARE(readAll(m_path), before);
        QCOMPARE(store.profiles().size(), 1);
        const QStringList entries
            = QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(entries, QStringList {QStringLiteral("profiles.json")});
        // And it works again once the disk has room.
        QVERIFY(store.add(big));
    }

    void brokenFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("mentions");
        const QByteArray good = R"({"version": 1, "profiles": [
  {"name": "A", "sources": ["/a"], "remote": "/"},
  {"name": "B", "sources": ["/b"], "remote": "/", "level": 12}
]})";
        QTest::newRow("missing comma") << QByteArray("{\n  \"version\": 1\n  \"profiles\": []\n}")
                                       << QStringList {QStringLiteral("line 3"), QStringLiteral("column")};
        QTest::newRow("cut short") << QByteArray("{\"version\": 1, \"profiles\": [")
                                   << QStringList {QStringLiteral("line 1")};
        QTest::newRow("empty file") << QByteArray() << QStringList {QStringLiteral("not valid JSON")};
        QTest::newRow("array root") << QByteArray("[]") << QStringList {QStringLiteral("JSON object")};
        QTest::newRow("no version") << QByteArray("{\"profiles\": []}")
                                    << QStringList {QStringLiteral("'version'")};
        QTest::newRow("newer version") << QByteArray("{\"version\": 2, \"profiles\": []}")
                                       << QStringList {QStringLiteral("newer"), QStringLiteral("version 2")};
        QTest::newRow("unknown root field") << QByteArray("{\"version\": 1, \"profiles\": [], \"x\": 1}")
                                            << QStringList {QStringLiteral("'x'")};
        QTest::newRow("profiles not list")
            << QByteArray("{\"version\": 1, \"profiles\": {}}") << QStringList {QStringLiteral("'profiles'")};
        QTest::newRow("bad field in profile 2")
            << good
            << QStringList {QStringLiteral("profile 2"), QStringLiteral("\"B\""), QStringLiteral("'level'")};
        QTest::newRow("invalid profile")
            << QByteArray(R"({"version": 1, "profiles": [{"name": "A", "sources": ["rel"], "remote": "/"}]})")
            << QStringList {QStringLiteral("profile 1"), QStringLiteral("absolute")};
        QTest::newRow("same slug twice")
            << QByteArray(R"({"version": 1, "profiles": [{"name": "A b", "sources": ["/a"], "remote": "/"},
                {"name": "a-B", "sources": ["/a"], "remote": "/"}]})")
            << QStringList {QStringLiteral("profile 2"), QStringLiteral("a-b")};
    }

    void brokenFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, mentions);
        writeAll(m_path, content);

        ProfileStore store;
        QVERIFY(!store.load());
        const QString error = store.errorString();
        QVERIFY2(error.contains(m_path), qPrintable(error));
        for (const QString &word : mentions)
            QVERIFY2(error.contains(word), qPrintable(QStringLiteral("'%1' not in: %2").arg(word, error)));
        QVERIFY(!error.contains(QLatin1Char('\n')));

        // Never overwritten: every change is refused and the bytes stay as they were.
        QVERIFY(!store.add(makeProfile(QStringLiteral("New"))));
        QVERIFY2(
            store.errorString().contains(QLatin1String("fix or remove")), qPrintable(store.errorString()));
        QVERIFY(!store.remove(QStringLiteral("A")));
        QVERIFY(!store.update(QStringLiteral("A"), makeProfile(QStringLiteral("A"))));
        QCOMPARE(readAll(m_path), content);

        // Once the user removes it, Coffre starts afresh.
        QVERIFY(QFile::remove(m_path));
        QVERIFY(store.add(makeProfile(QStringLiteral("New"))));
    }

    void twoWritersDoNotUndoEachOther()
    {
        // The GUI holds a loaded store while `coffre profile add` changes the file.
        ProfileStore gui;
        QVERIFY(gui.load());
        ProfileStore cli;
        QVERIFY(cli.load());
        QVERIFY(cli.add(makeProfile(QStringLiteral("From CLI"))));
        QVERIFY(gui.add(makeProfile(QStringLiteral("From GUI"))));
        QCOMPARE(gui.profiles().size(), 2); // the GUI now sees the CLI's profile too
        ProfileStore check;
        QVERIFY(check.load());
        QCOMPARE(check.profiles().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
