#include "WhirlpoolHasher.h"

#include <gcrypt.h>
#include <mutex>

namespace Coffre::Fake {

WhirlpoolHasher::WhirlpoolHasher()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (!gcry_control(GCRYCTL_INITIALIZATION_FINISHED_P)) {
            gcry_check_version(nullptr);
            gcry_control(GCRYCTL_DISABLE_SECMEM, 0);
            gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
        }
    });
    if (gcry_md_open(&m_md, GCRY_MD_WHIRLPOOL, 0) != 0)
        qFatal("libgcrypt has no Whirlpool");
}

WhirlpoolHasher::~WhirlpoolHasher()
{
    if (m_md)
        gcry_md_close(m_md);
}

void WhirlpoolHasher::addData(const char *data, qint64 size)
{
    if (size > 0)
        gcry_md_write(m_md, data, static_cast<size_t>(size));
}

QString WhirlpoolHasher::finalHex()
{
    const auto *digest = gcry_md_read(m_md, GCRY_MD_WHIRLPOOL);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), 64).toHex());
}

QString WhirlpoolHasher::hashHex(const QByteArray &data)
{
    WhirlpoolHasher hasher;
    hasher.addData(data.constData(), data.size());
    return hasher.finalHex();
}

} // namespace Coffre::Fake
