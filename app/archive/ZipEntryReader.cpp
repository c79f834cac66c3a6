#include "archive/ZipEntryReader.h"

#include "archive/EntryCompressor.h"

#include <quazip/quazip.h>
#include <quazip/unzip.h>

#include <QFileInfo>
#include <QStringDecoder>

#include <sys/stat.h>
#include <zlib.h>

namespace Coffre {

namespace {

constexpr qint64 kBlock = 256 * 1024;
constexpr quint16 kExtTimeTag = 0x5455;
constexpr uLong kUtf8Flag = 0x800;
constexpr ZPOS64_T kMaxDeclaredSize = ZPOS64_T(1) << 62;

quint32 le(const char *p, int bytes)
{
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | quint8(p[i]);
    return v;
}

// The modification time of the extended-timestamp extra field ("UT"), if there is one.
QDateTime extendedMtime(const QByteArray &extra)
{
    const char *p = extra.constData();
    qsizetype pos = 0;
    while (pos + 4 <= extra.size()) {
        const quint32 tag = le(p + pos, 2);
        const quint32 size = le(p + pos + 2, 2);
        if (pos + 4 + size > quint32(extra.size()))
            break;
        if (tag == kExtTimeTag && size >= 5 && (quint8(p[pos + 4]) & 1))
            return QDateTime::fromSecsSinceEpoch(qint32(le(p + pos + 5, 4)), Qt::UTC);
        pos += 4 + size;
    }
    return {};
}

QString decodeName(const QByteArray &raw, bool utf8Flag)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString name = decoder.decode(raw);
    // Without the UTF-8 flag the spec says CP437, but Unix zippers write UTF-8 regardless;
    // take UTF-8 when it is valid, else fall back to Latin-1 (a lossless byte mapping).
    if (decoder.hasError() && !utf8Flag)
        return QString::fromLatin1(raw);
    return name;
}

} // namespace

ZipEntryReader::ZipEntryReader(const QString &zipPath)
    : m_path(zipPath), m_zip(std::make_unique<QuaZip>(zipPath))
{ }

ZipEntryReader::~ZipEntryReader()
{
    if (m_zip->isOpen())
        m_zip->close();
}

bool ZipEntryReader::open()
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        m_missing = true;
        m_error = tr("%1 does not exist.").arg(m_path);
        return false;
    }
    if (!info.isFile() || !info.isReadable()) {
        m_error = tr("%1 cannot be read.").arg(m_path);
        return false;
    }
    if (!m_zip->open(QuaZip::mdUnzip)) {
        m_error = tr("%1 is not a zip archive, or it is damaged.").arg(m_path);
        return false;
    }
    return true;
}

bool ZipEntryReader::first()
{
    return loadCurrent(unzGoToFirstFile(m_zip->getUnzFile()));
}

bool ZipEntryReader::next()
{
    return loadCurrent(unzGoToNextFile(m_zip->getUnzFile()));
}

bool ZipEntryReader::loadCurrent(int code)
{
    if (code == UNZ_END_OF_LIST_OF_FILE)
        return false;
    unz_file_info64 info {};
    // Room for the largest name and extra field (16-bit lengths), allocated once per reader.
    if (m_nameBuffer.isEmpty()) {
        m_nameBuffer.resize(65536);
        m_extraBuffer.resize(65536);
    }
    if (code == UNZ_OK) {
        code = unzGetCurrentFileInfo64(m_zip->getUnzFile(), &info, m_nameBuffer.data(),
            uLong(m_nameBuffer.size()), m_extraBuffer.data(), uLong(m_extraBuffer.size()), nullptr, 0);
    }
    if (code != UNZ_OK) {
        m_error = tr("The directory of %1 is damaged.").arg(m_path);
        return false;
    }
    // Nothing real comes near 2^62 bytes; above it a size would not fit our arithmetic
    // (2^64 - 1 read as qint64 is -1, and "size + 1" overflows at 2^63 - 1).
    if (info.uncompressed_size > kMaxDeclaredSize || info.compressed_size > kMaxDeclaredSize) {
        m_error = tr("The directory of %1 is damaged: an entry declares an impossible size.").arg(m_path);
        return false;
    }
    const QByteArray name = m_nameBuffer.left(qsizetype(info.size_filename));
    const QByteArray extra = m_extraBuffer.left(qsizetype(info.size_file_extra));

    ArchiveEntry e;
    e.name = decodeName(name, info.flag & kUtf8Flag);
    const uLong host = info.version >> 8;
    const bool unixHost = host == 3 || host == 19; // Unix, OS X
    const quint32 mode = quint32(info.external_fa >> 16);
    if (unixHost && S_ISLNK(mode))
        e.kind = ArchiveEntry::Symlink;
    else if (e.name.endsWith(QLatin1Char('/')) || (unixHost && S_ISDIR(mode)))
        e.kind = ArchiveEntry::Folder;
    else
        e.kind = ArchiveEntry::File;
    e.unixMode = unixHost ? (mode & 07777) : 0;
    e.size = qint64(info.uncompressed_size);
    e.compressedSize = qint64(info.compressed_size);
    e.crc = quint32(info.crc);
    e.method = int(info.compression_method);
    e.encrypted = info.flag & 1;
    e.modified = extendedMtime(extra);
    if (!e.modified.isValid()) {
        const tm_unz &t = info.tmu_date;
        e.modified = QDateTime(QDate(int(t.tm_year), int(t.tm_mon) + 1, int(t.tm_mday)),
            QTime(int(t.tm_hour), int(t.tm_min), int(t.tm_sec)));
    }
    m_current = e;
    return true;
}

