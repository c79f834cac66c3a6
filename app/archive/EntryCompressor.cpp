#include "archive/EntryCompressor.h"

#include <libdeflate.h>
#include <zlib.h>

#include <array>
#include <cstring>

namespace Coffre::EntryCompressor {

namespace {

// Per-thread compressor state, freed when the worker thread ends.
struct ThreadState {
    std::array<libdeflate_compressor *, 10> deflaters {};
    std::array<z_stream *, 10> zstreams {};

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
    libdeflate_compressor *c = state().deflater(clampLevel(level));
    if (!c)
        return {};
    QByteArray out(qsizetype(libdeflate_deflate_compress_bound(c, size_t(size))), Qt::Uninitialized);
    const size_t n = libdeflate_deflate_compress(c, data, size_t(size), out.data(), size_t(out.size()));
    if (n == 0 || qint64(n) >= size)
        return {};
    // Give back the slack of the worst-case buffer: results wait in memory until written.
    if (qint64(n) < out.size() - out.size() / 4)
        return QByteArray(out.constData(), qsizetype(n));
    out.truncate(qsizetype(n));
    return out;
}

QByteArray deflateChunk(
    int level, const char *dictionary, qint64 dictionarySize, const char *data, qint64 size, bool final)
{
    z_stream *z = state().zstream(clampLevel(level));
    if (!z)
        return {};
    if (dictionarySize > 0
        && deflateSetDictionary(z, reinterpret_cast<const Bytef *>(dictionary), uInt(dictionarySize)) != Z_OK)
        return {};
    // A sync flush adds an empty stored block (up to 6 bytes) that deflateBound does not count.
    QByteArray out(qsizetype(deflateBound(z, uLong(size)) + 64), Qt::Uninitialized);
    z->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z->avail_in = uInt(size);
    const int flush = final ? Z_FINISH : Z_SYNC_FLUSH;
    qint64 produced = 0;
    for (;;) {
        z->next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        z->avail_out = uInt(out.size() - produced);
        const int ret = deflate(z, flush);
        produced = out.size() - z->avail_out;
        if (ret == Z_STREAM_END)
            break;
        if (ret != Z_OK && ret != Z_BUF_ERROR)
            return {};
        if (!final && z->avail_in == 0 && z->avail_out > 0)
            break; // the sync flush is complete
        if (z->avail_out == 0)
            out.resize(out.size() * 2);
    }
    if (produced < out.size() - out.size() / 4)
        return QByteArray(out.constData(), qsizetype(produced));
    out.truncate(qsizetype(produced));
    return out;
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
