#pragma once

#include <QFile>
#include <QIODevice>
#include <QList>

#include <utility>

namespace Coffre {

// A multipart/form-data body for upload.cgi that streams the file from disk: it reads as
// preamble (form fields, then the file part's headers) + the file's bytes + epilogue, so
// the exact Content-Length is known up front and the file is never held in memory. The
// boundary is unquoted in contentType() and made of [A-Za-z0-9-] only (1fichier refuses
// quoted boundaries, which QHttpMultiPart produces). Random access (seekable).
class MultipartUploadDevice : public QIODevice
{
    Q_OBJECT
public:
    using Fields = QList<std::pair<QByteArray, QByteArray>>; // name, value; sent in this order

    MultipartUploadDevice(const QString &filePath, const QByteArray &fileFieldName, const QString &fileName,
        const Fields &fields, const QByteArray &boundary = generateBoundary(), QObject *parent = nullptr);
    ~MultipartUploadDevice() override;

    // Opens the file read-only; fails (with errorString()) if it cannot be read.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 pos) override;
    bool atEnd() const override;

    QByteArray boundary() const { return m_boundary; }
    // "multipart/form-data; boundary=<boundary>"
    QByteArray contentType() const;
    qint64 fileSize() const { return m_fileSize; }
    // Offset of the file's first byte in the body.
    qint64 fileOffset() const { return m_preamble.size(); }

    static QByteArray generateBoundary();
    // The bytes before the file: every field, then the file part's headers.
    static QByteArray preamble(const QByteArray &boundary, const Fields &fields,
        const QByteArray &fileFieldName, const QString &fileName);
    // The bytes after the file: CRLF and the closing boundary.
    static QByteArray epilogue(const QByteArray &boundary);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QFile m_file;
    QByteArray m_boundary;
    QByteArray m_preamble;
    QByteArray m_epilogue;
    qint64 m_fileSize = 0;
};

} // namespace Coffre
