#pragma once

#include <QFile>
#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

// Test helpers for raw socket behaviour: a loopback server (plain or TLS) that records what
// arrives and sends a canned reply, and a throw-away self-signed certificate for 127.0.0.1.

// Accepts connections (TLS when given a certificate), collects what arrives, and answers
// with `reply` once `expectBytes` have arrived (never when `reply` is empty).
class RawServer : public QTcpServer
{
public:
    QByteArray received;
    QByteArray reply;
    qint64 expectBytes = 0;
    bool closeAfterReply = true;
    QSslCertificate certificate;
    QSslKey key;
    QList<QTcpSocket *> sockets;

protected:
    void incomingConnection(qintptr handle) override
    {
        QTcpSocket *socket = nullptr;
        if (!certificate.isNull()) {
            auto *ssl = new QSslSocket(this);
            ssl->setSocketDescriptor(handle);
            ssl->setLocalCertificate(certificate);
            ssl->setPrivateKey(key);
            ssl->startServerEncryption();
            socket = ssl;
        } else {
            socket = new QTcpSocket(this);
            socket->setSocketDescriptor(handle);
        }
        sockets << socket;
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            received += socket->readAll();
            if (!reply.isEmpty() && received.size() >= expectBytes) {
                socket->write(reply);
                reply.clear();
                if (closeAfterReply)
                    socket->disconnectFromHost();
            }
        });
    }
};

// A self-signed certificate and key for 127.0.0.1, made by the openssl tool (false when it
// is missing or fails).
inline bool makeSelfSignedCertificate(QSslCertificate *certificate, QSslKey *key)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QTemporaryDir dir;
    if (openssl.isEmpty() || !dir.isValid())
        return false;
    QProcess gen;
    gen.start(openssl,
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
            QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
            dir.filePath(QStringLiteral("cert.pem"))});
    if (!gen.waitForFinished(60000) || gen.exitCode() != 0)
        return false;
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    *certificate = QSslCertificate(certFile.readAll());
    *key = QSslKey(keyFile.readAll(), QSsl::Rsa);
    return !certificate->isNull() && !key->isNull();
}
