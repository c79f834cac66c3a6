// ArchiveReader: listing, testing and extracting archives made by others (Python's zipfile)
// and by hand (raw bytes), hostile ones included: nothing may land outside the target, a
// lying size stops decompression, and a failed extraction leaves no partial file.
#include "ArchiveFixtures.h"
#include "archive/ArchiveReader.h"
#include "archive/ArchiveWriter.h"
#include "archive/PendingFile.h"

#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Coffre;
namespace AF = ArchiveFixtures;

namespace {

// Builds archives with Python's zipfile. `entries` is a Python list literal of
// (name, data, mode or None, link target or None).
const char *const kMakeZip = R"(
import stat, sys, zipfile
path, method = sys.argv[1], int(sys.argv[2])
entries = eval(sys.argv[3])
with zipfile.ZipFile(path, 'w', method) as z:
    for name, data, mode, link in entries:
        info = zipfile.ZipInfo(name, date_time=(2020, 5, 17, 10, 20, 30))
        info.compress_type = method
        info.create_system = 3
        if link is not None:
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            data = link
        elif name.endswith('/'):
            info.external_attr = ((stat.S_IFDIR | (mode or 0o755)) << 16) | 0x10
        else:
            info.external_attr = (stat.S_IFREG | (mode or 0o644)) << 16
        z.writestr(info, data)
)";

} // namespace

class TestArchiveReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;

    QString path(const QString &rel) const { return m_dir->filePath(rel); }

    QString makeZip(const QString &name, const QString &entries, bool deflate = true)
    {
        const QString zip = path(name);
        QByteArray out;
        const int code = AF::python(
            QString::fromLatin1(kMakeZip), {zip, QString::number(deflate ? 8 : 0), entries}, &out);
        if (code != 0)
            qWarning("python: %s", out.constData());
        return code == 0 ? zip : QString();
    }

    // Patches 4 bytes (little endian) in the file at `offset`.
    static bool patch32(const QString &file, qint64 offset, quint32 value)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
            return false;
        const char bytes[4] = {char(value), char(value >> 8), char(value >> 16), char(value >> 24)};
        return f.write(bytes, 4) == 4;
    }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }

    // The target and the folder around it hold only what extraction legitimately made.
    void verifyNothingOutside(const QStringList &targetMayHold = {})
    {
        QCOMPARE(AF::listTree(path(QStringLiteral("outside"))), QStringList());
        const QStringList around
            = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QString &name : around) {
            QVERIFY2(name == QLatin1String("outside") || name == QLatin1String("target")
                    || name.endsWith(QLatin1String(".zip")),
                qPrintable(QStringLiteral("unexpected: ") + name));
        }
        const QStringList inTarget = AF::listTree(path(QStringLiteral("target")));
        for (const QString &name : inTarget) {
            QVERIFY2(
                targetMayHold.contains(name), qPrintable(QStringLiteral("unexpected in target: ") + name));
            QVERIFY2(!name.contains(QLatin1String(".coffre-")), qPrintable(name));
        }
    }

