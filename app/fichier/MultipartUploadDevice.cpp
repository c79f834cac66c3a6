#include "fichier/MultipartUploadDevice.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cstring>

namespace Coffre {

namespace {

// Header parameter values are quoted; a quote or line break inside would end the header,
// so they are percent-encoded the way browsers do (names reaching here are already mapped
// by FichierNames, so this is a last line of defence).
QByteArray quoted(const QByteArray &value)
{
    QByteArray out = value;
    out.replace('"', "%22");
    out.replace('\r', "%0D");
    out.replace('\n', "%0A");
    return '"' + out + '"';
}

} // namespace

MultipartUploadDevice::MultipartUploadDevice(const QString &filePath, const QByteArray &fileFieldName,
    const QString &fileName, const Fields &fields, const QByteArray &boundary, QObject *parent)
    : QIODevice(parent),
      m_file(filePath),
      m_boundary(boundary),
      m_preamble(preamble(boundary, fields, fileFieldName, fileName)),
      m_epilogue(epilogue(boundary))
{ }

MultipartUploadDevice::~MultipartUploadDevice() = default;

QByteArray MultipartUploadDevice::generateBoundary()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray boundary = QByteArrayLiteral("----CoffreFormBoundary");
    for (int i = 0; i < 24; ++i)
        boundary += alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))];
    return boundary;
}

QByteArray MultipartUploadDevice::preamble(const QByteArray &boundary, const Fields &fields,
    const QByteArray &fileFieldName, const QString &fileName)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        out += "--" + boundary + "\r\n";
        out += "Content-Disposition: form-data; name=" + quoted(name) + "\r\n\r\n";
        out += value + "\r\n";
    }
    out += "--" + boundary + "\r\n";
    out += "Content-Disposition: form-data; name=" + quoted(fileFieldName)
        + "; filename=" + quoted(fileName.toUtf8()) + "\r\n";
    out += "Content-Type: application/octet-stream\r\n\r\n";
    return out;
}

QByteArray MultipartUploadDevice::epilogue(const QByteArray &boundary)
{
    return "\r\n--" + boundary + "--\r\n";
}

QByteArray MultipartUploadDevice::contentType() const
{
    return "multipart/form-data; boundary=" + m_boundary;
}

bool MultipartUploadDevice::open(OpenMode mode)
{
    if ((mode & QIODevice::WriteOnly) || !(mode & QIODevice::ReadOnly)) {
        setErrorString(tr("the upload body can only be read"));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_fileSize = m_file.size();
    // Unbuffered: QNAM reads big chunks; a second buffer here would only copy them again.
    return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void MultipartUploadDevice::close()
{
    m_file.close();
    QIODevice::close();
}

qint64 MultipartUploadDevice::size() const
{
    return m_preamble.size() + m_fileSize + m_epilogue.size();
}

bool MultipartUploadDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > size())
        return false;
    return QIODevice::seek(pos);
}

bool MultipartUploadDevice::atEnd() const
{
    return pos() >= size();
}

qint64 MultipartUploadDevice::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    qint64 at = pos();
    const qint64 fileStart = m_preamble.size();
    const qint64 fileEnd = fileStart + m_fileSize;
    while (done < maxSize && at < size()) {
        const qint64 want = maxSize - done;
        qint64 got = 0;
        if (at < fileStart) {
            got = std::min(want, fileStart - at);
            std::memcpy(data + done, m_preamble.constData() + at, size_t(got));
        } else if (at < fileEnd) {
            if (m_file.pos() != at - fileStart && !m_file.seek(at - fileStart)) {
                setErrorString(m_file.errorString());
                return done > 0 ? done : -1;
            }
            got = m_file.read(data + done, std::min(want, fileEnd - at));
            if (got <= 0) {
                // The file shrank or failed while uploading: the body can no longer be exact.
                setErrorString(
                    got < 0 ? m_file.errorString() : tr("the file became shorter while uploading"));
                return done > 0 ? done : -1;
            }
        } else {
            got = std::min(want, size() - at);
            std::memcpy(data + done, m_epilogue.constData() + (at - fileEnd), size_t(got));
        }
        done += got;
        at += got;
    }
    return done;
}

qint64 MultipartUploadDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Coffre
