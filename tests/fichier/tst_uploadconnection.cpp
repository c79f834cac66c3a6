// UploadConnection: the exact request on the wire, streamed body and progress, reply
// parsing (Content-Length, chunked, close-delimited, 100 Continue), failures (refused,
// dropped, stalled), and TLS: an untrusted certificate always fails, a trusted one works.
#include "RawTestServer.h"

#include "fichier/UploadConnection.h"

#include <QBuffer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace Coffre;

namespace {

bool waitFinished(QSignalSpy &spy, int ms = 20000)
{
    return !spy.isEmpty() || spy.wait(ms);
}

} // namespace

class TestUploadConnection : public QObject
{
    Q_OBJECT
private slots:
    void requestHead()
    {
        const QByteArray head
            = UploadConnection::requestHead(QUrl(QStringLiteral("http://127.0.0.1:8080/upload.cgi?id=Ab1")),
                {{"Content-Type", "multipart/form-data; boundary=B"}, {"Content-Length", "12"}});
        QCOMPARE(head,
            QByteArray("POST /upload.cgi?id=Ab1 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
                       "Content-Type: multipart/form-data; boundary=B\r\nContent-Length: 12\r\n\r\n"));
        QVERIFY(UploadConnection::requestHead(QUrl(QStringLiteral("https://up2.1fichier.com/upload.cgi")), {})
                    .contains("\r\nHost: up2.1fichier.com\r\n"));
        QVERIFY(UploadConnection::requestHead(QUrl(QStringLiteral("http://[::1]:81/x")), {})
                    .contains("Host: [::1]:81"));
    }