ZipEntryReader::Status ZipEntryReader::read(
    const Sink &sink, const std::atomic_bool *cancel, QString *message)
{
    const ArchiveEntry &e = m_current;
    if (e.encrypted) {
        *message = tr("%1 is encrypted; Coffre cannot read it.").arg(e.name);
        return Unsupported;
    }
    if (e.method != 0 && e.method != Z_DEFLATED) {
        *message = tr("%1 uses compression method %2, which Coffre cannot read.").arg(e.name).arg(e.method);
        return Unsupported;
    }
    int method = 0;
    int level = 0;
    unzFile unz = m_zip->getUnzFile();
    // Raw: QuaZip hands over the stored bytes and we inflate them, to count what comes out.
    if (unzOpenCurrentFile3(unz, &method, &level, 1, nullptr) != UNZ_OK) {
        *message = tr("%1 cannot be read: the archive is damaged.").arg(e.name);
        return Damaged;
    }
    struct Closer {
        unzFile unz;
        ~Closer() { unzCloseCurrentFile(unz); }
    } closer {unz};

    z_stream z {};
    const bool deflated = e.method == Z_DEFLATED;
    if (deflated && inflateInit2(&z, -MAX_WBITS) != Z_OK) {
        *message = tr("Out of memory.");
        return Damaged;
    }
    struct InflateEnd {
        z_stream *z;
        bool active;
        ~InflateEnd()
        {
            if (active)
                inflateEnd(z);
        }
    } inflateEnd {&z, deflated};

    if (m_in.isEmpty()) {
        m_in.resize(kBlock);
        m_out.resize(kBlock);
    }
    QByteArray &in = m_in;
    QByteArray &out = m_out;
    quint32 crc = 0;
    qint64 total = 0;
    bool streamEnded = !deflated;
    auto tooLarge = [&] {
        *message = tr("%1 holds more data than its header declares; the archive is damaged or hostile.")
                       .arg(e.name);
        return TooLarge;
    };
    auto sinkFailed = [&] {
        *message = tr("%1 could not be written.").arg(e.name);
        return SinkFailed;
    };
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Cancelled;
        const int n = unzReadCurrentFile(unz, in.data(), unsigned(in.size()));
        if (n < 0) {
            *message = tr("%1 cannot be read: the archive is damaged.").arg(e.name);
            return Damaged;
        }
        if (n == 0)
            break;
        if (!deflated) {
            total += n;
            if (total > e.size)
                return tooLarge();
            crc = EntryCompressor::crc32(crc, in.constData(), n);
            if (sink && !sink(in.constData(), n))
                return sinkFailed();
            continue;
        }
        if (streamEnded)
            continue; // bytes after the end of the deflate stream: the size check decides
        z.next_in = reinterpret_cast<Bytef *>(in.data());
        z.avail_in = uInt(n);
        while (z.avail_in > 0 && !streamEnded) {
            // Never inflate more than one byte past the declared size.
            const qint64 room = qMin<qint64>(out.size(), e.size + 1 - total);
            z.next_out = reinterpret_cast<Bytef *>(out.data());
            z.avail_out = uInt(room);
            const int ret = inflate(&z, Z_NO_FLUSH);
            const qint64 produced = room - z.avail_out;
            if (ret != Z_OK && ret != Z_STREAM_END && !(ret == Z_BUF_ERROR && produced > 0)) {
                *message = tr("%1 is damaged: its compressed data is invalid.").arg(e.name);
                return Damaged;
            }
            total += produced;
            if (total > e.size)
                return tooLarge();
            crc = EntryCompressor::crc32(crc, out.constData(), produced);
            if (produced > 0 && sink && !sink(out.constData(), produced))
                return sinkFailed();
            streamEnded = ret == Z_STREAM_END;
        }
    }
    if (!streamEnded || total != e.size) {
        *message = tr("%1 is damaged: it is shorter than its header declares.").arg(e.name);
        return Damaged;
    }
    if (crc != e.crc) {
        *message = tr("%1 is damaged: its checksum (CRC) does not match.").arg(e.name);
        return Damaged;
    }
    return Ok;
}

} // namespace Coffre
