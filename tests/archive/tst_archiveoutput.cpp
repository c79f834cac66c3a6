// ArchiveOutput: the announced header fields go to disk in place of minizip's zeros, the
// hash covers exactly the file's bytes, and any seek or rewrite beyond the announced
// patch is refused (it would change bytes already hashed).
#include "archive/ArchiveOutput.h"
#include "core/Whirlpool.h"

#include <QtTest>

#include <fcntl.h>
#include <unistd.h>

using Coffre::ArchiveOutput;

namespace {

const QByteArray kCrc("\x78\x56\x34\x12", 4);
const QByteArray kSizes("\x05\x00\x00\x00\x07\x00\x00\x00", 8);

// Four bytes, then an announced entry: 30 bytes of local header with zeros where CRC and
// sizes go, in minizip's small pieces, and 5 bytes of data.
void writeEntry(ArchiveOutput &out)
{
    out.write("lead", 4);
    out.expectLocalHeader(0x12345678, 5, 7);
    out.write(QByteArray("PK\x03\x04", 4));
    out.write(QByteArray(10, 'h'));
    for (int i = 0; i < 3; ++i)
        out.write(QByteArray(4, '\0'));
    out.write(QByteArray(4, 'n'));
    out.write("data!", 5);
}

} // namespace

class TestArchiveOutput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    int openFile(const QString &name) const
    {
        return ::open(
            QFile::encodeName(m_dir.filePath(name)).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    }
    QByteArray contents(const QString &name) const
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void announcedHeaderIsWrittenAndCheckedPatchAccepted()
    {
        const int fd = openFile(QStringLiteral("a"));
        QVERIFY(fd >= 0);
        ArchiveOutput out(fd);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        writeEntry(out);
        const qint64 end = out.pos();
        // minizip's patch on close: the same 12 bytes, then back to the end.
        QVERIFY(out.seek(4 + 14));
        QCOMPARE(out.write(kCrc), qint64(4));
        QCOMPARE(out.write(kSizes), qint64(8));
        QVERIFY(out.seek(end));
        out.write("tail", 4);
        out.close();
        ::close(fd);
        QCOMPARE(out.lastErrno(), 0);
        const QByteArray expected = QByteArray("lead") + "PK\x03\x04" + QByteArray(10, 'h') + kCrc + kSizes
            + QByteArray(4, 'n') + "data!" + "tail";
        QCOMPARE(contents(QStringLiteral("a")), expected);
        QCOMPARE(out.written(), qint64(expected.size()));
        QCOMPARE(out.whirlpoolHex(), Coffre::Whirlpool::hashHex(expected));
    }

    void zip64EntriesKeepTheUnixHostInTheDirectory()
    {
        // minizip marks zip64 entries "made by" 45 (MS-DOS) and "needed" 63; the directory
        // must say Unix and 4.5 instead, and leave other entries alone.
        auto record = [](quint16 madeBy, quint16 needed, const QByteArray &name) -> QByteArray {
            QByteArray r(46, '\0');
            r.replace(0, 4, QByteArray("PK\x01\x02", 4));
            r[4] = char(madeBy & 0xff);
            r[5] = char(madeBy >> 8);
            r[6] = char(needed & 0xff);
            r[7] = char(needed >> 8);
            r[28] = char(name.size());
            return r + name;
        };
        const QByteArray end = QByteArrayLiteral("PK\x05\x06 end record");
        const int fd = openFile(QStringLiteral("c"));
        QVERIFY(fd >= 0);
        ArchiveOutput out(fd);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        out.write("data", 4);
        out.beginCentralDirectory();
        out.write(record(0x031e, 20, "small"));
        out.write(record(45, 63, "big"));
        out.write(end);
        QVERIFY(out.flushBuffer());
        out.close();
        ::close(fd);
        const QByteArray expected
            = QByteArray("data") + record(0x031e, 20, "small") + record(0x032d, 45, "big") + end;
        QCOMPARE(contents(QStringLiteral("c")), expected);
        QCOMPARE(out.whirlpoolHex(), Coffre::Whirlpool::hashHex(expected));
    }

    void otherSeeksAndRewritesAreRefused_data()
    {
        QTest::addColumn<int>("seekTo");
        QTest::addColumn<QByteArray>("rewrite");
        QTest::newRow("seek before the header") << 2 << QByteArray();
        QTest::newRow("seek into the data") << 4 + 30 + 1 << QByteArray();
        QTest::newRow("a different CRC") << 4 + 14 << QByteArray("\x00\x00\x00\x00", 4);
        QTest::newRow("past the patch") << 4 + 14 << (kCrc + kSizes + "x");
    }

    void otherSeeksAndRewritesAreRefused()
    {
        QFETCH(int, seekTo);
        QFETCH(QByteArray, rewrite);
        const int fd = openFile(QStringLiteral("b"));
        QVERIFY(fd >= 0);
        ArchiveOutput out(fd);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        writeEntry(out);
        const bool sought = out.seek(seekTo);
        if (rewrite.isEmpty()) {
            QVERIFY(!sought);
        } else {
            QVERIFY(sought);
            QCOMPARE(out.write(rewrite), qint64(-1));
        }
        QCOMPARE(out.lastErrno(), EIO);
        QVERIFY(out.errorString().contains(QLatin1String("internal error")));
        ::close(fd);
    }
};

QTEST_GUILESS_MAIN(TestArchiveOutput)
#include "tst_archiveoutput.moc"
