#include "archive/EntryCompressor.h"

#include <libdeflate.h>
#include <zlib.h>

#include <array>
#include <cstring>

namespace Coffre::EntryCompressor {

namespace {

// Per-thread compressor state, freed when the worker thread ends.
// Output buffers up to this size are kept between calls: a fresh multi-megabyte buffer
// costs a page fault per 4 KiB on first use, which shows in profiles.
constexpr qsizetype kKeepScratch = 16 * 1024 * 1024;

struct ThreadState {
    std::array<libdeflate_compressor *, 10> deflaters {};
    std::array<z_stream *, 10> zstreams {};
    QByteArray scratch;

    // A buffer of at least `size` bytes; `temporary` holds it when it is too big to keep.
    char *output(qsizetype size, QByteArray &temporary)
    {
        if (size > kKeepScratch) {
            temporary = QByteArray(size, Qt::Uninitialized);
            return temporary.data();
        }
        if (scratch.size() < size)
            scratch = QByteArray(size, Qt::Uninitialized);
        return scratch.data();
    }

    ~ThreadState()
    {
        for (auto *c : deflaters) {
            if (c)
                libdeflate_free_compressor(c);
        }
        for (auto *z : zstreams) {
            if (z) {
                deflateEnd(z);
                delete z;
            }
        }
    }

    libdeflate_compressor *deflater(int level)
    {
        auto &c = deflaters[size_t(level)];
        if (!c)
            c = libdeflate_alloc_compressor(level);
        return c;
    }

    z_stream *zstream(int level)
    {
        auto &z = zstreams[size_t(level)];
        if (!z) {
            z = new z_stream {};
            // Raw deflate (negative window bits): zip stores no zlib header.
            if (deflateInit2(z, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
                delete z;
                z = nullptr;
            }
        } else {
            deflateReset(z);
        }
        return z;
    }
};

ThreadState &state()
{
    thread_local ThreadState s;
    return s;
}

int clampLevel(int level)
{
    return qBound(1, level, 9);
}

} // namespace

quint32 crc32(quint32 crc, const char *data, qint64 size)
{
    return libdeflate_crc32(crc, data, size_t(size));
}

quint32 crc32Combine(quint32 crcA, quint32 crcB, qint64 lengthB)
{
    return quint32(::crc32_combine(crcA, crcB, z_off_t(lengthB)));
}

QByteArray deflateWhole(int level, const char *data, qint64 size)
{
    if (size <= 0)
        return {};
    ThreadState &s = state();
    libdeflate_compressor *c = s.deflater(clampLevel(level));
    if (!c)
        return {};
    const qsizetype bound = qsizetype(libdeflate_deflate_compress_bound(c, size_t(size)));
    QByteArray temporary;
    char *out = s.output(bound, temporary);
    const size_t n = libdeflate_deflate_compress(c, data, size_t(size), out, size_t(bound));
    if (n == 0 || qint64(n) >= size)
        return {};
    // An exact-size copy: results wait in memory until written, without the bound's slack.
    return QByteArray(out, qsizetype(n));
}

QByteArray deflateChunk(
    int level, const char *dictionary, qint64 dictionarySize, const char *data, qint64 size, bool final)
{
    ThreadState &s = state();
    z_stream *z = s.zstream(clampLevel(level));
    if (!z)
        return {};
    if (dictionarySize > 0
        && deflateSetDictionary(z, reinterpret_cast<const Bytef *>(dictionary), uInt(dictionarySize)) != Z_OK)
        return {};
    // A sync flush adds an empty stored block (up to 6 bytes) that deflateBound does not count.
    QByteArray temporary;
    const qsizetype capacity = qsizetype(deflateBound(z, uLong(size)) + 64);
    char *out = s.output(capacity, temporary);
    z->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z->avail_in = uInt(size);
    const int flush = final ? Z_FINISH : Z_SYNC_FLUSH;
    z->next_out = reinterpret_cast<Bytef *>(out);
    z->avail_out = uInt(capacity);
    const int ret = deflate(z, flush);
    // The buffer holds the worst case, so one call finishes the chunk.
    if (final ? ret != Z_STREAM_END : (ret != Z_OK || z->avail_in != 0 || z->avail_out == 0))
        return {};
    return QByteArray(out, qsizetype(capacity - z->avail_out));
}

QByteArray emptyFinalBlock()
{
    // One final fixed-Huffman block holding only the end-of-block code.
    return QByteArray("\x03\x00", 2);
}

bool looksIncompressible(const char *data, qint64 size)
{
    if (size < 1024)
        return false;
    libdeflate_compressor *c = state().deflater(1);
    if (!c)
        return false;
    const qint64 room = size - size / 100;
    QByteArray out(qsizetype(room), Qt::Uninitialized);
    // libdeflate returns 0 when the result does not fit: it would not shrink by 1 %.
    return libdeflate_deflate_compress(c, data, size_t(size), out.data(), size_t(room)) == 0;
}

} // namespace Coffre::EntryCompressor
