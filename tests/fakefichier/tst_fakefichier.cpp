// The stand-in's own tests: every wire shape, status code and quirk of 1fichier-api.md that
// it reproduces, checked with raw QNetworkAccessManager requests (no Coffre client code).
#include "FakeFichier.h"
#include "WireClient.h"
#include "core/Whirlpool.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QTimeZone>
#include <QtTest>

namespace {

const QRegularExpression kDateRe(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"));
const QRegularExpression kUrlRe(QStringLiteral("^https://1fichier\\.com/\\?[a-z0-9]{20}$"));
const QRegularExpression kHexRe(QStringLiteral("^[0-9a-f]{128}$"));
const QString kKey2 = QStringLiteral("SecondAccountKey_0123456789abcde");

QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> list)
{
    QJsonObject o;
    for (const auto &p : list)
        o.insert(p.first, p.second);
    return o;
}

FakeFichier::Options withArgs(const QStringList &args, int rate = 0)
{
    FakeFichier::Options o;
    o.extraArgs = args;
    o.rate = rate;
    return o;
}

qint64 folderIdOf(const WireReply &reply)
{
    return reply.json.value(QLatin1String("folder_id")).toInteger(-1);
}

} // namespace

class TestFakeFichier : public QObject
{
    Q_OBJECT

private:
    // Checks the documented shape of one listing item (§4.9).
    static void checkFileItem(const QJsonObject &item)
    {
        const QStringList keys {QStringLiteral("url"), QStringLiteral("filename"), QStringLiteral("size"),
            QStringLiteral("date"), QStringLiteral("checksum"), QStringLiteral("content-type"),
            QStringLiteral("pass"), QStringLiteral("acl"), QStringLiteral("cdn")};
        for (const QString &key : keys)
            QVERIFY2(item.contains(key), qPrintable(key));
        QVERIFY(kUrlRe.match(item.value(QLatin1String("url")).toString()).hasMatch());
        QVERIFY(item.value(QLatin1String("filename")).isString());
        QVERIFY(item.value(QLatin1String("size")).isDouble());
        QVERIFY(kDateRe.match(item.value(QLatin1String("date")).toString()).hasMatch());
        QVERIFY(kHexRe.match(item.value(QLatin1String("checksum")).toString()).hasMatch());
        QVERIFY(item.value(QLatin1String("content-type")).isString());
        QVERIFY(!item.contains(QLatin1String("content_type")));
        for (const char *flag : {"pass", "acl", "cdn"})
            QVERIFY(item.value(QLatin1String(flag)).isDouble());
    }

