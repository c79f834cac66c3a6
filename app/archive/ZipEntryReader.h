#pragma once

#include "archive/ArchiveTypes.h"

#include <QByteArray>
#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>

class QuaZip;

namespace Coffre {

// Walks the entries of a zip through QuaZip and reads their data with its own inflate, so
// that declared sizes are enforced: decompression stops one byte past the declared size,
// and the CRC and size are checked at the end. Not thread-safe (QuaZip is not).
class ZipEntryReader
{
    Q_DECLARE_TR_FUNCTIONS(ZipEntryReader)
public:
    enum Status {
        Ok,
        Damaged, // bad deflate data, CRC or size mismatch, truncated entry
        TooLarge, // more data than the header declares
        Unsupported, // encrypted, or a compression method other than stored/deflate
        SinkFailed, // the consumer refused the data (write error)
        Cancelled,
    };
    using Sink = std::function<bool(const char *data, qint64 size)>;

    explicit ZipEntryReader(const QString &zipPath);
    ~ZipEntryReader();

    // Opens the archive and reads its central directory.
    bool open();
    QString errorString() const { return m_error; }
    bool isMissing() const { return m_missing; } // open() failed because the file is not there

    // Positions on the first / next entry. False at the end or on a damaged directory
    // (then hasError() is true).
    bool first();
    bool next();
    bool hasError() const { return !m_error.isEmpty(); }
    const ArchiveEntry &current() const { return m_current; }

    // Reads the current entry to `sink`. `message` gets one sentence when not Ok.
    Status read(const Sink &sink, const std::atomic_bool *cancel, QString *message);

private:
    bool loadCurrent(int code);

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    ArchiveEntry m_current;
    QString m_error;
    bool m_missing = false;
    // Buffers reused for every entry: a big archive has many, and each needs them.
    QByteArray m_nameBuffer;
    QByteArray m_extraBuffer;
    QByteArray m_in;
    QByteArray m_out;
};

} // namespace Coffre
