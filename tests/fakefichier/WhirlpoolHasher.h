#pragma once

#include <QByteArray>
#include <QString>

struct gcry_md_handle;

namespace Coffre::Fake {

// Streaming Whirlpool over libgcrypt. The stand-in has its own copy (not Coffre::Whirlpool)
// so that it stays an implementation of the protocol independent from the client's code.
class WhirlpoolHasher
{
public:
    WhirlpoolHasher();
    ~WhirlpoolHasher();
    WhirlpoolHasher(const WhirlpoolHasher &) = delete;
    WhirlpoolHasher &operator=(const WhirlpoolHasher &) = delete;

    void addData(const char *data, qint64 size);
    // 128 lowercase hex characters; ends the stream.
    QString finalHex();

    static QString hashHex(const QByteArray &data);

private:
    gcry_md_handle *m_md = nullptr;
};

} // namespace Coffre::Fake