    static QJsonArray listFiles(WireClient &client, FakeFichier &fake, qint64 folderId)
    {
        const WireReply r = client.api(
            fake.apiUrl(), QStringLiteral("file/ls.cgi"), obj({{QStringLiteral("folder_id"), folderId}}));
        return r.json.value(QLatin1String("items")).toArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("COFFRE_FAKE_BIN").isEmpty(),
            "COFFRE_FAKE_BIN must point at coffre-fakefichier");
    }

    // First stdout line is the URL, the second the generated key; SIGTERM ends it cleanly
    // and removes its private data dir.
    void startupLinesAndGeneratedKey()
    {
        QProcess process;
        process.start(
            qEnvironmentVariable("COFFRE_FAKE_BIN"), {QStringLiteral("--rate"), QStringLiteral("0")});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        while (out.count('\n') < 2 && process.waitForReadyRead(10000))
            out += process.readAllStandardOutput();
        const QList<QByteArray> lines = out.split('\n');
        QVERIFY(lines.size() >= 2);
        QVERIFY(QRegularExpression(QStringLiteral("^COFFRE_API_URL=http://127\\.0\\.0\\.1:\\d+/v1$"))
                    .match(QString::fromLatin1(lines.at(0)))
                    .hasMatch());
        const QRegularExpressionMatch key
            = QRegularExpression(QStringLiteral("^COFFRE_API_KEY=([A-Za-z0-9=_-]{32})$"))
                  .match(QString::fromLatin1(lines.at(1)));
        QVERIFY(key.hasMatch());
        WireClient client(key.captured(1));
        const QUrl api(QString::fromLatin1(lines.at(0).mid(15)));
        QVERIFY(
            client.api(api, QStringLiteral("folder/ls.cgi"), obj({{QStringLiteral("folder_id"), 0}})).ok());
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        const QRegularExpressionMatch dir = QRegularExpression(QStringLiteral("data in (\\S+)")).match(err);
        QVERIFY2(dir.hasMatch(), qPrintable(err));
        QVERIFY(!QDir(dir.captured(1)).exists());
    }

    void badCommandLineIsOneLineError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::newRow("rate") << QStringList {QStringLiteral("--rate"), QStringLiteral("x")} << 2 << "--rate";
        QTest::newRow("key") << QStringList {QStringLiteral("--key"), QStringLiteral("secret-but-short")} << 2
                             << "32 characters";
        QTest::newRow("faults") << QStringList {QStringLiteral("--faults"), QStringLiteral("explode")} << 1
                                << "unknown fault 'explode'";
        QTest::newRow("unknown") << QStringList {QStringLiteral("--frobnicate")} << 2 << "frobnicate";
    }

    void badCommandLineIsOneLineError()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, text);
        QProcess process;
        process.start(qEnvironmentVariable("COFFRE_FAKE_BIN"), args);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), code);
        const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
        QVERIFY2(err.contains(text), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 0);
        QVERIFY(!err.contains(QLatin1String("secret-but-short")));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    // §1.2 / §7.2: missing key → Not authenticated, unknown key → No such user #93, both
    // with HTTP 401 by default, on the API, the upload node and the download host.
    void authErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::newRow("default 401") << QStringList() << 401;
        QTest::newRow("--auth-status 403")
            << QStringList {QStringLiteral("--auth-status"), QStringLiteral("403")} << 403;
    }

    void authErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        FakeFichier fake(withArgs(args));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient good(fake.apiKey());
        const WireClient::Upload up = good.upload(fake.apiUrl(), QStringLiteral("a.txt"), "abc");
        QCOMPARE(up.post.status, 302);
        const QString url = up.report.json.value(QLatin1String("links"))
                                .toArray()
                                .at(0)[QLatin1String("download")]
                                .toString();
        const WireReply token = good.api(
            fake.apiUrl(), QStringLiteral("download/get_token.cgi"), obj({{QStringLiteral("url"), url}}));
        const QUrl tokenUrl(token.json.value(QLatin1String("url")).toString());
        QVERIFY(tokenUrl.isValid());

        WireClient none {QString()};
        WireClient wrong(QStringLiteral("UnknownKey_UnknownKey_UnknownKey"));
        for (auto *client : {&none, &wrong}) {
            const QString expected = client == &none ? QStringLiteral("Not authenticated #247")
                                                     : QStringLiteral("No such user #93");
            QList<WireReply> replies {
                client->api(
                    fake.apiUrl(), QStringLiteral("folder/ls.cgi"), obj({{QStringLiteral("folder_id"), 0}})),
                client->api(fake.apiUrl(), QStringLiteral("user/info.cgi")),
                client->api(
                    fake.apiUrl(), QStringLiteral("upload/get_upload_server.cgi"), {}, WireClient::Get),
                client->get(
                    QUrl(QStringLiteral("http://%1/end.pl?xid=%2").arg(up.node, up.id)), {{"JSON", "1"}}),
                client->get(tokenUrl),
            };
            QNetworkRequest post(QUrl(QStringLiteral("http://%1/upload.cgi?id=%2").arg(up.node, up.id)));
            post.setRawHeader("Content-Type", "multipart/form-data; boundary=xyz");
            replies.append(client->send(
                post, "POST", WireClient::multipartBody("xyz", {}, QStringLiteral("b.txt"), "b")));
            for (const WireReply &r : std::as_const(replies)) {
                QCOMPARE(r.status, status);
                QVERIFY2(r.isJson, r.body.constData());
                QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("KO"));
                QCOMPARE(r.message(), expected);
            }
        }
        // Nothing was uploaded by the refused POSTs.
        QCOMPARE(listFiles(good, fake, 0).size(), 1);
    }

    // §1.3: every API call needs Content-Type: application/json, even the bodiless GET of
    // get_upload_server; --no-content-type-check lifts it.
    void contentTypeEnforced()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        WireReply r = client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"),
            obj({{QStringLiteral("folder_id"), 0}}), WireClient::NoContentType);
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("KO"));
        QVERIFY(r.message().contains(QLatin1String("application/json")));
        r = client.api(fake.apiUrl(), QStringLiteral("upload/get_upload_server.cgi"), {},
            WireClient::Get | WireClient::NoContentType);
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("KO"));
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("upload/get_upload_server.cgi"), {}, WireClient::Get)
                    .json.contains(QLatin1String("id")));
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("upload/get_upload_server.cgi"))
                    .json.contains(QLatin1String("id")));
        // rclone's bodiless user/info.cgi POST with the JSON content type works.
        QNetworkRequest info(QUrl(fake.apiUrl().toString() + QStringLiteral("/user/info.cgi")));
        info.setRawHeader("Content-Type", "application/json");
        QVERIFY(client.send(info, "POST").ok());

        FakeFichier lax(withArgs({QStringLiteral("--no-content-type-check")}));
        QVERIFY2(lax.start(), qPrintable(lax.errorString()));
        WireClient laxClient(lax.apiKey());
        QVERIFY(laxClient
                    .api(lax.apiUrl(), QStringLiteral("folder/ls.cgi"),
                        obj({{QStringLiteral("folder_id"), 0}}), WireClient::NoContentType)
                    .ok());
    }

    void unknownEndpointAndMethod()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        WireReply r = client.api(fake.apiUrl(), QStringLiteral("file/frobnicate.cgi"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("KO"));
        r = client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi"), {}, WireClient::Get);
        QCOMPARE(r.status, 405);
        r = client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi"), {}, WireClient::NoFlags);
        QVERIFY(r.ok());
        // A body that is not a JSON object is refused.
        QNetworkRequest bad(QUrl(fake.apiUrl().toString() + QStringLiteral("/file/ls.cgi")));
        bad.setRawHeader("Content-Type", "application/json");
        r = client.send(bad, "POST", "[1,2");
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("KO"));
    }

    // §4.17, types as rclone decodes them (strings), or all numbers with --user-info-numbers.
    void userInfoShape_data()
    {
        QTest::addColumn<bool>("numbers");
        QTest::newRow("rclone strings") << false;
        QTest::newRow("--user-info-numbers") << true;
    }

    void userInfoShape()
    {
        QFETCH(bool, numbers);
        FakeFichier fake(
            withArgs(numbers ? QStringList {QStringLiteral("--user-info-numbers")} : QStringList()));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        fake.seedFile(QStringLiteral("/x"), QStringLiteral("f.bin"), QByteArray(1000, 'x'));
        const WireReply r = client.api(fake.apiUrl(), QStringLiteral("user/info.cgi"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.ok());
        const QStringList stringFields {QStringLiteral("offer"), QStringLiteral("2fa"), QStringLiteral("cdn"),
            QStringLiteral("use_cdn"), QStringLiteral("upload_forbidden"), QStringLiteral("mail_rm"),
            QStringLiteral("ftp_mode"), QStringLiteral("ftp_report"), QStringLiteral("ru_report"),
            QStringLiteral("default_port"), QStringLiteral("default_port_files"),
            QStringLiteral("download_menu")};
        const QStringList numberFields {QStringLiteral("default_quota"), QStringLiteral("cold_storage"),
            QStringLiteral("available_cold_storage"), QStringLiteral("overquota"),
            QStringLiteral("available_storage"), QStringLiteral("allowed_cold_storage"),
            QStringLiteral("hot_storage"), QStringLiteral("default_cold_storage_quota"),
            QStringLiteral("page_limit"), QStringLiteral("default_domain"), QStringLiteral("ftp_did")};
        for (const QString &f : stringFields) {
            QVERIFY2(r.json.contains(f), qPrintable(f));
            QVERIFY2(numbers ? r.json.value(f).isDouble() : r.json.value(f).isString(), qPrintable(f));
        }
        for (const QString &f : numberFields)
            QVERIFY2(r.json.value(f).isDouble(), qPrintable(f));
        QVERIFY(r.json.value(QLatin1String("email")).toString().contains(QLatin1Char('@')));
        QVERIFY(kDateRe.match(r.json.value(QLatin1String("subscription_end")).toString()).hasMatch());
        QCOMPARE(r.json.value(QLatin1String("cold_storage")).toInteger(), 1000);
        QCOMPARE(r.json.value(QLatin1String("offer")).toVariant().toInt(), 1);
    }

    // §4.5 with the real example's shape, root "Root" id 0, size null, files:1 → items.
    void folderLsShape()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const WireReply mk = client.api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"),
            obj({{QStringLiteral("name"), QStringLiteral("backup.rclone")},
                {QStringLiteral("folder_id"), 0}}));
        QVERIFY(mk.ok());
        QVERIFY(mk.json.value(QLatin1String("folder_id")).isDouble());
        QVERIFY(folderIdOf(mk) >= 3360000);
        QCOMPARE(mk.json.value(QLatin1String("name")).toString(), QStringLiteral("backup.rclone"));
        fake.seedFile(QString(), QStringLiteral("root.txt"), "in root");

        WireReply r = client.api(
            fake.apiUrl(), QStringLiteral("folder/ls.cgi"), obj({{QStringLiteral("folder_id"), 0}}));
        QCOMPARE(r.status, 200);
        QVERIFY(r.ok());
        QCOMPARE(r.json.value(QLatin1String("folder_id")).toInteger(-1), 0);
        QVERIFY(r.json.value(QLatin1String("folder_id")).isDouble());
        QCOMPARE(r.json.value(QLatin1String("name")).toString(), QStringLiteral("Root"));
        QVERIFY(r.json.value(QLatin1String("size")).isNull());
        QCOMPARE(r.json.value(QLatin1String("files")).toInteger(-1), 1);
        QVERIFY(!r.json.contains(QLatin1String("items")));
        const QJsonArray subs = r.json.value(QLatin1String("sub_folders")).toArray();
        QCOMPARE(subs.size(), 1);
        const QJsonObject sub = subs.at(0).toObject();
        QCOMPARE(sub.value(QLatin1String("id")).toInteger(), folderIdOf(mk));
        QVERIFY(sub.value(QLatin1String("id")).isDouble());
        QCOMPARE(sub.value(QLatin1String("name")).toString(), QStringLiteral("backup.rclone"));
        QVERIFY(kDateRe.match(sub.value(QLatin1String("create_date")).toString()).hasMatch());
        QCOMPARE(sub.value(QLatin1String("pass")).toInteger(-1), 0);

        r = client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"),
            obj({{QStringLiteral("folder_id"), 0}, {QStringLiteral("files"), 1}}));
        const QJsonArray items = r.json.value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        checkFileItem(items.at(0).toObject());

        r = client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"),
            obj({{QStringLiteral("folder_id"), folderIdOf(mk)}}));
        QCOMPARE(r.json.value(QLatin1String("name")).toString(), QStringLiteral("backup.rclone"));
        QVERIFY(r.json.value(QLatin1String("size")).isNull());
        QCOMPARE(r.json.value(QLatin1String("sub_folders")).toArray().size(), 0);

        r = client.api(
            fake.apiUrl(), QStringLiteral("folder/ls.cgi"), obj({{QStringLiteral("folder_id"), 999}}));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.message(), QStringLiteral("Resource not found #469"));
        // Numbers as strings are accepted too.
        QVERIFY(client
                    .api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"),
                        obj({{QStringLiteral("folder_id"), QStringLiteral("0")}}))
                    .ok());
    }

    // {"pretty":1} asks for indented output (§1.3).
    void prettyOutput()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const WireReply compact = client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"));
        const WireReply pretty = client.api(
            fake.apiUrl(), QStringLiteral("folder/ls.cgi"), obj({{QStringLiteral("pretty"), 1}}));
        QVERIFY(!compact.body.trimmed().contains('\n'));
        QVERIFY(pretty.body.trimmed().contains('\n'));
        QCOMPARE(pretty.json, compact.json);
        QCOMPARE(compact.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(compact.header("Server"), QByteArray("nginx"));
    }

    // §4.6 / §8.2: a second folder of the same name in one parent → 200 KO, or allowed.
    void duplicateFolderNames_data()
    {
        QTest::addColumn<bool>("allow");
        QTest::newRow("default KO") << false;
        QTest::newRow("--allow-duplicate-folders") << true;
    }

    void duplicateFolderNames()
    {
        QFETCH(bool, allow);
        FakeFichier fake(
            withArgs(allow ? QStringList {QStringLiteral("--allow-duplicate-folders")} : QStringList()));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QJsonObject body
            = obj({{QStringLiteral("name"), QStringLiteral("Backups")}, {QStringLiteral("folder_id"), 0}});
        const WireReply first = client.api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"), body);
        QVERIFY(first.ok());
        const WireReply second = client.api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"), body);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.ok(), allow);
        if (!allow) {
            QVERIFY(!second.json.contains(QLatin1String("folder_id")));
            QVERIFY(second.message().contains(QLatin1String("#")));
        }
        // The same name under another parent is always fine.
        QVERIFY(client
                    .api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"),
                        obj({{QStringLiteral("name"), QStringLiteral("Backups")},
                            {QStringLiteral("folder_id"), folderIdOf(first)}}))
                    .ok());
        // The parent must exist.
        QCOMPARE(client
                     .api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"),
                         obj({{QStringLiteral("name"), QStringLiteral("x")},
                             {QStringLiteral("folder_id"), 12345}}))
                     .status,
            404);
    }

    // §5.4 / §8.3: reserved characters are refused by default, stored with the option.
    void reservedNames_data()
    {
        QTest::addColumn<bool>("accept");
        QTest::newRow("default refuse") << false;
        QTest::newRow("--accept-reserved-names") << true;
    }

    void reservedNames()
    {
        QFETCH(bool, accept);
        FakeFichier fake(
            withArgs(accept ? QStringList {QStringLiteral("--accept-reserved-names")} : QStringList()));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        for (const QString &name : {QStringLiteral("Marie's laptop"), QStringLiteral("a<b"),
                 QStringLiteral(" lead"), QStringLiteral("back\\slash"), QStringLiteral("cost$")}) {
            const WireReply r = client.api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"),
                obj({{QStringLiteral("name"), name}, {QStringLiteral("folder_id"), 0}}));
            QCOMPARE(r.ok(), accept);
            const WireClient::Upload up = client.upload(fake.apiUrl(), name + QStringLiteral(".zip"), "zip");
            QCOMPARE(up.post.status == 302, accept);
        }
        // Full-width look-alikes (rclone's encoding) are plain names.
        QVERIFY(client
                    .api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"),
                        obj({{QStringLiteral("name"), QStringLiteral("Marie＇s laptop")},
                            {QStringLiteral("folder_id"), 0}}))
                    .ok());
        QCOMPARE(client
                     .api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"),
                         obj({{QStringLiteral("name"), QString(251, QLatin1Char('a'))},
                             {QStringLiteral("folder_id"), 0}}))
                     .ok(),
            false);
    }

    // §4.7: only empty folders can be removed; otherwise 200 KO.
    void folderRmOnlyEmpty()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QJsonObject seeded = fake.control("POST", QStringLiteral("seed"),
            obj({{QStringLiteral("key"), fake.apiKey()},
                {QStringLiteral("folder_path"), QStringLiteral("/Backups/laptop")},
                {QStringLiteral("filename"), QStringLiteral("a.zip")}, {QStringLiteral("size"), 10}}));
        const qint64 laptop = seeded.value(QLatin1String("folder_id")).toInteger();
        const WireReply root = client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"));
        const qint64 backups
            = root.json.value(QLatin1String("sub_folders")).toArray().at(0)[QLatin1String("id")].toInteger();

        WireReply r = client.api(
            fake.apiUrl(), QStringLiteral("folder/rm.cgi"), obj({{QStringLiteral("folder_id"), backups}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("KO"));
        r = client.api(
            fake.apiUrl(), QStringLiteral("folder/rm.cgi"), obj({{QStringLiteral("folder_id"), laptop}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("KO"));
        r = client.api(fake.apiUrl(), QStringLiteral("file/rm.cgi"),
            obj({{QStringLiteral("files"),
                QJsonArray {obj({{QStringLiteral("url"), seeded.value(QLatin1String("url"))}})}}}));
        QVERIFY(r.ok());
        r = client.api(
            fake.apiUrl(), QStringLiteral("folder/rm.cgi"), obj({{QStringLiteral("folder_id"), laptop}}));
        QVERIFY(r.ok());
        QVERIFY(r.json.value(QLatin1String("message")).isString());
        QVERIFY(client
                    .api(fake.apiUrl(), QStringLiteral("folder/rm.cgi"),
                        obj({{QStringLiteral("folder_id"), backups}}))
                    .ok());
        r = client.api(
            fake.apiUrl(), QStringLiteral("folder/rm.cgi"), obj({{QStringLiteral("folder_id"), backups}}));
        QCOMPARE(r.status, 404);
        r = client.api(
            fake.apiUrl(), QStringLiteral("folder/rm.cgi"), obj({{QStringLiteral("folder_id"), 0}}));
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("KO"));
        QCOMPARE(client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"))
                     .json.value(QLatin1String("sub_folders"))
                     .toArray()
                     .size(),
            0);
    }

    // §4.8: rename ignores destination_* by default (--folder-mv-both does both).
    void folderMv_data()
    {
        QTest::addColumn<bool>("both");
        QTest::newRow("rename ignores destination") << false;
        QTest::newRow("--folder-mv-both") << true;
    }

    void folderMv()
    {
        QFETCH(bool, both);
        FakeFichier fake(withArgs(both ? QStringList {QStringLiteral("--folder-mv-both")} : QStringList()));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        auto mkdir = [&](const QString &name, qint64 parent) {
            return folderIdOf(client.api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"),
                obj({{QStringLiteral("name"), name}, {QStringLiteral("folder_id"), parent}})));
        };
        const qint64 a = mkdir(QStringLiteral("a"), 0);
        const qint64 b = mkdir(QStringLiteral("b"), 0);
        const qint64 c = mkdir(QStringLiteral("c"), a);
        WireReply r = client.api(fake.apiUrl(), QStringLiteral("folder/mv.cgi"),
            obj({{QStringLiteral("folder_id"), c}, {QStringLiteral("destination_folder_id"), b},
                {QStringLiteral("rename"), QStringLiteral("c2")},
                {QStringLiteral("destination_user"), QString()}}));
        QVERIFY(r.ok());
        QCOMPARE(r.json.value(QLatin1String("old_name")).toString(), QStringLiteral("c"));
        QCOMPARE(r.json.value(QLatin1String("new_name")).toString(), QStringLiteral("c2"));
        const WireReply underB = client.api(
            fake.apiUrl(), QStringLiteral("folder/ls.cgi"), obj({{QStringLiteral("folder_id"), b}}));
        const WireReply underA = client.api(
            fake.apiUrl(), QStringLiteral("folder/ls.cgi"), obj({{QStringLiteral("folder_id"), a}}));
        const WireReply &where = both ? underB : underA;
        QCOMPARE(where.json.value(QLatin1String("sub_folders")).toArray().size(), 1);
        QCOMPARE(
            where.json.value(QLatin1String("sub_folders")).toArray().at(0)[QLatin1String("name")].toString(),
            QStringLiteral("c2"));

        // A plain move; into itself or its child → KO.
        r = client.api(fake.apiUrl(), QStringLiteral("folder/mv.cgi"),
            obj({{QStringLiteral("folder_id"), a}, {QStringLiteral("destination_folder_id"), b}}));
        QVERIFY(r.ok());
        r = client.api(fake.apiUrl(), QStringLiteral("folder/mv.cgi"),
            obj({{QStringLiteral("folder_id"), b}, {QStringLiteral("destination_folder_id"), a}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("KO"));
    }

    // §4.9: items with the documented keys and types; count; per-folder.
    void fileLsShape()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        fake.seedFile(QStringLiteral("/d"), QStringLiteral("test.txt"), "hello world!");
        const qint64 d = client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"))
                             .json.value(QLatin1String("sub_folders"))
                             .toArray()
                             .at(0)[QLatin1String("id")]
                             .toInteger();
        const WireReply r = client.api(
            fake.apiUrl(), QStringLiteral("file/ls.cgi"), obj({{QStringLiteral("folder_id"), d}}));
        QCOMPARE(r.status, 200);
        QVERIFY(r.ok());
        QCOMPARE(r.json.value(QLatin1String("count")).toInteger(-1), 1);
        const QJsonObject item = r.json.value(QLatin1String("items")).toArray().at(0).toObject();
        checkFileItem(item);
        QCOMPARE(item.value(QLatin1String("size")).toInteger(), 12);
        QCOMPARE(item.value(QLatin1String("filename")).toString(), QStringLiteral("test.txt"));
        QCOMPARE(item.value(QLatin1String("content-type")).toString(), QStringLiteral("text/plain"));
        // Whirlpool of the content, computed here with Coffre's own (reference-tested) code.
        QCOMPARE(
            item.value(QLatin1String("checksum")).toString(), Coffre::Whirlpool::hashHex("hello world!"));
        // Root is empty; the file is only in its folder.
        QCOMPARE(
            client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi"), obj({{QStringLiteral("folder_id"), 0}}))
                .json.value(QLatin1String("count"))
                .toInteger(-1),
            0);
    }

    // §3.1: the whole-account listing (folder_id -1) once per hour, more is a flood.
    void fileLsAllFilesLimited()
    {
        FakeFichier fake(withArgs({QStringLiteral("--all-files-interval"), QStringLiteral("3600")}));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        fake.seedFile(QStringLiteral("/a"), QStringLiteral("1.txt"), "1");
        fake.seedFile(QStringLiteral("/b/c"), QStringLiteral("2.txt"), "2");
        fake.seedFile(QString(), QStringLiteral("3.txt"), "3");
        WireReply r = client.api(
            fake.apiUrl(), QStringLiteral("file/ls.cgi"), obj({{QStringLiteral("folder_id"), -1}}));
        QVERIFY(r.ok());
        QCOMPARE(r.json.value(QLatin1String("items")).toArray().size(), 3);
        r = client.api(
            fake.apiUrl(), QStringLiteral("file/ls.cgi"), obj({{QStringLiteral("folder_id"), -1}}));
        QCOMPARE(r.status, 403);
        QVERIFY(r.message().startsWith(QLatin1String("Flood detected")));
        // Other calls are not locked by it.
        QVERIFY(
            client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi"), obj({{QStringLiteral("folder_id"), 0}}))
                .ok());
    }

    // §3.1 "1 request per folder per 30 s" as an option (off by default, §8.12).
    void folderListInterval()
    {
        FakeFichier fake(withArgs({QStringLiteral("--folder-list-interval"), QStringLiteral("30")}));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi")).ok());
        const WireReply again = client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi"));
        QCOMPARE(again.status, 403);
        QVERIFY(again.message().startsWith(QLatin1String("Flood detected")));
    }

    // §4.9 sent_before / sent_after, read as Paris time like every date.
    void fileLsSentFilters()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        for (int day = 1; day <= 5; ++day)
            fake.seedFile(QString(), QStringLiteral("day%1.zip").arg(day), "x",
                QDateTime(QDate(2024, 2, day), QTime(11, 0), QTimeZone::utc()));
        auto names = [&](const QJsonObject &body) {
            QStringList out;
            for (const QJsonValue &v : client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi"), body)
                                           .json.value(QLatin1String("items"))
                                           .toArray())
                out.append(v[QLatin1String("filename")].toString());
            return out;
        };
        // day2 was uploaded 12:00:00 Paris: "before 12:00:00" excludes it, "12:00:01" includes it.
        QCOMPARE(names(obj({{QStringLiteral("sent_before"), QStringLiteral("2024-02-02 12:00:00")}})),
            QStringList {QStringLiteral("day1.zip")});
        QCOMPARE(names(obj({{QStringLiteral("sent_before"), QStringLiteral("2024-02-02 12:00:01")}})),
            (QStringList {QStringLiteral("day1.zip"), QStringLiteral("day2.zip")}));
        QCOMPARE(names(obj({{QStringLiteral("sent_after"), QStringLiteral("2024-02-04 12:00:00")}})),
            QStringList {QStringLiteral("day5.zip")});
        QCOMPARE(names(obj({{QStringLiteral("sent_after"), QStringLiteral("2024-02-02 00:00:00")},
                     {QStringLiteral("sent_before"), QStringLiteral("2024-02-04 00:00:00")}})),
            (QStringList {QStringLiteral("day2.zip"), QStringLiteral("day3.zip")}));
        const WireReply bad = client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi"),
            obj({{QStringLiteral("sent_before"), QStringLiteral("2024-02-04T00:00:00Z")}}));
        QCOMPARE(bad.json.value(QLatin1String("status")).toString(), QStringLiteral("KO"));
    }

    // §1.5: dates are Europe/Paris local time, CET in winter, CEST in summer, across DST.
    void parisDatesAcrossDst_data()
    {
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<QString>("paris");
        QTest::newRow("summer") << QDateTime(QDate(2023, 7, 1), QTime(10, 0), QTimeZone::utc())
                                << "2023-07-01 12:00:00";
        QTest::newRow("winter") << QDateTime(QDate(2023, 1, 15), QTime(10, 0), QTimeZone::utc())
                                << "2023-01-15 11:00:00";
        QTest::newRow("before spring DST")
            << QDateTime(QDate(2023, 3, 26), QTime(0, 59, 59), QTimeZone::utc()) << "2023-03-26 01:59:59";
        QTest::newRow("after spring DST")
            << QDateTime(QDate(2023, 3, 26), QTime(1, 0), QTimeZone::utc()) << "2023-03-26 03:00:00";
        QTest::newRow("before autumn DST")
            << QDateTime(QDate(2023, 10, 29), QTime(0, 30), QTimeZone::utc()) << "2023-10-29 02:30:00";
        QTest::newRow("after autumn DST")
            << QDateTime(QDate(2023, 10, 29), QTime(1, 30), QTimeZone::utc()) << "2023-10-29 02:30:00";
        QTest::newRow("new year") << QDateTime(QDate(2023, 12, 31), QTime(23, 30), QTimeZone::utc())
                                  << "2024-01-01 00:30:00";
    }

    void parisDatesAcrossDst()
    {
        QFETCH(QDateTime, utc);
        QFETCH(QString, paris);
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QString url = fake.seedFile(QString(), QStringLiteral("d.zip"), "d", utc);
        QVERIFY(!url.isEmpty());
        const QJsonArray items = listFiles(client, fake, 0);
        QCOMPARE(items.at(0)[QLatin1String("date")].toString(), paris);
        const WireReply info
            = client.api(fake.apiUrl(), QStringLiteral("file/info.cgi"), obj({{QStringLiteral("url"), url}}));
        QCOMPARE(info.json.value(QLatin1String("date")).toString(), paris);
    }

    // Folder creation dates are Paris time of "now" too.
    void createDateIsParisNow()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        client.api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"),
            obj({{QStringLiteral("name"), QStringLiteral("n")}}));
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
        const QString text = client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"))
                                 .json.value(QLatin1String("sub_folders"))
                                 .toArray()
                                 .at(0)[QLatin1String("create_date")]
                                 .toString();
        const QDateTime local = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QDateTime asParis(local.date(), local.time(), QTimeZone("Europe/Paris"));
        QVERIFY2(asParis >= before.addMSecs(-before.time().msec()) && asParis <= after, qPrintable(text));
    }

    // §4.10: acl as an object, content-type key, no status by default, 404 #469.
    void fileInfoShape_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("default") << QStringList();
        QTest::newRow("--info-status --info-both-content-type")
            << QStringList {QStringLiteral("--info-status"), QStringLiteral("--info-both-content-type")};
    }

    void fileInfoShape()
    {
        QFETCH(QStringList, args);
        const bool extras = !args.isEmpty();
        FakeFichier fake(withArgs(args));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QString url
            = fake.seedFile(QStringLiteral("/Backups/laptop"), QStringLiteral("a.zip"), "zipzip");
        const WireReply r
            = client.api(fake.apiUrl(), QStringLiteral("file/info.cgi"), obj({{QStringLiteral("url"), url}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("url")).toString(), url);
        QCOMPARE(r.json.value(QLatin1String("filename")).toString(), QStringLiteral("a.zip"));
        QCOMPARE(r.json.value(QLatin1String("size")).toInteger(), 6);
        QCOMPARE(r.json.value(QLatin1String("path")).toString(), QStringLiteral("Backups/laptop"));
        QVERIFY(r.json.value(QLatin1String("folder_id")).toInteger() >= 3360000);
        QVERIFY(kDateRe.match(r.json.value(QLatin1String("date")).toString()).hasMatch());
        QVERIFY(kHexRe.match(r.json.value(QLatin1String("checksum")).toString()).hasMatch());
        QCOMPARE(r.json.value(QLatin1String("content-type")).toString(), QStringLiteral("application/zip"));
        QVERIFY(r.json.value(QLatin1String("acl")).isObject());
        const QJsonObject acl = r.json.value(QLatin1String("acl")).toObject();
        for (const char *k : {"ip", "country", "email"})
            QVERIFY(acl.value(QLatin1String(k)).isArray());
        QVERIFY(acl.value(QLatin1String("premium")).isDouble());
        for (const char *k : {"pass", "no_ssl", "inline", "cdn"})
            QVERIFY(r.json.value(QLatin1String(k)).isDouble());
        QCOMPARE(r.json.contains(QLatin1String("status")), extras);
        QCOMPARE(r.json.contains(QLatin1String("content_type")), extras);
        // Another link domain names the same file (§1.1).
        QString other = url;
        other.replace(QLatin1String("1fichier.com"), QLatin1String("alterupload.com"));
        QCOMPARE(
            client.api(fake.apiUrl(), QStringLiteral("file/info.cgi"), obj({{QStringLiteral("url"), other}}))
                .json.value(QLatin1String("filename"))
                .toString(),
            QStringLiteral("a.zip"));

        const WireReply missing = client.api(fake.apiUrl(), QStringLiteral("file/info.cgi"),
            obj({{QStringLiteral("url"), QStringLiteral("https://1fichier.com/?aaaaaaaaaaaaaaaaaaaa")}}));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.message(), QStringLiteral("Resource not found #469"));
    }

    // §4.11: batched, returns removed count and urls; unknown links are skipped.
    void fileRmBatched()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QString a = fake.seedFile(QString(), QStringLiteral("a"), "a");
        const QString b = fake.seedFile(QString(), QStringLiteral("b"), "b");
        const QString c = fake.seedFile(QString(), QStringLiteral("c"), "c");
        const QString gone = QStringLiteral("https://1fichier.com/?bbbbbbbbbbbbbbbbbbbb");
        WireReply r = client.api(fake.apiUrl(), QStringLiteral("file/rm.cgi"),
            obj({{QStringLiteral("files"),
                QJsonArray {obj({{QStringLiteral("url"), a}}), obj({{QStringLiteral("url"), gone}}),
                    obj({{QStringLiteral("url"), c}})}}}));
        QCOMPARE(r.status, 200);
        QVERIFY(r.ok());
        QCOMPARE(r.json.value(QLatin1String("removed")).toInteger(), 2);
        QCOMPARE(r.json.value(QLatin1String("urls")).toArray(), (QJsonArray {a, c}));
        const QJsonArray left = listFiles(client, fake, 0);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0)[QLatin1String("url")].toString(), b);
        r = client.api(fake.apiUrl(), QStringLiteral("file/rm.cgi"),
            obj({{QStringLiteral("files"), QJsonArray {obj({{QStringLiteral("url"), gone}})}}}));
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("KO"));
        r = client.api(
            fake.apiUrl(), QStringLiteral("file/rm.cgi"), obj({{QStringLiteral("files"), QJsonArray {b}}}));
        QCOMPARE(
            r.json.value(QLatin1String("status")).toString(), QStringLiteral("KO")); // objects, not strings
    }

    // §4.12: move to a folder, rename with it; rename to the current name is refused.
    void fileMv_data()
    {
        QTest::addColumn<bool>("newLink");
        QTest::newRow("link kept") << false;
        QTest::newRow("--mv-new-link") << true;
    }

    void fileMv()
    {
        QFETCH(bool, newLink);
        FakeFichier fake(withArgs(newLink ? QStringList {QStringLiteral("--mv-new-link")} : QStringList()));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QString url = fake.seedFile(QString(), QStringLiteral("a.zip"), "a");
        const qint64 dest = folderIdOf(client.api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"),
            obj({{QStringLiteral("name"), QStringLiteral("dest")}})));
        WireReply r = client.api(fake.apiUrl(), QStringLiteral("file/mv.cgi"),
            obj({{QStringLiteral("urls"), QJsonArray {url}}, {QStringLiteral("destination_folder_id"), dest},
                {QStringLiteral("rename"), QStringLiteral("b.zip")}}));
        QVERIFY(r.ok());
        QCOMPARE(r.json.value(QLatin1String("moved")).toInteger(), 1);
        QCOMPARE(r.json.value(QLatin1String("filename")).toString(), QStringLiteral("b.zip"));
        const QString moved = r.json.value(QLatin1String("urls")).toArray().at(0).toString();
        QVERIFY(kUrlRe.match(moved).hasMatch());
        QCOMPARE(moved != url, newLink);
        const QJsonArray items = listFiles(client, fake, dest);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0)[QLatin1String("filename")].toString(), QStringLiteral("b.zip"));
        QCOMPARE(listFiles(client, fake, 0).size(), 0);
        r = client.api(fake.apiUrl(), QStringLiteral("file/mv.cgi"),
            obj({{QStringLiteral("urls"), QJsonArray {moved}}, {QStringLiteral("destination_folder_id"), 0},
                {QStringLiteral("rename"), QStringLiteral("b.zip")}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("KO"));
        QCOMPARE(listFiles(client, fake, dest).size(), 1);
        // Without rename, back to the root.
        r = client.api(fake.apiUrl(), QStringLiteral("file/mv.cgi"),
            obj({{QStringLiteral("urls"), QJsonArray {moved}},
                {QStringLiteral("destination_folder_id"), 0}}));
        QVERIFY(r.ok());
        QVERIFY(!r.json.contains(QLatin1String("filename")));
        QCOMPARE(listFiles(client, fake, 0).size(), 1);
    }

    // §4.13: rename shape; the same name → HTTP 200 KO "No file has been renamed #312".
    void fileRename()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QString url = fake.seedFile(QString(), QStringLiteral("a.txt"), "a");
        WireReply r = client.api(fake.apiUrl(), QStringLiteral("file/rename.cgi"),
            obj({{QStringLiteral("urls"),
                     QJsonArray {obj({{QStringLiteral("url"), url},
                         {QStringLiteral("filename"), QStringLiteral("new.txt")}})}},
                {QStringLiteral("pretty"), 0}}));
        QCOMPARE(r.status, 200);
        QVERIFY(r.ok());
        QCOMPARE(r.json.value(QLatin1String("renamed")).toInteger(), 1);
        const QJsonObject entry = r.json.value(QLatin1String("urls")).toArray().at(0).toObject();
        QCOMPARE(entry.value(QLatin1String("url")).toString(), url);
        QCOMPARE(entry.value(QLatin1String("old_filename")).toString(), QStringLiteral("a.txt"));
        QCOMPARE(entry.value(QLatin1String("new_filename")).toString(), QStringLiteral("new.txt"));
        r = client.api(fake.apiUrl(), QStringLiteral("file/rename.cgi"),
            obj({{QStringLiteral("urls"),
                QJsonArray {obj({{QStringLiteral("url"), url},
                    {QStringLiteral("filename"), QStringLiteral("new.txt")}})}}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("KO"));
        QCOMPARE(r.message(), QStringLiteral("No file has been renamed #312"));
        QCOMPARE(listFiles(client, fake, 0).at(0)[QLatin1String("filename")].toString(),
            QStringLiteral("new.txt"));
    }

    // §4.14: a copy gets a new link; the key is folder_id.
    void fileCp()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QString url = fake.seedFile(QString(), QStringLiteral("a.txt"), "copy me");
        const qint64 dest = folderIdOf(client.api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"),
            obj({{QStringLiteral("name"), QStringLiteral("dest")}})));
        WireReply r = client.api(fake.apiUrl(), QStringLiteral("file/cp.cgi"),
            obj({{QStringLiteral("urls"), QJsonArray {url}}, {QStringLiteral("folder_id"), dest},
                {QStringLiteral("rename"), QStringLiteral("copy.txt")}}));
        QVERIFY(r.ok());
        QCOMPARE(r.json.value(QLatin1String("copied")).toInteger(), 1);
        QCOMPARE(r.json.value(QLatin1String("filename")).toString(), QStringLiteral("copy.txt"));
        const QJsonObject pair = r.json.value(QLatin1String("urls")).toArray().at(0).toObject();
        QCOMPARE(pair.value(QLatin1String("from_url")).toString(), url);
        const QString to = pair.value(QLatin1String("to_url")).toString();
        QVERIFY(kUrlRe.match(to).hasMatch());
        QVERIFY(to != url);
        const QJsonArray copies = listFiles(client, fake, dest);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.at(0)[QLatin1String("url")].toString(), to);
        const QJsonArray originals = listFiles(client, fake, 0);
        QCOMPARE(originals.size(), 1);
        QCOMPARE(copies.at(0)[QLatin1String("checksum")], originals.at(0)[QLatin1String("checksum")]);
        // Removing the original keeps the copy's content.
        client.api(fake.apiUrl(), QStringLiteral("file/rm.cgi"),
            obj({{QStringLiteral("files"), QJsonArray {obj({{QStringLiteral("url"), url}})}}}));
        const WireReply token = client.api(
            fake.apiUrl(), QStringLiteral("download/get_token.cgi"), obj({{QStringLiteral("url"), to}}));
        QCOMPARE(
            client.get(QUrl(token.json.value(QLatin1String("url")).toString())).body, QByteArray("copy me"));
    }

    // §5.2: two files of one name in one folder are fine; uploads never overwrite.
    void duplicateFileNamesAllowed()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const WireClient::Upload one = client.upload(fake.apiUrl(), QStringLiteral("same.zip"), "first");
        const WireClient::Upload two = client.upload(fake.apiUrl(), QStringLiteral("same.zip"), "second");
        QCOMPARE(one.post.status, 302);
        QCOMPARE(two.post.status, 302);
        const QJsonArray items = listFiles(client, fake, 0);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0)[QLatin1String("filename")].toString(), QStringLiteral("same.zip"));
        QCOMPARE(items.at(1)[QLatin1String("filename")].toString(), QStringLiteral("same.zip"));
        QVERIFY(items.at(0)[QLatin1String("url")] != items.at(1)[QLatin1String("url")]);
        QVERIFY(items.at(0)[QLatin1String("checksum")] != items.at(1)[QLatin1String("checksum")]);
    }

    // §4.2: {url: bare host:port, id: 10 alphanumerics}, no status, GET or POST.
    void uploadServerShape()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        QStringList ids;
        for (int flags : {int(WireClient::Get), int(WireClient::NoFlags)}) {
            const WireReply r
                = client.api(fake.apiUrl(), QStringLiteral("upload/get_upload_server.cgi"), {}, flags);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.keys(), (QStringList {QStringLiteral("id"), QStringLiteral("url")}));
            const QString url = r.json.value(QLatin1String("url")).toString();
            QVERIFY(QRegularExpression(QStringLiteral("^127\\.0\\.0\\.1:\\d+$")).match(url).hasMatch());
            QVERIFY(url != fake.apiUrl().authority()); // another host than the API
            QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9]{10}$"))
                        .match(r.json.value(QLatin1String("id")).toString())
                        .hasMatch());
            ids.append(r.json.value(QLatin1String("id")).toString());
        }
        QVERIFY(ids.at(0) != ids.at(1));
    }

    // Seeding 200 old backups is instant, and listings stop at --list-cap (5000 by default).
    void seedManyAndListCap()
    {
        FakeFichier fake(withArgs({QStringLiteral("--list-cap"), QStringLiteral("150")}));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QDateTime start(QDate(2023, 1, 1), QTime(3, 0), QTimeZone::utc());
        for (int i = 0; i < 200; ++i) {
            const QJsonObject r = fake.control("POST", QStringLiteral("seed"),
                obj({{QStringLiteral("folder_path"), QStringLiteral("/Backups/laptop")},
                    {QStringLiteral("filename"),
                        QStringLiteral("laptop-%1.zip").arg(i, 3, 10, QLatin1Char('0'))},
                    {QStringLiteral("size"), 100 + i},
                    {QStringLiteral("date_utc"), start.addDays(i).toString(Qt::ISODate)}}));
            QVERIFY(kUrlRe.match(r.value(QLatin1String("url")).toString()).hasMatch());
        }
        const WireReply root = client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"));
        QCOMPARE(root.json.value(QLatin1String("sub_folders")).toArray().size(), 1);
        const qint64 backups
            = root.json.value(QLatin1String("sub_folders")).toArray().at(0)[QLatin1String("id")].toInteger();
        const WireReply sub = client.api(
            fake.apiUrl(), QStringLiteral("folder/ls.cgi"), obj({{QStringLiteral("folder_id"), backups}}));
        const qint64 laptop
            = sub.json.value(QLatin1String("sub_folders")).toArray().at(0)[QLatin1String("id")].toInteger();
        const QJsonArray items = listFiles(client, fake, laptop);
        QCOMPARE(items.size(), 150);
        QCOMPARE(items.at(0)[QLatin1String("size")].toInteger(), 100);
        QCOMPARE(items.at(0)[QLatin1String("date")].toString(), QStringLiteral("2023-01-01 04:00:00"));
        QCOMPARE(client
                     .api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"),
                         obj({{QStringLiteral("folder_id"), laptop}}))
                     .json.value(QLatin1String("files"))
                     .toInteger(),
            200);
        // The seeded pattern is the documented one: byte i = (i*7 + i/4096) & 0xff.
        const WireReply token = client.api(fake.apiUrl(), QStringLiteral("download/get_token.cgi"),
            obj({{QStringLiteral("url"), items.at(5)[QLatin1String("url")]}}));
        const QByteArray body = client.get(QUrl(token.json.value(QLatin1String("url")).toString())).body;
        QCOMPARE(body.size(), 105);
        for (int i = 0; i < body.size(); ++i)
            QCOMPARE(uchar(body.at(i)), uchar((i * 7 + i / 4096) & 0xff));

        // Many in one call ("files"), saved once, kept across a restart.
        QList<FakeFichier::SeedFile> many;
        for (int i = 0; i < 300; ++i)
            many.append({QStringLiteral("bulk-%1.bin").arg(i), 10 + i, start.addSecs(i)});
        const QStringList urls = fake.seedFiles(QStringLiteral("/Bulk"), many);
        QCOMPARE(urls.size(), 300);
        for (const QString &url : urls)
            QVERIFY(kUrlRe.match(url).hasMatch());
        fake.stop();
        QVERIFY(fake.start());
        WireClient again(fake.apiKey());
        const QJsonObject info = again
                                     .api(fake.apiUrl(), QStringLiteral("file/info.cgi"),
                                         obj({{QStringLiteral("url"), urls.last()}}))
                                     .json;
        QCOMPARE(info.value(QLatin1String("filename")).toString(), QStringLiteral("bulk-299.bin"));
        QCOMPARE(info.value(QLatin1String("size")).toInteger(), 309);
        QCOMPARE(listFiles(again, fake, info.value(QLatin1String("folder_id")).toInteger()).size(), 150);
    }

    // §3.1 / §7.9: more than --rate calls in one second → 403 "Flood detected: IP Locked
    // #374", then every call is refused for --flood-lock seconds; then calls work again.
    void floodLockAndPeriod()
    {
        FakeFichier fake(withArgs({QStringLiteral("--flood-lock"), QStringLiteral("2")}, 3));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        QList<WireReply> burst;
        for (int i = 0; i < 8; ++i)
            burst.append(client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi")));
        const QList<FakeLogEntry> log = fake.requestLog();
        QCOMPARE(log.size(), 8);
        if (log.at(3).tMs - log.at(0).tMs >= 900)
            QSKIP("the machine is too loaded to send 4 calls within one second");
        QVERIFY(burst.at(0).ok() && burst.at(1).ok() && burst.at(2).ok());
        const WireReply &flood = burst.at(3);
        QCOMPARE(flood.status, 403);
        QCOMPARE(flood.json.value(QLatin1String("status")).toString(), QStringLiteral("KO"));
        QCOMPARE(flood.message(), QStringLiteral("Flood detected: IP Locked #374"));
        const qint64 lockStart = log.at(3).tMs;
        // Every call starting inside the lock is refused...
        int polls = 0;
        for (;;) {
            const WireReply r = client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"));
            if (r.ok())
                break;
            QCOMPARE(r.message(), QStringLiteral("Flood detected: IP Locked #374"));
            QVERIFY(++polls < 40);
            QThread::msleep(250);
        }
        const QList<FakeLogEntry> after = fake.requestLog();
        for (const FakeLogEntry &e : after.mid(3)) {
            if (e.tMs < lockStart + 1900)
                QCOMPARE(e.status, 403);
        }
        // ...and the first accepted one came after the lock period.
        QVERIFY(after.last().tMs >= lockStart + 1900);
        QCOMPARE(after.last().status, 200);
        QVERIFY(fake.stats().value(QLatin1String("flood_replies")).toInteger() >= 1);
    }

    // Upload node and download host requests count against the same limit (§3.2).
    void floodCountsNodeAndDownloadHosts()
    {
        FakeFichier fake(withArgs({QStringLiteral("--flood-lock"), QStringLiteral("30")}, 3));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QString url = fake.seedFile(QString(), QStringLiteral("f"), "f");
        const WireReply token = client.api(
            fake.apiUrl(), QStringLiteral("download/get_token.cgi"), obj({{QStringLiteral("url"), url}}));
        const WireReply node
            = client.api(fake.apiUrl(), QStringLiteral("upload/get_upload_server.cgi"), {}, WireClient::Get);
        const WireReply end = client.get(QUrl(QStringLiteral("http://%1/end.pl?xid=%2")
                                                  .arg(node.json.value(QLatin1String("url")).toString(),
                                                      node.json.value(QLatin1String("id")).toString())));
        const WireReply dl = client.get(QUrl(token.json.value(QLatin1String("url")).toString()));
        // The log line of each request is written before its reply: all four are there.
        QList<FakeLogEntry> calls;
        for (const FakeLogEntry &e : fake.requestLog()) {
            if (e.role != QLatin1String("control"))
                calls.append(e);
        }
        QCOMPARE(calls.size(), 4);
        if (calls.at(3).tMs - calls.at(0).tMs >= 900)
            QSKIP("the machine is too loaded to send 4 calls within one second");
        QVERIFY(token.ok());
        QCOMPARE(end.status, 200);
        QCOMPARE(dl.status, 403);
        QCOMPARE(dl.message(), QStringLiteral("Flood detected: IP Locked #374"));
        QCOMPARE(calls.at(3).role, QStringLiteral("dl"));
        // The lock covers the API too; the control API lifts it.
        QCOMPARE(client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi")).status, 403);
        QVERIFY(!fake.control("POST", QStringLiteral("unlock")).isEmpty());
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi")).ok());
    }

    // §3.1: user/info.cgi more than once a minute → 403 "Flood detected: IP Locked #38",
    // without locking the other calls.
    void userInfoOncePerMinute()
    {
        FakeFichier fake(withArgs({QStringLiteral("--info-interval"), QStringLiteral("60")}));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("user/info.cgi")).ok());
        const WireReply again = client.api(fake.apiUrl(), QStringLiteral("user/info.cgi"));
        QCOMPARE(again.status, 403);
        QCOMPARE(again.message(), QStringLiteral("Flood detected: IP Locked #38"));
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi")).ok());

        FakeFichier perUser(withArgs({QStringLiteral("--info-interval"), QStringLiteral("0"),
            QStringLiteral("--info-user-interval"), QStringLiteral("300")}));
        QVERIFY2(perUser.start(), qPrintable(perUser.errorString()));
        WireClient userClient(perUser.apiKey());
        QVERIFY(userClient.api(perUser.apiUrl(), QStringLiteral("user/info.cgi")).ok());
        QVERIFY(userClient.api(perUser.apiUrl(), QStringLiteral("user/info.cgi"))
                    .message()
                    .startsWith(QLatin1String("Flood detected: User Locked")));
    }

    // Each key is its own account with its own tree (§7: several --key).
    void perKeyIsolation()
    {
        FakeFichier fake(withArgs({QStringLiteral("--key"), kKey2}));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient one(fake.apiKey());
        WireClient two(kKey2);
        const qint64 f1 = folderIdOf(one.api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"),
            obj({{QStringLiteral("name"), QStringLiteral("Backups")}})));
        const qint64 f2 = folderIdOf(two.api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"),
            obj({{QStringLiteral("name"), QStringLiteral("Backups")}})));
        QVERIFY(f1 > 0 && f2 > 0 && f1 != f2); // one global id counter
        const WireClient::Upload up
            = one.upload(fake.apiUrl(), QStringLiteral("mine.zip"), "mine", QString::number(f1));
        QCOMPARE(up.post.status, 302);
        const QString url = up.report.json.value(QLatin1String("links"))
                                .toArray()
                                .at(0)[QLatin1String("download")]
                                .toString();
        QCOMPARE(listFiles(one, fake, f1).size(), 1);
        QCOMPARE(listFiles(two, fake, f2).size(), 0);
        // The other account cannot see, list, fetch or delete it.
        QCOMPARE(
            two.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"), obj({{QStringLiteral("folder_id"), f1}}))
                .status,
            404);
        QCOMPARE(two.api(fake.apiUrl(), QStringLiteral("file/info.cgi"), obj({{QStringLiteral("url"), url}}))
                     .status,
            404);
        QCOMPARE(two.api(fake.apiUrl(), QStringLiteral("download/get_token.cgi"),
                        obj({{QStringLiteral("url"), url}}))
                     .status,
            404);
        two.api(fake.apiUrl(), QStringLiteral("file/rm.cgi"),
            obj({{QStringLiteral("files"), QJsonArray {obj({{QStringLiteral("url"), url}})}}}));
        QCOMPARE(listFiles(one, fake, f1).size(), 1);
        // Nor read its end.pl report, nor upload into its folder (the did falls back to root).
        QCOMPARE(two.get(QUrl(QStringLiteral("http://%1/end.pl?xid=%2").arg(up.node, up.id)), {{"JSON", "1"}})
                     .isJson,
            false);
        const WireClient::Upload intruder
            = two.upload(fake.apiUrl(), QStringLiteral("x.zip"), "x", QString::number(f1));
        QCOMPARE(intruder.post.status, 302);
        QCOMPARE(listFiles(one, fake, f1).size(), 1);
        QCOMPARE(listFiles(two, fake, 0).size(), 1);
        // A token of one account is not served to the other.
        const WireReply token = one.api(
            fake.apiUrl(), QStringLiteral("download/get_token.cgi"), obj({{QStringLiteral("url"), url}}));
        QCOMPARE(two.get(QUrl(token.json.value(QLatin1String("url")).toString())).status, 403);
    }

    // State (folders, files, contents) survives a restart on the same data dir.
    void stateSurvivesRestart()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const qint64 folder = folderIdOf(client.api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"),
            obj({{QStringLiteral("name"), QStringLiteral("keep")}})));
        const WireClient::Upload up = client.upload(
            fake.apiUrl(), QStringLiteral("keep.zip"), "persistent bytes", QString::number(folder));
        const QJsonArray before = listFiles(client, fake, folder);
        QCOMPARE(before.size(), 1);
        fake.stop();
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        const QJsonArray after = listFiles(client, fake, folder);
        QCOMPARE(after, before);
        const WireReply token = client.api(fake.apiUrl(), QStringLiteral("download/get_token.cgi"),
            obj({{QStringLiteral("url"), after.at(0)[QLatin1String("url")]}}));
        QCOMPARE(client.get(QUrl(token.json.value(QLatin1String("url")).toString())).body,
            QByteArray("persistent bytes"));
        // New folder ids never reuse old ones.
        const qint64 next = folderIdOf(client.api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"),
            obj({{QStringLiteral("name"), QStringLiteral("next")}})));
        QVERIFY(next > folder);
        // Two stand-ins cannot share one data dir.
        FakeFichier::Options same;
        same.dataDir = fake.dataDir();
        FakeFichier second(same);
        QVERIFY(!second.start());
    }

    // Faults changed at run time through the control API; a bad spec is refused.
    void faultsThroughControlApi()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        QVERIFY(fake.setFaults(QStringLiteral("http-error:nth=1")));
        QCOMPARE(fake.control("GET", QStringLiteral("faults")).value(QLatin1String("spec")).toString(),
            QStringLiteral("http-error:nth=1"));
        QVERIFY(!fake.setFaults(QStringLiteral("http-error:nth=zero")));
        QVERIFY(!fake.setFaults(QStringLiteral("no-such-fault")));
        QVERIFY(!fake.setFaults(QStringLiteral("slow:after=3")));
        QVERIFY(fake.setFaults(QString()));
        WireClient client(fake.apiKey());
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi")).ok());
    }

    // http-error: the Nth API call (optionally of one endpoint) gets an nginx 5xx page.
    void faultHttpError()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        QVERIFY(fake.setFaults(QStringLiteral("http-error:nth=2:path=file/ls.cgi:status=502")));
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi")).ok());
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi")).ok());
        const WireReply bad = client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi"));
        QCOMPARE(bad.status, 502);
        QVERIFY(!bad.isJson);
        QVERIFY(bad.body.contains("nginx"));
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi")).ok());

        QVERIFY(fake.setFaults(QStringLiteral("5xx:nth=2:count=2")));
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi")).ok());
        QCOMPARE(client.api(fake.apiUrl(), QStringLiteral("user/info.cgi")).status, 503);
        QCOMPARE(client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi")).status, 503);
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi")).ok());
        // Node requests are not API calls, unless a path names them.
        QVERIFY(fake.setFaults(QStringLiteral("http-error:path=upload.cgi:status=500")));
        const WireClient::Upload up = client.upload(fake.apiUrl(), QStringLiteral("x"), "x");
        QVERIFY(up.server.json.contains(QLatin1String("id")));
        QCOMPARE(up.post.status, 500);
        QCOMPARE(listFiles(client, fake, 0).size(), 0);
        QCOMPARE(QDir(fake.dataDir() + QStringLiteral("/tmp")).entryList(QDir::Files).size(), 0);
    }

    // rm-ko: file/rm.cgi answers 200 KO and removes nothing.
    void faultRmKo()
    {
        FakeFichier::Options o;
        o.faults = QStringLiteral("rm-ko");
        FakeFichier fake(o);
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QString url = fake.seedFile(QString(), QStringLiteral("f"), "f");
        const QJsonObject body
            = obj({{QStringLiteral("files"), QJsonArray {obj({{QStringLiteral("url"), url}})}}});
        const WireReply r = client.api(fake.apiUrl(), QStringLiteral("file/rm.cgi"), body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("KO"));
        QCOMPARE(listFiles(client, fake, 0).size(), 1);
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("file/rm.cgi"), body).ok());
        QCOMPARE(listFiles(client, fake, 0).size(), 0);
    }

    // slow: replies held back by ms (a lower bound, not a speed target).
    void faultSlow()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        QVERIFY(fake.setFaults(QStringLiteral("slow:ms=600:path=folder/ls.cgi")));
        const WireReply slow = client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"));
        QVERIFY(slow.ok());
        QVERIFY2(slow.elapsedMs >= 600, qPrintable(QString::number(slow.elapsedMs)));
        const WireReply again = client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"));
        QVERIFY(again.elapsedMs >= 600);
        QVERIFY(fake.setFaults(QStringLiteral("slow:ms=500:nth=2:count=1")));
        client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi"));
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi")).elapsedMs >= 500);
    }

    // location-887 on get_token.cgi.
    void faultLocation887()
    {
        FakeFichier::Options o;
        o.faults = QStringLiteral("location-887:count=2");
        FakeFichier fake(o);
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QString url = fake.seedFile(QString(), QStringLiteral("f"), "f");
        for (int i = 0; i < 2; ++i) {
            const WireReply r = client.api(
                fake.apiUrl(), QStringLiteral("download/get_token.cgi"), obj({{QStringLiteral("url"), url}}));
            QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("KO"));
            QCOMPARE(r.message(), QStringLiteral("Only 1 location allowed at a time #887"));
        }
        QVERIFY(client
                    .api(fake.apiUrl(), QStringLiteral("download/get_token.cgi"),
                        obj({{QStringLiteral("url"), url}}))
                    .ok());
    }

    // listing-lag: new uploads stay out of listings for secs (info still finds them).
    void faultListingLag()
    {
        FakeFichier::Options o;
        o.faults = QStringLiteral("listing-lag:secs=3");
        FakeFichier fake(o);
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const WireClient::Upload up = client.upload(fake.apiUrl(), QStringLiteral("lag.zip"), "lag");
        QCOMPARE(up.post.status, 302);
        const QString url = up.report.json.value(QLatin1String("links"))
                                .toArray()
                                .at(0)[QLatin1String("download")]
                                .toString();
        const QJsonArray early = listFiles(client, fake, 0);
        const qint64 earlyFiles = client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"))
                                      .json.value(QLatin1String("files"))
                                      .toInteger();
        const QList<FakeLogEntry> log = fake.requestLog();
        if (log.last().tMs - log.at(1).tMs >= 2500)
            QSKIP("the machine is too loaded to list within the lag");
        QCOMPARE(early.size(), 0);
        QCOMPARE(earlyFiles, 0);
        QVERIFY(
            client.api(fake.apiUrl(), QStringLiteral("file/info.cgi"), obj({{QStringLiteral("url"), url}}))
                .json.contains(QLatin1String("filename")));
        QTRY_COMPARE_WITH_TIMEOUT(listFiles(client, fake, 0).size(), 1, 15000);
        // Seeded files are not affected.
        fake.seedFile(QString(), QStringLiteral("seed"), "s");
        QCOMPARE(listFiles(client, fake, 0).size(), 2);
    }

    // drop: the connection is reset instead of the reply; by default the call is not carried
    // out, with handled=1 it is (the reply is what got lost).
    void faultDrop()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        QVERIFY(fake.setFaults(QStringLiteral("drop:path=folder/mkdir.cgi:count=0")));
        const QJsonObject mkdir = obj({{QStringLiteral("name"), QStringLiteral("lost")}});
        const WireReply lost = client.api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"), mkdir);
        QCOMPARE(lost.status, 0);
        QVERIFY(lost.error != QNetworkReply::NoError);
        QVERIFY(lost.body.isEmpty());
        QVERIFY(fake.setFaults(QString()));
        QCOMPARE(client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"))
                     .json.value(QLatin1String("sub_folders"))
                     .toArray()
                     .size(),
            0);
        const FakeLogEntry cut = fake.requestLog().at(fake.requestLog().size() - 3);
        QCOMPARE(cut.path, QStringLiteral("/v1/folder/mkdir.cgi"));
        QCOMPARE(cut.status, 0);
        QVERIFY(cut.result.contains(QLatin1String("dropped")));

        QVERIFY(fake.setFaults(QStringLiteral("drop:path=folder/mkdir.cgi:count=0:handled=1")));
        QCOMPARE(client.api(fake.apiUrl(), QStringLiteral("folder/mkdir.cgi"), mkdir).status, 0);
        QVERIFY(fake.setFaults(QString()));
        QCOMPARE(client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"))
                     .json.value(QLatin1String("sub_folders"))
                     .toArray()
                     .size(),
            1);
        // Other endpoints are untouched.
        QVERIFY(fake.setFaults(QStringLiteral("drop:path=folder/mkdir.cgi")));
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi")).ok());
    }

    // hang: no reply at all; the connection stays open until the client gives up.
    void faultHang()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        client.setTimeoutMs(1000);
        QVERIFY(fake.setFaults(QStringLiteral("hang:path=file/ls.cgi")));
        const WireReply hung = client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi"));
        QCOMPARE(hung.error, QNetworkReply::OperationCanceledError); // QNAM's transfer timeout
        // Coarse timers may fire up to 5% early.
        QVERIFY2(hung.elapsedMs >= 950, qPrintable(QString::number(hung.elapsedMs)));
        QCOMPARE(hung.status, 0);
        const FakeLogEntry logged = fake.requestLog().last();
        QCOMPARE(logged.path, QStringLiteral("/v1/file/ls.cgi"));
        QCOMPARE(logged.status, 0);
        QCOMPARE(logged.result, QStringLiteral("KO fault: no reply"));
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi")).ok()); // count=1
    }

    // flood: the Nth call gets the flood reply and starts the key+IP lock (--flood-lock),
    // even with the rate limiter off; every call during the lock gets it too.
    void faultFlood()
    {
        FakeFichier fake(withArgs({QStringLiteral("--flood-lock"), QStringLiteral("2")}));
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        QVERIFY(fake.setFaults(QStringLiteral("flood:nth=2")));
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi")).ok());
        QElapsedTimer locked;
        locked.start();
        const WireReply flood = client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"));
        QCOMPARE(flood.status, 403);
        QCOMPARE(flood.message(), QStringLiteral("Flood detected: IP Locked #374"));
        const WireReply during = client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi"));
        if (locked.elapsed() < 1500) // else the machine was too slow to be inside the lock
            QCOMPARE(during.status, 403);
        QTRY_VERIFY_WITH_TIMEOUT(client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi")).ok(), 10000);
        QVERIFY(locked.elapsed() >= 2000);
        QVERIFY(fake.stats().value(QLatin1String("flood_replies")).toInteger() >= 1);
    }

    // html / empty: a 200 reply that is an HTML page or nothing at all.
    void faultHtmlAndEmpty()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        QVERIFY(fake.setFaults(QStringLiteral("html:path=folder/ls.cgi,empty:path=file/ls.cgi")));
        const WireReply html = client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"));
        QCOMPARE(html.status, 200);
        QVERIFY(!html.isJson);
        QVERIFY(html.header("Content-Type").startsWith("text/html"));
        QVERIFY(html.body.contains("<html>"));
        const WireReply empty = client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi"));
        QCOMPARE(empty.status, 200);
        QVERIFY(empty.body.isEmpty());
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi")).ok());
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("file/ls.cgi")).ok());
    }

    // listing-size / listing-whirlpool: file/ls.cgi (and, with path=, file/info.cgi) show a
    // size one byte off or the checksum of other data; the stored file is not touched.
    void faultListing()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QString url = fake.seedFile(QString(), QStringLiteral("l.bin"), "listed");
        const QString hash = Coffre::Whirlpool::hashHex("listed");
        QVERIFY(fake.setFaults(QStringLiteral("listing-size,listing-whirlpool:nth=2")));
        QJsonObject item = listFiles(client, fake, 0).at(0).toObject();
        QCOMPARE(item.value(QLatin1String("size")).toInteger(), 7);
        QCOMPARE(item.value(QLatin1String("checksum")).toString(), hash);
        item = listFiles(client, fake, 0).at(0).toObject();
        QCOMPARE(item.value(QLatin1String("size")).toInteger(), 6);
        QVERIFY(kHexRe.match(item.value(QLatin1String("checksum")).toString()).hasMatch());
        QVERIFY(item.value(QLatin1String("checksum")).toString() != hash);
        item = listFiles(client, fake, 0).at(0).toObject();
        QCOMPARE(item.value(QLatin1String("checksum")).toString(), hash);
        const QJsonObject urlBody = obj({{QStringLiteral("url"), url}});
        QCOMPARE(client.api(fake.apiUrl(), QStringLiteral("file/info.cgi"), urlBody)
                     .json.value(QLatin1String("checksum"))
                     .toString(),
            hash);
        QVERIFY(fake.setFaults(QStringLiteral("listing-whirlpool:path=file/info.cgi")));
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("file/info.cgi"), urlBody)
                    .json.value(QLatin1String("checksum"))
                    .toString()
            != hash);
    }

    // host=: a fault on another host than its default (api, node, dl).
    void faultHostKey()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        QVERIFY(!fake.setFaults(QStringLiteral("drop:host=moon")));
        QVERIFY(!fake.setFaults(QStringLiteral("rm-ko:handled=1")));
        QVERIFY(fake.setFaults(QStringLiteral("http-error:host=node:status=502")));
        QVERIFY(client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi")).ok()); // not the API
        const WireClient::Upload up = client.upload(fake.apiUrl(), QStringLiteral("h.bin"), "h");
        QCOMPARE(up.post.status, 502);
    }

    // The log line of a request is written before its reply goes out: a client that has
    // its reply always finds the line, with no waiting.
    void logLineBeforeReply()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        const QString url = fake.seedFile(QString(), QStringLiteral("r.bin"), QByteArray(300000, 'r'));
        for (int i = 0; i < 30; ++i) {
            const bool files = i % 2 == 0;
            QVERIFY(client
                        .api(fake.apiUrl(),
                            files ? QStringLiteral("file/ls.cgi") : QStringLiteral("folder/ls.cgi"))
                        .ok());
            QCOMPARE(fake.requestLog().last().path,
                files ? QStringLiteral("/v1/file/ls.cgi") : QStringLiteral("/v1/folder/ls.cgi"));
        }
        // A streamed file reply too, and a Range request is logged with its range.
        const QUrl dl(client
                          .api(fake.apiUrl(), QStringLiteral("download/get_token.cgi"),
                              obj({{QStringLiteral("url"), url}}))
                          .json.value(QLatin1String("url"))
                          .toString());
        QCOMPARE(client.get(dl, {{"Range", "bytes=1000-"}}).status, 206);
        const FakeLogEntry last = fake.requestLog().last();
        QCOMPARE(last.role, QStringLiteral("dl"));
        QCOMPARE(last.status, 206);
        QCOMPARE(last.range, QStringLiteral("bytes=1000-"));
        QVERIFY(fake.requestLog().at(fake.requestLog().size() - 2).range.isEmpty());
    }

    // The request log: one JSON line per request, with role, path, status and result, and
    // never the key (nor a wrong key, nor the key sent to the control API).
    void requestLogAndNoKeyAnywhere()
    {
        FakeFichier fake;
        QVERIFY2(fake.start(), qPrintable(fake.errorString()));
        WireClient client(fake.apiKey());
        fake.seedFile(QStringLiteral("/a"), QStringLiteral("f"), "f");
        client.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"));
        client.upload(fake.apiUrl(), QStringLiteral("u.zip"), "u");
        WireClient wrong(QStringLiteral("WrongKeyWrongKeyWrongKeyWrongKey"));
        wrong.api(fake.apiUrl(), QStringLiteral("folder/ls.cgi"));
        const QList<FakeLogEntry> log = fake.requestLog();
        QStringList roles;
        for (const FakeLogEntry &e : log)
            roles.append(e.role);
        QCOMPARE(roles,
            (QStringList {QStringLiteral("control"), QStringLiteral("api"), QStringLiteral("api"),
                QStringLiteral("node"), QStringLiteral("node"), QStringLiteral("api")}));
        QCOMPARE(log.at(1).path, QStringLiteral("/v1/folder/ls.cgi"));
        QCOMPARE(log.at(1).method, QStringLiteral("POST"));
        QCOMPARE(log.at(1).status, 200);
        QCOMPARE(log.at(1).result, QStringLiteral("OK"));
        QCOMPARE(log.at(3).path, QStringLiteral("/upload.cgi"));
        QCOMPARE(log.at(3).status, 302);
        QVERIFY(log.at(3).bytesIn > 0);
        QCOMPARE(log.at(5).result, QStringLiteral("KO No such user #93"));
        QCOMPARE(log.at(5).status, 401);
        for (int i = 1; i < log.size(); ++i)
            QVERIFY(log.at(i).tMs >= log.at(i - 1).tMs);
        QVERIFY(qAbs(log.last().tMs - QDateTime::currentMSecsSinceEpoch()) < 60000);
        QCOMPARE(fake.countCalls(QStringLiteral("folder/ls.cgi")), 2);
        QCOMPARE(fake.countCalls(QStringLiteral("upload.cgi")), 1);
        QCOMPARE(fake.stats()
                     .value(QLatin1String("calls"))
                     .toObject()
                     .value(QLatin1String("/v1/folder/ls.cgi"))
                     .toInteger(),
            2);

        QFile logFile(fake.logPath());
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QByteArray logBytes = logFile.readAll();
        QVERIFY(!logBytes.contains(fake.apiKey().toUtf8()));
        QVERIFY(!logBytes.contains("WrongKeyWrongKeyWrongKeyWrongKey"));
        QVERIFY(!logBytes.toLower().contains("bearer"));
        // Nor is it in the data dir.
        QDirIterator it(fake.dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(fake.apiKey().toUtf8()), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestFakeFichier)
#include "tst_fakefichier.moc"
