#include "core/Whirlpool.h"

#include <QFile>
#include <QIODevice>

#include <gcrypt.h>
#include <mutex>

namespace Coffre {

namespace {
void initGcrypt()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (!gcry_control(GCRYCTL_INITIALIZATION_FINISHED_P)) {
            gcry_check_version(nullptr);
            gcry_control(GCRYCTL_DISABLE_SECMEM, 0);
            gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
        }
    });
}
} // namespace

struct Whirlpool::Handle {
    gcry_md_hd_t md = nullptr;
    ~Handle()
    {
        if (md)
            gcry_md_close(md);
    }
};

Whirlpool::Whirlpool() : m_handle(std::make_unique<Handle>())
{
    initGcrypt();
    if (gcry_md_open(&m_handle->md, GCRY_MD_WHIRLPOOL, 0) != 0)
        qFatal("libgcrypt has no Whirlpool");
}

Whirlpool::~Whirlpool() = default;
Whirlpool::Whirlpool(Whirlpool &&) noexcept = default;
Whirlpool &Whirlpool::operator=(Whirlpool &&) noexcept = default;

void Whirlpool::addData(const char *data, qsizetype size)
{
    if (size > 0)
        gcry_md_write(m_handle->md, data, static_cast<size_t>(size));
}

bool Whirlpool::addData(QIODevice *device)
{
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(buffer.data(), buffer.size());
        if (n < 0)
            return false;
        if (n == 0)
            return device->atEnd();
        addData(buffer.constData(), n);
    }
}

void Whirlpool::reset()
{
    gcry_md_reset(m_handle->md);
}

QByteArray Whirlpool::result() const
{
    // Reading finalises a handle, so read from a copy and keep the original open for more data.
    gcry_md_hd_t copy = nullptr;
    if (gcry_md_copy(&copy, m_handle->md) != 0)
        return {};
    const auto *digest = gcry_md_read(copy, GCRY_MD_WHIRLPOOL);
    QByteArray out(reinterpret_cast<const char *>(digest), 64);
    gcry_md_close(copy);
    return out;
}

QString Whirlpool::resultHex() const
{
    return QString::fromLatin1(result().toHex());
}

QString Whirlpool::hashHex(const QByteArray &data)
{
    Whirlpool w;
    w.addData(data);
    return w.resultHex();
}

QString Whirlpool::fileHashHex(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Whirlpool w;
    if (!w.addData(&file))
        return {};
    return w.resultHex();
}

} // namespace Coffre
