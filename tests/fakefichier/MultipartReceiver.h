#pragma once

#include "RequestRouter.h"
#include "WhirlpoolHasher.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Coffre::Fake {

// One file part that was written to disk while the upload streamed in.
struct ReceivedFile {
    QString tempPath;
    QString filename;
    qint64 size = 0;
    QString whirlpool;
    QByteArray contentType;
};

// Streaming multipart/form-data parser for upload.cgi: file parts named `file[]` go straight
// to temporary files (hashed with Whirlpool on the way), so memory stays bounded whatever
// the upload size. Form fields (did, ...) are kept in memory, 64 KiB at most each.
class MultipartReceiver : public BodySink
{
public:
    MultipartReceiver(const QByteArray &boundary, const QString &tempDir);
    ~MultipartReceiver() override;

    void write(const char *data, qint64 size) override;
    void finish() override;
    void abort() override;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QHash<QString, QString> fields() const { return m_fields; }
    // Why parts were not taken as files (wrong name, unquoted filename, ...).
    QStringList ignoredParts() const { return m_ignored; }
    // The caller now owns the temp files (moves or deletes them).
    QList<ReceivedFile> takeFiles();

    // Parses `form-data; name="a"; filename="b"` style values. `quoted` tells which
    // parameters were quoted strings.
    struct HeaderValue {
        QByteArray value;
        QHash<QByteArray, QByteArray> params;
        QHash<QByteArray, bool> quoted;
    };
    static HeaderValue parseHeaderValue(const QByteArray &raw);

private:
    enum class State { Preamble, AfterDelimiter, Headers, Body, Epilogue, Failed };
    enum class PartKind { File, Field, Ignored };

    void parse();
    void startPart(const QByteArray &headerBlock);
    void emitBody(const char *data, qint64 size);
    void endPart();
    void fail(const QString &error);
    void removeTempFiles();

    QByteArray m_delimiter; // CRLF "--" boundary
    QString m_tempDir;
    QByteArray m_pending;
    State m_state = State::Preamble;
    PartKind m_kind = PartKind::Ignored;
    QString m_fieldName;
    QByteArray m_fieldValue;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<WhirlpoolHasher> m_hasher;
    ReceivedFile m_current;
    QList<ReceivedFile> m_files;
    QHash<QString, QString> m_fields;
    QStringList m_ignored;
    QString m_error;
    bool m_done = false;
};

} // namespace Coffre::Fake
