// ArchiveWriter end to end: generated trees go in, unzip/7z/zipfile accept what comes out,
// ArchiveReader brings back the same bytes and metadata; and everything that can go wrong
// while reading sources (FIFOs, unreadable, vanished and changing files), writing (full
// disk) or by the user (cancel) ends cleanly.
#include "ArchiveFixtures.h"
#include "archive/ArchiveReader.h"
#include "archive/ArchiveWriter.h"
#include "archive/PendingFile.h"
#include "core/Whirlpool.h"

#include <QtConcurrent>
#include <QtTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Coffre;
namespace AF = ArchiveFixtures;

namespace {

constexpr qint64 kChunk = 64 * 1024;

ArchiveTuning smallChunks()
{
    ArchiveTuning tuning;
    tuning.chunkSize = kChunk;
    tuning.wholeFileLimit = kChunk;
    return tuning;
}

QString describe(const ArchiveResult &r)
{
    QStringList lines {r.error};
    for (const ArchiveWarning &w : r.warnings)
        lines << w.path + QStringLiteral(": ") + w.message;
    return lines.join(QLatin1Char('\n'));
}

bool hasWarning(const ArchiveResult &r, ArchiveWarning::Kind kind, const QString &pathEnd)
{
    for (const ArchiveWarning &w : r.warnings) {
        if (w.kind == kind && w.path.endsWith(pathEnd) && !w.message.isEmpty())
            return true;
    }
    return false;
}

QStringList entryNames(const QString &zip)
{
    QStringList names;
    for (const ArchiveEntry &e : ArchiveReader().list(zip).entries)
        names << e.name;
    return names;
}

ArchiveEntry entry(const QString &zip, const QString &name)
{
    for (const ArchiveEntry &e : ArchiveReader().list(zip).entries) {
        if (e.name == name)
            return e;
    }
    return {};
}

int sourceOpen(const QByteArray &path, int flags)
{
    return ::open(path.constData(), flags);
}

} // namespace

class TestArchiveWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;

    QString path(const QString &rel) const { return m_dir->filePath(rel); }

    // Everything an archive produced in these tests must satisfy.
    void verifyArchive(const QString &zip, const ArchiveResult &result)
    {
        QVERIFY2(result.ok, qPrintable(describe(result)));
        QVERIFY(QFileInfo::exists(zip));
        QCOMPARE(result.archiveSize, QFileInfo(zip).size());
        QCOMPARE(result.whirlpool, Whirlpool::fileHashHex(zip));
        struct stat st {
        };
        QCOMPARE(::stat(QFile::encodeName(zip).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, 0600u); // owner-only
        const QString judged = AF::checkWithTools(zip);
        QVERIFY2(judged.isEmpty(), qPrintable(judged));
        QVERIFY(ArchiveReader().test(zip).ok);
    }

    // Extracts `zip` with our reader into out/ and compares out/<top> with `src`.
    void verifyRoundTrip(const QString &zip, const QString &src, const QString &top)
    {
        const ArchiveReadResult extracted = ArchiveReader().extract(zip, path(QStringLiteral("out")));
        QVERIFY2(extracted.ok, qPrintable(extracted.error));
        const QString diff = AF::compareTrees(src, path(QStringLiteral("out/") + top));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // Python reads every local header: the names of the entries with a data descriptor, one
    // per line ("descriptor NAME"); any other entry must carry the directory's CRC and sizes
    // in its local header, or the output ends with the difference.
    static QString entriesWithDescriptor(const QString &zip)
    {
        QByteArray out;
        const int code = AF::python(
            QStringLiteral(
                "import struct, sys, zipfile\n"
                "z = zipfile.ZipFile(sys.argv[1])\n"
                "f = open(sys.argv[1], 'rb')\n"
                "for i in z.infolist():\n"
                "    f.seek(i.header_offset)\n"
                "    h = f.read(30)\n"
                "    flag, crc, csize, usize = struct.unpack('<H6xIII', h[6:26])\n"
                "    if flag & 8:\n"
                "        print('descriptor', i.filename)\n"
                "    elif (crc, csize, usize) != (i.CRC, i.compress_size, i.file_size):\n"
                "        sys.exit('local header differs: %s %r' % (i.filename, (crc, csize, usize)))\n"),
            {zip}, &out);
        return QString::fromUtf8(out) + (code == 0 ? QString() : QStringLiteral("exit %1").arg(code));
    }

    // No temporary archive left next to the output.
    void verifyNoLeftovers(const QString &dir)
    {
        for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(!name.contains(QLatin1String(".part-")), qPrintable(name));
    }

private slots:
    void initTestCase()
    {
        // The *_hiddennames runs: files are written under hidden names, not unnamed.
        if (qEnvironmentVariableIsSet("COFFRE_TEST_HIDDEN_NAMES"))
            Coffre::PendingFile::setUnnamedAllowed(false);
        const QStringList missing = AF::missingTools();
        if (!missing.isEmpty())
            QSKIP(
                qPrintable(QStringLiteral("not installed (./dev deps): ") + missing.join(QLatin1Char(' '))));
    }

    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        // Tests make folders read-only; give them back so the temporary folder can go.
        QDirIterator it(
            m_dir->path(), QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            ::chmod(QFile::encodeName(it.next()).constData(), 0755);
        delete m_dir;
        m_dir = nullptr;
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("threads");
        QTest::newRow("level 0") << 0 << 0;
        QTest::newRow("level 1") << 1 << 0;
        QTest::newRow("level 6") << 6 << 0;
        QTest::newRow("level 9") << 9 << 0;
        QTest::newRow("level 6, one thread") << 6 << 1;
        QTest::newRow("level 6, eight threads") << 6 << 8;
    }

    void roundTrip()
    {
        QFETCH(int, level);
        QFETCH(int, threads);
        const QString src = path(QStringLiteral("src/root"));
        AF::makeRichTree(src);
        ArchiveSpec spec;
        spec.sources = {src};
        spec.level = level;
        ArchiveWriter writer;
        ArchiveTuning tuning = smallChunks(); // random.bin goes through the chunked path
        tuning.threads = threads;
        writer.setTuning(tuning);
        const QString zip = path(QStringLiteral("out.zip"));
        const ArchiveResult result = writer.write(spec, zip);
        verifyArchive(zip, result);
        QVERIFY2(result.warnings.isEmpty(), qPrintable(describe(result)));
        QCOMPARE(result.files, qint64(AF::listTree(src).size() - 9)); // files and links, no folders
        QCOMPARE(result.folders, qint64(10)); // root and the 9 folders below it
        verifyNoLeftovers(m_dir->path());

        verifyRoundTrip(zip, src, QStringLiteral("root"));
    }

    void otherToolsSeeTheSameTree()
    {
        // What we store is read the same by tools nobody here wrote: Info-ZIP's unzip brings
        // back names, bytes, modes, times and links; Python sees the UTF-8 flag on every
        // non-ASCII name and the Unix mode of every entry.
        const QString src = path(QStringLiteral("src/root"));
        AF::makeRichTree(src);
        const QString zip = path(QStringLiteral("out.zip"));
        const ArchiveResult result = ArchiveWriter().write({{src}}, zip);
        verifyArchive(zip, result);

        QProcess unzip;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        unzip.setProcessEnvironment(env);
        unzip.setProcessChannelMode(QProcess::MergedChannels);
        unzip.start(QStringLiteral("unzip"),
            {QStringLiteral("-q"), zip, QStringLiteral("-d"), path(QStringLiteral("by-unzip"))});
        QVERIFY(unzip.waitForFinished(120000));
        QVERIFY2(unzip.exitCode() == 0, unzip.readAll().constData());
        const QString diff = AF::compareTrees(src, path(QStringLiteral("by-unzip/root")));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        QByteArray out;
        const int code
            = AF::python(QStringLiteral("import sys, stat, zipfile\n"
                                        "for i in zipfile.ZipFile(sys.argv[1]).infolist():\n"
                                        "    if not i.filename.isascii() and not i.flag_bits & 0x800:\n"
                                        "        sys.exit('no UTF-8 flag: ' + i.filename)\n"
                                        "    mode = i.external_attr >> 16\n"
                                        "    if i.create_system != 3 or not (stat.S_ISREG(mode) or "
                                        "stat.S_ISDIR(mode) or stat.S_ISLNK(mode)):\n"
                                        "        sys.exit('no Unix mode: ' + i.filename)\n"
                                        "    print(i.filename)\n"),
                {zip}, &out);
        QVERIFY2(code == 0, out.constData());
        QVERIFY(QString::fromUtf8(out).contains(QStringLiteral("root/日本語フォルダ/ファイル.txt\n")));
    }

    void localHeadersCarryTheSizes()
    {
        // Entries known before their data (whole files, links, folders) have their CRC and
        // sizes in the local header and no data descriptor; a file written in chunks has a
        // descriptor. Python reads every local header and compares it with the directory.
        const QString src = path(QStringLiteral("src/root"));
        AF::makeRichTree(src);
        AF::writeFile(src + QStringLiteral("/chunked.txt"), AF::content(5 * kChunk + 7, 3, true));
        const QString zip = path(QStringLiteral("out.zip"));
        ArchiveWriter writer;
        ArchiveTuning tuning;
        tuning.chunkSize = kChunk;
        tuning.wholeFileLimit = 4 * kChunk; // random.bin (200 kB) stays whole, chunked.txt is cut
        writer.setTuning(tuning);
        verifyArchive(zip, writer.write({{src}}, zip));
        QCOMPARE(entriesWithDescriptor(zip), QStringLiteral("descriptor root/chunked.txt\n"));
    }

    void largeStoredFilesStream()
    {
        // The writer reads a stored file whole (sizes in the local header) only up to
        // 16 MiB; a larger one streams through in chunks, with a data descriptor, so the
        // writer never holds more than that outside the memory budget.
        const QString src = path(QStringLiteral("src"));
        AF::writeFile(src + QStringLiteral("/photo.jpg"), AF::content(3 * 1024 * 1024, 5, false));
        AF::writeFile(src + QStringLiteral("/video.mp4"), AF::content(17 * 1024 * 1024 + 3, 6, false));
        const QString zip = path(QStringLiteral("out.zip"));
        verifyArchive(zip, ArchiveWriter().write({{src}}, zip));
        for (const QString &name : {QStringLiteral("src/photo.jpg"), QStringLiteral("src/video.mp4")})
            QCOMPARE(entry(zip, name).method, 0);
        QCOMPARE(entriesWithDescriptor(zip), QStringLiteral("descriptor src/video.mp4\n"));
        verifyRoundTrip(zip, src, QStringLiteral("src"));
    }

    void sameArchiveWhateverTheThreads()
    {
        const QString src = path(QStringLiteral("src/root"));
        AF::makeRichTree(src);
        AF::writeFile(src + QStringLiteral("/big.txt"), AF::content(10 * kChunk + 3, 1, true));
        QStringList hashes;
        for (int threads : {1, 2, 7}) {
            ArchiveWriter writer;
            ArchiveTuning tuning = smallChunks();
            tuning.threads = threads;
            tuning.maxBytesInFlight = 3 * kChunk; // forces waiting on the memory budget
            writer.setTuning(tuning);
            const QString zip = path(QStringLiteral("t%1.zip").arg(threads));
            const ArchiveResult result = writer.write({{src}, {}, 6}, zip);
            QVERIFY2(result.ok, qPrintable(describe(result)));
            hashes << result.whirlpool;
        }
        QCOMPARE(hashes.at(1), hashes.at(0));
        QCOMPARE(hashes.at(2), hashes.at(0));
    }

    void openFilesStayBounded_data()
    {
        QTest::addColumn<int>("level");
        QTest::newRow("deflated") << 6;
        QTest::newRow("stored (the writer reads every file)") << 0;
    }

    void openFilesStayBounded()
    {
        // Files waiting for their turn must not each hold a descriptor: with room for one,
        // the archive still completes, and no more source files are open at any time than
        // that one plus one per worker (the workers open small files themselves).
        QFETCH(int, level);
        const QString src = path(QStringLiteral("src"));
        for (int i = 0; i < 12; ++i) {
            const bool compressible = i % 3 != 0;
            const qint64 size = i % 4 == 0 ? 5 * kChunk : 300 * 1024 + i;
            AF::writeFile(
                src + QStringLiteral("/f%1.bin").arg(i), AF::content(size, quint32(i), compressible));
            AF::writeFile(
                src + QStringLiteral("/small%1.txt").arg(i), AF::content(100 + i, quint32(i), true));
        }
        constexpr int kThreads = 2;
        const QByteArray prefix = QFile::encodeName(src) + '/';
        std::atomic_int mostOpen {0};
        ArchiveWriter writer;
        ArchiveTuning tuning;
        tuning.threads = kThreads;
        tuning.chunkSize = kChunk;
        tuning.wholeFileLimit = 4 * kChunk; // the 5-chunk files are cut
        tuning.maxOpenFiles = 1;
        writer.setTuning(tuning);
        writer.setHooks({[&](const QByteArray &) {
                             int open = 0;
                             const QDir fds(QStringLiteral("/proc/self/fd"));
                             for (const QFileInfo &fd : fds.entryInfoList(QDir::Files | QDir::System)) {
                                 if (QFile::encodeName(fd.symLinkTarget()).startsWith(prefix))
                                     ++open;
                             }
                             int seen = mostOpen.load();
                             while (open > seen && !mostOpen.compare_exchange_weak(seen, open)) { }
                         },
            {}, {}});
        const QString zip = path(QStringLiteral("out.zip"));
        const ArchiveResult result = writer.write({{src}, {}, level}, zip);
        verifyArchive(zip, result);
        QCOMPARE(result.files, qint64(24));
        QVERIFY2(mostOpen.load() <= 1 + kThreads, qPrintable(QString::number(mostOpen.load())));
        verifyRoundTrip(zip, src, QStringLiteral("src"));
    }

    void whoOpensWhichFile()
    {
        // Compressible files under 256 KiB are opened by the worker that deflates them; the
        // writer (the thread calling write()) opens what it samples or stores as it is.
        const QString src = path(QStringLiteral("src"));
        AF::writeFile(src + QStringLiteral("/small.txt"), AF::content(1000, 1, true));
        AF::writeFile(src + QStringLiteral("/sampled.txt"), AF::content(300 * 1024, 2, true));
        AF::writeFile(src + QStringLiteral("/empty.txt"), QByteArray());
        for (int level : {6, 0}) {
            QMutex mutex;
            QHash<QString, bool> byWriter;
            QThread *const writerThread = QThread::currentThread();
            ArchiveWriter writer;
            writer.setHooks({[&](const QByteArray &p) {
                                 QMutexLocker lock(&mutex);
                                 byWriter.insert(QFileInfo(QFile::decodeName(p)).fileName(),
                                     QThread::currentThread() == writerThread);
                             },
                {}, {}});
            const QString zip = path(QStringLiteral("out%1.zip").arg(level));
            verifyArchive(zip, writer.write({{src}, {}, level}, zip));
            QCOMPARE(byWriter.size(), 3);
            QCOMPARE(byWriter.value(QStringLiteral("small.txt")), level == 0);
            QVERIFY(byWriter.value(QStringLiteral("sampled.txt")));
            QVERIFY(byWriter.value(QStringLiteral("empty.txt")));
        }
    }

    void openFailuresKeepScanOrder()
    {
        // Whoever opens a file, its failure is reported when its turn comes: in scan order.
        const QString src = path(QStringLiteral("src"));
        AF::writeFile(src + QStringLiteral("/a.txt"), "small, opened by a worker");
        AF::writeFile(src + QStringLiteral("/b.bin"), AF::content(300 * 1024, 4, false));
        AF::writeFile(src + QStringLiteral("/c.txt"), "small again");
        AF::writeFile(src + QStringLiteral("/d.txt"), "readable");
        ArchiveWriter writer;
        writer.setHooks({{},
            [](const QByteArray &p, int flags) {
                if (!p.endsWith("/d.txt")) {
                    errno = EACCES;
                    return -1;
                }
                return sourceOpen(p, flags);
            },
            {}});
        const QString zip = path(QStringLiteral("out.zip"));
        const ArchiveResult result = writer.write({{src}}, zip);
        verifyArchive(zip, result);
        QStringList order;
        for (const ArchiveWarning &warning : result.warnings)
            order << QFileInfo(warning.path).fileName();
        QCOMPARE(
            order, QStringList({QStringLiteral("a.txt"), QStringLiteral("b.bin"), QStringLiteral("c.txt")}));
    }

    void chunkBoundaries_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("compressible");
        const qint64 sizes[] = {0, 1, kChunk - 1, kChunk, kChunk + 1, 3 * kChunk, 3 * kChunk + 5, 5 * kChunk};
        for (int level : {0, 1, 6, 9}) {
            for (qint64 size : sizes) {
                for (bool compressible : {true, false}) {
                    QTest::addRow("L%d %lld %s", level, size, compressible ? "text" : "random")
                        << level << size << compressible;
                }
            }
        }
    }

    void chunkBoundaries()
    {
        QFETCH(int, level);
        QFETCH(qint64, size);
        QFETCH(bool, compressible);
        const QString src = path(QStringLiteral("src"));
        const QByteArray data = AF::content(size, quint32(level + size), compressible);
        QVERIFY(AF::writeFile(src + QStringLiteral("/f.bin"), data, 0644, 1500000000));
        ArchiveWriter writer;
        writer.setTuning(smallChunks());
        const QString zip = path(QStringLiteral("out.zip"));
        const ArchiveResult result = writer.write({{src}, {}, level}, zip);
        verifyArchive(zip, result);
        QCOMPARE(result.bytesIn, size);

        const ArchiveEntry e = entry(zip, QStringLiteral("src/f.bin"));
        QCOMPARE(e.size, size);
        if (level == 0 || size == 0 || (!compressible && (size <= kChunk || size >= 4 * kChunk)))
            QCOMPARE(e.method, 0); // stored: level 0, empty, or random (whole, or sampled)
        if (level > 0 && compressible && size > 100)
            QCOMPARE(e.method, 8);
        if (e.method == 8 && size > kChunk) {
            // Chunked: every chunk but the last ends with a sync flush marker.
            const QByteArray raw = AF::rawEntryData(zip, QStringLiteral("src/f.bin"));
            QCOMPARE(raw.size(), e.compressedSize);
            const qint64 chunks = (size + kChunk - 1) / kChunk;
            QVERIFY2(raw.count(QByteArray("\x00\x00\xff\xff", 4)) >= chunks - 1, "not deflated in chunks");
        }
        const ArchiveReadResult extracted = ArchiveReader().extract(zip, path(QStringLiteral("out")));
        QVERIFY2(extracted.ok, qPrintable(extracted.error));
        QFile back(path(QStringLiteral("out/src/f.bin")));
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), data);
        QCOMPARE(QFileInfo(back).lastModified().toSecsSinceEpoch(), qint64(1500000000));
    }

    void nameClashesBecomeNumbered()
    {
        for (const char *parent : {"a", "b", "c"})
            AF::writeFile(path(QStringLiteral("%1/docs/x.txt").arg(QLatin1String(parent))), "x");
        ArchiveSpec spec;
        spec.sources = {path(QStringLiteral("a/docs")), path(QStringLiteral("b/docs")),
            path(QStringLiteral("c/docs/")), path(QStringLiteral("a/docs"))}; // the last is a repeat
        const QString zip = path(QStringLiteral("out.zip"));
        const ArchiveResult result = ArchiveWriter().write(spec, zip);
        verifyArchive(zip, result);
        QCOMPARE(entryNames(zip),
            QStringList({QStringLiteral("docs/"), QStringLiteral("docs/x.txt"), QStringLiteral("docs (2)/"),
                QStringLiteral("docs (2)/x.txt"), QStringLiteral("docs (3)/"),
                QStringLiteral("docs (3)/x.txt")}));
    }

    void singleFileSource()
    {
        AF::writeFile(path(QStringLiteral("notes.txt")), "notes");
        const QString zip = path(QStringLiteral("out.zip"));
        const ArchiveResult result = ArchiveWriter().write({{path(QStringLiteral("notes.txt"))}}, zip);
        verifyArchive(zip, result);
        QCOMPARE(entryNames(zip), QStringList {QStringLiteral("notes.txt")});
    }

    void excludes()
    {
        const QString p = path(QStringLiteral("proj"));
        for (const char *rel : {"a.tmp", "keep.txt", "node_modules/x.js", "web/node_modules/y.js",
                 "home/.cache/z", "build/out.o", "src/build/keep.o", ".hidden", "web/page.tmp/inside.txt"})
            AF::writeFile(p + QLatin1Char('/') + QLatin1String(rel), "data");
        ArchiveSpec spec;
        spec.sources = {p};
        spec.excludes = {QStringLiteral("*.tmp"), QStringLiteral("node_modules/"),
            QStringLiteral("**/.cache/**"), QStringLiteral("/build")};
        const QString zip = path(QStringLiteral("out.zip"));
        const ArchiveResult result = ArchiveWriter().write(spec, zip);
        verifyArchive(zip, result);
        QCOMPARE(entryNames(zip),
            QStringList(
                {QStringLiteral("proj/"), QStringLiteral("proj/.hidden"), QStringLiteral("proj/home/"),
                    QStringLiteral("proj/home/.cache/"), QStringLiteral("proj/keep.txt"),
                    QStringLiteral("proj/src/"), QStringLiteral("proj/src/build/"),
                    QStringLiteral("proj/src/build/keep.o"), QStringLiteral("proj/web/")}));
    }

    void badExcludeIsAnError()
    {
        AF::writeFile(path(QStringLiteral("src/a")), "a");
        const ArchiveResult result = ArchiveWriter().write(
            {{path(QStringLiteral("src"))}, {QStringLiteral("/")}}, path(QStringLiteral("out.zip")));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QLatin1String("'/'")));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("out.zip"))));
    }

    void symlinksStoredAsLinks()
    {
        const QString src = path(QStringLiteral("src"));
        AF::makeRichTree(src);
        const QString zip = path(QStringLiteral("out.zip"));
        const ArchiveResult result = ArchiveWriter().write({{src}}, zip);
        verifyArchive(zip, result);
        const ArchiveEntry link = entry(zip, QStringLiteral("src/link-to-dir"));
        QCOMPARE(link.kind, ArchiveEntry::Symlink);
        QCOMPARE(link.size, qint64(8)); // "nested/a"
        QVERIFY(!entryNames(zip).contains(QStringLiteral("src/link-to-dir/b/")));
        QCOMPARE(entry(zip, QStringLiteral("src/dangling")).kind, ArchiveEntry::Symlink);
    }

    void symlinksFollowed()
    {
        const QString src = path(QStringLiteral("src"));
        AF::writeFile(src + QStringLiteral("/real/file.txt"), "content");
        ::symlink("real", QFile::encodeName(src + QStringLiteral("/alias")).constData());
        ::symlink("real/file.txt", QFile::encodeName(src + QStringLiteral("/file-alias")).constData());
        ::symlink("..", QFile::encodeName(src + QStringLiteral("/real/loop")).constData());
        ::symlink("nowhere", QFile::encodeName(src + QStringLiteral("/dangling")).constData());
        ArchiveSpec spec;
        spec.sources = {src};
        spec.followSymlinks = true;
        const QString zip = path(QStringLiteral("out.zip"));
        auto future = QtConcurrent::run([&] { return ArchiveWriter().write(spec, zip); });
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60000); // a loop must not recurse forever
        const ArchiveResult result = future.result();
        verifyArchive(zip, result);
        const QStringList names = entryNames(zip);
        QVERIFY(names.contains(QStringLiteral("src/alias/")));
        QVERIFY(names.contains(QStringLiteral("src/alias/file.txt")));
        QCOMPARE(entry(zip, QStringLiteral("src/file-alias")).kind, ArchiveEntry::File);
        QCOMPARE(entry(zip, QStringLiteral("src/file-alias")).size, qint64(7));
        // The loop and the dangling link stay links, with a word about each.
        QCOMPARE(entry(zip, QStringLiteral("src/real/loop")).kind, ArchiveEntry::Symlink);
        QCOMPARE(entry(zip, QStringLiteral("src/alias/loop")).kind, ArchiveEntry::Symlink);
        QCOMPARE(entry(zip, QStringLiteral("src/dangling")).kind, ArchiveEntry::Symlink);
        QVERIFY(hasWarning(result, ArchiveWarning::Skipped, QStringLiteral("/real/loop")));
        QVERIFY(hasWarning(result, ArchiveWarning::Skipped, QStringLiteral("/dangling")));
    }

    void fifoDoesNotHang_data()
    {
        QTest::addColumn<bool>("follow");
        QTest::newRow("links stored") << false;
        QTest::newRow("links followed") << true;
    }

    void fifoDoesNotHang()
    {
        QFETCH(bool, follow);
        const QString src = path(QStringLiteral("src"));
        AF::writeFile(src + QStringLiteral("/a.txt"), "a");
        AF::writeFile(src + QStringLiteral("/swap.txt"), "becomes a FIFO after the scan");
        const QByteArray fifo = QFile::encodeName(src + QStringLiteral("/pipe"));
        QCOMPARE(::mkfifo(fifo.constData(), 0644), 0);
        ::symlink("pipe", QFile::encodeName(src + QStringLiteral("/pipe-link")).constData());
        ArchiveWriter writer;
        // Between the scan and the read, a regular file turns into a FIFO.
        writer.setHooks({[](const QByteArray &p) {
                             if (p.endsWith("/swap.txt")) {
                                 ::unlink(p.constData());
                                 ::mkfifo(p.constData(), 0644);
                             }
                         },
            {}, {}});
        ArchiveSpec spec;
        spec.sources = {src};
        spec.followSymlinks = follow;
        const QString zip = path(QStringLiteral("out.zip"));
        auto future = QtConcurrent::run([&] { return writer.write(spec, zip); });
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60000);
        if (!future.isFinished()) {
            // Unblock the writer so the test can end, then fail.
            for (const QByteArray &f : {fifo, QFile::encodeName(src + QStringLiteral("/swap.txt"))})
                ::close(::open(f.constData(), O_WRONLY | O_NONBLOCK));
            future.waitForFinished();
            QFAIL("the writer blocked on a FIFO");
        }
        const ArchiveResult result = future.result();
        verifyArchive(zip, result);
        QVERIFY(hasWarning(result, ArchiveWarning::Skipped, QStringLiteral("/pipe")));
        QVERIFY(hasWarning(result, ArchiveWarning::Vanished, QStringLiteral("/swap.txt")));
        QVERIFY(!entryNames(zip).contains(QStringLiteral("src/pipe")));
        QVERIFY(!entryNames(zip).contains(QStringLiteral("src/swap.txt")));
        QVERIFY(entryNames(zip).contains(QStringLiteral("src/a.txt")));
        if (follow)
            QVERIFY(hasWarning(result, ArchiveWarning::Skipped, QStringLiteral("/pipe-link")));
        else
            QCOMPARE(entry(zip, QStringLiteral("src/pipe-link")).kind, ArchiveEntry::Symlink);
    }

    // Small files are opened by the worker that compresses them, files from 256 KiB by the
    // writer (which samples them), and at level 0 every file by the writer: a failed open
    // must read the same on each path. Adds the columns "size" and "level", and the rows.
    static void addOpenPaths(const QList<bool> &failOnUnreadable)
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("level");
        QTest::addColumn<bool>("failOnUnreadable");
        const struct {
            const char *name;
            qint64 size;
            int level;
        } paths[] = {{"small file", 6, 6}, {"sampled file", 300 * 1024, 6}, {"level 0", 6, 0}};
        for (bool fail : failOnUnreadable) {
            for (const auto &openPath : paths) {
                QTest::addRow("%s, %s", fail ? "fail" : "warn and go on", openPath.name)
                    << openPath.size << openPath.level << fail;
            }
        }
    }

    void unreadableFileIsReported_data() { addOpenPaths({false, true}); }

    void unreadableFileIsReported()
    {
        QFETCH(bool, failOnUnreadable);
        QFETCH(qint64, size);
        QFETCH(int, level);
        // As root, chmod 000 does not stop reading: the open itself is made to fail.
        const QString src = path(QStringLiteral("src"));
        AF::writeFile(src + QStringLiteral("/a.txt"), "a");
        AF::writeFile(src + QStringLiteral("/secret.txt"), AF::content(size, 2, true));
        AF::writeFile(src + QStringLiteral("/z.txt"), "z");
        ArchiveWriter writer;
        writer.setHooks({{},
            [](const QByteArray &p, int flags) {
                if (p.endsWith("/secret.txt")) {
                    errno = EACCES;
                    return -1;
                }
                return sourceOpen(p, flags);
            },
            {}});
        ArchiveSpec spec;
        spec.sources = {src};
        spec.level = level;
        spec.failOnUnreadable = failOnUnreadable;
        const QString zip = path(QStringLiteral("out.zip"));
        const ArchiveResult result = writer.write(spec, zip);
        QVERIFY(hasWarning(result, ArchiveWarning::Unreadable, QStringLiteral("/secret.txt")));
        if (failOnUnreadable) {
            QVERIFY(!result.ok);
            QVERIFY2(result.error.contains(QLatin1String("secret.txt")), qPrintable(result.error));
            QVERIFY(!QFileInfo::exists(zip));
            verifyNoLeftovers(m_dir->path());
            return;
        }
        verifyArchive(zip, result);
        QCOMPARE(entryNames(zip),
            QStringList({QStringLiteral("src/"), QStringLiteral("src/a.txt"), QStringLiteral("src/z.txt")}));
    }

    void unreadableByPermissions()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: permissions do not stop reading (tst_archivecli drops the capabilities "
                  "for it)");
        const QString src = path(QStringLiteral("src"));
        AF::writeFile(src + QStringLiteral("/locked.txt"), "x", 0000);
        AF::writeFile(src + QStringLiteral("/closed/inner.txt"), "x");
        ::chmod(QFile::encodeName(src + QStringLiteral("/closed")).constData(), 0000);
        const QString zip = path(QStringLiteral("out.zip"));
        const ArchiveResult result = ArchiveWriter().write({{src}}, zip);
        verifyArchive(zip, result);
        QVERIFY(hasWarning(result, ArchiveWarning::Unreadable, QStringLiteral("/locked.txt")));
        QVERIFY(hasWarning(result, ArchiveWarning::Unreadable, QStringLiteral("/closed")));
    }

    void vanishedFileIsReported_data() { addOpenPaths({false}); }

    void vanishedFileIsReported()
    {
        QFETCH(qint64, size);
        QFETCH(int, level);
        const QString src = path(QStringLiteral("src"));
        AF::writeFile(src + QStringLiteral("/gone.txt"), AF::content(size, 3, true));
        AF::writeFile(src + QStringLiteral("/stays.txt"), "stays");
        ArchiveWriter writer;
        writer.setHooks({[](const QByteArray &p) {
                             if (p.endsWith("/gone.txt"))
                                 ::unlink(p.constData());
                         },
            {}, {}});
        const QString zip = path(QStringLiteral("out.zip"));
        const ArchiveResult result = writer.write({{src}, {}, level}, zip);
        verifyArchive(zip, result);
        QVERIFY(hasWarning(result, ArchiveWarning::Vanished, QStringLiteral("/gone.txt")));
        QCOMPARE(entryNames(zip), QStringList({QStringLiteral("src/"), QStringLiteral("src/stays.txt")}));
    }

    void changedSizeIsReported_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("newSize");
        QTest::addColumn<int>("level");
        QTest::addColumn<bool>("compressible");
        // Level 0 and already compressed files are stored, read by the writer itself.
        for (int level : {6, 0}) {
            QTest::addRow("L%d whole file grew", level) << qint64(1000) << qint64(1500) << level << true;
            QTest::addRow("L%d whole file shrank", level) << qint64(1000) << qint64(400) << level << true;
            QTest::addRow("L%d whole file emptied", level) << qint64(1000) << qint64(0) << level << true;
            QTest::addRow("L%d chunked file grew", level) << 5 * kChunk << 6 * kChunk << level << true;
            QTest::addRow("L%d chunked file shrank mid-chunk", level)
                << 5 * kChunk << kChunk + 1000 << level << true;
            QTest::addRow("L%d chunked file shrank at a chunk end", level)
                << 5 * kChunk << 2 * kChunk << level << true;
            QTest::addRow("L%d chunked file emptied", level) << 5 * kChunk << qint64(0) << level << true;
        }
        // Sampled as already compressed (a shrunk file fails the sampling, so only growth).
        QTest::newRow("stored chunked file grew") << 5 * kChunk << 6 * kChunk << 6 << false;
    }

    void changedSizeIsReported()
    {
        QFETCH(qint64, size);
        QFETCH(qint64, newSize);
        QFETCH(int, level);
        QFETCH(bool, compressible);
        const QString src = path(QStringLiteral("src"));
        const QByteArray before = AF::content(size, 1, compressible);
        const QByteArray after = AF::content(newSize, 1, compressible);
        AF::writeFile(src + QStringLiteral("/log.txt"), before);
        AF::writeFile(src + QStringLiteral("/z.txt"), "after it");
        ArchiveWriter writer;
        writer.setTuning(smallChunks());
        writer.setHooks({[&after](const QByteArray &p) {
                             if (p.endsWith("/log.txt"))
                                 AF::writeFile(QFile::decodeName(p), after);
                         },
            {}, {}});
        const QString zip = path(QStringLiteral("out.zip"));
        const ArchiveResult result = writer.write({{src}, {}, level}, zip);
        verifyArchive(zip, result);
        if (!compressible)
            QCOMPARE(entry(zip, QStringLiteral("src/log.txt")).method, 0);
        QVERIFY2(hasWarning(result, ArchiveWarning::Changed, QStringLiteral("/log.txt")),
            qPrintable(describe(result)));
        // The archive holds what was read, at most the size seen by the scan.
        const ArchiveReadResult extracted = ArchiveReader().extract(zip, path(QStringLiteral("out")));
        QVERIFY2(extracted.ok, qPrintable(extracted.error));
        QFile back(path(QStringLiteral("out/src/log.txt")));
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), after.left(qMin(size, newSize)));
        QVERIFY(QFileInfo::exists(path(QStringLiteral("out/src/z.txt"))));
    }

    void cancelRemovesTheOutput_data()
    {
        QTest::addColumn<bool>("duringScan");
        QTest::addColumn<int>("level");
        QTest::addColumn<bool>("chunked");
        QTest::newRow("while scanning") << true << 6 << true;
        QTest::newRow("while writing") << false << 6 << true;
        // Level 0: the writer reads every file itself, whole or in chunks.
        QTest::newRow("while writing, level 0, whole files") << false << 0 << false;
        QTest::newRow("while writing, level 0, chunked files") << false << 0 << true;
    }

    void cancelRemovesTheOutput()
    {
        QFETCH(bool, duringScan);
        QFETCH(int, level);
        QFETCH(bool, chunked);
        const QString src = path(QStringLiteral("src"));
        // Large enough that writing outlasts the progress throttle (one report per 100 ms),
        // so the cancel lands while entries are still being written, even on a fast machine.
        for (int i = 0; i < 300; ++i)
            AF::writeFile(src + QStringLiteral("/f%1.txt").arg(i), AF::content(200000, quint32(i), true));
        std::atomic_bool cancel {false};
        int reports = 0;
        const QString zip = path(QStringLiteral("out.zip"));
        ArchiveWriter writer;
        if (chunked)
            writer.setTuning(smallChunks());
        const ArchiveResult result = writer.write(
            {{src}, {}, level}, zip,
            [&](const ArchiveProgress &p) {
                ++reports;
                if (p.scanning == duringScan && (duringScan || p.bytesDone > 0))
                    cancel = true;
            },
            &cancel);
        QVERIFY(reports > 0);
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(!QFileInfo::exists(zip));
        verifyNoLeftovers(m_dir->path());
    }

    void fullDiskIsAClearError_data()
    {
        QTest::addColumn<qint64>("room");
        QTest::newRow("no room at all") << qint64(0);
        QTest::newRow("full halfway") << qint64(300000);
    }

    void fullDiskIsAClearError()
    {
        // The seam replaces write(2) on the archive: it fails with ENOSPC past `room` bytes.
        QFETCH(qint64, room);
        const QString src = path(QStringLiteral("src"));
        AF::writeFile(src + QStringLiteral("/noise.bin"), AF::content(1000000, 3, false));
        qint64 written = 0;
        ArchiveWriter writer;
        writer.setHooks({{}, {}, [&](int fd, const char *data, qint64 size) -> qint64 {
                             if (written + size > room) {
                                 errno = ENOSPC;
                                 return -1;
                             }
                             written += size;
                             return ::write(fd, data, size_t(size));
                         }});
        const QString zip = path(QStringLiteral("out.zip"));
        const ArchiveResult result = writer.write({{src}}, zip);
        QVERIFY(!result.ok);
        QCOMPARE(
            result.error, QStringLiteral("Not enough space in %1 to write the archive.").arg(m_dir->path()));
        QVERIFY(!QFileInfo::exists(zip));
        verifyNoLeftovers(m_dir->path());
    }

    void existingOutputIsNeverReplaced()
    {
        AF::writeFile(path(QStringLiteral("src/a.txt")), "a");
        AF::writeFile(path(QStringLiteral("out.zip")), "precious");
        const ArchiveResult result
            = ArchiveWriter().write({{path(QStringLiteral("src"))}}, path(QStringLiteral("out.zip")));
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QLatin1String("already exists")));
        QFile kept(path(QStringLiteral("out.zip")));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("precious"));
    }

    void badInputIsOneSentence_data()
    {
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no source") << QStringList {} << 6 << QStringLiteral("out.zip")
                                   << QStringLiteral("no source");
        QTest::newRow("missing source") << QStringList {QStringLiteral("nope")} << 6
                                        << QStringLiteral("out.zip") << QStringLiteral("does not exist");
        QTest::newRow("bad level") << QStringList {QStringLiteral("src")} << 10 << QStringLiteral("out.zip")
                                   << QStringLiteral("between 0 and 9");
        QTest::newRow("missing folder")
            << QStringList {QStringLiteral("src")} << 6 << QStringLiteral("no/such/dir/out.zip")
            << QStringLiteral("does not exist");
    }

    void badInputIsOneSentence()
    {
        QFETCH(QStringList, sources);
        QFETCH(int, level);
        QFETCH(QString, out);
        QFETCH(QString, expected);
        AF::writeFile(path(QStringLiteral("src/a.txt")), "a");
        for (QString &s : sources)
            s = path(s);
        const ArchiveResult result = ArchiveWriter().write({sources, {}, level}, path(out));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY(!result.error.contains(QLatin1Char('\n')));
        QVERIFY(!QFileInfo::exists(path(out)));
        verifyNoLeftovers(m_dir->path());
    }

    void archiveInsideItsOwnSource()
    {
        const QString src = path(QStringLiteral("src"));
        AF::writeFile(src + QStringLiteral("/a.txt"), "a");
        const QString zip = src + QStringLiteral("/self.zip");
        const ArchiveResult result = ArchiveWriter().write({{src}}, zip);
        verifyArchive(zip, result);
        QCOMPARE(entryNames(zip), QStringList({QStringLiteral("src/"), QStringLiteral("src/a.txt")}));
    }

    void progressIsReported()
    {
        const QString src = path(QStringLiteral("src"));
        qint64 bytes = 0;
        for (int i = 0; i < 20; ++i) {
            const QByteArray data = AF::content(30000 + i, quint32(i), i % 2 == 0);
            bytes += data.size();
            AF::writeFile(src + QStringLiteral("/f%1").arg(i), data);
        }
        QList<ArchiveProgress> reports;
        ArchiveWriter writer;
        writer.setTuning(smallChunks());
        const ArchiveResult result = writer.write(
            {{src}}, path(QStringLiteral("out.zip")), [&](const ArchiveProgress &p) { reports.append(p); });
        QVERIFY(result.ok);
        QVERIFY(!reports.isEmpty());
        const ArchiveProgress last = reports.last();
        QVERIFY(!last.scanning);
        QCOMPARE(last.filesDone, qint64(20));
        QCOMPARE(last.filesTotal, qint64(20));
        QCOMPARE(last.bytesDone, bytes);
        QCOMPARE(last.bytesTotal, bytes);
        qint64 previous = 0;
        for (const ArchiveProgress &p : reports) {
            if (p.scanning)
                continue;
            QVERIFY(p.bytesDone >= previous);
            QVERIFY(p.bytesDone <= p.bytesTotal);
            previous = p.bytesDone;
        }
    }
};

QTEST_GUILESS_MAIN(TestArchiveWriter)
#include "tst_archivewriter.moc"