    void streamsAndReadsRedirect()
    {
        RawServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray payload(3 * 1024 * 1024 + 5, 'p');
        for (qsizetype i = 0; i < payload.size(); i += 4093)
            payload[i] = char(i);
        QBuffer body(&payload);
        QVERIFY(body.open(QIODevice::ReadOnly));
        const UploadConnection::Headers headers {{"Content-Length", QByteArray::number(payload.size())}};
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/upload.cgi?id=abc").arg(server.serverPort()));
        const QByteArray head = UploadConnection::requestHead(url, headers);
        server.expectBytes = head.size() + payload.size();
        server.reply = "HTTP/1.1 302 Found\r\nServer: nginx\r\nLocation: /end.pl?xid=abc\r\nContent-Length: "
                       "5\r\n\r\nmoved";
        UploadConnection connection(url, headers, &body, 10000);
        QSignalSpy finished(&connection, &UploadConnection::finished);
        QSignalSpy progress(&connection, &UploadConnection::progress);
        connection.start();
        QVERIFY(waitFinished(finished));
        QVERIFY2(!connection.error().isError(), qPrintable(connection.error().toString()));
        QCOMPARE(connection.status(), 302);
        QCOMPARE(connection.header("location"), QByteArray("/end.pl?xid=abc"));
        QCOMPARE(connection.body(), QByteArray("moved"));
        QCOMPARE(server.received, head + payload);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), payload.size());
        QCOMPARE(connection.bodyBytesSent(), payload.size());
    }

    void replyShapes_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("chunked") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nPas \r\n"
            "9\r\nde fichie\r\n1\r\nr\r\n0\r\n\r\n")
                                 << 200 << QByteArray("Pas de fichier");
        QTest::newRow("close-delimited") << QByteArray("HTTP/1.1 200 OK\r\n\r\n<html>done</html>") << 200
                                         << QByteArray("<html>done</html>");
        QTest::newRow("100 continue first")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 302 Found\r\n"
                          "Location: /end.pl?xid=q\r\nContent-Length: 0\r\n\r\n")
            << 302 << QByteArray();
        QTest::newRow("error page") << QByteArray(
            "HTTP/1.1 411 Length Required\r\nContent-Length: 3\r\n\r\nno!")
                                    << 411 << QByteArray("no!");
    }

    void replyShapes()
    {
        QFETCH(QByteArray, reply);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        RawServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray payload("data");
        QBuffer source(&payload);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/upload.cgi").arg(server.serverPort()));
        server.expectBytes = UploadConnection::requestHead(url, {}).size() + payload.size();
        server.reply = reply;
        UploadConnection connection(url, {}, &source, 10000);
        QSignalSpy finished(&connection, &UploadConnection::finished);
        connection.start();
        QVERIFY(waitFinished(finished));
        QVERIFY2(!connection.error().isError(), qPrintable(connection.error().toString()));
        QCOMPARE(connection.status(), status);
        QCOMPARE(connection.body(), body);
    }

    void failures()
    {
        QByteArray payload(100000, 'x');
        QBuffer source(&payload);
        QVERIFY(source.open(QIODevice::ReadOnly));

        // Nobody listening.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        UploadConnection refused(
            QUrl(QStringLiteral("http://127.0.0.1:%1/upload.cgi").arg(port)), {}, &source, 5000);
        QSignalSpy refusedDone(&refused, &UploadConnection::finished);
        refused.start();
        QVERIFY(waitFinished(refusedDone));
        QCOMPARE(refused.error().kind(), FichierError::Kind::Network);

        // Accepted, then nothing moves: the inactivity timeout ends it.
        RawServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QVERIFY(source.seek(0));
        UploadConnection stalled(
            QUrl(QStringLiteral("http://127.0.0.1:%1/upload.cgi").arg(silent.serverPort())), {}, &source,
            400);
        QSignalSpy stalledDone(&stalled, &UploadConnection::finished);
        stalled.start();
        QVERIFY(waitFinished(stalledDone));
        QCOMPARE(stalled.error().kind(), FichierError::Kind::Network);

        // Dropped before any reply.
        RawServer dropper;
        QVERIFY(dropper.listen(QHostAddress::LocalHost));
        QVERIFY(source.seek(0));
        UploadConnection dropped(
            QUrl(QStringLiteral("http://127.0.0.1:%1/upload.cgi").arg(dropper.serverPort())), {}, &source,
            5000);
        QSignalSpy droppedDone(&dropped, &UploadConnection::finished);
        dropped.start();
        QTRY_VERIFY(!dropper.sockets.isEmpty());
        QTRY_VERIFY(!dropper.received.isEmpty());
        dropper.sockets.first()->abort();
        QVERIFY(waitFinished(droppedDone));
        QCOMPARE(dropped.error().kind(), FichierError::Kind::Network);

        // Aborted by us: no finished().
        RawServer quiet;
        QVERIFY(quiet.listen(QHostAddress::LocalHost));
        QVERIFY(source.seek(0));
        UploadConnection aborted(
            QUrl(QStringLiteral("http://127.0.0.1:%1/upload.cgi").arg(quiet.serverPort())), {}, &source,
            5000);
        QSignalSpy abortedDone(&aborted, &UploadConnection::finished);
        aborted.start();
        QTRY_VERIFY(!quiet.received.isEmpty());
        aborted.abort();
        QTest::qWait(200);
        QVERIFY(abortedDone.isEmpty());
    }

    // A self-signed certificate is refused (never ignored); once the test trusts it, the
    // same server works.
    void tls()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QSslCertificate certificate;
        QSslKey key;
        if (!makeSelfSignedCertificate(&certificate, &key))
            QSKIP("openssl could not make a certificate");
        RawServer server;
        server.certificate = certificate;
        server.key = key;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QUrl url(QStringLiteral("https://127.0.0.1:%1/upload.cgi?id=t").arg(server.serverPort()));
        QByteArray payload("tls body");
        QBuffer source(&payload);
        QVERIFY(source.open(QIODevice::ReadOnly));

        UploadConnection untrusted(url, {}, &source, 10000);
        QSignalSpy untrustedDone(&untrusted, &UploadConnection::finished);
        untrusted.start();
        QVERIFY(waitFinished(untrustedDone));
        QCOMPARE(FichierError::kindName(untrusted.error().kind()), QStringLiteral("Tls"));
        QCOMPARE(untrusted.status(), 0);
        QVERIFY(!server.received.contains("tls body"));

        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        trusting.addCaCertificate(certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        QVERIFY(source.seek(0));
        server.expectBytes = UploadConnection::requestHead(url, {}).size() + payload.size();
        server.reply = "HTTP/1.1 302 Found\r\nLocation: /end.pl?xid=t\r\nContent-Length: 0\r\n\r\n";
        UploadConnection trusted(url, {}, &source, 10000);
        QSignalSpy trustedDone(&trusted, &UploadConnection::finished);
        trusted.start();
        QVERIFY(waitFinished(trustedDone));
        QSslConfiguration::setDefaultConfiguration(saved);
        QVERIFY2(!trusted.error().isError(), qPrintable(trusted.error().toString()));
        QCOMPARE(trusted.status(), 302);
        QVERIFY(server.received.endsWith("tls body"));
    }
};

QTEST_GUILESS_MAIN(TestUploadConnection)
#include "tst_uploadconnection.moc"
