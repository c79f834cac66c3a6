#pragma once

#include <QString>

#include <memory>

class QuaZip;

namespace Coffre {

class ArchiveOutput;

// Writes zip entries whose data is already compressed (raw mode) through QuaZip: zip64 and
// UTF-8 names always on (entries that may pass 4 GiB carry zip64 fields from the start; the
// directory gets them wherever an offset or count needs them), Unix mode in the external attributes,
// modification time as DOS time plus the extended-timestamp extra field (UTC seconds).
// An entry whose CRC and sizes are known up front (Entry::known) has them in its local
// header; otherwise they are given when it ends, in a data descriptor, so one entry's data
// can arrive in pieces (chunks) with the CRC combined later.
// QuaZip is not thread-safe: one thread owns this object.
class ZipStreamWriter
{
public:
    struct Entry {
        QString name; // '/'-separated; folders end with '/'
        qint64 mtime = 0; // seconds since the epoch
        quint32 mode = 0; // st_mode (type and permission bits)
        bool deflated = false; // else stored
        int level = 6; // only recorded in the header's flag bits
        // Whether the sizes may reach 4 GiB: such entries get zip64 local fields up front,
        // since they cannot be added once the header is written.
        bool large = false;
        // The CRC-32 and sizes, when they are known before the data (never for large ones).
        bool known = false;
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;
    };

    explicit ZipStreamWriter(ArchiveOutput *device);
    ~ZipStreamWriter();

    bool open();
    bool beginEntry(const Entry &entry);
    bool write(const char *data, qint64 size);
    bool endEntry(qint64 uncompressedSize, quint32 crc);
    // Writes the central directory. The device stays open.
    bool close();

    int lastError() const { return m_error; } // minizip/QuaZip error code, 0 when fine

private:
    bool check(int code);

    ArchiveOutput *m_device;
    std::unique_ptr<QuaZip> m_zip;
    bool m_inEntry = false;
    int m_error = 0;
};

} // namespace Coffre
