// PendingFile: a new file shows under no name until it is published, then under exactly its
// final name; an existing file is kept unless replacing is asked for; discarding, a failed
// publish and destruction leave nothing. Every case runs both ways: unnamed (O_TMPFILE;
// skipped where the file system has none) and under a hidden name.
#include "ArchiveFixtures.h"
#include "archive/PendingFile.h"

#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using Coffre::PendingFile;
namespace AF = ArchiveFixtures;

class TestPendingFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    int m_dirFd = -1;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList names() const
    {
        return QDir(m_dir->path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }
    static QByteArray contentOf(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
    }
    static bool writeAll(const PendingFile &file, const QByteArray &data)
    {
        return ::write(file.fd(), data.constData(), size_t(data.size())) == data.size();
    }
    void addRows()
    {
        QTest::addColumn<bool>("unnamed");
        QTest::newRow("unnamed") << true;
        QTest::newRow("hidden name") << false;
    }
    // Applies the row's mode; skips an unnamed row where the file system cannot do it.
    void useRowMode()
    {
        QFETCH(bool, unnamed);
        PendingFile::setUnnamedAllowed(unnamed);
        if (unnamed && !AF::unnamedFilesWork(m_dir->path()))
            QSKIP("this file system has no unnamed files (O_TMPFILE)");
    }

private slots:
    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        m_dirFd = ::open(QFile::encodeName(m_dir->path()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        QVERIFY(m_dirFd >= 0);
    }

    void cleanup()
    {
        PendingFile::setUnnamedAllowed(true);
        ::close(m_dirFd);
        delete m_dir;
        m_dir = nullptr;
    }

    void showsOnlyOncePublished_data() { addRows(); }
    void showsOnlyOncePublished()
    {
        QFETCH(bool, unnamed);
        useRowMode();
        PendingFile file;
        QVERIFY(file.create(m_dirFd, ".final.part-"));
        QCOMPARE(file.isUnnamed(), unnamed);
        QVERIFY(writeAll(file, "complete"));
        const QStringList during = names();
        if (unnamed) {
            QCOMPARE(during, QStringList());
        } else {
            QCOMPARE(during.size(), 1);
            QVERIFY2(QRegularExpression(QStringLiteral("^\\.final\\.part-[a-z0-9]{6}$"))
                         .match(during.first())
                         .hasMatch(),
                qPrintable(during.first()));
        }
        QVERIFY(file.publish("final", false));
        QCOMPARE(file.fd(), -1);
        QCOMPARE(names(), QStringList {QStringLiteral("final")});
        QCOMPARE(contentOf(path(QStringLiteral("final"))), QByteArray("complete"));
        struct stat st {
        };
        QCOMPARE(::stat(QFile::encodeName(path(QStringLiteral("final"))).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
    }

    void keepsAnExistingFile_data() { addRows(); }
    void keepsAnExistingFile()
    {
        useRowMode();
        QVERIFY(AF::writeFile(path(QStringLiteral("final")), "old"));
        {
            PendingFile file;
            QVERIFY(file.create(m_dirFd, ".final.part-"));
            QVERIFY(writeAll(file, "new"));
            errno = 0;
            QVERIFY(!file.publish("final", false));
            QCOMPARE(errno, EEXIST);
        }
        QCOMPARE(names(), QStringList {QStringLiteral("final")});
        QCOMPARE(contentOf(path(QStringLiteral("final"))), QByteArray("old"));
    }

    void replacesWhenAsked_data() { addRows(); }
    void replacesWhenAsked()
    {
        useRowMode();
        QVERIFY(AF::writeFile(path(QStringLiteral("final")), "old"));
        PendingFile file;
        QVERIFY(file.create(m_dirFd, ".final.part-"));
        QVERIFY(writeAll(file, "new"));
        QVERIFY(file.publish("final", true));
        QCOMPARE(names(), QStringList {QStringLiteral("final")});
        QCOMPARE(contentOf(path(QStringLiteral("final"))), QByteArray("new"));
    }

    void leavesNothingWhenNotPublished_data() { addRows(); }
    void leavesNothingWhenNotPublished()
    {
        useRowMode();
        PendingFile discarded;
        QVERIFY(discarded.create(m_dirFd, ".a.part-"));
        QVERIFY(writeAll(discarded, "data"));
        discarded.discard();
        discarded.discard(); // twice is harmless
        QCOMPARE(discarded.fd(), -1);
        QCOMPARE(names(), QStringList());

        {
            PendingFile destroyed;
            QVERIFY(destroyed.create(m_dirFd, ".b.part-"));
            QVERIFY(writeAll(destroyed, "data"));
        }
        QCOMPARE(names(), QStringList());

        // A name that cannot be given (no such folder): the publish fails, nothing stays.
        PendingFile failed;
        QVERIFY(failed.create(m_dirFd, ".c.part-"));
        QVERIFY(writeAll(failed, "data"));
        errno = 0;
        QVERIFY(!failed.publish("missing/c", false));
        QCOMPARE(errno, ENOENT);
        QCOMPARE(failed.fd(), -1);
        QCOMPARE(names(), QStringList());
    }

    void createFailsClearly_data() { addRows(); }
    void createFailsClearly()
    {
        useRowMode();
        PendingFile file;
        errno = 0;
        QVERIFY(!file.create(-1, ".x.part-"));
        QCOMPARE(errno, EBADF);
        QCOMPARE(file.fd(), -1);
        QVERIFY(!file.publish("x", false)); // nothing to publish
        QCOMPARE(names(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPendingFile)
#include "tst_pendingfile.moc"
