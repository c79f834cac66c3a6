#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;

namespace Coffre {

// Streaming Whirlpool (512-bit) over libgcrypt: 1fichier's only checksum (end.pl
// `whirlpool`, listing `checksum`), compared as 128 lowercase hex characters.
class Whirlpool
{
public:
    Whirlpool();
    ~Whirlpool();
    Whirlpool(const Whirlpool &) = delete;
    Whirlpool &operator=(const Whirlpool &) = delete;
    Whirlpool(Whirlpool &&) noexcept;
    Whirlpool &operator=(Whirlpool &&) noexcept;

    void addData(const char *data, qsizetype size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    // Reads `device` to its end; returns false on a read error.
    bool addData(QIODevice *device);
    void reset();

    QByteArray result() const; // 64 raw bytes; the object can keep being fed afterwards
    QString resultHex() const; // 128 lowercase hex characters

    static QString hashHex(const QByteArray &data);
    // Hashes a whole file; returns an empty string if it cannot be read.
    static QString fileHashHex(const QString &path);

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
};

} // namespace Coffre
