// FichierClient against a scripted loopback server through the real QNAM: what goes on the
// wire (headers, bodies, multipart, end.pl with JSON: 1), how replies and failures are
// handled (retries, floods, malformed bodies, drops, resumes), caching, cancellation, and
// that the key never shows up in logs or errors. Integration tests against the 1fichier
// stand-in live in tst_fichierclient_fake.
#include "RawTestServer.h"
#include "ScriptedHttpServer.h"

#include "core/Whirlpool.h"
#include "fichier/FichierClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Coffre;
using Kind = FichierError::Kind;
using Request = ScriptedHttpServer::Request;
using Response = ScriptedHttpServer::Response;

namespace {

const QString kKey = QStringLiteral("Zq8xK2mN4pR6tV8wY0aC2eG4iK6mO8q-");

QStringList g_log;
QMutex g_logMutex;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log << message;
}

QByteArray j(const char *json)
{
    return QByteArray(json).replace('\'', '"');
}

QJsonObject bodyOf(const Request &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

// Jobs delete themselves after finished() unless told otherwise; tests hold on to them.
template<typename J> J *keep(J *job)
{
    job->setAutoDelete(false);
    return job;
}

// A real event loop (QTest::qWaitFor sleeps 10 ms between rounds, which throttles QNAM's
// upload thread hand-offs to a crawl).
bool wait(FichierJob *job, int ms = 30000)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (job->isFinished())
            loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    poll.start(20);
    if (!job->isFinished())
        loop.exec();
    return job->isFinished();
}

QString kindOf(FichierJob *job)
{
    return FichierError::kindName(job->error().kind());
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

// Picks the part of a multipart body by field name: its headers and content.
struct Part {
    QByteArray headers;
    QByteArray content;
};
QList<Part> splitMultipart(const QByteArray &body, const QByteArray &boundary)
{
    QList<Part> parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype at = body.indexOf(delimiter);
    while (at >= 0) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            break;
        at += 2; // CRLF
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", at);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headerEnd);
        if (headerEnd < 0 || next < 0)
            break;
        parts.append({body.mid(at, headerEnd - at), body.mid(headerEnd + 4, next - headerEnd - 4)});
        at = next + 2;
    }
    return parts;
}

} // namespace

class TestFichierClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<FichierClient> m_client;
    FichierConfig m_config;

    FichierConfig fastConfig() const
    {
        FichierConfig config;
        config.apiBase = m_server->url(QStringLiteral("/v1"));
        config.apiKey = kKey;
        config.minSpacingMs = 334;
        config.recoverySpacingMs = 334;
        config.retryBaseMs = 50;
        config.retryMaxMs = 200;
        config.floodPauseMs = 600;
        config.floodMaxPauseMs = 600;
        config.endPollDelayMs = 50;
        config.transferTimeoutMs = 10000;
        return config;
    }

    void makeClient(const FichierConfig &config)
    {
        m_config = config;
        m_client = std::make_unique<FichierClient>(config);
    }

    QByteArray nodeHost() const { return "127.0.0.1:" + QByteArray::number(m_server->port()); }

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->start());
        makeClient(fastConfig());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void accountInfoWireAndCache()
    {
        m_server->setHandler([](const Request &) {
            return Response::json(
                j("{'status':'OK','email':'me@example.com','offer':'1','cold_storage':12}"));
        });
        AccountInfoJob *job = keep(m_client->accountInfo());
        QVERIFY(wait(job));
        QVERIFY2(job->succeeded(), qPrintable(job->errorString()));
        QCOMPARE(job->result().email, QStringLiteral("me@example.com"));
        QCOMPARE(m_server->requests().size(), 1);
        const Request &r = m_server->requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.target, QByteArray("/v1/user/info.cgi"));
        QCOMPARE(r.header("authorization"), "Bearer " + kKey.toLatin1());
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QVERIFY(QJsonDocument::fromJson(r.body).isObject());

        // Cached: user/info.cgi is allowed once per 5 minutes.
        AccountInfoJob *again = keep(m_client->accountInfo());
        QVERIFY(wait(again));
        QVERIFY(again->succeeded());
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(wait(m_client->accountInfo(true)));
        QCOMPARE(m_server->requests().size(), 2);
    }

    void invalidKeyIsNotRetried()
    {
        m_server->setHandler([](const Request &) {
            return Response::json(j("{'status':'KO','message':'No such user #93'}"), 401);
        });
        FolderListJob *job = keep(m_client->listFolder(0));
        QVERIFY(wait(job));
        QCOMPARE(kindOf(job), QStringLiteral("InvalidKey"));
        QVERIFY(job->errorString().contains(QLatin1String("console/params.pl")));
        QTest::qWait(500);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void serverErrorsAreRetried()
    {
        int calls = 0;
        m_server->setHandler([&calls](const Request &) {
            if (++calls <= 2)
                return Response::json("<html>502 Bad Gateway</html>", 502);
            return Response::json(j("{'status':'OK','folder_id':0,'name':'Root','sub_folders':[]}"));
        });
        FolderListJob *job = keep(m_client->listFolder(0));
        QVERIFY(wait(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QCOMPARE(m_server->requests().size(), 3);
        // Backoff plus the raised spacing: never faster than the floor.
        for (int i = 1; i < 3; ++i) {
            const qint64 gap = m_server->requests().at(i).atMs - m_server->requests().at(i - 1).atMs;
            QVERIFY2(gap >= 334, qPrintable(QString::number(gap)));
        }
    }

    void serverErrorsGiveUp()
    {
        FichierConfig config = fastConfig();
        config.maxRetries = 2;
        makeClient(config);
        m_server->setHandler([](const Request &) { return Response::json("", 503); });
        FileListJob *job = keep(m_client->listFiles(0));
        QVERIFY(wait(job));
        QCOMPARE(kindOf(job), QStringLiteral("Server"));
        QCOMPARE(m_server->requests().size(), 3);
    }

    void floodPausesEverything()
    {
        int calls = 0;
        m_server->setHandler([&calls](const Request &) {
            if (++calls == 1)
                return Response::json(j("{'status':'KO','message':'Flood detected: IP Locked #374'}"), 403);
            return Response::json(j("{'status':'OK','folder_id':0,'name':'Root','sub_folders':[]}"));
        });
        QSignalSpy pauses(m_client.get(), &FichierClient::floodPause);
        FolderListJob *first = keep(m_client->listFolder(0));
        QSignalSpy notices(first, &FichierJob::notice);
        FolderListJob *second = keep(m_client->listFolder(0));
        QVERIFY(wait(first));
        QVERIFY(wait(second));
        QVERIFY(first->succeeded());
        QVERIFY(second->succeeded());
        QCOMPARE(pauses.size(), 1);
        QVERIFY(!notices.isEmpty());
        const QList<Request> &r = m_server->requests();
        QCOMPARE(r.size(), 3);
        // Nothing at all during the pause (600 ms here), then the retry and the next call.
        QVERIFY2(
            r.at(1).atMs - r.at(0).atMs >= 600, qPrintable(QString::number(r.at(1).atMs - r.at(0).atMs)));
        QVERIFY(r.at(2).atMs - r.at(1).atMs >= 334);
    }

    void malformedRepliesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("html") << QByteArray("<html><body>maintenance</body></html>") << 200;
        QTest::newRow("empty") << QByteArray() << 200;
        QTest::newRow("wrong types") << j("{'status':'OK','folder_id':0,'sub_folders':'nope'}") << 200;
        QTest::newRow("truncated") << QByteArray("{\"status\":\"OK\",\"folder_id\":0,\"sub_") << 200;
        QTest::newRow("array") << QByteArray("[]") << 200;
        QTest::newRow("redirect") << QByteArray() << 302;
    }

    void malformedRepliesAreErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        m_server->setHandler([&](const Request &) { return Response::json(body, status); });
        FolderListJob *job = keep(m_client->listFolder(0));
        QVERIFY(wait(job));
        QCOMPARE(kindOf(job), QStringLiteral("Protocol"));
        QVERIFY(!job->errorString().isEmpty());
    }

    void resolveCreatesAndCaches()
    {
        int mkdirs = 0;
        m_server->setHandler([&mkdirs](const Request &r) {
            const QJsonObject body = bodyOf(r);
            if (r.path().endsWith("folder/ls.cgi")) {
                const qint64 id = body.value(QLatin1String("folder_id")).toInteger();
                if (id == 0)
                    return Response::json(
                        j("{'status':'OK','folder_id':0,'name':'Root','size':null,'sub_folders':"
                          "[{'id':3360001,'name':'backups','create_date':'2024-01-01 10:00:00','pass':0},"
                          "{'id':3360002,'name':'Backups','create_date':'2024-01-01 10:00:00','pass':0}]}"));
                if (id == 3360002 && mkdirs == 0)
                    return Response::json(
                        j("{'status':'OK','folder_id':3360002,'name':'Backups','sub_folders':[]}"));
                if (id == 3360002)
                    return Response::json(
                        j("{'status':'OK','folder_id':3360002,'name':'Backups','sub_folders':"
                          "[{'id':3360003,'name':'la$ptop','create_date':'2024-01-01 10:00:00','pass':0}]}"));
                if (id == 3360003)
                    return Response::json(
                        j("{'status':'OK','folder_id':3360003,'name':'la$ptop','sub_folders':[]}"));
            }
            if (r.path().endsWith("folder/mkdir.cgi")) {
                ++mkdirs;
                return Response::json(j("{'status':'OK','folder_id':3360003,'name':'la\\uff04ptop'}"));
            }
            return Response::json(j("{'status':'KO','message':'Resource not found #469'}"), 404);
        });
        // Missing and not asked to create.
        FolderIdJob *missing = keep(m_client->resolveFolder(QStringLiteral("/Backups/la$ptop")));
        QVERIFY(wait(missing));
        QCOMPARE(kindOf(missing), QStringLiteral("NotFound"));

        FolderIdJob *job = keep(m_client->resolveFolder(QStringLiteral("/Backups/la$ptop"), true));
        QVERIFY(wait(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QCOMPARE(job->result(), 3360003);
        QCOMPARE(mkdirs, 1);
        // Exact, case-sensitive match picked "Backups", not "backups"; the reserved "$" went
        // out full-width.
        const Request mkdir = m_server->requests().last();
        QCOMPARE(bodyOf(mkdir).value(QLatin1String("folder_id")).toInteger(), 3360002);
        QCOMPARE(bodyOf(mkdir).value(QLatin1String("name")).toString(), QStringLiteral("la＄ptop"));

        const int before = m_server->requests().size();
        FolderIdJob *cached = keep(m_client->resolveFolder(QStringLiteral("Backups//la$ptop/")));
        QVERIFY(wait(cached));
        QCOMPARE(cached->result(), 3360003);
        QCOMPARE(m_server->requests().size(), before);

        FolderIdJob *root = keep(m_client->resolveFolder(QStringLiteral("/")));
        QVERIFY(wait(root));
        QCOMPARE(root->result(), 0);
        FolderIdJob *bad = keep(m_client->resolveFolder(QStringLiteral("/a/../b")));
        QVERIFY(wait(bad));
        QCOMPARE(kindOf(bad), QStringLiteral("BadInput"));
    }

    void batchedRemove()
    {
        FichierConfig config = fastConfig();
        config.removeBatchSize = 100;
        makeClient(config);
        QList<int> sizes;
        m_server->setHandler([&sizes](const Request &r) {
            const QJsonArray files = bodyOf(r).value(QLatin1String("files")).toArray();
            sizes << int(files.size());
            QJsonArray urls;
            for (const QJsonValue &f : files)
                urls.append(f.toObject().value(QLatin1String("url")));
            return Response::json(
                QJsonDocument(QJsonObject {{QStringLiteral("status"), QStringLiteral("OK")},
                                  {QStringLiteral("removed"), urls.size()}, {QStringLiteral("urls"), urls}})
                    .toJson(QJsonDocument::Compact));
        });
        QStringList urls;
        for (int i = 0; i < 250; ++i)
            urls << QStringLiteral("https://1fichier.com/?file%1").arg(i, 5, 10, QLatin1Char('0'));
        urls << urls.first(); // duplicates are sent once
        RemoveJob *job = keep(m_client->removeFiles(urls));
        QVERIFY(wait(job));
        QVERIFY(job->succeeded());
        QCOMPARE(sizes, (QList<int> {100, 100, 50}));
        QCOMPARE(job->result().removed, 250);
        QVERIFY(m_server->requests().first().target.endsWith("/v1/file/rm.cgi"));

        RemoveJob *none = keep(m_client->removeFiles({}));
        QVERIFY(wait(none));
        QVERIFY(none->succeeded());
        QCOMPARE(m_server->requests().size(), 3);
    }

    void fileOperationsWire()
    {
        m_server->setHandler([](const Request &r) {
            if (r.path().endsWith("rename.cgi"))
                return Response::json(j("{'status':'KO','message':'No file has been renamed #312'}"));
            if (r.path().endsWith("mv.cgi"))
                return Response::json(
                    j("{'status':'OK','moved':1,'urls':['https://1fichier.com/?new'],'filename':'b'}"));
            if (r.path().endsWith("info.cgi"))
                return Response::json(
                    j("{'url':'https://1fichier.com/?a','filename':'a\\uff1cb','size':3,"
                      "'date':'2024-07-01 12:00:00','folder_id':5,'path':'x/y','acl':{'ip':[]}}"));
            return Response::json(j("{'status':'OK'}"));
        });
        MoveJob *rename
            = keep(m_client->renameFile(QStringLiteral("https://1fichier.com/?a"), QStringLiteral("b'c")));
        QVERIFY(wait(rename));
        QCOMPARE(kindOf(rename), QStringLiteral("Rejected"));
        QVERIFY(rename->errorString().contains(QLatin1String("No file has been renamed")));
        const QJsonObject renameBody = bodyOf(m_server->requests().last());
        QCOMPARE(renameBody.value(QLatin1String("urls"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("filename"))
                     .toString(),
            QStringLiteral("b＇c"));

        MoveJob *move
            = keep(m_client->moveFiles({QStringLiteral("https://1fichier.com/?a")}, 77, QStringLiteral("b")));
        QVERIFY(wait(move));
        QVERIFY(move->succeeded());
        QCOMPARE(move->result().urls.first(), QStringLiteral("https://1fichier.com/?new"));
        const QJsonObject moveBody = bodyOf(m_server->requests().last());
        QCOMPARE(moveBody.value(QLatin1String("destination_folder_id")).toInteger(), 77);
        QCOMPARE(moveBody.value(QLatin1String("rename")).toString(), QStringLiteral("b"));

        MoveJob *badMove
            = keep(m_client->moveFiles({QStringLiteral("a"), QStringLiteral("b")}, 1, QStringLiteral("x")));
        QVERIFY(wait(badMove));
        QCOMPARE(kindOf(badMove), QStringLiteral("BadInput"));

        FileInfoJob *info = keep(m_client->fileInfo(QStringLiteral("https://1fichier.com/?a")));
        QVERIFY(wait(info));
        QVERIFY(info->succeeded());
        QCOMPARE(info->result().filename, QStringLiteral("a<b"));
        QCOMPARE(info->result().folderId, 5);
        QCOMPARE(info->result().uploaded, QDateTime(QDate(2024, 7, 1), QTime(10, 0), Qt::UTC));

        FichierJob *rmRoot = keep(m_client->removeFolder(0));
        QVERIFY(wait(rmRoot));
        QCOMPARE(kindOf(rmRoot), QStringLiteral("BadInput"));
    }

    void uploadWire()
    {
        QTemporaryDir dir;
        QByteArray content;
        for (int i = 0; i < 1234567; ++i)
            content.append(char(i * 13 + (i >> 10)));
        const QString path = writeFile(dir, QStringLiteral("source.zip"), content);
        const QString hash = Whirlpool::hashHex(content);
        int endCalls = 0;
        m_server->setHandler([&, hash](const Request &r) {
            if (r.path().endsWith("folder/ls.cgi"))
                return Response::json(j("{'status':'OK','folder_id':3360005,'name':'x','sub_folders':[]}"));
            if (r.path().endsWith("get_upload_server.cgi"))
                return Response::json("{\"url\":\"" + nodeHost() + "\",\"id\":\"Fhl1aZERQv\"}");
            if (r.path() == "/upload.cgi") {
                Response redirect;
                redirect.status = 302;
                redirect.headers.append(
                    std::pair<QByteArray, QByteArray>("Location", "/end.pl?xid=Other1234"));
                return redirect;
            }
            if (r.path() == "/end.pl") {
                if (++endCalls == 1)
                    return Response::json("<html>in progress</html>");
                return Response::json(
                    "{\"incoming\":0,\"links\":[{\"download\":\"https://1fichier.com/?abcdefghij0123456789\","
                    "\"filename\":\"source.zip\",\"remove\":\"\",\"size\":\""
                    + QByteArray::number(1234567) + "\",\"whirlpool\":\"" + hash.toLatin1() + "\"}]}");
            }
            return Response::json("{}", 404);
        });
        UploadJob *job = keep(m_client->upload(path, 3360005, {}, hash));
        QSignalSpy progress(job, &FichierJob::progress);
        QVERIFY(wait(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QCOMPARE(job->result().size, 1234567);
        QCOMPARE(job->result().whirlpool, hash);
        QCOMPARE(job->result().url, QStringLiteral("https://1fichier.com/?abcdefghij0123456789"));
        QCOMPARE(job->result().attempts, 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), 1234567);
        QCOMPARE(progress.last().at(1).toLongLong(), 1234567);

        const QList<Request> &r = m_server->requests();
        QCOMPARE(r.size(), 5);
        QVERIFY(r.at(0).target.endsWith("/v1/folder/ls.cgi")); // the target folder is checked first
        // get_upload_server: GET with the JSON content type even without a body.
        QCOMPARE(r.at(1).method, QByteArray("GET"));
        QCOMPARE(r.at(1).target, QByteArray("/v1/upload/get_upload_server.cgi"));
        QCOMPARE(r.at(1).header("content-type"), QByteArray("application/json"));
        // upload.cgi on the node with the id, streamed multipart, exact length.
        const Request &up = r.at(2);
        QCOMPARE(up.method, QByteArray("POST"));
        QCOMPARE(up.target, QByteArray("/upload.cgi?id=Fhl1aZERQv"));
        QCOMPARE(up.header("authorization"), "Bearer " + kKey.toLatin1());
        QCOMPARE(up.header("connection").toLower(), QByteArray("close"));
        QVERIFY(up.header("transfer-encoding").isEmpty());
        QCOMPARE(up.header("content-length").toLongLong(), up.body.size());
        const QByteArray contentType = up.header("content-type");
        QVERIFY2(contentType.startsWith("multipart/form-data; boundary="), contentType.constData());
        const QByteArray boundary = contentType.mid(contentType.indexOf("boundary=") + 9);
        QVERIFY(!boundary.contains('"'));
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9-]+$"))
                    .match(QString::fromLatin1(boundary))
                    .hasMatch());
        const QList<Part> parts = splitMultipart(up.body, boundary);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).headers, QByteArray("Content-Disposition: form-data; name=\"did\""));
        QCOMPARE(parts.at(0).content, QByteArray("3360005"));
        QVERIFY(parts.at(1).headers.startsWith(
            "Content-Disposition: form-data; name=\"file[]\"; filename=\"source.zip\""));
        QCOMPARE(parts.at(1).content, content);
        // end.pl with JSON: 1, on the node, with the xid from Location; polled until ready.
        for (int i : {3, 4}) {
            QCOMPARE(r.at(i).method, QByteArray("GET"));
            QCOMPARE(r.at(i).target, QByteArray("/end.pl?xid=Other1234"));
            QCOMPARE(r.at(i).header("json"), QByteArray("1"));
        }
    }

    void uploadRetriedAsNewUpload()
    {
        QTemporaryDir dir;
        const QByteArray content(300000, 'z');
        const QString path = writeFile(dir, QStringLiteral("a b$.zip"), content);
        const QString hash = Whirlpool::hashHex(content);
        int servers = 0;
        int uploads = 0;
        m_server->setHandler([&](const Request &r) {
            if (r.path().endsWith("get_upload_server.cgi"))
                return Response::json(
                    "{\"url\":\"" + nodeHost() + "\",\"id\":\"id" + QByteArray::number(++servers) + "\"}");
            if (r.path() == "/upload.cgi") {
                Response response;
                if (++uploads == 1) {
                    response.dropBeforeAnswer = true; // the connection dies
                    return response;
                }
                response.status = 302;
                response.headers.append(std::pair<QByteArray, QByteArray>("Location", "/end.pl?xid=id2"));
                return response;
            }
            if (r.path() == "/end.pl")
                return Response::json(
                    "{\"links\":[{\"download\":\"https://1fichier.com/?x\",\"filename\":\"a b\\uff04.zip\","
                    "\"size\":\"300000\",\"whirlpool\":\""
                    + hash.toLatin1() + "\"}]}");
            return Response::json("{}", 404);
        });
        UploadJob *job = keep(m_client->upload(path, 0));
        QSignalSpy notices(job, &FichierJob::notice);
        QVERIFY(wait(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QCOMPARE(job->result().attempts, 2);
        QCOMPARE(job->result().filename, QStringLiteral("a b$.zip"));
        QCOMPARE(servers, 2); // a new node and id for the new attempt
        QCOMPARE(m_server->count("/end.pl"), 1);
        QVERIFY(!notices.isEmpty());
        const Request &second = m_server->requests().at(3);
        QCOMPARE(second.target, QByteArray("/upload.cgi?id=id2"));
        QVERIFY(second.body.contains("filename=\"a b\xef\xbc\x84.zip\""));
    }

    void uploadAuthFailureNotRetried()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a"), "x");
        m_server->setHandler([&](const Request &r) {
            if (r.path().endsWith("get_upload_server.cgi"))
                return Response::json("{\"url\":\"" + nodeHost() + "\",\"id\":\"abc\"}");
            return Response::json(j("{'status':'KO','message':'Not authenticated #247'}"), 401);
        });
        UploadJob *job = keep(m_client->upload(path, 0));
        QVERIFY(wait(job));
        QCOMPARE(kindOf(job), QStringLiteral("InvalidKey"));
        QCOMPARE(m_server->count("/upload.cgi"), 1);
    }

    void uploadNoFileReceived()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a"), "x");
        m_server->setHandler([&](const Request &r) {
            if (r.path().endsWith("get_upload_server.cgi"))
                return Response::json("{\"url\":\"" + nodeHost() + "\",\"id\":\"abc\"}");
            Response page;
            page.body = "<html><body><div class=\"bloc\">Pas de fichier</div></body></html>";
            return page;
        });
        UploadJob *job = keep(m_client->upload(path, 0));
        QVERIFY(wait(job));
        QCOMPARE(kindOf(job), QStringLiteral("Rejected"));
        QCOMPARE(m_server->count("/upload.cgi"), 1);
        QCOMPARE(m_server->count("/end.pl"), 0);
    }

    void uploadReportNeverReady()
    {
        FichierConfig config = fastConfig();
        config.endPollAttempts = 3;
        makeClient(config);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a"), "x");
        m_server->setHandler([&](const Request &r) {
            if (r.path().endsWith("get_upload_server.cgi"))
                return Response::json("{\"url\":\"" + nodeHost() + "\",\"id\":\"abc\"}");
            if (r.path() == "/upload.cgi") {
                Response response;
                response.status = 302;
                response.headers.append(std::pair<QByteArray, QByteArray>("Location", "/end.pl?xid=abc"));
                return response;
            }
            return Response::json(j("{'incoming':0,'links':[]}"));
        });
        UploadJob *job = keep(m_client->upload(path, 0));
        QVERIFY(wait(job));
        QCOMPARE(kindOf(job), QStringLiteral("Protocol"));
        QCOMPARE(m_server->count("/end.pl"), 3);
        QCOMPARE(m_server->count("/upload.cgi"), 1); // the file may be there: not uploaded twice
    }

    void uploadSizeMismatchRemovesAndRetries()
    {
        FichierConfig config = fastConfig();
        config.uploadAttempts = 2;
        makeClient(config);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a"), "hello");
        const QString hash = Whirlpool::hashHex("hello");
        m_server->setHandler([&](const Request &r) {
            if (r.path().endsWith("get_upload_server.cgi"))
                return Response::json("{\"url\":\"" + nodeHost() + "\",\"id\":\"abc\"}");
            if (r.path() == "/upload.cgi") {
                Response response;
                response.status = 302;
                response.headers.append(std::pair<QByteArray, QByteArray>("Location", "/end.pl?xid=abc"));
                return response;
            }
            if (r.path() == "/end.pl")
                return Response::json("{\"links\":[{\"download\":\"https://1fichier.com/"
                                      "?bad\",\"filename\":\"a\",\"size\":\"4\","
                                      "\"whirlpool\":\""
                    + hash.toLatin1() + "\"}]}");
            return Response::json(j("{'status':'OK','removed':1}"));
        });
        UploadJob *job = keep(m_client->upload(path, 0));
        QVERIFY(wait(job));
        QCOMPARE(kindOf(job), QStringLiteral("Integrity"));
        QCOMPARE(m_server->count("/upload.cgi"), 2);
        QCOMPARE(m_server->count("file/rm.cgi"), 2); // each damaged copy removed
        QVERIFY(m_server->requests().last().body.contains("https://1fichier.com/?bad"));
    }

    void uploadRefusedLocally()
    {
        QTemporaryDir dir;
        const QString empty = writeFile(dir, QStringLiteral("empty"), QByteArray());
        UploadJob *job = keep(m_client->upload(empty, 0));
        QVERIFY(wait(job));
        QCOMPARE(kindOf(job), QStringLiteral("Empty"));

        UploadJob *missing = keep(m_client->upload(dir.filePath(QStringLiteral("nope")), 0));
        QVERIFY(wait(missing));
        QCOMPARE(kindOf(missing), QStringLiteral("LocalFile"));

        // A sparse file one byte over 300 GB (no disk space used).
        QFile big(dir.filePath(QStringLiteral("big")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        if (!big.resize(FichierConfig::kMaxFileSize + 1))
            QSKIP("no sparse files here");
        big.close();
        UploadJob *tooLarge = keep(m_client->upload(big.fileName(), 0));
        QVERIFY(wait(tooLarge));
        QCOMPARE(kindOf(tooLarge), QStringLiteral("TooLarge"));
        QVERIFY(tooLarge->errorString().contains(QLatin1String("300 GB")));
        QVERIFY(big.resize(0));

        QCOMPARE(m_server->connections(), 0); // refused before any request
    }

    void configRefusedBeforeAnyRequest()
    {
        FichierConfig config = fastConfig();
        config.apiBase = QUrl(QStringLiteral("http://fichier.example.com/v1"));
        makeClient(config);
        FolderListJob *job = keep(m_client->listFolder(0));
        QVERIFY(wait(job));
        QCOMPARE(kindOf(job), QStringLiteral("Config"));
        QVERIFY(job->errorString().contains(QLatin1String("https")));

        config = fastConfig();
        config.apiKey.clear();
        makeClient(config);
        AccountInfoJob *noKey = keep(m_client->accountInfo());
        QVERIFY(wait(noKey));
        QCOMPARE(kindOf(noKey), QStringLiteral("Config"));
        QCOMPARE(m_server->connections(), 0);
    }

    void insecureNodeRefused()
    {
        // The API is http on loopback, so the node must be loopback too.
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("a"), "x");
        m_server->setHandler(
            [](const Request &) { return Response::json(j("{'url':'up2.1fichier.com','id':'abc'}")); });
        UploadJob *job = keep(m_client->upload(path, 0));
        QVERIFY(wait(job));
        QCOMPARE(kindOf(job), QStringLiteral("Config"));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void downloadResumesAndVerifies()
    {
        QTemporaryDir dir;
        QByteArray content;
        for (int i = 0; i < 3000001; ++i)
            content.append(char(i * 7 + (i >> 12)));
        const QString hash = Whirlpool::hashHex(content);
        int gets = 0;
        m_server->setHandler([&](const Request &r) {
            if (r.path().endsWith("get_token.cgi"))
                return Response::json("{\"status\":\"OK\",\"url\":\"https://" + nodeHost() + "/tok3n\"}");
            if (r.path() == "/tok3n") {
                ++gets;
                Response response;
                const QByteArray range = r.header("range");
                if (range.isEmpty()) {
                    response.body = content;
                    response.dropAfter = 1000000; // the connection breaks mid-body
                    return response;
                }
                const qint64 from = range.mid(6, range.size() - 7).toLongLong();
                response.status = 206;
                response.body = content.mid(from);
                response.headers.append(std::pair<QByteArray, QByteArray>("Content-Range",
                    "bytes " + QByteArray::number(from) + "-" + QByteArray::number(content.size() - 1) + "/"
                        + QByteArray::number(content.size())));
                return response;
            }
            return Response::json("{}", 404);
        });
        const QString target = dir.filePath(QStringLiteral("restored.zip"));
        DownloadJob *job = keep(
            m_client->download(QStringLiteral("https://1fichier.com/?abc"), target, hash, content.size()));
        QSignalSpy progress(job, &FichierJob::progress);
        QVERIFY(wait(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QVERIFY(job->result().verified);
        QCOMPARE(job->result().resumes, 1);
        QCOMPARE(job->result().whirlpool, hash);
        // QNAM itself may retry a GET whose connection closed early (once here, at most):
        // what matters is one resume, from the right offset, and intact data.
        QVERIFY(gets == 2 || gets == 3);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
        QCOMPARE(progress.last().at(0).toLongLong(), content.size());

        // The token's https became the API's http; the resume asked for the rest only.
        const Request &resume = m_server->requests().last();
        QVERIFY(resume.header("range").startsWith("bytes="));
        QCOMPARE(resume.header("range"), QByteArray("bytes=1000000-"));
        QCOMPARE(resume.header("accept-encoding"), QByteArray("identity"));
        QCOMPARE(bodyOf(m_server->requests().first()).value(QLatin1String("single")).toInt(), 1);
    }

    void downloadMismatchRemovesPartial()
    {
        QTemporaryDir dir;
        const QByteArray content("not what was listed");
        m_server->setHandler([&](const Request &r) {
            if (r.path().endsWith("file/info.cgi"))
                return Response::json("{\"url\":\"https://1fichier.com/?abc\",\"filename\":\"f\",\"size\":"
                    + QByteArray::number(content.size()) + ",\"checksum\":\"" + QByteArray(128, 'a') + "\"}");
            if (r.path().endsWith("get_token.cgi"))
                return Response::json("{\"status\":\"OK\",\"url\":\"http://" + nodeHost() + "/t\"}");
            Response response;
            response.body = content;
            return response;
        });
        const QString target = dir.filePath(QStringLiteral("out.zip"));
        DownloadJob *job = keep(m_client->download(QStringLiteral("https://1fichier.com/?abc"), target));
        QVERIFY(wait(job));
        QCOMPARE(kindOf(job), QStringLiteral("Integrity"));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
        QVERIFY(m_server->requests().first().target.endsWith("file/info.cgi"));
    }

    void downloadExpiredTokenRenewed()
    {
        QTemporaryDir dir;
        const QByteArray content(200000, 'q');
        int tokens = 0;
        m_server->setHandler([&](const Request &r) {
            if (r.path().endsWith("get_token.cgi"))
                return Response::json("{\"status\":\"OK\",\"url\":\"http://" + nodeHost() + "/t"
                    + QByteArray::number(++tokens) + "\"}");
            if (r.path() == "/t1")
                return Response::json(j("{'status':'KO','message':'Resource not allowed #631'}"), 403);
            Response response;
            response.body = content;
            return response;
        });
        const QString target = dir.filePath(QStringLiteral("out"));
        DownloadJob *job = keep(m_client->download(
            QStringLiteral("https://1fichier.com/?abc"), target, Whirlpool::hashHex(content)));
        QVERIFY(wait(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QCOMPARE(tokens, 2);
        QCOMPARE(QFileInfo(target).size(), content.size());
    }

    void cancelPendingAndRunning()
    {
        m_server->setHandler([](const Request &r) {
            Response response
                = Response::json(j("{'status':'OK','folder_id':0,'name':'Root','sub_folders':[]}"));
            if (r.path().endsWith("file/ls.cgi"))
                response.delayMs = 3000; // hangs while we cancel
            return response;
        });
        FileListJob *running = keep(m_client->listFiles(0));
        FolderListJob *pending = keep(m_client->listFolder(0));
        QTRY_COMPARE(m_server->requests().size(), 1);
        pending->cancel();
        running->cancel();
        QVERIFY(wait(pending));
        QVERIFY(wait(running));
        QCOMPARE(kindOf(pending), QStringLiteral("Cancelled"));
        QCOMPARE(kindOf(running), QStringLiteral("Cancelled"));
        QTest::qWait(700);
        QCOMPARE(m_server->requests().size(), 1); // the pending one never went out
        QCOMPARE(m_client->pendingRequests(), 0);

        // cancelAll reaches every job, including downloads (and removes their partial file).
        QTemporaryDir dir;
        m_server->setHandler([](const Request &) {
            Response response = Response::json("{}");
            response.delayMs = 3000;
            return response;
        });
        DownloadJob *download = keep(m_client->download(QStringLiteral("https://1fichier.com/?a"),
            dir.filePath(QStringLiteral("d")), QString(128, QLatin1Char('b')), 5));
        QTRY_VERIFY(QFile::exists(dir.filePath(QStringLiteral("d.part"))));
        m_client->cancelAll();
        QVERIFY(wait(download));
        QCOMPARE(kindOf(download), QStringLiteral("Cancelled"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("d.part"))));
    }

    // --debug logging shows method, path, status and duration, never the key, and errors
    // never carry it even when the server echoes it back.
    // The padding puts the key first at the start, then across the 300-character cut that
    // keeps messages on one line, then just past it.
    void keyNeverLoggedOrShown_data()
    {
        QTest::addColumn<int>("padding");
        QTest::newRow("short message") << 0;
        QTest::newRow("key across the cut") << 265;
        QTest::newRow("key after the cut") << 320;
    }

    void keyNeverLoggedOrShown()
    {
        QFETCH(int, padding);
        QLoggingCategory::setFilterRules(QStringLiteral("coffre.*.debug=true"));
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        m_server->setHandler([padding](const Request &r) {
            return Response::json("{\"status\":\"KO\",\"message\":\"" + QByteArray(padding, 'x') + "Bad key "
                    + r.header("authorization") + " #1\"}",
                400);
        });
        FolderListJob *job = keep(m_client->listFolder(0));
        QVERIFY(wait(job));
        AccountInfoJob *info = keep(m_client->accountInfo());
        QVERIFY(wait(info));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(job->error().isError());
        QVERIFY(!job->errorString().contains(kKey));
        QVERIFY(!job->error().toString().contains(kKey));
        if (padding < 290)
            QVERIFY(job->error().serverMessage().contains(QLatin1String("***")));
        // Not even a piece of the key: every 6-character slice of it is absent.
        const QString shown = job->errorString() + job->error().toString() + info->errorString();
        for (qsizetype i = 0; i + 6 <= kKey.size(); ++i)
            QVERIFY2(!shown.contains(kKey.mid(i, 6)), qPrintable(shown));
        QVERIFY(!g_log.isEmpty());
        QVERIFY(g_log.join(QLatin1Char('\n')).contains(QLatin1String("/v1/folder/ls.cgi")));
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(kKey) && !line.contains(kKey.left(12)), qPrintable(line));
    }

    // An API host whose certificate is not trusted: the call fails as Tls, nothing is sent,
    // and it is not retried as if it were a network hiccup.
    void tlsErrorsAreNeverIgnored()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        RawServer server;
        if (!makeSelfSignedCertificate(&server.certificate, &server.key))
            QSKIP("openssl could not make a certificate");
        QVERIFY(server.listen(QHostAddress::LocalHost));
        FichierConfig config = fastConfig();
        config.apiBase = QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(server.serverPort()));
        makeClient(config);
        FolderListJob *job = keep(m_client->listFolder(0));
        QVERIFY(wait(job));
        QCOMPARE(kindOf(job), QStringLiteral("Tls"));
        QVERIFY(job->errorString().contains(QLatin1String("TLS")));
        QVERIFY(!server.received.contains("folder_id"));
        QCOMPARE(server.sockets.size(), 1);
    }

    // The real default spacing (500 ms) between request starts, seen by the server.
    void defaultSpacingOnTheWire()
    {
        FichierConfig config = fastConfig();
        config.minSpacingMs = FichierConfig().minSpacingMs;
        config.startMarginMs = FichierConfig().startMarginMs;
        makeClient(config);
        QCOMPARE(config.spacingMs(), 500);
        m_server->setHandler([](const Request &) {
            return Response::json(j("{'status':'OK','folder_id':0,'name':'Root','sub_folders':[]}"));
        });
        QList<FolderListJob *> jobs;
        for (int i = 0; i < 5; ++i)
            jobs << keep(m_client->listFolder(0));
        for (FolderListJob *job : jobs)
            QVERIFY(wait(job));
        QCOMPARE(m_server->requests().size(), 5);
        for (int i = 1; i < 5; ++i) {
            const qint64 gap = m_server->requests().at(i).atMs - m_server->requests().at(i - 1).atMs;
            QVERIFY2(gap >= 500, qPrintable(QString::number(gap)));
        }
    }
};

QTEST_GUILESS_MAIN(TestFichierClient)
#include "tst_fichierclient.moc"
