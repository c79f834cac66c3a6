// The stand-in's upload node and download host: multipart rules, 302 + end.pl, Whirlpool,
// Range downloads, token lifetime, transfer faults, raw HTTP/1.1 behaviour, and bounded
// memory for a large streamed upload. Raw requests only (no Coffre client code).
#include "FakeFichier.h"
#include "WireClient.h"
#include "core/Whirlpool.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define COFFRE_TEST_UNDER_ASAN
#endif
#endif
#ifdef COFFRE_TEST_UNDER_ASAN
constexpr bool kUnderAddressSanitizer = true;
#else
constexpr bool kUnderAddressSanitizer = false;
#endif

namespace {

const QRegularExpression kUrlRe(QStringLiteral("^https://1fichier\\.com/\\?[a-z0-9]{20}$"));
const QByteArray kBoundary = "coffreBoundary9f8e7d6c5b4a";

QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> list)
{
    QJsonObject o;
    for (const auto &p : list)
        o.insert(p.first, p.second);
    return o;
}

FakeFichier::Options withArgs(const QStringList &args)
{
    FakeFichier::Options o;
    o.extraArgs = args;
    return o;
}

// The seed pattern, also used for generated uploads: byte i = (i*7 + i/4096) & 0xff.
char patternByte(qint64 i)
{
    return char((i * 7 + i / 4096) & 0xff);
}

// A multipart body with `size` pattern bytes as its file, generated while QNAM reads it, so
// the test itself never holds the upload in memory.
class PatternUploadDevice : public QIODevice
{
public:
    PatternUploadDevice(qint64 size, const QByteArray &boundary)
        : m_head("--" + boundary + "\r\nContent-Disposition: form-data; name=\"did\"\r\n\r\n0\r\n--"
            + boundary + "\r\nContent-Disposition: form-data; name=\"file[]\"; filename=\"big.bin\"\r\n\r\n"),
          m_tail("\r\n--" + boundary + "--\r\n"),
          m_size(size)
    {
        open(QIODevice::ReadOnly);
    }
    qint64 total() const { return m_head.size() + m_size + m_tail.size(); }
    // Random access with a size, so QNAM sends it with that Content-Length and reads on demand.
    qint64 size() const override { return total(); }
    bool seek(qint64 pos) override
    {
        if (pos < 0 || pos > total() || !QIODevice::seek(pos))
            return false;
        m_pos = pos;
        return true;
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 n = 0;
        while (n < maxSize && m_pos < total()) {
            if (m_pos < m_head.size()) {
                data[n++] = m_head.at(m_pos++);
            } else if (m_pos < m_head.size() + m_size) {
                const qint64 offset = m_pos - m_head.size();
                const qint64 chunk = qMin(maxSize - n, m_size - offset);
                for (qint64 i = 0; i < chunk; ++i)
                    data[n + i] = patternByte(offset + i);
                n += chunk;
                m_pos += chunk;
            } else {
                data[n++] = m_tail.at(m_pos - m_head.size() - m_size);
                ++m_pos;
            }
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_head;
    QByteArray m_tail;
    qint64 m_size;
    qint64 m_pos = 0;
};

QString patternWhirlpool(qint64 size)
{
    Coffre::Whirlpool w;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 done = 0; done < size;) {
        const qint64 n = qMin<qint64>(chunk.size(), size - done);
        for (qint64 i = 0; i < n; ++i)
            chunk[i] = patternByte(done + i);
        w.addData(chunk.constData(), n);
        done += n;
    }
    return w.resultHex();
}

// Peak resident memory of a process, from /proc/<pid>/status (VmHWM), in kB.
qint64 peakRssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

quint16 portOf(const QString &hostPort)
{
    return quint16(hostPort.section(QLatin1Char(':'), -1).toUInt());
}

// Writes `request` on a fresh connection and reads until the server closes it.
QByteArray rawExchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 15000) {
        socket.waitForReadyRead(500);
        out += socket.readAll();
    }
    out += socket.readAll();
    return out;
}

} // namespace

class TestFakeFichierTransfer : public QObject
{
    Q_OBJECT

private:
    static QJsonArray listFiles(WireClient &client, FakeFichier &fake, qint64 folderId)
    {
        return client
            .api(fake.apiUrl(), QStringLiteral("file/ls.cgi"), obj({{QStringLiteral("folder_id"), folderId}}))
            .json.value(QLatin1String("items"))
            .toArray();
    }

    static WireReply postUpload(WireClient &client, const QString &node, const QString &id,
        const QByteArray &contentType, const QByteArray &body)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://%1/upload.cgi?id=%2").arg(node, id)));
        request.setRawHeader("Content-Type", contentType);
        return client.send(request, "POST", body);
    }

    static QUrl tokenUrl(WireClient &client, FakeFichier &fake, const QString &fileUrl)
    {
        return QUrl(client
                        .api(fake.apiUrl(), QStringLiteral("download/get_token.cgi"),
                            obj({{QStringLiteral("url"), fileUrl}, {QStringLiteral("single"), 1}}))
                        .json.value(QLatin1String("url"))
                        .toString());
    }

