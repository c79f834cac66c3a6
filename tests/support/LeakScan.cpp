#include "LeakScan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {

QByteArray utf16(const QByteArray &utf8, bool bigEndian)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray out;
    for (QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xff);
        out.append(bigEndian ? hi : lo);
        out.append(bigEndian ? lo : hi);
    }
    return out;
}

// Files are read in chunks that overlap by the longest form, so a secret straddling two
// chunks is still found without loading big archives whole.
constexpr qint64 kChunk = 4 * 1024 * 1024;

} // namespace

QList<QPair<QString, QByteArray>> LeakScan::forms(const QByteArray &secret)
{
    const QList<QPair<QString, QByteArray>> candidates {
        {QStringLiteral("raw"), secret},
        {QStringLiteral("utf-16le"), utf16(secret, false)},
        {QStringLiteral("utf-16be"), utf16(secret, true)},
        {QStringLiteral("base64"), secret.toBase64()},
        {QStringLiteral("base64url"),
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
        {QStringLiteral("hex"), secret.toHex()},
        {QStringLiteral("HEX"), secret.toHex().toUpper()},
        {QStringLiteral("percent-encoded"), secret.toPercentEncoding()},
    };
    // A form that another form already contains would only report the same hit twice.
    QList<QPair<QString, QByteArray>> all;
    for (const auto &candidate : candidates) {
        const bool redundant = std::any_of(
            all.begin(), all.end(), [&](const auto &kept) { return kept.second.contains(candidate.second); });
        if (!redundant)
            all.append(candidate);
    }
    return all;
}

QList<LeakScan::Hit> LeakScan::findSecret(
    const QStringList &dirs, const QByteArray &secret, int *filesScanned)
{
    QList<Hit> hits;
    int scanned = 0;
    const auto all = forms(secret);
    qsizetype longest = 0;
    for (const auto &form : all)
        longest = std::max(longest, form.second.size());

    for (const QString &dir : dirs) {
        QDirIterator it(
            dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!QFileInfo(path).isFile())
                continue; // sockets, FIFOs: nothing stored in them
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                hits.append({path, QStringLiteral("unreadable")});
                continue;
            }
            ++scanned;
            QByteArray tail;
            QStringList foundForms;
            while (!file.atEnd()) {
                const QByteArray window = tail + file.read(kChunk);
                for (const auto &form : all) {
                    if (!foundForms.contains(form.first) && window.contains(form.second)) {
                        foundForms.append(form.first);
                        hits.append({path, form.first});
                    }
                }
                tail = window.right(longest - 1);
            }
        }
    }
    if (filesScanned)
        *filesScanned = scanned;
    return hits;
}

QList<LeakScan::Hit> LeakScan::findSecretIn(
    const QList<QPair<QString, QByteArray>> &captures, const QByteArray &secret)
{
    QList<Hit> hits;
    const auto all = forms(secret);
    for (const auto &capture : captures) {
        for (const auto &form : all) {
            if (capture.second.contains(form.second))
                hits.append({capture.first, form.first});
        }
    }
    return hits;
}

QByteArray LeakScan::commandLineOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString LeakScan::describe(const QList<Hit> &hits)
{
    QStringList parts;
    for (const Hit &hit : hits)
        parts << QStringLiteral("%1 (%2)").arg(hit.where, hit.form);
    return parts.join(QStringLiteral(", "));
}
