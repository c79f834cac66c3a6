// FichierError: message classification, retry policy, and one actionable sentence per kind.
#include "fichier/FichierError.h"

#include <QSet>
#include <QtTest>

using namespace Coffre;
using Kind = FichierError::Kind;

namespace {
const QList<Kind> kAllKinds
    = {Kind::Config, Kind::InvalidKey, Kind::NotPremium, Kind::Flood, Kind::NotFound, Kind::NotAllowed,
        Kind::LocationLimit, Kind::Rejected, Kind::Network, Kind::Tls, Kind::Server, Kind::Protocol,
        Kind::Cancelled, Kind::TooLarge, Kind::Empty, Kind::LocalFile, Kind::Integrity, Kind::BadInput};
}

class TestFichierError : public QObject
{
    Q_OBJECT
private slots:
    void classifyMessage_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::newRow("flood 374") << "Flood detected: IP Locked #374" << int(Kind::Flood);
        QTest::newRow("flood 412") << "Flood detected #412" << int(Kind::Flood);
        QTest::newRow("flood 38") << "Flood detected: IP Locked #38" << int(Kind::Flood);
        QTest::newRow("user locked") << "Flood detected: User Locked #12" << int(Kind::Flood);
        QTest::newRow("ip locked") << "IP Locked #77" << int(Kind::Flood);
        QTest::newRow("no such user") << "No such user #93" << int(Kind::InvalidKey);
        QTest::newRow("not authenticated") << "Not authenticated #247" << int(Kind::InvalidKey);
        QTest::newRow("customer") << "Must be a customer (Premium, Access) #200" << int(Kind::NotPremium);
        QTest::newRow("owner locked") << "Owner locked #620" << int(Kind::NotAllowed);
        QTest::newRow("not allowed") << "Resource not allowed #631" << int(Kind::NotAllowed);
        QTest::newRow("password") << "Password not provided. Resource not allowed #631"
                                  << int(Kind::NotAllowed);
        QTest::newRow("not found") << "Resource not found #469" << int(Kind::NotFound);
        QTest::newRow("location") << "Only 1 location allowed at a time #887" << int(Kind::LocationLimit);
        QTest::newRow("locations") << "Only 3 locations allowed at a time #887" << int(Kind::LocationLimit);
        QTest::newRow("rename") << "No file has been renamed #312" << int(Kind::None);
        QTest::newRow("code 374") << "Slow down #374" << int(Kind::Flood);
        QTest::newRow("code 381 is not 38") << "Something #381" << int(Kind::None);
        QTest::newRow("empty") << "" << int(Kind::None);
    }

    void classifyMessage()
    {
        QFETCH(QString, message);
        QFETCH(int, kind);
        QCOMPARE(FichierError::kindName(FichierError::classifyMessage(message)),
            FichierError::kindName(Kind(kind)));
    }

    void retryable()
    {
        const QSet<Kind> retryable {Kind::Network, Kind::Server, Kind::Flood};
        for (Kind kind : kAllKinds)
            QCOMPARE(FichierError(kind).isRetryable(), retryable.contains(kind));
        QVERIFY(!FichierError().isRetryable());
        QVERIFY(!FichierError().isError());
    }

    void sentences()
    {
        QSet<QString> seen;
        for (Kind kind : kAllKinds) {
            const QString sentence = FichierError(kind, QStringLiteral("detail")).userMessage();
            QVERIFY2(!sentence.isEmpty(), qPrintable(FichierError::kindName(kind)));
            QVERIFY2(sentence.endsWith(QLatin1Char('.')), qPrintable(sentence));
            QVERIFY2(!seen.contains(sentence), qPrintable(sentence));
            QVERIFY(!sentence.contains(QLatin1Char('\n')));
            seen.insert(sentence);
        }
        QVERIFY(FichierError(Kind::InvalidKey)
                    .userMessage()
                    .contains(QLatin1String("https://1fichier.com/console/params.pl")));
        QVERIFY(FichierError(Kind::Flood).userMessage().contains(QLatin1String("minutes")));
        QVERIFY(FichierError().userMessage().isEmpty());

        const FichierError withServer(
            Kind::Rejected, {}, QStringLiteral("No file has been renamed #312"), 200);
        QVERIFY(withServer.userMessage().contains(QLatin1String("No file has been renamed #312")));
        QVERIFY(withServer.toString().contains(QLatin1String("HTTP 200")));
        // Server text is bounded and on one line.
        const FichierError longOne(
            Kind::Rejected, {}, QString(1000, QLatin1Char('x')) + QStringLiteral("\nline"));
        QVERIFY(longOne.serverMessage().size() <= 300);
        QVERIFY(!longOne.userMessage().contains(QLatin1Char('\n')));
    }

    void fromHttp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::newRow("401") << 401 << "" << int(Kind::InvalidKey);
        QTest::newRow("403 bare") << 403 << "" << int(Kind::Flood);
        QTest::newRow("403 other message")
            << 403 << "Bad request: missing or invalid url #703" << int(Kind::Rejected);
        QTest::newRow("403 flood code only") << 403 << "Too many requests #412" << int(Kind::Flood);
        QTest::newRow("403 no such user") << 403 << "No such user #93" << int(Kind::InvalidKey);
        QTest::newRow("404") << 404 << "" << int(Kind::NotFound);
        QTest::newRow("410") << 410 << "" << int(Kind::NotFound);
        QTest::newRow("429") << 429 << "" << int(Kind::Flood);
        QTest::newRow("500") << 500 << "" << int(Kind::Server);
        QTest::newRow("509") << 509 << "" << int(Kind::Server);
        QTest::newRow("411") << 411 << "" << int(Kind::Rejected);
        QTest::newRow("200 message") << 200 << "Folder is not empty" << int(Kind::Rejected);
        QTest::newRow("302") << 302 << "" << int(Kind::Protocol);
    }

    void fromHttp()
    {
        QFETCH(int, status);
        QFETCH(QString, message);
        QFETCH(int, kind);
        QCOMPARE(FichierError::kindName(FichierError::fromHttp(status, message).kind()),
            FichierError::kindName(Kind(kind)));
    }
};

QTEST_GUILESS_MAIN(TestFichierError)
#include "tst_fichiererror.moc"
