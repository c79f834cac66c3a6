// FichierParsers against the wire shapes of the API document (real examples from §4), the
// lenient cases (numbers as strings, null sizes), Paris dates across DST, and hostile input.
#include "fichier/FichierParsers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QtTest>

using namespace Coffre;
namespace P = Coffre::FichierParsers;
using Kind = FichierError::Kind;

namespace {
const QString kHash = QStringLiteral(
    "0a894ff039da399d5a72116b3665cd952abc8a9ffe37bfae4eae4d5381c5102b237c27e88b03f71c516e08ffa1cc9de9"
    "eac55d7d3abd38ea56220018f006a2c5");

// JSON fixtures are written with single quotes (j() turns them into double quotes): moc
// mis-reads raw string literals, and escaped quotes everywhere would be unreadable.
QByteArray j(const char *json)
{
    return QByteArray(json).replace('\'', '"');
}

// Fixtures carry HASH / UPPERHASH placeholders for the long Whirlpool value.
QByteArray withHash(QByteArray json)
{
    return json.replace("UPPERHASH", kHash.toUpper().toLatin1()).replace("HASH", kHash.toLatin1());
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}
} // namespace

class TestFichierParsers : public QObject
{
    Q_OBJECT
private slots:
    void lenientInteger_data()
    {
        QTest::addColumn<QByteArray>("json"); // the value inside [ ]
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("number") << QByteArray("12") << true << qint64(12);
        QTest::newRow("string") << QByteArray("\"12\"") << true << qint64(12);
        QTest::newRow("padded string") << QByteArray("\" 12 \"") << true << qint64(12);
        QTest::newRow("negative") << QByteArray("-3") << true << qint64(-3);
        QTest::newRow("300 GB") << QByteArray("300000000000") << true << qint64(300000000000);
        QTest::newRow("300 GB string") << QByteArray("\"300000000000\"") << true << qint64(300000000000);
        QTest::newRow("true") << QByteArray("true") << true << qint64(1);
        QTest::newRow("fraction") << QByteArray("1.5") << false << qint64(0);
        QTest::newRow("fraction string") << QByteArray("\"1.5\"") << false << qint64(0);
        QTest::newRow("word") << QByteArray("\"abc\"") << false << qint64(0);
        QTest::newRow("empty string") << QByteArray("\"\"") << false << qint64(0);
        QTest::newRow("null") << QByteArray("null") << false << qint64(0);
        QTest::newRow("huge") << QByteArray("1e300") << false << qint64(0);
        QTest::newRow("huge string") << QByteArray("\"99999999999999999999999\"") << false << qint64(0);
        QTest::newRow("object") << QByteArray("{}") << false << qint64(0);
        QTest::newRow("array") << QByteArray("[1]") << false << qint64(0);
    }