private slots:
    // §4.1–4.4 end to end: node from get_upload_server, multipart with did first, 302 with
    // a relative Location, end.pl JSON (size as a string, remove empty, Whirlpool) with the
    // JSON: 1 header, HTML without it, CSV with EXPORT: 1.
    void uploadFlowWireShapes()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const qint64 folder = client
                                  .api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"),
                                      obj({{QStringLiteral("name"), QStringLiteral("Backups")}}))
                                  .json.value(QLatin1String("folder_id"))
                                  .toInteger();
        const QByteArray content = "hello world!";
        const WireClient::Upload up
            = client.upload(fake.apiUrl(), QStringLiteral("test.txt"), content, QString::number(folder));
        QCOMPARE(up.post.status, 302);
        QCOMPARE(up.post.header("Location"), "/end.pl?xid=" + up.id.toLatin1());
        QCOMPARE(up.report.status, 200);
        QVERIFY(up.report.isJson);
        QCOMPARE(up.report.json.keys(), (QStringList {QStringLiteral("incoming"), QStringLiteral("links")}));
        QCOMPARE(up.report.json.value(QLatin1String("incoming")).toInteger(-1), 0);
        const QJsonArray links = up.report.json.value(QLatin1String("links")).toArray();
        QCOMPARE(links.size(), 1);
        const QJsonObject link = links.at(0).toObject();
        QCOMPARE(link.keys(),
            (QStringList {QStringLiteral("download"), QStringLiteral("filename"), QStringLiteral("remove"),
                QStringLiteral("size"), QStringLiteral("whirlpool")}));
        QVERIFY(kUrlRe.match(link.value(QLatin1String("download")).toString()).hasMatch());
        QCOMPARE(link.value(QLatin1String("filename")).toString(), QStringLiteral("test.txt"));
        QCOMPARE(link.value(QLatin1String("remove")).toString(), QString());
        QVERIFY(link.value(QLatin1String("size")).isString());
        QCOMPARE(link.value(QLatin1String("size")).toString(), QStringLiteral("12"));
        QCOMPARE(link.value(QLatin1String("whirlpool")).toString(), Coffre::Whirlpool::hashHex(content));

        // Listed in the did folder, same link and checksum.
        const QJsonArray items = listFiles(client, fake, folder);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0)[QLatin1String("url")], link.value(QLatin1String("download")));
        QCOMPARE(items.at(0)[QLatin1String("checksum")], link.value(QLatin1String("whirlpool")));
        QCOMPARE(items.at(0)[QLatin1String("size")].toInteger(), 12);

        const QUrl end(QStringLiteral("http://%1/end.pl?xid=%2").arg(up.node, up.id));
        const WireReply html = client.get(end);
        QCOMPARE(html.status, 200);
        QVERIFY(html.header("Content-Type").startsWith("text/html"));
        QVERIFY(html.body.trimmed().startsWith('<'));
        QVERIFY(html.body.contains(link.value(QLatin1String("download")).toString().toUtf8()));
        QVERIFY(html.body.contains("table class=\"premium\""));
        const WireReply csv = client.get(end, {{"EXPORT", "1"}});
        const QByteArray csvStart
            = "test.txt;12;" + link.value(QLatin1String("download")).toString().mid(22).toUtf8() + ";";
        QVERIFY2(csv.body.startsWith(csvStart), csv.body.constData());
        const WireReply readable = client.get(end, {{"JSON", "2"}});
        QCOMPARE(readable.json, up.report.json);
        QVERIFY(readable.body.trimmed().contains('\n'));
    }

    // Several file[] parts in one upload: one link each (§4.3).
    void severalFilesInOneUpload()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const WireReply node
            = client.api(fake.apiUrl(), QStringLiteral("upload/get_upload_server.cgi"), {}, WireClient::Get);
        QByteArray body;
        for (const char *name : {"one.txt", "two.txt"})
            body += "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"file[]\"; filename=\""
                + name + "\"\r\nContent-Type: text/plain\r\n\r\n" + name + "\r\n";
        body += "--" + kBoundary + "--\r\n";
        const QString host = node.json.value(QLatin1String("url")).toString();
        const QString id = node.json.value(QLatin1String("id")).toString();
        QCOMPARE(
            postUpload(client, host, id, "multipart/form-data; boundary=" + kBoundary, body).status, 302);
        const WireReply report
            = client.get(QUrl(QStringLiteral("http://%1/end.pl?xid=%2").arg(host, id)), {{"JSON", "1"}});
        QCOMPARE(report.json.value(QLatin1String("links")).toArray().size(), 2);
        QCOMPARE(listFiles(client, fake, 0).size(), 2);
    }

    // §5.1: an unknown did silently means the root.
    void unknownDidLandsInRoot()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        QCOMPARE(client.upload(fake.apiUrl(), QStringLiteral("a.zip"), "a", QStringLiteral("987654321"))
                     .post.status,
            302);
        QCOMPARE(client.upload(fake.apiUrl(), QStringLiteral("b.zip"), "b", QStringLiteral("not a number"))
                     .post.status,
            302);
        QCOMPARE(listFiles(client, fake, 0).size(), 2);
    }

    // Three hosts: an upload sent to the API host, or end.pl asked there, fails; API calls
    // sent to the node fail too.
    void hostsAreSeparate()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const WireReply node
            = client.api(fake.apiUrl(), QStringLiteral("upload/get_upload_server.cgi"), {}, WireClient::Get);
        const QString id = node.json.value(QLatin1String("id")).toString();
        const QString api = fake.apiUrl().authority();
        const WireReply wrong = postUpload(client, api, id, "multipart/form-data; boundary=" + kBoundary,
            WireClient::multipartBody(kBoundary, {}, QStringLiteral("x"), "x"));
        QCOMPARE(wrong.status, 404);
        QCOMPARE(client.get(QUrl(QStringLiteral("http://%1/end.pl?xid=%2").arg(api, id))).status, 404);
        QUrl onNode = fake.apiUrl();
        onNode.setPort(portOf(node.json.value(QLatin1String("url")).toString()));
        QCOMPARE(client.api(onNode, QStringLiteral("folder/ls.cgi")).status, 404);
        QCOMPARE(listFiles(client, fake, 0).size(), 0);
    }

    // §4.3 / C# SDK: a quoted boundary finds no file (200 HTML, no 302), unless allowed.
    void quotedBoundary_data()
    {
        QTest::addColumn<bool>("allow");
        QTest::newRow("default refused") << false;
        QTest::newRow("--allow-quoted-boundary") << true;
    }

    void quotedBoundary()
    {
        QFETCH(bool, allow);
        FakeFichier fake(
            withArgs(allow ? QStringList {QStringLiteral("--allow-quoted-boundary")} : QStringList()));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const WireClient::Upload up = client.upload(fake.apiUrl(), QStringLiteral("q.zip"), "quoted",
            QString(),
            "multipart/form-data; boundary=\"" + QByteArray("----coffreTestBoundary7MA4YWxkTrZu0gW") + '"');
        if (allow) {
            QCOMPARE(up.post.status, 302);
            QCOMPARE(listFiles(client, fake, 0).size(), 1);
            return;
        }
        QCOMPARE(up.post.status, 200);
        QVERIFY(up.post.header("Location").isEmpty());
        QVERIFY(up.post.header("Content-Type").startsWith("text/html"));
        QVERIFY(up.post.body.contains("Pas de fichier"));
        QCOMPARE(listFiles(client, fake, 0).size(), 0);
    }

    // §4.3: Content-Length is required; chunked uploads are refused with 411.
    void contentLengthRequired()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const WireReply node
            = client.api(fake.apiUrl(), QStringLiteral("upload/get_upload_server.cgi"), {}, WireClient::Get);
        const QString host = node.json.value(QLatin1String("url")).toString();
        const QByteArray id = node.json.value(QLatin1String("id")).toString().toLatin1();
        const QByteArray body = WireClient::multipartBody(kBoundary, {}, QStringLiteral("c.txt"), "chunked");
        const QByteArray head = "POST /upload.cgi?id=" + id + " HTTP/1.1\r\nHost: " + host.toLatin1()
            + "\r\nAuthorization: Bearer " + fake.apiKey().toLatin1()
            + "\r\nContent-Type: multipart/form-data; boundary=" + kBoundary + "\r\n";
        const QByteArray chunked = rawExchange(portOf(host),
            head + "Transfer-Encoding: chunked\r\n\r\n" + QByteArray::number(body.size(), 16) + "\r\n" + body
                + "\r\n0\r\n\r\n");
        QVERIFY2(chunked.startsWith("HTTP/1.1 411 "), chunked.constData());
        QVERIFY(chunked.contains("\"status\":\"KO\""));
        QVERIFY(chunked.contains("Connection: close"));
        const QByteArray none = rawExchange(portOf(host), head + "Connection: close\r\n\r\n");
        QVERIFY2(none.startsWith("HTTP/1.1 411 "), none.constData());
        QCOMPARE(listFiles(client, fake, 0).size(), 0);
        // The API host does accept a chunked JSON body (nginx does).
        const QByteArray json = "{\"folder_id\":0}";
        const QByteArray api = rawExchange(quint16(fake.apiUrl().port()),
            "POST /v1/folder/ls.cgi HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + fake.apiKey().toLatin1()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: "
                  "close\r\n\r\n"
                + QByteArray::number(json.size(), 16) + "\r\n" + json + "\r\n0\r\n\r\n");
        QVERIFY2(api.startsWith("HTTP/1.1 200 ") && api.contains("\"name\":\"Root\""), api.constData());
    }

    // §8.4: 0-byte files are refused by default.
    void emptyFile_data()
    {
        QTest::addColumn<bool>("allow");
        QTest::newRow("default refused") << false;
        QTest::newRow("--allow-empty-files") << true;
    }

    void emptyFile()
    {
        QFETCH(bool, allow);
        FakeFichier fake(
            withArgs(allow ? QStringList {QStringLiteral("--allow-empty-files")} : QStringList()));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const WireClient::Upload up = client.upload(fake.apiUrl(), QStringLiteral("empty.zip"), QByteArray());
        QCOMPARE(up.post.status, allow ? 302 : 200);
        QCOMPARE(listFiles(client, fake, 0).size(), allow ? 1 : 0);
        if (allow)
            QCOMPARE(up.report.json.value(QLatin1String("links"))
                         .toArray()
                         .at(0)[QLatin1String("size")]
                         .toString(),
                QStringLiteral("0"));
    }

    // The node reads `file[]` with a quoted filename; anything else is no file.
    void filePartRules()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const WireReply node
            = client.api(fake.apiUrl(), QStringLiteral("upload/get_upload_server.cgi"), {}, WireClient::Get);
        const QString host = node.json.value(QLatin1String("url")).toString();
        const QString id = node.json.value(QLatin1String("id")).toString();
        const QByteArray type = "multipart/form-data; boundary=" + kBoundary;
        auto part = [](const QByteArray &disposition) -> QByteArray {
            return "--" + kBoundary + "\r\nContent-Disposition: " + disposition + "\r\n\r\ndata\r\n--"
                + kBoundary + "--\r\n";
        };
        for (const QByteArray &bad : {QByteArray("form-data; name=\"file\"; filename=\"a.txt\""),
                 QByteArray("form-data; name=\"file[]\"; filename=a.txt"),
                 QByteArray("form-data; name=\"did\"")}) {
            const WireReply r = postUpload(client, host, id, type, part(bad));
            QCOMPARE(r.status, 200);
            QVERIFY2(r.body.contains("Pas de fichier"), bad.constData());
        }
        // A body cut before its closing boundary is no upload either.
        const WireReply cut = postUpload(client, host, id, type,
            "--" + kBoundary
                + "\r\nContent-Disposition: form-data; name=\"file[]\"; filename=\"a.txt\"\r\n\r\ndata");
        QCOMPARE(cut.status, 200);
        QVERIFY(cut.body.contains("Pas de fichier"));
        QCOMPARE(listFiles(client, fake, 0).size(), 0);
        QCOMPARE(QDir(fake.dataDir() + QStringLiteral("/tmp")).entryList(QDir::Files).size(), 0);
        // Non-ASCII names and escaped quotes survive.
        const WireClient::Upload ok = client.upload(fake.apiUrl(), QStringLiteral("été 2024 «x».zip"), "x");
        QCOMPARE(ok.post.status, 302);
        QCOMPARE(listFiles(client, fake, 0).at(0)[QLatin1String("filename")].toString(),
            QStringLiteral("été 2024 «x».zip"));
    }

    // §4.2: self-made ids work on the real nodes; --strict-upload-id refuses them.
    void uploadIds_data()
    {
        QTest::addColumn<bool>("strict");
        QTest::newRow("default lenient") << false;
        QTest::newRow("--strict-upload-id") << true;
    }

    void uploadIds()
    {
        QFETCH(bool, strict);
        FakeFichier fake(
            withArgs(strict ? QStringList {QStringLiteral("--strict-upload-id")} : QStringList()));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QString host
            = client.api(fake.apiUrl(), QStringLiteral("upload/get_upload_server.cgi"), {}, WireClient::Get)
                  .json.value(QLatin1String("url"))
                  .toString();
        const QByteArray type = "multipart/form-data; boundary=" + kBoundary;
        const QByteArray body = WireClient::multipartBody(kBoundary, {}, QStringLiteral("s.txt"), "s");
        QCOMPARE(
            postUpload(client, host, QStringLiteral("MyOwnId123"), type, body).status, strict ? 400 : 302);
        QCOMPARE(postUpload(client, host, QStringLiteral("bad-id!"), type, body).status, 400);
        QCOMPARE(postUpload(client, host, QStringLiteral("ElevenChars"), type, body).status, 400);
    }

    // end.pl: unknown xid → an HTML "not found" page; JSON only through the header unless
    // --endpl-query-json; reports expire after --report-ttl.
    void endplRules()
    {
        FakeFichier fake(withArgs({QStringLiteral("--report-ttl"), QStringLiteral("3")}));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const WireClient::Upload up = client.upload(fake.apiUrl(), QStringLiteral("r.txt"), "r");
        QVERIFY(up.report.isJson);
        const WireReply unknown = client.get(
            QUrl(QStringLiteral("http://%1/end.pl?xid=Nope123456").arg(up.node)), {{"JSON", "1"}});
        QCOMPARE(unknown.status, 200);
        QVERIFY(!unknown.isJson);
        QVERIFY(unknown.header("Content-Type").startsWith("text/html"));
        const WireReply query
            = client.get(QUrl(QStringLiteral("http://%1/end.pl?xid=%2&JSON=1").arg(up.node, up.id)));
        QVERIFY(!query.isJson);
        QTRY_VERIFY_WITH_TIMEOUT(
            !client.get(QUrl(QStringLiteral("http://%1/end.pl?xid=%2").arg(up.node, up.id)), {{"JSON", "1"}})
                 .isJson,
            10000);

        FakeFichier lenient(withArgs({QStringLiteral("--endpl-query-json")}));
        QVERIFY2(lenient.start(), qPrintable(lenient.errorString()));
        WireClient other(lenient.apiKey());
        const WireClient::Upload up2 = other.upload(lenient.apiUrl(), QStringLiteral("r.txt"), "r");
        QVERIFY(
            other.get(QUrl(QStringLiteral("http://%1/end.pl?xid=%2&JSON=1").arg(up2.node, up2.id))).isJson);
    }

    // Anonymous uploads (no key) when allowed: a remove link, nothing in any account.
    void anonymousUploads()
    {
        FakeFichier fake(withArgs({QStringLiteral("--anonymous-uploads")}));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const WireReply node
            = client.api(fake.apiUrl(), QStringLiteral("upload/get_upload_server.cgi"), {}, WireClient::Get);
        const QString host = node.json.value(QLatin1String("url")).toString();
        const QString id = node.json.value(QLatin1String("id")).toString();
        WireClient anonymous {QString()};
        QCOMPARE(postUpload(anonymous, host, id, "multipart/form-data; boundary=" + kBoundary,
                     WireClient::multipartBody(kBoundary, {}, QStringLiteral("anon.txt"), "anon"))
                     .status,
            302);
        const WireReply report
            = anonymous.get(QUrl(QStringLiteral("http://%1/end.pl?xid=%2").arg(host, id)), {{"JSON", "1"}});
        const QJsonObject link = report.json.value(QLatin1String("links")).toArray().at(0).toObject();
        QVERIFY(!link.value(QLatin1String("remove")).toString().isEmpty());
        QCOMPARE(listFiles(client, fake, 0).size(), 0);
    }

    // §4.16: token URL on the download host; full body, single ranges (206), 416 out of
    // range, HEAD; the Bearer key is wanted there too unless --dl-no-auth.
    void downloadRanges()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        QByteArray content;
        for (int i = 0; i < 10000; ++i)
            content.append(patternByte(i));
        const QString url = fake.seedFile(QString(), QStringLiteral("r.bin"), content);
        const WireReply token = client.api(fake.apiUrl(), QStringLiteral("download/get_token.cgi"),
            obj({{QStringLiteral("url"), url}, {QStringLiteral("single"), 1}}));
        QVERIFY(token.ok());
        const QUrl dl(token.json.value(QLatin1String("url")).toString());
        QCOMPARE(dl.scheme(), QStringLiteral("http"));
        QCOMPARE(dl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(dl.port() != fake.apiUrl().port());

        const WireReply full = client.get(dl);
        QCOMPARE(full.status, 200);
        QCOMPARE(full.body, content);
        QCOMPARE(full.header("Accept-Ranges"), QByteArray("bytes"));
        WireReply r = client.get(dl, {{"Range", "bytes=100-199"}});
        QCOMPARE(r.status, 206);
        QCOMPARE(r.header("Content-Range"), QByteArray("bytes 100-199/10000"));
        QCOMPARE(r.body, content.mid(100, 100));
        r = client.get(dl, {{"Range", "bytes=9990-"}});
        QCOMPARE(r.status, 206);
        QCOMPARE(r.body, content.mid(9990));
        r = client.get(dl, {{"Range", "bytes=-5"}});
        QCOMPARE(r.header("Content-Range"), QByteArray("bytes 9995-9999/10000"));
        QCOMPARE(r.body, content.right(5));
        r = client.get(dl, {{"Range", "bytes=9000-20000"}});
        QCOMPARE(r.header("Content-Range"), QByteArray("bytes 9000-9999/10000"));
        r = client.get(dl, {{"Range", "bytes=10000-"}});
        QCOMPARE(r.status, 416);
        QCOMPARE(r.header("Content-Range"), QByteArray("bytes */10000"));
        QNetworkRequest head(dl);
        r = client.send(head, "HEAD");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Length"), QByteArray("10000"));
        QVERIFY(r.body.isEmpty());

        WireClient anonymous {QString()};
        QCOMPARE(anonymous.get(dl, {}, false).status, 401);
        FakeFichier open(withArgs({QStringLiteral("--dl-no-auth")}));
        QVERIFY2(open.start(), qPrintable(open.errorString()));
        WireClient owner(open.apiKey());
        const QUrl openDl = tokenUrl(owner, open, open.seedFile(QString(), QStringLiteral("o"), "open"));
        QCOMPARE(anonymous.get(openDl, {}, false).body, QByteArray("open"));
        // A removed file's token no longer serves it.
        const QString gone = open.seedFile(QString(), QStringLiteral("g"), "gone");
        const QUrl goneDl = tokenUrl(owner, open, gone);
        owner.api(open.apiUrl(), QStringLiteral("file/rm.cgi"),
            obj({{QStringLiteral("files"), QJsonArray {obj({{QStringLiteral("url"), gone}})}}}));
        QCOMPARE(owner.get(goneDl).status, 404);
    }

    // Tokens expire (5 min on the service; --token-ttl here).
    void tokenExpiry()
    {
        FakeFichier fake(withArgs({QStringLiteral("--token-ttl"), QStringLiteral("1")}));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QUrl dl = tokenUrl(client, fake, fake.seedFile(QString(), QStringLiteral("t"), "token"));
        // Within its life (checked against the stand-in's own log time, not ours).
        const WireReply first = client.get(dl);
        const QList<FakeLogEntry> log = fake.requestLog();
        if (log.last().tMs - log.at(log.size() - 2).tMs < 900)
            QCOMPARE(first.body, QByteArray("token"));
        QThread::msleep(1200);
        const WireReply late = client.get(dl);
        QCOMPARE(late.status, 404);
        QVERIFY(!late.isJson);
        // A fresh token works again.
        QCOMPARE(client
                     .get(tokenUrl(
                         client, fake, listFiles(client, fake, 0).at(0)[QLatin1String("url")].toString()))
                     .body,
            QByteArray("token"));
    }

    // drop-upload: the Nth upload's connection is cut mid-body; nothing is kept.
    void faultDropUpload()
    {
        FakeFichier::Options o;
        o.faults = QStringLiteral("drop-upload:nth=2");
        FakeFichier fake(o);
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QByteArray content(200000, 'd');
        QCOMPARE(client.upload(fake.apiUrl(), QStringLiteral("1.bin"), content).post.status, 302);
        // Raw socket: QNAM would quietly send the POST again on a fresh connection.
        const WireReply node
            = client.api(fake.apiUrl(), QStringLiteral("upload/get_upload_server.cgi"), {}, WireClient::Get);
        const QString host = node.json.value(QLatin1String("url")).toString();
        const QByteArray body = WireClient::multipartBody(kBoundary, {}, QStringLiteral("2.bin"), content);
        const QByteArray answer = rawExchange(portOf(host),
            "POST /upload.cgi?id=" + node.json.value(QLatin1String("id")).toString().toLatin1()
                + " HTTP/1.1\r\nHost: " + host.toLatin1() + "\r\nAuthorization: Bearer "
                + fake.apiKey().toLatin1() + "\r\nContent-Type: multipart/form-data; boundary=" + kBoundary
                + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QCOMPARE(answer, QByteArray()); // cut without a reply
        QCOMPARE(client.upload(fake.apiUrl(), QStringLiteral("3.bin"), content).post.status, 302);
        const QJsonArray items = listFiles(client, fake, 0);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(1)[QLatin1String("filename")].toString(), QStringLiteral("3.bin"));
        QCOMPARE(QDir(fake.dataDir() + QStringLiteral("/tmp")).entryList(QDir::Files).size(), 0);
        const FakeLogEntry cut = fake.requestLog().at(4);
        QCOMPARE(cut.path, QStringLiteral("/upload.cgi"));
        QCOMPARE(cut.status, 0);
        QVERIFY(cut.result.startsWith(QLatin1String("KO fault")));
        QCOMPARE(cut.bytesIn, body.size() / 2);

        // Every upload cut after 1000 bytes: a QNAM client sees an error in the end (after
        // its own silent resends, each one a new upload.cgi call here).
        QVERIFY(fake.setFaults(QStringLiteral("drop-upload:count=0:after=1000")));
        const int before = fake.countCalls(QStringLiteral("upload.cgi"));
        const WireClient::Upload failed = client.upload(fake.apiUrl(), QStringLiteral("4.bin"), content);
        QVERIFY(failed.post.error != QNetworkReply::NoError);
        const int attempts = fake.countCalls(QStringLiteral("upload.cgi")) - before;
        qInfo("QNAM sent the dropped POST %d time(s)", attempts);
        QVERIFY(attempts >= 1);
        QCOMPARE(fake.requestLog().last().bytesIn, 1000);
        QCOMPARE(listFiles(client, fake, 0).size(), 2);
    }

    // drop-download: a download is cut after N bytes; a Range request resumes it.
    void faultDropDownload()
    {
        FakeFichier::Options o;
        o.faults = QStringLiteral("drop-download:after=300000");
        FakeFichier fake(o);
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        QByteArray content(1000000, Qt::Uninitialized);
        for (int i = 0; i < content.size(); ++i)
            content[i] = patternByte(i);
        const QUrl dl = tokenUrl(client, fake, fake.seedFile(QString(), QStringLiteral("d.bin"), content));
        const WireReply cut = client.get(dl);
        // QNAM reports the cut as an error, or — when it notices the closed socket before
        // the error — as a short reply without one (Qt 6.4, under load): either way the
        // body stops at the cut.
        QVERIFY(cut.body.size() <= 300000);
        QCOMPARE(cut.body, content.left(cut.body.size()));
        const WireReply rest
            = client.get(dl, {{"Range", "bytes=" + QByteArray::number(cut.body.size()) + '-'}});
        QCOMPARE(rest.status, 206);
        QCOMPARE(cut.body + rest.body, content);
        QList<FakeLogEntry> gets;
        for (const FakeLogEntry &e : fake.requestLog()) {
            if (e.role == QLatin1String("dl"))
                gets << e;
        }
        QVERIFY(gets.size() >= 2);
        QCOMPARE(gets.first().status, 0);
        QVERIFY(gets.first().result.contains(QLatin1String("300000")));
        QCOMPARE(gets.last().status, 206);
        QCOMPARE(gets.last().range, QStringLiteral("bytes=%1-").arg(cut.body.size()));
        // In between, only QNAM's own silent resend of the cut GET (no fault left for it).
        for (qsizetype i = 1; i + 1 < gets.size(); ++i)
            QVERIFY(gets.at(i).range.isEmpty());
    }

    // hang on the download host with after=N: N body bytes, then silence on an open
    // connection (a stalled transfer, ended only by the client's timeout). Raw socket: QNAM
    // drops what it had received when its timeout aborts the reply.
    void faultHangDownload()
    {
        FakeFichier::Options o;
        o.faults = QStringLiteral("hang:host=dl:after=100000");
        FakeFichier fake(o);
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        QByteArray content(400000, Qt::Uninitialized);
        for (int i = 0; i < content.size(); ++i)
            content[i] = patternByte(i);
        const QUrl dl = tokenUrl(client, fake, fake.seedFile(QString(), QStringLiteral("h.bin"), content));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(dl.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET " + dl.path().toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + fake.apiKey().toLatin1() + "\r\n\r\n");
        QByteArray got;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 1500 && socket.state() == QAbstractSocket::ConnectedState) {
            socket.waitForReadyRead(100);
            got += socket.readAll();
        }
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState); // still open, silent
        const qsizetype headEnd = got.indexOf("\r\n\r\n");
        QVERIFY2(headEnd > 0, got.left(300).constData());
        QVERIFY(got.startsWith("HTTP/1.1 200"));
        QVERIFY(got.left(headEnd).contains("Content-Length: 400000"));
        QCOMPARE(got.mid(headEnd + 4), content.left(100000));
        const FakeLogEntry logged = fake.requestLog().last();
        QCOMPARE(logged.status, 0);
        QVERIFY(logged.result.contains(QLatin1String("stalled after 100000")));
        socket.abort();
        QCOMPARE(client.get(dl).body, content); // count=1
    }

    // corrupt-download: one body byte flipped (at=OFFSET of the reply body, default middle).
    void faultCorruptDownload()
    {
        FakeFichier::Options o;
        o.faults = QStringLiteral("corrupt-download,corrupt-download:nth=2:at=10");
        FakeFichier fake(o);
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        QByteArray content(300001, Qt::Uninitialized);
        for (int i = 0; i < content.size(); ++i)
            content[i] = patternByte(i);
        const QUrl dl = tokenUrl(client, fake, fake.seedFile(QString(), QStringLiteral("c.bin"), content));
        const WireReply first = client.get(dl);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body.size(), content.size());
        QVERIFY(first.body != content);
        QCOMPARE(first.body.left(150000), content.left(150000));
        QCOMPARE(first.body.mid(150001), content.mid(150001));
        const WireReply second = client.get(dl, {{"Range", "bytes=100-"}});
        QCOMPARE(second.status, 206);
        QCOMPARE(second.body.at(10), char(content.at(110) ^ 0x20));
        QCOMPARE(client.get(dl).body, content);
    }

    // corrupt-upload: the stored copy differs from what was sent by one byte; end.pl, the
    // listing and the download all describe what is stored.
    void faultCorruptUpload()
    {
        FakeFichier::Options o;
        o.faults = QStringLiteral("corrupt-upload");
        FakeFichier fake(o);
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QByteArray content(5000, 'u');
        QByteArray stored = content;
        stored[2500] = char('u' ^ 0x20);
        const WireClient::Upload up = client.upload(fake.apiUrl(), QStringLiteral("u.bin"), content);
        QCOMPARE(up.post.status, 302);
        const QJsonObject link = up.report.json.value(QLatin1String("links")).toArray().at(0).toObject();
        QCOMPARE(link.value(QLatin1String("size")).toString(), QStringLiteral("5000"));
        QCOMPARE(link.value(QLatin1String("whirlpool")).toString(), Coffre::Whirlpool::hashHex(stored));
        QCOMPARE(listFiles(client, fake, 0).at(0)[QLatin1String("checksum")].toString(),
            Coffre::Whirlpool::hashHex(stored));
        const QString url = link.value(QLatin1String("download")).toString();
        QCOMPARE(client.get(tokenUrl(client, fake, url)).body, stored);
        const WireClient::Upload clean = client.upload(fake.apiUrl(), QStringLiteral("v.bin"), content);
        QCOMPARE(clean.report.json.value(QLatin1String("links"))
                     .toArray()
                     .at(0)[QLatin1String("whirlpool")]
                     .toString(),
            Coffre::Whirlpool::hashHex(content));
    }

    // drop with host=node: end.pl's connection reset instead of the report (the report
    // stays, the next call gets it).
    void faultDropEndpl()
    {
        FakeFichier::Options o;
        o.faults = QStringLiteral("drop:host=node:path=end.pl:count=0");
        FakeFichier fake(o);
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const WireClient::Upload up = client.upload(fake.apiUrl(), QStringLiteral("e.bin"), "e");
        QCOMPARE(up.post.status, 302);
        QVERIFY(up.report.error != QNetworkReply::NoError);
        QVERIFY(fake.setFaults(QString()));
        const WireReply again = client.get(
            QUrl(QStringLiteral("http://%1/end.pl?xid=%2").arg(up.node, up.id)), {{"JSON", "1"}});
        QCOMPARE(again.json.value(QLatin1String("links")).toArray().size(), 1);
    }

    // endpl-*: empty links, HTML, wrong size, wrong whirlpool — each on the Nth end.pl call.
    void faultsEndpl_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("endpl-empty") << "endpl-empty";
        QTest::newRow("endpl-html") << "endpl-html";
        QTest::newRow("endpl-size") << "endpl-size";
        QTest::newRow("endpl-whirlpool") << "endpl-whirlpool";
    }

    void faultsEndpl()
    {
        QFETCH(QString, spec);
        FakeFichier::Options o;
        o.faults = spec;
        FakeFichier fake(o);
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QByteArray content = "report me";
        const WireClient::Upload up = client.upload(fake.apiUrl(), QStringLiteral("e.txt"), content);
        QCOMPARE(up.post.status, 302);
        const QJsonArray links = up.report.json.value(QLatin1String("links")).toArray();
        if (spec == QLatin1String("endpl-empty")) {
            QVERIFY(up.report.isJson);
            QCOMPARE(links.size(), 0);
        } else if (spec == QLatin1String("endpl-html")) {
            QVERIFY(!up.report.isJson);
            QVERIFY(up.report.body.trimmed().startsWith('<'));
        } else if (spec == QLatin1String("endpl-size")) {
            QCOMPARE(links.at(0)[QLatin1String("size")].toString(), QStringLiteral("10"));
        } else {
            QVERIFY(
                links.at(0)[QLatin1String("whirlpool")].toString() != Coffre::Whirlpool::hashHex(content));
        }
        // The next call reports the truth; the file itself is stored right.
        const WireReply again = client.get(
            QUrl(QStringLiteral("http://%1/end.pl?xid=%2").arg(up.node, up.id)), {{"JSON", "1"}});
        const QJsonObject link = again.json.value(QLatin1String("links")).toArray().at(0).toObject();
        QCOMPARE(link.value(QLatin1String("size")).toString(), QStringLiteral("9"));
        QCOMPARE(link.value(QLatin1String("whirlpool")).toString(), Coffre::Whirlpool::hashHex(content));
    }

    // HTTP/1.1 keep-alive with pipelined requests, Connection: close honoured, 100-continue.
    void keepAliveAndExpectContinue()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        const QByteArray auth = "Authorization: Bearer " + fake.apiKey().toLatin1() + "\r\n";
        const QByteArray one
            = "GET /v1/upload/get_upload_server.cgi HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + auth;
        const QByteArray two
            = rawExchange(quint16(fake.apiUrl().port()), one + "\r\n" + one + "Connection: close\r\n\r\n");
        QCOMPARE(two.count("HTTP/1.1 200 OK"), 2);
        QCOMPARE(two.count("Connection: keep-alive"), 1);
        QCOMPARE(two.count("Connection: close"), 1);

        // curl sends Expect: 100-continue before large bodies.
        WireClient client(fake.apiKey());
        const WireReply node
            = client.api(fake.apiUrl(), QStringLiteral("upload/get_upload_server.cgi"), {}, WireClient::Get);
        const QString host = node.json.value(QLatin1String("url")).toString();
        const QByteArray body = WireClient::multipartBody(kBoundary, {}, QStringLiteral("e.txt"), "expect");
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, portOf(host));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /upload.cgi?id=" + node.json.value(QLatin1String("id")).toString().toLatin1()
            + " HTTP/1.1\r\nHost: " + host.toLatin1() + "\r\n" + auth
            + "Content-Type: multipart/form-data; boundary=" + kBoundary
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nExpect: 100-continue\r\n\r\n");
        QByteArray got;
        while (!got.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
            got += socket.readAll();
        QVERIFY2(got.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), got.constData());
        socket.write(body);
        got.clear();
        while (!got.contains("302 Found") && socket.waitForReadyRead(5000))
            got += socket.readAll();
        QVERIFY2(got.contains("HTTP/1.1 302 Found"), got.constData());
        QCOMPARE(listFiles(client, fake, 0).size(), 1);
    }

    // A 200 MB upload streams to disk: the stand-in's peak RSS stays far below the upload
    // size, and the Whirlpool it computed on the way equals ours. Then download it back.
    void largeStreamedUploadBoundedMemory()
    {
        const qint64 size = qEnvironmentVariableIntValue("COFFRE_TEST_LARGE") ? 3LL * 1024 * 1024 * 1024
                                                                              : 200LL * 1024 * 1024;
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const WireReply node
            = client.api(fake.apiUrl(), QStringLiteral("upload/get_upload_server.cgi"), {}, WireClient::Get);
        const QString host = node.json.value(QLatin1String("url")).toString();
        const QString id = node.json.value(QLatin1String("id")).toString();
        PatternUploadDevice device(size, kBoundary);
        QNetworkRequest request(QUrl(QStringLiteral("http://%1/upload.cgi?id=%2").arg(host, id)));
        request.setRawHeader("Content-Type", "multipart/form-data; boundary=" + kBoundary);
        const WireReply post = client.send(request, "POST", {}, &device);
        QCOMPARE(post.status, 302);
        const WireReply report
            = client.get(QUrl(QStringLiteral("http://%1/end.pl?xid=%2").arg(host, id)), {{"JSON", "1"}});
        const QJsonObject link = report.json.value(QLatin1String("links")).toArray().at(0).toObject();
        QCOMPARE(link.value(QLatin1String("size")).toString(), QString::number(size));
        const QString expected = patternWhirlpool(size);
        QCOMPARE(link.value(QLatin1String("whirlpool")).toString(), expected);
        const qint64 afterUpload = peakRssKb(fake.processId());
        qInfo("stand-in peak RSS after a %lld MiB upload: %lld kB", size >> 20, afterUpload);
        QVERIFY(afterUpload > 0);
        // ASan keeps freed memory resident (its quarantine, 256 MB by default), so a streamed
        // upload looks like a buffered one there: the bound is the normal build's to check.
        if (!kUnderAddressSanitizer)
            QVERIFY2(afterUpload < 64 * 1024, "the upload was not streamed");

        // Download it back, reading as it comes.
        QNetworkRequest get(tokenUrl(client, fake, link.value(QLatin1String("download")).toString()));
        get.setRawHeader("Authorization", "Bearer " + fake.apiKey().toLatin1());
        QNetworkReply *reply = client.nam().get(get);
        reply->setReadBufferSize(1 << 20);
        Coffre::Whirlpool w;
        qint64 received = 0;
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
            const QByteArray chunk = reply->readAll();
            received += chunk.size();
            w.addData(chunk);
        });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray last = reply->readAll();
        received += last.size();
        w.addData(last);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        reply->deleteLater();
        QCOMPARE(received, size);
        QCOMPARE(w.resultHex(), expected);
        const qint64 afterDownload = peakRssKb(fake.processId());
        qInfo("stand-in peak RSS after the download: %lld kB", afterDownload);
        if (!kUnderAddressSanitizer)
            QVERIFY2(afterDownload < 64 * 1024, "the download was not streamed");
    }
};

QTEST_GUILESS_MAIN(TestFakeFichierTransfer)
#include "tst_fakefichier_transfer.moc"