private slots:
    void initTestCase()
    {
        // The *_hiddennames runs: files are written under hidden names, not unnamed.
        if (qEnvironmentVariableIsSet("COFFRE_TEST_HIDDEN_NAMES"))
            Coffre::PendingFile::setUnnamedAllowed(false);
        if (!QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable())
            QSKIP("/usr/bin/python3 is not installed (./dev deps)");
    }

    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        QDir().mkpath(path(QStringLiteral("outside")));
    }

    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
    }

    void listsForeignArchive()
    {
        const QString zip = makeZip(QStringLiteral("a.zip"),
            QStringLiteral("[('docs/', b'', 0o700, None), ('docs/ré sumé.txt', b'hello', 0o640, None),"
                           " ('docs/link', b'', None, 'ré sumé.txt')]"));
        QVERIFY(!zip.isEmpty());
        const ArchiveListing listing = ArchiveReader().list(zip);
        QVERIFY2(listing.ok, qPrintable(listing.error));
        QCOMPARE(listing.entries.size(), 3);
        const ArchiveEntry &dir = listing.entries.at(0);
        QCOMPARE(dir.name, QStringLiteral("docs/"));
        QCOMPARE(dir.kind, ArchiveEntry::Folder);
        QCOMPARE(dir.unixMode, 0700u);
        const ArchiveEntry &file = listing.entries.at(1);
        QCOMPARE(file.name, QStringLiteral("docs/ré sumé.txt"));
        QCOMPARE(file.kind, ArchiveEntry::File);
        QCOMPARE(file.size, qint64(5));
        QCOMPARE(file.unixMode, 0640u);
        QCOMPARE(file.method, 8);
        // No extended timestamp: the DOS time, local time.
        QCOMPARE(file.modified, QDateTime(QDate(2020, 5, 17), QTime(10, 20, 30)));
        QCOMPARE(listing.entries.at(2).kind, ArchiveEntry::Symlink);
    }

    void extractsForeignArchive()
    {
        const QString zip = makeZip(QStringLiteral("a.zip"),
            QStringLiteral(
                "[('docs/', b'', 0o700, None), ('docs/a.txt', b'hello', 0o640, None),"
                " ('docs/sub/b.txt', b'x' * 100000, 0o600, None), ('docs/link', b'', None, 'a.txt'),"
                " ('docs/exec', b'#!/bin/sh', 0o4755, None)]"));
        const ArchiveReadResult r = ArchiveReader().extract(zip, path(QStringLiteral("target")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.files, qint64(4));
        QCOMPARE(readAll(path(QStringLiteral("target/docs/a.txt"))), QByteArray("hello"));
        QCOMPARE(readAll(path(QStringLiteral("target/docs/sub/b.txt"))), QByteArray(100000, 'x'));
        QCOMPARE(QFileInfo(path(QStringLiteral("target/docs/link"))).symLinkTarget(),
            path(QStringLiteral("target/docs/a.txt")));
        struct stat st {
        };
        ::stat(QFile::encodeName(path(QStringLiteral("target/docs"))).constData(), &st);
        QCOMPARE(st.st_mode & 07777, 0700u);
        ::stat(QFile::encodeName(path(QStringLiteral("target/docs/a.txt"))).constData(), &st);
        QCOMPARE(st.st_mode & 07777, 0640u);
        QCOMPARE(
            qint64(st.st_mtim.tv_sec), QDateTime(QDate(2020, 5, 17), QTime(10, 20, 30)).toSecsSinceEpoch());
        // Set-user-ID is never restored from an archive.
        ::stat(QFile::encodeName(path(QStringLiteral("target/docs/exec"))).constData(), &st);
        QCOMPARE(st.st_mode & 07777, 0755u);
    }

    void extractsSelection()
    {
        const QString zip = makeZip(QStringLiteral("a.zip"),
            QStringLiteral("[('a/x.txt', b'1', None, None), ('a/sub/y.txt', b'2', None, None),"
                           " ('ab/z.txt', b'3', None, None), ('c.txt', b'4', None, None)]"));
        ArchiveReadResult r = ArchiveReader().extract(
            zip, path(QStringLiteral("target")), {QStringLiteral("a/"), QStringLiteral("c.txt")});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(AF::listTree(path(QStringLiteral("target"))),
            QStringList({QStringLiteral("a/"), QStringLiteral("a/sub/"), QStringLiteral("a/sub/y.txt"),
                QStringLiteral("a/x.txt"), QStringLiteral("c.txt")}));
        r = ArchiveReader().extract(zip, path(QStringLiteral("other")), {QStringLiteral("nope")});
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("'nope' is not in the archive")));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("other/a"))));
    }

    void existingFilesAreNotReplaced()
    {
        const QString zip = makeZip(QStringLiteral("a.zip"),
            QStringLiteral("[('a.txt', b'new', None, None), ('b.txt', b'new', None, None)]"));
        AF::writeFile(path(QStringLiteral("target/b.txt")), "old");
        ArchiveReader reader;
        ArchiveReadResult r = reader.extract(zip, path(QStringLiteral("target")));
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, ArchiveReadResult::Exists);
        QVERIFY(r.error.contains(QLatin1String("b.txt")));
        QCOMPARE(readAll(path(QStringLiteral("target/b.txt"))), QByteArray("old"));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("target/a.txt")))); // checked before writing
        reader.setOverwrite(true);
        r = reader.extract(zip, path(QStringLiteral("target")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(readAll(path(QStringLiteral("target/b.txt"))), QByteArray("new"));
    }

    void testFindsDamage_data()
    {
        QTest::addColumn<bool>("deflate");
        QTest::newRow("stored") << false;
        QTest::newRow("deflated") << true;
    }

    void testFindsDamage()
    {
        QFETCH(bool, deflate);
        const QString zip = makeZip(QStringLiteral("a.zip"),
            QStringLiteral(
                "[('good.txt', b'g' * 1000, None, None), ('bad.txt', bytes(range(256)) * 40, None, None),"
                " ('z.txt', b'z', None, None)]"),
            deflate);
        QVERIFY(ArchiveReader().test(zip).ok);
        // Flip a byte in the middle of bad.txt's data.
        const QByteArray raw = readAll(zip);
        const qint64 at = raw.indexOf("bad.txt") + 7 + 40;
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(at);
        f.write(QByteArray(1, char(raw.at(at) ^ 0x55)));
        f.close();

        const ArchiveReadResult r = ArchiveReader().test(zip);
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, ArchiveReadResult::Damaged);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().path, QStringLiteral("bad.txt"));
        QVERIFY(r.error.contains(QLatin1String("bad.txt")));
        QCOMPARE(r.files, qint64(3)); // every entry was checked

        // Extraction stops at the damaged entry and leaves no partial file.
        const ArchiveReadResult x = ArchiveReader().extract(zip, path(QStringLiteral("target")));
        QCOMPARE(x.failure, ArchiveReadResult::Damaged);
        verifyNothingOutside({QStringLiteral("good.txt")});
    }

    void notAZip()
    {
        AF::writeFile(path(QStringLiteral("junk.zip")), "this is not a zip archive at all");
        ArchiveReadResult r = ArchiveReader().test(path(QStringLiteral("junk.zip")));
        QCOMPARE(r.failure, ArchiveReadResult::Damaged);
        QVERIFY(r.error.contains(QLatin1String("not a zip archive")));
        r = ArchiveReader().test(path(QStringLiteral("missing.zip")));
        QCOMPARE(r.failure, ArchiveReadResult::Io);
        QVERIFY(r.error.contains(QLatin1String("does not exist")));
        QVERIFY(!ArchiveReader().list(path(QStringLiteral("junk.zip"))).ok);
    }

    void truncatedArchive()
    {
        const QString src = path(QStringLiteral("src"));
        AF::writeFile(src + QStringLiteral("/a.bin"), AF::content(300000, 1, true));
        const QString zip = path(QStringLiteral("ok.zip"));
        QVERIFY(ArchiveWriter().write({{src}}, zip).ok);
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        const ArchiveReadResult r = ArchiveReader().test(zip);
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, ArchiveReadResult::Damaged);
    }

    void hostileArchivesAreRefused_data()
    {
        QTest::addColumn<QString>("entries");
        QTest::addColumn<QString>("reason");
        QTest::newRow("zip-slip") << QStringLiteral(
            "[('ok.txt', b'fine', None, None), ('../outside/x', b'evil', None, None)]")
                                  << QStringLiteral("'..'");
        QTest::newRow("deep zip-slip")
            << QStringLiteral("[('a/b/../../../outside/x', b'evil', None, None)]") << QStringLiteral("'..'");
        QTest::newRow("absolute") << QStringLiteral(
            "[('ok.txt', b'fine', None, None), ('ABSOLUTE', b'evil', None, None)]")
                                  << QStringLiteral("absolute");
        QTest::newRow("link to an absolute path")
            << QStringLiteral("[('evil', b'', None, 'OUTSIDE'), ('evil/x', b'evil', None, None)]")
            << QStringLiteral("absolute");
        QTest::newRow("link up and out") << QStringLiteral(
            "[('d/', b'', None, None), ('d/evil', b'', None, '../../outside'), ('d/evil/x', b'e', None, "
            "None)]") << QStringLiteral("outside the target");
        QTest::newRow("link through another link") << QStringLiteral(
            "[('x', b'', None, '.'), ('y', b'', None, 'x/..'), ('y/outside/x', b'e', None, None)]")
                                                   << QStringLiteral("another symbolic link");
        QTest::newRow("write through a link inside") << QStringLiteral(
            "[('sub/', b'', None, None), ('d', b'', None, 'sub'), ('d/x', b'evil', None, None)]")
                                                     << QStringLiteral("symbolic link");
        QTest::newRow("duplicate name")
            << QStringLiteral("[('a.txt', b'1', None, None), ('a.txt', b'2', None, None)]")
            << QStringLiteral("twice");
    }

    void hostileArchivesAreRefused()
    {
        QFETCH(QString, entries);
        QFETCH(QString, reason);
        entries.replace(QLatin1String("ABSOLUTE"), path(QStringLiteral("outside/abs")));
        entries.replace(QLatin1String("OUTSIDE"), path(QStringLiteral("outside")));
        const QString zip = makeZip(QStringLiteral("evil.zip"), entries);
        QVERIFY(!zip.isEmpty());
        const ArchiveReadResult r = ArchiveReader().extract(zip, path(QStringLiteral("target")));
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, ArchiveReadResult::Unsafe);
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
        QVERIFY(!r.error.contains(QLatin1Char('\n')));
        // Refused before anything was written.
        verifyNothingOutside();
    }

    void existingLinkInTargetIsNotFollowed()
    {
        QDir().mkpath(path(QStringLiteral("target")));
        QVERIFY(::symlink(QFile::encodeName(path(QStringLiteral("outside"))).constData(),
                    QFile::encodeName(path(QStringLiteral("target/docs"))).constData())
            == 0);
        const QString zip
            = makeZip(QStringLiteral("a.zip"), QStringLiteral("[('docs/x.txt', b'evil', None, None)]"));
        const ArchiveReadResult r = ArchiveReader().extract(zip, path(QStringLiteral("target")));
        QVERIFY(!r.ok);
        QCOMPARE(r.failure, ArchiveReadResult::Unsafe);
        QVERIFY2(r.error.contains(QLatin1String("through the symbolic link 'docs'")), qPrintable(r.error));
        verifyNothingOutside({QStringLiteral("docs")});
    }

    void unsafeLinksCanBeSkipped()
    {
        const QString zip = makeZip(QStringLiteral("a.zip"),
            QStringLiteral(
                "[('a.txt', b'1', None, None), ('etc', b'', None, '/etc'), ('b.txt', b'2', None, None)]"));
        ArchiveReader reader;
        reader.setSkipUnsafeLinks(true);
        const ArchiveReadResult r = reader.extract(zip, path(QStringLiteral("target")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().path, QStringLiteral("etc"));
        verifyNothingOutside({QStringLiteral("a.txt"), QStringLiteral("b.txt")});
    }

    void lyingSizesAreRefused_data()
    {
        QTest::addColumn<bool>("deflate");
        QTest::addColumn<quint32>("declared");
        QTest::addColumn<int>("failure");
        QTest::newRow("deflated, declared smaller") << true << 1000u << int(ArchiveReadResult::Unsafe);
        QTest::newRow("stored, declared smaller") << false << 1000u << int(ArchiveReadResult::Unsafe);
        QTest::newRow("deflated, declared larger") << true << 200000u << int(ArchiveReadResult::Damaged);
    }

    void lyingSizesAreRefused()
    {
        // 100 kB of 'A' deflate to about 100 bytes: a small bomb whose headers say 1000.
        QFETCH(bool, deflate);
        QFETCH(quint32, declared);
        QFETCH(int, failure);
        const QString zip = makeZip(QStringLiteral("bomb.zip"),
            QStringLiteral("[('bomb.txt', b'A' * 100000, None, None), ('after.txt', b'x', None, None)]"),
            deflate);
        const QByteArray raw = readAll(zip);
        QVERIFY(patch32(zip, 22, declared)); // local header: uncompressed size
        QVERIFY(patch32(zip, raw.indexOf("PK\x01\x02") + 24, declared)); // central directory
        QCOMPARE(ArchiveReader().list(zip).entries.first().size, qint64(declared));

        const ArchiveReadResult r = ArchiveReader().extract(zip, path(QStringLiteral("target")));
        QVERIFY(!r.ok);
        QCOMPARE(int(r.failure), failure);
        QVERIFY2(r.error.contains(QLatin1String("bomb.txt")), qPrintable(r.error));
        verifyNothingOutside();
        QVERIFY(!ArchiveReader().test(zip).ok);
    }

    void cancelLeavesOnlyCompleteFiles()
    {
        const QString src = path(QStringLiteral("src"));
        for (int i = 0; i < 50; ++i)
            AF::writeFile(src + QStringLiteral("/f%1.bin").arg(i), AF::content(200000, quint32(i), true));
        const QString zip = path(QStringLiteral("a.zip"));
        QVERIFY(ArchiveWriter().write({{src}}, zip).ok);
        std::atomic_bool cancel {false};
        const ArchiveReadResult r = ArchiveReader().extract(
            zip, path(QStringLiteral("target")), {},
            [&](const ArchiveProgress &) { cancel = true; }, // the first report comes after the first entry
            &cancel);
        QCOMPARE(r.failure, ArchiveReadResult::Cancelled);
        QVERIFY(r.files < 50);
        // Whatever is there is complete; no temporary file is left.
        for (const QString &name : AF::listTree(path(QStringLiteral("target/src")))) {
            QVERIFY2(!name.contains(QLatin1String(".coffre-")), qPrintable(name));
            QCOMPARE(
                readAll(path(QStringLiteral("target/src/")) + name), readAll(src + QLatin1Char('/') + name));
        }
    }

    void progressIsReported_data()
    {
        QTest::addColumn<bool>("extract");
        QTest::newRow("test") << false;
        QTest::newRow("extract") << true;
    }

    void progressIsReported()
    {
        // Files and bytes done of total, the current entry, and a final report at 100 %.
        QFETCH(bool, extract);
        const QString src = path(QStringLiteral("src"));
        qint64 bytes = 0;
        for (int i = 0; i < 12; ++i) {
            const QByteArray data = AF::content(400000 + i, quint32(i), i % 3 != 0);
            bytes += data.size();
            AF::writeFile(src + QStringLiteral("/sub/f%1.bin").arg(i, 2, 10, QLatin1Char('0')), data);
        }
        const QString zip = path(QStringLiteral("a.zip"));
        QVERIFY(ArchiveWriter().write({{src}}, zip).ok);
        QList<ArchiveProgress> reports;
        const auto record = [&](const ArchiveProgress &p) {
            reports.append(p);
        };
        const ArchiveReadResult r = extract
            ? ArchiveReader().extract(zip, path(QStringLiteral("target")), {}, record)
            : ArchiveReader().test(zip, record);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!reports.isEmpty());
        const ArchiveProgress last = reports.last();
        QCOMPARE(last.filesDone, qint64(12));
        QCOMPARE(last.filesTotal, qint64(12));
        QCOMPARE(last.bytesDone, bytes);
        QCOMPARE(last.bytesTotal, bytes);
        QVERIFY(last.currentFile.isEmpty());
        qint64 previous = 0;
        for (const ArchiveProgress &p : std::as_const(reports)) {
            QCOMPARE(p.filesTotal, qint64(12));
            QCOMPARE(p.bytesTotal, bytes);
            QVERIFY(p.bytesDone >= previous && p.bytesDone <= bytes);
            previous = p.bytesDone;
            if (&p != &reports.constLast())
                QVERIFY2(p.currentFile.startsWith(QLatin1String("src/")), qPrintable(p.currentFile));
        }
    }

    void safeComponents_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("components");
        QTest::addColumn<bool>("unsafe");
        QTest::newRow("plain") << QStringLiteral("a/b.txt")
                               << QStringList {QStringLiteral("a"), QStringLiteral("b.txt")} << false;
        QTest::newRow("folder") << QStringLiteral("a/") << QStringList {QStringLiteral("a")} << false;
        QTest::newRow("dots and doubles")
            << QStringLiteral("./a//b/.") << QStringList {QStringLiteral("a"), QStringLiteral("b")} << false;
        QTest::newRow("dot only") << QStringLiteral("./") << QStringList {} << false;
        QTest::newRow("dotdot") << QStringLiteral("a/../b") << QStringList {} << true;
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QStringList {} << true;
        QTest::newRow("backslash absolute") << QStringLiteral("\\windows") << QStringList {} << true;
        QTest::newRow("drive") << QStringLiteral("C:/x") << QStringList {} << true;
        // Found by fuzzing: the system reads "..\0x" as "..", so this wrote outside the target.
        QTest::newRow("NUL in a name")
            << QStringLiteral("a/..").append(QChar(0)).append(QStringLiteral("x/f")) << QStringList {}
            << true;
        QTest::newRow("dots in a name")
            << QStringLiteral("a..b/..c") << QStringList {QStringLiteral("a..b"), QStringLiteral("..c")}
            << false;
    }

    void safeComponents()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, components);
        QFETCH(bool, unsafe);
        QString reason;
        QCOMPARE(ArchiveReader::safeComponents(name, &reason), components);
        QCOMPARE(!reason.isEmpty(), unsafe);
    }
};

QTEST_GUILESS_MAIN(TestArchiveReader)
#include "tst_archivereader.moc"