    void lenientInteger()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        QFETCH(qint64, expected);
        const QJsonValue value = QJsonDocument::fromJson("[" + json + "]").array().at(0);
        const std::optional<qint64> parsed = P::lenientInteger(value);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, expected);
        QVERIFY(!P::lenientInteger(QJsonValue(QJsonValue::Undefined)));
    }

    void parisDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        // §1.5: listed "14:57:25" while the HTTP Date said 12:58:17 GMT (June, UTC+2).
        QTest::newRow("summer (doc dump)") << "2021-06-22 14:57:25" << utc(2021, 6, 22, 12, 57, 25);
        QTest::newRow("winter") << "2021-01-15 10:00:00" << utc(2021, 1, 15, 9, 0, 0);
        QTest::newRow("date only") << "2024-01-01" << utc(2023, 12, 31, 23, 0, 0);
        // 2024-03-31: 02:00 CET jumps to 03:00 CEST (01:00 UTC).
        QTest::newRow("before spring change") << "2024-03-31 01:59:59" << utc(2024, 3, 31, 0, 59, 59);
        QTest::newRow("after spring change") << "2024-03-31 03:00:00" << utc(2024, 3, 31, 1, 0, 0);
        QTest::newRow("skipped hour") << "2024-03-31 02:30:00" << utc(2024, 3, 31, 1, 30, 0);
        // 2024-10-27: 03:00 CEST falls back to 02:00 CET (01:00 UTC); 02:xx happens twice.
        QTest::newRow("before autumn change") << "2024-10-27 01:59:59" << utc(2024, 10, 26, 23, 59, 59);
        QTest::newRow("repeated hour: first") << "2024-10-27 02:30:00" << utc(2024, 10, 27, 0, 30, 0);
        QTest::newRow("after autumn change") << "2024-10-27 03:00:00" << utc(2024, 10, 27, 2, 0, 0);
        QTest::newRow("new year CET") << "2025-01-01 00:00:00" << utc(2024, 12, 31, 23, 0, 0);
        QTest::newRow("invalid month") << "2021-13-01 00:00:00" << QDateTime();
        QTest::newRow("invalid day") << "2021-02-30 10:00:00" << QDateTime();
        QTest::newRow("invalid hour") << "2021-06-22 25:00:00" << QDateTime();
        QTest::newRow("words") << "yesterday" << QDateTime();
        QTest::newRow("empty") << "" << QDateTime();
        QTest::newRow("trailing junk") << "2021-06-22 14:57:25 CEST" << QDateTime();
    }

    void parisDates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = P::parseParisDate(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
            QCOMPARE(parsed, expected);
        }
    }

    // The EU rule used without tzdata agrees with the system's Europe/Paris everywhere.
    void euRuleMatchesTimeZone()
    {
        const QTimeZone paris("Europe/Paris");
        if (!paris.isValid())
            QSKIP("no tzdata for Europe/Paris");
        const qint64 from = utc(2000, 1, 1, 0, 0, 0).toSecsSinceEpoch();
        const qint64 to = utc(2035, 12, 31, 0, 0, 0).toSecsSinceEpoch();
        for (qint64 t = from; t < to; t += 3 * 3600 + 17) {
            const int expected = paris.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, Qt::UTC));
            if (P::parisOffsetByEuRule(t) != expected)
                QFAIL(qPrintable(QStringLiteral("differs at %1").arg(t)));
        }
        QCOMPARE(P::parisOffsetFromUtc(utc(2021, 6, 22, 12, 0, 0).toSecsSinceEpoch()), 7200);
        QCOMPARE(P::parisOffsetFromUtc(utc(2021, 12, 22, 12, 0, 0).toSecsSinceEpoch()), 3600);
    }

    void checkReply_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("ok") << 200 << QByteArray("{\"status\":\"OK\"}") << int(Kind::None);
        QTest::newRow("no status") << 200 << QByteArray("{\"url\":\"up2.1fichier.com\",\"id\":\"x\"}")
                                   << int(Kind::None);
        QTest::newRow("flood 403")
            << 403 << QByteArray("{\"status\":\"KO\",\"message\":\"Flood detected: IP Locked #374\"}")
            << int(Kind::Flood);
        QTest::newRow("flood key order")
            << 403 << QByteArray("{\"message\":\"Flood detected #412\",\"status\":\"KO\"}")
            << int(Kind::Flood);
        QTest::newRow("user locked 200")
            << 200 << QByteArray("{\"status\":\"KO\",\"message\":\"Flood detected: User Locked #1\"}")
            << int(Kind::Flood);
        QTest::newRow("429 empty") << 429 << QByteArray() << int(Kind::Flood);
        QTest::newRow("403 html") << 403 << QByteArray("<html>Forbidden</html>") << int(Kind::Flood);
        QTest::newRow("no such user")
            << 401 << QByteArray("{\"status\":\"KO\",\"message\":\"No such user #93\"}")
            << int(Kind::InvalidKey);
        QTest::newRow("no such user 403")
            << 403 << QByteArray("{\"status\":\"KO\",\"message\":\"No such user #93\"}")
            << int(Kind::InvalidKey);
        QTest::newRow("not authenticated")
            << 401 << QByteArray("{\"status\":\"KO\",\"message\":\"Not authenticated #247\"}")
            << int(Kind::InvalidKey);
        QTest::newRow("401 bare") << 401 << QByteArray() << int(Kind::InvalidKey);
        QTest::newRow("not premium")
            << 403
            << QByteArray("{\"status\":\"KO\",\"message\":\"Must be a customer (Premium, Access) #200\"}")
            << int(Kind::NotPremium);
        QTest::newRow("owner locked")
            << 403 << QByteArray("{\"status\":\"KO\",\"message\":\"Owner locked #620\"}")
            << int(Kind::NotAllowed);
        QTest::newRow("not allowed") << 403
                                     << QByteArray(
                                            "{\"status\":\"KO\",\"message\":\"Resource not allowed #631\"}")
                                     << int(Kind::NotAllowed);
        QTest::newRow("password")
            << 403
            << QByteArray("{\"status\":\"KO\",\"message\":\"Invalid password. Resource not allowed #631\"}")
            << int(Kind::NotAllowed);
        QTest::newRow("not found") << 404
                                   << QByteArray(
                                          "{\"status\":\"KO\",\"message\":\"Resource not found #469\"}")
                                   << int(Kind::NotFound);
        QTest::newRow("404 bare") << 404 << QByteArray() << int(Kind::NotFound);
        QTest::newRow("location")
            << 403 << QByteArray("{\"status\":\"KO\",\"message\":\"Only 1 location allowed at a time #887\"}")
            << int(Kind::LocationLimit);
        QTest::newRow("rename no-op 200")
            << 200 << QByteArray("{\"status\":\"KO\",\"message\":\"No file has been renamed #312\"}")
            << int(Kind::Rejected);
        QTest::newRow("KO without message")
            << 200 << QByteArray("{\"status\":\"KO\"}") << int(Kind::Rejected);
        QTest::newRow("status of wrong type") << 200 << QByteArray("{\"status\":0}") << int(Kind::Rejected);
        QTest::newRow("502 html") << 502 << QByteArray("<html>Bad gateway</html>") << int(Kind::Server);
        QTest::newRow("500 json") << 500 << QByteArray("{\"status\":\"KO\",\"message\":\"oops\"}")
                                  << int(Kind::Server);
        QTest::newRow("html 200") << 200 << QByteArray("<html><body>hi</body></html>") << int(Kind::Protocol);
        QTest::newRow("empty 200") << 200 << QByteArray() << int(Kind::Protocol);
        QTest::newRow("array 200") << 200 << QByteArray("[1,2]") << int(Kind::Protocol);
        QTest::newRow("truncated") << 200 << QByteArray("{\"status\":\"OK\",") << int(Kind::Protocol);
        QTest::newRow("400 bare") << 400 << QByteArray() << int(Kind::Rejected);
    }

    void checkReply()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const FichierError error = P::checkReply(status, body);
        QCOMPARE(FichierError::kindName(error.kind()), FichierError::kindName(Kind(kind)));
        if (kind != int(Kind::None))
            QCOMPARE(error.httpStatus(), status);
    }

    void folderListing()
    {
        // Real replies (§4.5, rclone #5152).
        const QByteArray root = j("{'folder_id':0,'status':'OK','size':null,'files':0, "
                                  " 'sub_folders':[{'id':3357645,'create_date':'2021-03-20 "
                                  "16:42:15','name':'backup.phenix','pass':0}, "
                                  "                {'id':3361075,'create_date':'2021-03-21 "
                                  "06:00:06','name':'backup.rclone','pass':0}], "
                                  " 'name':'Root'}");
        QString problem;
        auto listing = P::parseFolderListing(root, &problem);
        QVERIFY2(listing, qPrintable(problem));
        QCOMPARE(listing->id, 0);
        QCOMPARE(listing->name, QStringLiteral("Root"));
        QCOMPARE(listing->size, -1);
        QCOMPARE(listing->fileCount, 0);
        QCOMPARE(listing->folders.size(), 2);
        QCOMPARE(listing->folders.at(1).id, 3361075);
        QCOMPARE(listing->folders.at(1).name, QStringLiteral("backup.rclone"));
        QCOMPARE(listing->folders.at(0).created, utc(2021, 3, 20, 15, 42, 15));

        const QByteArray sub = j("{'folder_id':'3361075','name':'backup.rclone','size':'1234', "
                                 " 'sub_folders':[{'pass':'1','id':'3361081','name':'a\uff04b\u2420','create_"
                                 "date':'bad date'}], 'extra':{'x':[1]}}");
        listing = P::parseFolderListing(sub, &problem);
        QVERIFY2(listing, qPrintable(problem));
        QCOMPARE(listing->id, 3361075);
        QCOMPARE(listing->size, 1234);
        QCOMPARE(listing->folders.at(0).id, 3361081);
        QCOMPARE(listing->folders.at(0).name, QStringLiteral("a$b "));
        QVERIFY(listing->folders.at(0).passwordProtected);
        QVERIFY(!listing->folders.at(0).created.isValid());

        QVERIFY(P::parseFolderListing(j("{'folder_id':5}"))->folders.isEmpty());
        QVERIFY(!P::parseFolderListing(j("{'folder_id':5,'sub_folders':'x'}"), &problem));
        QVERIFY(!problem.isEmpty());
        QVERIFY(!P::parseFolderListing(j("{'folder_id':5,'sub_folders':[{'name':'x'}]}")));
        QVERIFY(!P::parseFolderListing(j("{'folder_id':5,'sub_folders':[{'id':7,'name':7}]}")));
        QVERIFY(!P::parseFolderListing(j("{'folder_id':5,'sub_folders':[3]}")));
        QVERIFY(!P::parseFolderListing(j("{'name':'Root'}")));
        QVERIFY(
            !P::parseFolderListing(j("{'status':'KO','message':'Resource not found #469','folder_id':5}")));
        QVERIFY(!P::parseFolderListing("<html></html>"));
        QVERIFY(!P::parseFolderListing("[]"));
    }

    void fileListing()
    {
        // Real reply (§4.9, rclone #5421).
        const QByteArray body
            = withHash(j("{'status':'OK','count':1, "
                         " 'items':[{'pass':0,'acl':0,'size':12,'filename':'test.txt', "
                         "           'checksum':'HASH', "
                         "           'cdn':0,'url':'https://1fichier.com/?2zk52quqlm0cbjr93ri5', "
                         "           'date':'2021-06-22 14:57:25','content-type':'text/plain'}]}"));
        QString problem;
        auto files = P::parseFileListing(body, &problem);
        QVERIFY2(files, qPrintable(problem));
        QCOMPARE(files->size(), 1);
        const FileEntry &f = files->first();
        QCOMPARE(f.url, QStringLiteral("https://1fichier.com/?2zk52quqlm0cbjr93ri5"));
        QCOMPARE(f.filename, QStringLiteral("test.txt"));
        QCOMPARE(f.size, 12);
        QCOMPARE(f.checksum, kHash);
        QCOMPARE(f.uploaded, utc(2021, 6, 22, 12, 57, 25));
        QCOMPARE(f.contentType, QStringLiteral("text/plain"));
        QVERIFY(!f.passwordProtected);

        const QByteArray lenient = withHash(
            j("{'status':'OK','items':[ "
              "            "
              "{'url':'https://1fichier.com/"
              "?a','size':'300000000000','checksum':'UPPERHASH','content_type':'application/"
              "zip','filename':'x\uff1cy\uff1e'}, "
              "            {'url':'https://1fichier.com/?b','size':null,'checksum':'nothex','date':null}, "
              "            "
              "{'url':'https://1fichier.com/?c','filename':'dup'},{'url':'https://1fichier.com/"
              "?d','filename':'dup'}]}"));
        files = P::parseFileListing(lenient, &problem);
        QVERIFY2(files, qPrintable(problem));
        QCOMPARE(files->size(), 4);
        QCOMPARE(files->at(0).size, 300000000000);
        QCOMPARE(files->at(0).checksum, kHash);
        QCOMPARE(files->at(0).contentType, QStringLiteral("application/zip"));
        QCOMPARE(files->at(0).filename, QStringLiteral("x<y>"));
        QCOMPARE(files->at(1).size, -1);
        QVERIFY(files->at(1).checksum.isEmpty());
        QVERIFY(!files->at(1).uploaded.isValid());
        QCOMPARE(files->at(2).filename, files->at(3).filename);

        QVERIFY(P::parseFileListing(j("{'status':'OK','count':0}"))->isEmpty());
        QVERIFY(!P::parseFileListing(j("{'status':'OK','items':{}}")));
        QVERIFY(!P::parseFileListing(j("{'status':'OK','items':[{'filename':'no url'}]}")));
        QVERIFY(!P::parseFileListing(j("{'status':'OK','items':[{'url':5}]}")));
        QVERIFY(!P::parseFileListing(j("{'status':'OK','items':['https://1fichier.com/?a']}")));
        QVERIFY(!P::parseFileListing(j("{'status':'KO','message':'Flood detected #374'}")));
    }

    void fileInfo()
    {
        const QByteArray body = withHash(
            j("{'url':'https://1fichier.com/?example','filename':'Example.dat','size':1234, "
              " 'date':'2024-01-31 12:00:00','folder_id':1234,'path':'ExampleA/Ex\uff07B', "
              " 'checksum':'HASH','content-type':'mime/type','description':'x', "
              " 'pass':0,'no_ssl':0,'inline':0,'cdn':0, "
              " 'acl':{'ip':['1.2.3.0/24'],'country':['FR'],'email':['user@example.com'],'premium':1}}"));
        QString problem;
        const auto info = P::parseFileInfo(body, &problem);
        QVERIFY2(info, qPrintable(problem));
        QCOMPARE(info->folderId, 1234);
        QCOMPARE(info->folderPath, QStringLiteral("ExampleA/Ex'B"));
        QCOMPARE(info->uploaded, utc(2024, 1, 31, 11, 0, 0));
        QCOMPARE(info->size, 1234);
        QVERIFY(!P::parseFileInfo(j("{'status':'KO','message':'Resource not found #469'}")));
        // A folder whose name holds "／" keeps it: decoded, it would split the path in two.
        const QByteArray slash = withHash(j("{'url':'https://1fichier.com/?example','filename':'E.dat', "
                                            " 'size':1,'date':'2024-01-31 12:00:00','path':'A/\uff0fB/C'}"));
        const auto split = P::parseFileInfo(slash, &problem);
        QVERIFY2(split, qPrintable(problem));
        QCOMPARE(split->folderPath, QStringLiteral("A/\uff0fB/C"));
    }

    void endReport()
    {
        // §4.4 (size is a string on the wire).
        const QByteArray body
            = withHash(j("{'incoming':0,'links':[{'download':'https://1fichier.com/?2zk52quqlm0cbjr93ri5', "
                         "            'filename':'test.txt','remove':'','size':'12','whirlpool':'HASH'}]}"));
        QString problem;
        auto report = P::parseEndReport(body, &problem);
        QVERIFY2(report, qPrintable(problem));
        QCOMPARE(report->url, QStringLiteral("https://1fichier.com/?2zk52quqlm0cbjr93ri5"));
        QCOMPARE(report->size, 12);
        QCOMPARE(report->whirlpool, kHash);
        QCOMPARE(report->filename, QStringLiteral("test.txt"));

        QVERIFY(P::parseEndReport(QByteArray(body).replace("\"12\"", "12")));
        QVERIFY(!P::parseEndReport(j("{'incoming':0,'links':[]}"), &problem));
        QVERIFY(problem.contains(QLatin1String("no links")));
        QVERIFY(!P::parseEndReport("<html><table class=\"premium\"></table></html>", &problem));
        QVERIFY(problem.contains(QLatin1String("HTML")));
        QVERIFY(!P::parseEndReport(""));
        QVERIFY(!P::parseEndReport(j("{'links':'x'}")));
        QVERIFY(!P::parseEndReport(j("{'links':[5]}")));
        QVERIFY(!P::parseEndReport(j("{'links':[{'download':'u','size':'12'}]}"))); // no whirlpool
        QVERIFY(
            !P::parseEndReport(withHash(j("{'links':[{'download':'u','size':'x','whirlpool':'HASH'}]}"))));
    }

    void uploadServer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        QTest::newRow("doc example") << QByteArray(j("{'url':'up2.1fichier.com','id':'Fhl1aZERQv'}")) << true;
        QTest::newRow("loopback with port") << QByteArray(j("{'url':'127.0.0.1:8080','id':'a1'}")) << true;
        QTest::newRow("ipv6") << QByteArray(j("{'url':'[::1]:8080','id':'a1'}")) << true;
        QTest::newRow("id 11 chars") << QByteArray(j("{'url':'up2.1fichier.com','id':'Fhl1aZERQvX'}"))
                                     << false;
        QTest::newRow("id with slash") << QByteArray(j("{'url':'up2.1fichier.com','id':'../x'}")) << false;
        QTest::newRow("id empty") << QByteArray(j("{'url':'up2.1fichier.com','id':''}")) << false;
        QTest::newRow("url with scheme")
            << QByteArray(j("{'url':'https://up2.1fichier.com','id':'a1'}")) << false;
        QTest::newRow("url with path") << QByteArray(j("{'url':'up2.1fichier.com/x','id':'a1'}")) << false;
        QTest::newRow("url with userinfo") << QByteArray(j("{'url':'u@evil.com','id':'a1'}")) << false;
        QTest::newRow("url missing") << QByteArray(j("{'id':'a1'}")) << false;
        QTest::newRow("KO") << QByteArray(j("{'status':'KO','message':'Flood detected #374'}")) << false;
    }

    void uploadServer()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        QCOMPARE(P::parseUploadServer(body).has_value(), valid);
    }

    void downloadToken()
    {
        auto url = P::parseDownloadToken(j("{'status':'OK','url':'https://a-4.1fichier.com/abcdef'}"));
        QVERIFY(url);
        QCOMPARE(*url, QStringLiteral("https://a-4.1fichier.com/abcdef"));
        QVERIFY(
            !P::parseDownloadToken(j("{'status':'KO','message':'Only 1 location allowed at a time #887'}")));
        QVERIFY(!P::parseDownloadToken(j("{'status':'OK','url':'ftp://a-4.1fichier.com/x'}")));
        QVERIFY(!P::parseDownloadToken(j("{'status':'OK','url':'not a url'}")));
        QVERIFY(!P::parseDownloadToken(j("{'status':'OK'}")));
    }

    void removeMoveRename()
    {
        auto removed = P::parseRemove(
            j("{'status':'OK','removed':2,'urls':['https://1fichier.com/?a','https://1fichier.com/?b']}"));
        QVERIFY(removed);
        QCOMPARE(removed->removed, 2);
        QCOMPARE(removed->urls.size(), 2);
        removed = P::parseRemove(j("{'status':'OK','removed':'1'}"));
        QVERIFY(removed);
        QCOMPARE(removed->removed, 1);
        QVERIFY(!P::parseRemove(j("{'status':'KO','message':'x'}")));

        auto moved = P::parseMove(
            j("{'status':'OK','moved':1,'urls':['https://1fichier.com/?new'],'filename':'n.txt'}"));
        QVERIFY(moved);
        QCOMPARE(moved->count, 1);
        QCOMPARE(moved->urls, QStringList {QStringLiteral("https://1fichier.com/?new")});

        auto renamed = P::parseRename(j("{'status':'OK','renamed':1,'urls':[{'url':'https://1fichier.com/"
                                        "?a','old_filename':'a','new_filename':'b'}]}"));
        QVERIFY(renamed);
        QCOMPARE(renamed->count, 1);
        QCOMPARE(renamed->urls, QStringList {QStringLiteral("https://1fichier.com/?a")});
        QVERIFY(!P::parseRename(j("{'status':'KO','message':'No file has been renamed #312'}")));
    }

    void accountInfo()
    {
        // rclone decoded these as strings (2022); the document lists integers: both work.
        auto info = P::parseAccountInfo(j(
            "{'status':'OK','email':'a@b.c','offer':'1','cold_storage':'1000', "
            "            'available_cold_storage':5000,'upload_forbidden':'0','subscription_end':'2030-01-01 "
            "00:00:00','2fa':'0'}"));
        QVERIFY(info);
        QCOMPARE(info->email, QStringLiteral("a@b.c"));
        QCOMPARE(info->offer, 1);
        QVERIFY(info->isPremium());
        QCOMPARE(info->coldStorageUsed, 1000);
        QCOMPARE(info->coldStorageAvailable, 5000);
        QVERIFY(!info->uploadForbidden);
        QCOMPARE(info->subscriptionEnd, utc(2029, 12, 31, 23, 0, 0));
        info = P::parseAccountInfo(j("{'email':'a@b.c','offer':0,'upload_forbidden':1}"));
        QVERIFY(info);
        QVERIFY(!info->isPremium());
        QVERIFY(info->uploadForbidden);
        QVERIFY(!P::parseAccountInfo(j("{'status':'OK'}")));
        QVERIFY(!P::parseAccountInfo(j("{'status':'KO','message':'Flood detected: IP Locked #38'}")));
    }

    void xidFromLocation_data()
    {
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QString>("xid");
        QTest::newRow("relative") << QByteArray("/end.pl?xid=Fhl1aZERQv") << "Fhl1aZERQv";
        QTest::newRow("absolute") << QByteArray("https://up2.1fichier.com/end.pl?xid=Abc123") << "Abc123";
        QTest::newRow("other params") << QByteArray("/end.pl?a=1&xid=Q9&b=2") << "Q9";
        QTest::newRow("no xid") << QByteArray("/end.pl") << "";
        QTest::newRow("junk xid") << QByteArray("/end.pl?xid=../../etc") << "";
        QTest::newRow("empty") << QByteArray() << "";
    }

    void xidFromLocation()
    {
        QFETCH(QByteArray, location);
        QFETCH(QString, xid);
        QCOMPARE(P::xidFromLocation(location), xid);
    }

    // Mutated and random replies through every parser: errors are fine, crashes are not.
    void hostileInput()
    {
        const QList<QByteArray> seeds = {
            j("{'folder_id':0,'status':'OK','size':null,'files':0,'sub_folders':[{'id':1,'create_date':'2021-"
              "03-20 16:42:15','name':'a','pass':0}],'name':'Root'}"),
            j("{'status':'OK','count':1,'items':[{'pass':0,'acl':0,'size':12,'filename':'t','checksum':'ab','"
              "cdn':0,'url':'https://1fichier.com/?a','date':'2021-06-22 "
              "14:57:25','content-type':'text/plain'}]}"),
            j("{'incoming':0,'links':[{'download':'https://1fichier.com/"
              "?a','filename':'t','remove':'','size':'12','whirlpool':'ab'}]}"),
            j("{'url':'up2.1fichier.com','id':'Fhl1aZERQv'}"),
            j("{'status':'OK','url':'https://a-4.1fichier.com/x'}"),
            j("{'status':'OK','email':'a@b.c','offer':1}"),
        };
        QRandomGenerator random(20240601);
        int parsed = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray body = seeds.at(round % seeds.size());
            const int edits = 1 + random.bounded(6);
            for (int e = 0; e < edits && !body.isEmpty(); ++e) {
                const int at = random.bounded(int(body.size()));
                switch (random.bounded(4)) {
                case 0:
                    body[at] = char(random.bounded(256));
                    break;
                case 1:
                    body.remove(at, 1 + random.bounded(8));
                    break;
                case 2:
                    body.insert(at, QByteArray(1 + random.bounded(4), "{[\":,0-9\"]}"[random.bounded(11)]));
                    break;
                default:
                    body.truncate(at);
                }
            }
            parsed += P::parseFolderListing(body).has_value() + P::parseFileListing(body).has_value()
                + P::parseFileInfo(body).has_value() + P::parseEndReport(body).has_value()
                + P::parseUploadServer(body).has_value() + P::parseDownloadToken(body).has_value()
                + P::parseAccountInfo(body).has_value() + P::parseMkdir(body).has_value()
                + P::parseRemove(body).has_value() + P::parseMove(body).has_value()
                + P::parseRename(body).has_value();
            (void)P::checkReply(random.bounded(600), body);
        }
        QByteArray deep(100000, '[');
        QVERIFY(!P::parseFileListing(deep));
        QVERIFY(!P::parseFolderListing(QByteArray(5 << 20, 'x')));
        QVERIFY(parsed >= 0);
    }

    void helpers()
    {
        QCOMPARE(P::normalizeWhirlpool(kHash.toUpper()), kHash);
        QVERIFY(P::normalizeWhirlpool(kHash.left(127)).isEmpty());
        QVERIFY(P::normalizeWhirlpool(QString(kHash).replace(0, 1, QStringLiteral("g"))).isEmpty());
        QVERIFY(P::isValidUploadId(QStringLiteral("Fhl1aZERQv")));
        QVERIFY(!P::isValidUploadId(QStringLiteral("Fhl1aZERQv1")));
        QVERIFY(!P::isValidUploadId(QStringLiteral("é")));
        QVERIFY(P::isValidNodeHost(QStringLiteral("up2.1fichier.com")));
        QVERIFY(!P::isValidNodeHost(QStringLiteral("up2.1fichier.com:99999x")));
        QVERIFY(!P::isValidNodeHost(QStringLiteral("")));
        QVERIFY(!P::isValidNodeHost(QStringLiteral("a b")));
        QVERIFY(P::isValidNodeHost(QStringLiteral("up-2.1fichier.com")));
        QVERIFY(P::isValidNodeHost(QStringLiteral("127.0.0.1:41234")));
        // A hyphen ending a label: found by fuzz_fichier_replies, QUrl refuses such a host.
        QVERIFY(!P::isValidNodeHost(QStringLiteral("127.0.0.1-:41234")));
        QVERIFY(!P::isValidNodeHost(QStringLiteral("up2-.1fichier.com")));
        QVERIFY(!P::isValidNodeHost(QStringLiteral("-up2.1fichier.com")));
    }
};

QTEST_GUILESS_MAIN(TestFichierParsers)
#include "tst_fichierparsers.moc"
