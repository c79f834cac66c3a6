#include "MultipartReceiver.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>

namespace Coffre::Fake {

namespace {
constexpr qsizetype kMaxPartHeaders = 16 * 1024;
constexpr qsizetype kMaxFieldValue = 64 * 1024;
} // namespace

MultipartReceiver::MultipartReceiver(const QByteArray &boundary, const QString &tempDir)
    : m_delimiter("\r\n--" + boundary),
      m_tempDir(tempDir),
      m_pending("\r\n") // so the first delimiter, which has no CRLF before it, matches too
{ }

MultipartReceiver::~MultipartReceiver()
{
    removeTempFiles();
}

void MultipartReceiver::write(const char *data, qint64 size)
{
    if (m_state == State::Failed || m_state == State::Epilogue || m_done)
        return;
    m_pending.append(data, size);
    parse();
}

void MultipartReceiver::parse()
{
    qsizetype pos = 0;
    const qsizetype dlen = m_delimiter.size();
    bool wait = false;
    while (!wait && m_state != State::Failed) {
        switch (m_state) {
        case State::Preamble: {
            const qsizetype idx = m_pending.indexOf(m_delimiter, pos);
            if (idx < 0) {
                pos = qMax(pos, m_pending.size() - (dlen - 1));
                wait = true;
                break;
            }
            pos = idx + dlen;
            m_state = State::AfterDelimiter;
            break;
        }
        case State::AfterDelimiter: {
            // Transport padding (spaces, tabs) may follow a delimiter.
            while (pos < m_pending.size() && (m_pending.at(pos) == ' ' || m_pending.at(pos) == '\t'))
                ++pos;
            if (m_pending.size() - pos < 2) {
                wait = true;
                break;
            }
            if (m_pending.at(pos) == '-' && m_pending.at(pos + 1) == '-') {
                m_state = State::Epilogue;
                pos = m_pending.size();
                break;
            }
            if (m_pending.at(pos) != '\r' || m_pending.at(pos + 1) != '\n') {
                fail(QStringLiteral("malformed multipart delimiter"));
                break;
            }
            pos += 2;
            m_state = State::Headers;
            break;
        }
        case State::Headers: {
            if (m_pending.size() - pos < 2) {
                wait = true;
                break;
            }
            if (m_pending.at(pos) == '\r' && m_pending.at(pos + 1) == '\n') {
                pos += 2;
                startPart({});
                m_state = State::Body;
                break;
            }
            const qsizetype end = m_pending.indexOf("\r\n\r\n", pos);
            if (end < 0) {
                if (m_pending.size() - pos > kMaxPartHeaders)
                    fail(QStringLiteral("multipart part headers too large"));
                wait = true;
                break;
            }
            startPart(m_pending.mid(pos, end - pos));
            pos = end + 4;
            if (m_state != State::Failed)
                m_state = State::Body;
            break;
        }
        case State::Body: {
            const qsizetype idx = m_pending.indexOf(m_delimiter, pos);
            if (idx >= 0) {
                emitBody(m_pending.constData() + pos, idx - pos);
                endPart();
                pos = idx + dlen;
                if (m_state != State::Failed)
                    m_state = State::AfterDelimiter;
                break;
            }
            // Keep a tail that could be the start of a delimiter split across writes.
            const qsizetype safe = m_pending.size() - (dlen - 1);
            if (safe > pos) {
                emitBody(m_pending.constData() + pos, safe - pos);
                pos = safe;
            }
            wait = true;
            break;
        }
        case State::Epilogue:
            pos = m_pending.size();
            wait = true;
            break;
        case State::Failed:
            break;
        }
    }
    if (m_state == State::Failed)
        m_pending.clear();
    else
        m_pending.remove(0, qMin(pos, m_pending.size()));
}

MultipartReceiver::HeaderValue MultipartReceiver::parseHeaderValue(const QByteArray &raw)
{
    HeaderValue out;
    qsizetype i = 0;
    const qsizetype n = raw.size();
    auto skipSpace = [&] {
        while (i < n && (raw.at(i) == ' ' || raw.at(i) == '\t'))
            ++i;
    };
    skipSpace();
    const qsizetype start = i;
    while (i < n && raw.at(i) != ';')
        ++i;
    out.value = raw.mid(start, i - start).trimmed().toLower();
    while (i < n) {
        ++i; // ';'
        skipSpace();
        const qsizetype nameStart = i;
        while (i < n && raw.at(i) != '=' && raw.at(i) != ';')
            ++i;
        const QByteArray name = raw.mid(nameStart, i - nameStart).trimmed().toLower();
        QByteArray value;
        bool quoted = false;
        if (i < n && raw.at(i) == '=') {
            ++i;
            skipSpace();
            if (i < n && raw.at(i) == '"') {
                quoted = true;
                ++i;
                while (i < n && raw.at(i) != '"') {
                    if (raw.at(i) == '\\' && i + 1 < n)
                        ++i;
                    value.append(raw.at(i));
                    ++i;
                }
                ++i; // closing quote
                while (i < n && raw.at(i) != ';')
                    ++i;
            } else {
                const qsizetype vs = i;
                while (i < n && raw.at(i) != ';')
                    ++i;
                value = raw.mid(vs, i - vs).trimmed();
            }
        }
        if (!name.isEmpty()) {
            out.params.insert(name, value);
            out.quoted.insert(name, quoted);
        }
    }
    return out;
}

void MultipartReceiver::startPart(const QByteArray &headerBlock)
{
    QByteArray disposition;
    QByteArray contentType;
    for (const QByteArray &line : headerBlock.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = l.left(colon).trimmed().toLower();
        if (name == "content-disposition")
            disposition = l.mid(colon + 1);
        else if (name == "content-type")
            contentType = l.mid(colon + 1).trimmed();
    }
    const HeaderValue cd = parseHeaderValue(disposition);
    m_kind = PartKind::Ignored;
    if (cd.value != "form-data" || !cd.params.contains("name")) {
        m_ignored.append(QStringLiteral("part without form-data name"));
        return;
    }
    const QString name = QString::fromUtf8(cd.params.value("name"));
    if (!cd.params.contains("filename")) {
        m_kind = PartKind::Field;
        m_fieldName = name;
        m_fieldValue.clear();
        return;
    }
    if (name != QLatin1String("file[]")) {
        m_ignored.append(QStringLiteral("file part named '%1' (the service reads file[])").arg(name));
        return;
    }
    if (!cd.quoted.value("filename")) {
        m_ignored.append(QStringLiteral("unquoted filename"));
        return;
    }
    const QString filename = QString::fromUtf8(cd.params.value("filename"));
    if (filename.isEmpty()) {
        m_ignored.append(QStringLiteral("empty filename"));
        return;
    }
    const QString path = QDir(m_tempDir).filePath(
        QStringLiteral("upload-%1-%2")
            .arg(QCoreApplication::applicationPid())
            .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fail(QStringLiteral("cannot store the upload: %1").arg(m_file->errorString()));
        m_file.reset();
        return;
    }
    m_hasher = std::make_unique<WhirlpoolHasher>();
    m_current = ReceivedFile();
    m_current.tempPath = path;
    m_current.filename = filename;
    m_current.contentType = contentType;
    m_kind = PartKind::File;
}

void MultipartReceiver::emitBody(const char *data, qint64 size)
{
    if (size <= 0)
        return;
    switch (m_kind) {
    case PartKind::File:
        if (m_file->write(data, size) != size) {
            fail(QStringLiteral("cannot store the upload: %1").arg(m_file->errorString()));
            return;
        }
        m_hasher->addData(data, size);
        m_current.size += size;
        break;
    case PartKind::Field:
        if (m_fieldValue.size() + size > kMaxFieldValue) {
            fail(QStringLiteral("form field '%1' too long").arg(m_fieldName));
            return;
        }
        m_fieldValue.append(data, size);
        break;
    case PartKind::Ignored:
        break;
    }
}

void MultipartReceiver::endPart()
{
    if (m_kind == PartKind::File) {
        if (!m_file->flush()) {
            fail(QStringLiteral("cannot store the upload: %1").arg(m_file->errorString()));
            return;
        }
        m_file->close();
        m_file.reset();
        m_current.whirlpool = m_hasher->finalHex();
        m_hasher.reset();
        m_files.append(m_current);
    } else if (m_kind == PartKind::Field) {
        m_fields.insert(m_fieldName, QString::fromUtf8(m_fieldValue));
    }
    m_kind = PartKind::Ignored;
}

void MultipartReceiver::finish()
{
    if (m_done)
        return;
    m_done = true;
    if (m_state != State::Epilogue && m_state != State::Failed)
        fail(QStringLiteral("the multipart body ended before its closing boundary"));
}

void MultipartReceiver::abort()
{
    m_done = true;
    removeTempFiles();
}

void MultipartReceiver::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
    m_state = State::Failed;
    removeTempFiles();
}

void MultipartReceiver::removeTempFiles()
{
    if (m_file) {
        m_file->close();
        m_file->remove();
        m_file.reset();
    }
    for (const ReceivedFile &f : std::as_const(m_files))
        QFile::remove(f.tempPath);
    m_files.clear();
}

QList<ReceivedFile> MultipartReceiver::takeFiles()
{
    QList<ReceivedFile> out;
    out.swap(m_files);
    return out;
}

} // namespace Coffre::Fake
