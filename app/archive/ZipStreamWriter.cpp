#include "archive/ZipStreamWriter.h"

#include "archive/ArchiveOutput.h"

#include <quazip/quazip.h>
#include <quazip/zip.h>

#include <cstring>
#include <ctime>
#include <sys/stat.h>

namespace Coffre {

namespace {

// "Version made by": high byte 3 = Unix, so readers trust the mode in the external
// attributes; low byte 30 = spec 3.0, as Info-ZIP writes.
constexpr uLong kVersionMadeBy = (3u << 8) | 30u;
constexpr quint16 kExtTimeTag = 0x5455; // "UT": extended timestamp
constexpr quint32 kDosDirectory = 0x10;

void putLe(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

// The extended timestamp holds a signed 32-bit time; out-of-range times get only DOS time.
QByteArray extendedTimestamp(qint64 mtime)
{
    if (mtime < INT32_MIN || mtime > INT32_MAX)
        return {};
    QByteArray extra;
    putLe(extra, kExtTimeTag, 2);
    putLe(extra, 5, 2);
    extra.append(char(1)); // modification time present
    putLe(extra, quint32(qint32(mtime)), 4);
    return extra;
}

void fillDosTime(zip_fileinfo &info, qint64 mtime)
{
    // DOS time is local time from 1980 to 2107; clamp what does not fit.
    std::tm local {};
    const std::time_t t = std::time_t(mtime);
    if (!localtime_r(&t, &local) || local.tm_year < 80) {
        local = {};
        local.tm_year = 80;
        local.tm_mday = 1;
    } else if (local.tm_year > 207) {
        local = {};
        local.tm_year = 207;
        local.tm_mon = 11;
        local.tm_mday = 31;
        local.tm_hour = 23;
        local.tm_min = 59;
        local.tm_sec = 58;
    }
    info.tmz_date.tm_sec = uInt(local.tm_sec);
    info.tmz_date.tm_min = uInt(local.tm_min);
    info.tmz_date.tm_hour = uInt(local.tm_hour);
    info.tmz_date.tm_mday = uInt(local.tm_mday);
    info.tmz_date.tm_mon = uInt(local.tm_mon);
    info.tmz_date.tm_year = uInt(local.tm_year + 1900);
    info.dosDate = 0;
}

} // namespace

ZipStreamWriter::ZipStreamWriter(ArchiveOutput *device)
    : m_device(device), m_zip(std::make_unique<QuaZip>(device))
{ }

ZipStreamWriter::~ZipStreamWriter()
{
    if (m_zip->isOpen())
        m_zip->close();
}

bool ZipStreamWriter::check(int code)
{
    if (code != ZIP_OK && m_error == 0)
        m_error = code;
    return code == ZIP_OK;
}

bool ZipStreamWriter::open()
{
    // Zip64 on: archives past 4 GiB or 65535 entries get zip64 records (JlCompress never
    // turns this on). Each entry's local zip64 field is chosen in beginEntry().
    m_zip->setZip64Enabled(true);
    m_zip->setUtf8Enabled(true);
    m_zip->setAutoClose(false);
    if (!m_zip->open(QuaZip::mdCreate))
        return check(m_zip->getZipError() != 0 ? m_zip->getZipError() : ZIP_ERRNO);
    return true;
}

bool ZipStreamWriter::beginEntry(const Entry &entry)
{
    zip_fileinfo info;
    std::memset(&info, 0, sizeof info);
    fillDosTime(info, entry.mtime);
    info.external_fa = uLong(entry.mode & 0xffffu) << 16;
    if (S_ISDIR(entry.mode))
        info.external_fa |= kDosDirectory;
    const QByteArray extra = extendedTimestamp(entry.mtime);
    const QByteArray name = entry.name.toUtf8();
    const int method = entry.deflated ? Z_DEFLATED : 0;
    // The level only sets the "compression option" flag bits; the data is already compressed.
    const int level = entry.deflated ? entry.level : 0;
    zipFile handle = m_zip->getZipFile();
    if (entry.known && !entry.large) {
        // Sizes in the local header: minizip patches them in when the entry closes, and
        // ArchiveOutput has already put the same values there (it never seeks back).
        zipClearFlags(handle, ZIP_WRITE_DATA_DESCRIPTOR); // clears ZIP_SEQUENTIAL too
        m_device->expectLocalHeader(entry.crc, entry.compressedSize, entry.size);
    } else {
        // Sequential: no patching of the header, a data descriptor after the data.
        zipSetFlags(handle, ZIP_SEQUENTIAL | ZIP_WRITE_DATA_DESCRIPTOR);
    }
    const int code = zipOpenNewFileInZip4_64(handle, name.constData(), &info, extra.constData(),
        uInt(extra.size()), extra.constData(), uInt(extra.size()), nullptr, method, level, 1 /* raw */,
        -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0, kVersionMadeBy, ZIP_ENCODING_UTF8,
        entry.large ? 1 : 0);
    m_inEntry = code == ZIP_OK;
    return check(code);
}

bool ZipStreamWriter::write(const char *data, qint64 size)
{
    // minizip takes unsigned int lengths.
    constexpr qint64 kMaxPiece = 1 << 30;
    while (size > 0) {
        const qint64 piece = qMin(size, kMaxPiece);
        if (!check(zipWriteInFileInZip(m_zip->getZipFile(), data, unsigned(piece))))
            return false;
        data += piece;
        size -= piece;
    }
    return true;
}

bool ZipStreamWriter::endEntry(qint64 uncompressedSize, quint32 crc)
{
    m_inEntry = false;
    return check(zipCloseFileInZipRaw64(m_zip->getZipFile(), ZPOS64_T(uncompressedSize), uLong(crc)));
}

bool ZipStreamWriter::close()
{
    if (!m_zip->isOpen())
        return m_error == 0;
    m_device->beginCentralDirectory();
    m_zip->close();
    return check(m_zip->getZipError());
}

} // namespace Coffre
