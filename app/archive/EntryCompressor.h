#pragma once

#include <QByteArray>

namespace Coffre {

// The compression primitives the writer's worker threads run. Every function is safe to
// call from several threads at once: each thread keeps its own compressor state.
//
// Whole files go through libdeflate (faster and tighter than zlib, but whole-buffer only).
// Large files are cut into chunks deflated independently with zlib, each primed with the
// last 32 KiB before it (deflateSetDictionary) and all but the last ended with a sync flush,
// so that the chunks laid end to end form one valid deflate stream (the pigz technique).
namespace EntryCompressor {

constexpr qint64 kDictionarySize = 32 * 1024; // deflate's window

// CRC-32 as zip wants it (libdeflate's implementation: the same polynomial as zlib, faster).
quint32 crc32(quint32 crc, const char *data, qint64 size);
// CRC of A followed by B, from the CRCs of A and B and the length of B (zlib).
quint32 crc32Combine(quint32 crcA, quint32 crcB, qint64 lengthB);

// Deflates a whole buffer at `level` (1-9). Returns the compressed bytes, or an empty array
// when they would not be smaller than the input (store it instead).
QByteArray deflateWhole(int level, const char *data, qint64 size);

// Deflates one chunk of a larger stream. `dictionary` is the data just before the chunk
// (at most kDictionarySize bytes, empty for the first chunk). A non-final chunk ends byte
// aligned with a sync flush and no final-block bit; the final one ends the stream.
// Returns an empty array only on an internal zlib error.
QByteArray deflateChunk(
    int level, const char *dictionary, qint64 dictionarySize, const char *data, qint64 size, bool final);

// The deflate stream of zero bytes: what ends a chunked entry whose file ended early.
QByteArray emptyFinalBlock();

// A quick test on a sample: true when even a fast deflate gains less than 1 %, so the file
// is most likely already compressed (media, archives) and is stored without trying.
bool looksIncompressible(const char *data, qint64 size);

} // namespace EntryCompressor

} // namespace Coffre
