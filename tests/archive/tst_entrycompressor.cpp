// The compression primitives: chunks deflated independently (primed with the previous
// 32 KiB, sync-flushed) concatenate into one valid deflate stream; CRCs combine.
#include "ArchiveFixtures.h"
#include "archive/EntryCompressor.h"

#include <QtTest>

#include <zlib.h>

namespace EC = Coffre::EntryCompressor;

namespace {

// Inflates a raw deflate stream with zlib; empty on error or trailing garbage.
QByteArray inflateAll(const QByteArray &deflated, qint64 expectedSize, bool *ok)
{
    z_stream z {};
    inflateInit2(&z, -MAX_WBITS);
    QByteArray out(qMax<qint64>(expectedSize, 1) + 1024, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(deflated.constData()));
    z.avail_in = uInt(deflated.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int ret = inflate(&z, Z_FINISH);
    *ok = ret == Z_STREAM_END && z.avail_in == 0;
    out.truncate(qsizetype(z.total_out));
    inflateEnd(&z);
    return out;
}

} // namespace

class TestEntryCompressor : public QObject
{
    Q_OBJECT
private slots:
    void chunksFormOneStream_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<bool>("compressible");
        const int chunk = 40000; // more than the 32 KiB dictionary
        for (int level : {1, 6, 9}) {
            for (int size : {1, chunk - 1, chunk, chunk + 1, 3 * chunk + 17}) {
                for (bool compressible : {true, false}) {
                    QTest::addRow("L%d size %d %s", level, size, compressible ? "text" : "random")
                        << level << size << chunk << compressible;
                }
            }
        }
        QTest::newRow("small chunks, dictionary shorter than 32 KiB") << 6 << 100000 << 5000 << true;
    }

    void chunksFormOneStream()
    {
        QFETCH(int, level);
        QFETCH(int, size);
        QFETCH(int, chunk);
        QFETCH(bool, compressible);
        const QByteArray data = ArchiveFixtures::content(size, quint32(size), compressible);
        QByteArray stream;
        quint32 crc = 0;
        for (qint64 offset = 0; offset < size; offset += chunk) {
            const qint64 length = qMin<qint64>(chunk, size - offset);
            const qint64 dictionary = qMin<qint64>(EC::kDictionarySize, offset);
            const bool final = offset + length >= size;
            const QByteArray piece = EC::deflateChunk(level, data.constData() + offset - dictionary,
                dictionary, data.constData() + offset, length, final);
            QVERIFY(!piece.isEmpty());
            if (!final) // a sync flush ends with an empty stored block
                QVERIFY(piece.endsWith(QByteArray("\x00\x00\xff\xff", 4)));
            stream += piece;
            const quint32 pieceCrc = EC::crc32(0, data.constData() + offset, length);
            crc = offset == 0 ? pieceCrc : EC::crc32Combine(crc, pieceCrc, length);
        }
        bool ok = false;
        QCOMPARE(inflateAll(stream, size, &ok), data);
        QVERIFY(ok);
        QCOMPARE(crc, quint32(::crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(size))));
        if (compressible && size > 1000)
            QVERIFY(stream.size() < size / 2);
    }

    void dictionaryHelps()
    {
        // The same bytes twice: with the first copy as dictionary, the second costs little.
        const QByteArray half = ArchiveFixtures::content(30000, 5, false);
        const QByteArray primed
            = EC::deflateChunk(6, half.constData(), half.size(), half.constData(), half.size(), true);
        const QByteArray cold = EC::deflateChunk(6, nullptr, 0, half.constData(), half.size(), true);
        QVERIFY2(primed.size() < cold.size() / 10,
            qPrintable(QStringLiteral("%1 vs %2").arg(primed.size()).arg(cold.size())));
    }

    void wholeDeflate()
    {
        const QByteArray text = ArchiveFixtures::content(100000, 1, true);
        const QByteArray packed = EC::deflateWhole(6, text.constData(), text.size());
        QVERIFY(!packed.isEmpty());
        QVERIFY(packed.size() < text.size() / 2);
        bool ok = false;
        QCOMPARE(inflateAll(packed, text.size(), &ok), text);
        QVERIFY(ok);
        // Random bytes do not shrink: the caller is told to store them.
        const QByteArray noise = ArchiveFixtures::content(100000, 1, false);
        QVERIFY(EC::deflateWhole(6, noise.constData(), noise.size()).isEmpty());
        QVERIFY(EC::deflateWhole(6, nullptr, 0).isEmpty());
    }

    void incompressibleSample()
    {
        const QByteArray noise = ArchiveFixtures::content(32768, 2, false);
        const QByteArray text = ArchiveFixtures::content(32768, 2, true);
        QVERIFY(EC::looksIncompressible(noise.constData(), noise.size()));
        QVERIFY(!EC::looksIncompressible(text.constData(), text.size()));
    }

    void emptyFinalBlockIsAValidEnd()
    {
        const QByteArray text = ArchiveFixtures::content(50000, 3, true);
        QByteArray stream = EC::deflateChunk(6, nullptr, 0, text.constData(), text.size(), false);
        stream += EC::emptyFinalBlock();
        bool ok = false;
        QCOMPARE(inflateAll(stream, text.size(), &ok), text);
        QVERIFY(ok);
    }

    void crcMatchesZlib()
    {
        const QByteArray data = ArchiveFixtures::content(123457, 4, false);
        QCOMPARE(EC::crc32(0, data.constData(), data.size()),
            quint32(::crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size()))));
        QCOMPARE(EC::crc32(0, nullptr, 0), 0u);
    }
};

QTEST_GUILESS_MAIN(TestEntryCompressor)
#include "tst_entrycompressor.moc"
