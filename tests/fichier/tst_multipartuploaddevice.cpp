// MultipartUploadDevice: exact bytes and Content-Length, streaming reads in any chunking,
// random access, and a body that an independent parser (Python's email package) accepts.
#include "core/Whirlpool.h"
#include "fichier/MultipartUploadDevice.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Coffre;

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QByteArray readAllInChunks(QIODevice &device, qint64 chunk)
{
    QByteArray out;
    QByteArray buffer(int(chunk), '\0');
    for (;;) {
        const qint64 got = device.read(buffer.data(), chunk);
        if (got <= 0)
            break;
        out.append(buffer.constData(), got);
    }
    return out;
}
} // namespace

class TestMultipartUploadDevice : public QObject
{
    Q_OBJECT
private slots:
    void exactBytes()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a.bin"), "hello");
        MultipartUploadDevice device(path, "file[]", QStringLiteral("a.bin"), {{"did", "42"}}, "XyZ-123");
        QVERIFY(device.open(QIODevice::ReadOnly));
        const QByteArray expected = "--XyZ-123\r\n"
                                    "Content-Disposition: form-data; name=\"did\"\r\n"
                                    "\r\n"
                                    "42\r\n"
                                    "--XyZ-123\r\n"
                                    "Content-Disposition: form-data; name=\"file[]\"; filename=\"a.bin\"\r\n"
                                    "Content-Type: application/octet-stream\r\n"
                                    "\r\n"
                                    "hello\r\n"
                                    "--XyZ-123--\r\n";
        QCOMPARE(device.size(), qint64(expected.size()));
        QCOMPARE(device.readAll(), expected);
        QCOMPARE(device.contentType(), QByteArray("multipart/form-data; boundary=XyZ-123"));
        QCOMPARE(device.fileOffset(), qint64(expected.indexOf("hello")));
        QCOMPARE(device.fileSize(), 5);
        QVERIFY(device.atEnd());
        QVERIFY(!device.isSequential());
    }

    void chunkedReadsAndSeeks_data()
    {
        QTest::addColumn<qint64>("chunk");
        QTest::newRow("1") << qint64(1);
        QTest::newRow("7") << qint64(7);
        QTest::newRow("4096") << qint64(4096);
        QTest::newRow("65536") << qint64(65536);
        QTest::newRow("whole") << qint64(1 << 22);
    }

    void chunkedReadsAndSeeks()
    {
        QFETCH(qint64, chunk);
        QByteArray content;
        for (int i = 0; i < 300007; ++i)
            content.append(char(i * 31 + (i >> 9)));
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("big.bin"), content);
        MultipartUploadDevice device(path, "file[]", QStringLiteral("big.bin"), {{"did", "0"}});
        QVERIFY(device.open(QIODevice::ReadOnly));
        const QByteArray body = readAllInChunks(device, chunk);
        QCOMPARE(body.size(), device.size());
        QCOMPARE(body.mid(device.fileOffset(), content.size()), content);
        QVERIFY(body.endsWith(QByteArray("\r\n--" + device.boundary() + "--\r\n")));

        // Any position reads the same bytes.
        for (qint64 at :
            {qint64(0), device.fileOffset() - 3, device.fileOffset() + 1000, device.size() - 5}) {
            QVERIFY(device.seek(at));
            QCOMPARE(readAllInChunks(device, chunk), body.mid(at));
        }
        QVERIFY(!device.seek(device.size() + 1));
        QVERIFY(device.reset());
        QCOMPARE(device.readAll(), body);
    }

    void boundaryAlphabet()
    {
        static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9-]{1,70}$"));
        QSet<QByteArray> seen;
        for (int i = 0; i < 50; ++i) {
            const QByteArray boundary = MultipartUploadDevice::generateBoundary();
            QVERIFY(allowed.match(QString::fromLatin1(boundary)).hasMatch());
            seen.insert(boundary);
        }
        QCOMPARE(seen.size(), 50);
        QTemporaryDir dir;
        MultipartUploadDevice device(
            writeFile(dir, QStringLiteral("x"), "x"), "file[]", QStringLiteral("x"), {});
        QVERIFY(!device.contentType().contains('"'));
    }

    void headerInjectionDefused()
    {
        const QByteArray pre
            = MultipartUploadDevice::preamble("B", {}, "file[]", QStringLiteral("a\"b\r\nX: y"));
        QVERIFY(pre.contains("filename=\"a%22b%0D%0AX: y\""));
        QCOMPARE(pre.count("\r\n"), 4);
    }

    void unreadableAndShrinkingFiles()
    {
        MultipartUploadDevice missing(QStringLiteral("/nonexistent/file"), "file[]", QStringLiteral("f"), {});
        QVERIFY(!missing.open(QIODevice::ReadOnly));
        QVERIFY(!missing.errorString().isEmpty());

        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("s.bin"), QByteArray(10000, 'a'));
        MultipartUploadDevice device(path, "file[]", QStringLiteral("s.bin"), {});
        QVERIFY(device.open(QIODevice::ReadOnly));
        QVERIFY(QFile::resize(path, 100));
        QByteArray buffer(int(device.size()), '\0');
        qint64 total = 0;
        qint64 got = 0;
        while ((got = device.read(buffer.data() + total, 512)) > 0)
            total += got;
        QCOMPARE(got, qint64(-1));
        QVERIFY(total < device.size());
    }

    // An independent multipart parser reads our body: field order, names, filename, content.
    void pythonParsesIt()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 not installed");
        QTemporaryDir dir;
        QByteArray content;
        for (int i = 0; i < 70001; ++i)
            content.append(char(i % 251));
        const QString path = writeFile(dir, QStringLiteral("data.bin"), content);
        MultipartUploadDevice device(
            path, "file[]", QStringLiteral("Sauvegarde été.zip"), {{"did", "3361081"}});
        QVERIFY(device.open(QIODevice::ReadOnly));
        QFile body(dir.filePath(QStringLiteral("body")));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write(device.readAll());
        body.close();
        // cgi.FieldStorage is binary-safe for file parts (the email package rewrites line ends).
        const QString script = QStringLiteral(
            "import sys, os, hashlib, warnings\n"
            "warnings.simplefilter('ignore')\n"
            "import cgi\n"
            "env = {'REQUEST_METHOD': 'POST', 'CONTENT_TYPE': sys.argv[2],"
            " 'CONTENT_LENGTH': str(os.path.getsize(sys.argv[1]))}\n"
            "form = cgi.FieldStorage(fp=open(sys.argv[1], 'rb'), environ=env, keep_blank_values=True)\n"
            "for item in form.list:\n"
            "    data = item.value if isinstance(item.value, bytes) else item.value.encode()\n"
            "    print(item.name, item.filename, len(data), hashlib.sha1(data).hexdigest())\n");
        QProcess process;
        process.start(python,
            {QStringLiteral("-c"), script, body.fileName(), QString::fromLatin1(device.contentType())});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList lines
            = QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("did None 7 ")), qPrintable(lines.at(0)));
        const QString sha1
            = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex());
        QCOMPARE(lines.at(1), QStringLiteral("file[] Sauvegarde été.zip 70001 ") + sha1);
    }
};

QTEST_GUILESS_MAIN(TestMultipartUploadDevice)
#include "tst_multipartuploaddevice.moc"
