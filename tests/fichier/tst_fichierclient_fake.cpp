// FichierClient against the 1fichier stand-in (coffre-fakefichier) over loopback, through
// the real QNAM: every operation, every error class the stand-in can produce, faults
// (drops, 5xx, end.pl not ready or wrong, rm failures, location limit), pacing and flood
// handling measured from the stand-in's own request log.
#include "FakeFichier.h"
#include "TestEnvironment.h"

#include "core/Whirlpool.h"
#include "fichier/FichierClient.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Coffre;

namespace {

// Jobs delete themselves after finished() unless told otherwise; tests hold on to them.
template<typename J> J *keep(J *job)
{
    job->setAutoDelete(false);
    return job;
}

// A real event loop (QTest::qWaitFor sleeps 10 ms between rounds, which throttles QNAM's
// upload thread hand-offs to a crawl).
bool wait(FichierJob *job, int ms = 120000)
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

// Writes `size` pseudo-random bytes without holding them; returns the Whirlpool.
QString makeFile(const QString &path, qint64 size, quint32 seed = 1)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QRandomGenerator random(seed);
    Whirlpool hash;
    QByteArray chunk;
    for (qint64 done = 0; done < size;) {
        const qint64 n = std::min<qint64>(1 << 20, size - done);
        chunk.resize(n);
        random.fillRange(reinterpret_cast<quint32 *>(chunk.data()), int(n / 4));
        for (qint64 i = n / 4 * 4; i < n; ++i)
            chunk[i] = char(random.generate());
        hash.addData(chunk);
        if (file.write(chunk) != n)
            return {};
        done += n;
    }
    return hash.resultHex();
}

bool sameFiles(const QString &a, const QString &b)
{
    return QFileInfo(a).size() == QFileInfo(b).size()
        && Whirlpool::fileHashHex(a) == Whirlpool::fileHashHex(b);
}

// Requests the client made (not the test's control calls). The stand-in writes a request's
// log line before its reply, so the log is complete as soon as a job has finished.
QList<FakeLogEntry> clientRequests(const FakeFichier &fake)
{
    QList<FakeLogEntry> out;
    for (const FakeLogEntry &e : fake.requestLog()) {
        if (e.role != QLatin1String("control"))
            out.append(e);
    }
    return out;
}

} // namespace

class TestFichierClientFake : public QObject
{
    Q_OBJECT

    TestEnvironment m_env;
    std::unique_ptr<FakeFichier> m_fake;
    std::unique_ptr<FichierClient> m_client;
    QTemporaryDir m_dir;

    // Fast timings where a test is not about them; the spacing stays at its 334 ms floor.
    FichierConfig config() const
    {
        FichierConfig c;
        c.apiBase = m_fake->apiUrl();
        c.apiKey = m_fake->apiKey();
        c.minSpacingMs = 334;
        c.recoverySpacingMs = 334;
        c.retryBaseMs = 100;
        c.retryMaxMs = 400;
        c.floodPauseMs = 2000;
        c.floodMaxPauseMs = 2000;
        c.endPollDelayMs = 100;
        c.transferTimeoutMs = 30000;
        return c;
    }

    bool startFake(const FakeFichier::Options &options = {})
    {
        m_client.reset();
        m_fake = std::make_unique<FakeFichier>(options);
        if (!m_fake->start()) {
            qWarning("%s", qPrintable(m_fake->errorString()));
            return false;
        }
        m_client = std::make_unique<FichierClient>(config());
        return true;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Upload + listing + download of a fresh file of `size` bytes; all checks inside.
    void roundTrip(qint64 size, const QString &remoteName)
    {
        const QString local = path(QStringLiteral("up-%1").arg(size));
        const QString hash = makeFile(local, size, quint32(size));
        QVERIFY(!hash.isEmpty());
        FolderIdJob *folder = keep(m_client->resolveFolder(QStringLiteral("/Backups/laptop"), true));
        QVERIFY(wait(folder));
        QVERIFY2(folder->succeeded(), qPrintable(folder->error().toString()));

        UploadJob *upload = keep(m_client->upload(local, folder->result(), remoteName, hash));
        QSignalSpy progress(upload, &FichierJob::progress);
        QVERIFY(wait(upload));
        QVERIFY2(upload->succeeded(), qPrintable(upload->error().toString()));
        QCOMPARE(upload->result().size, size);
        QCOMPARE(upload->result().whirlpool, hash);
        QCOMPARE(upload->result().filename, remoteName);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), size);

        FileListJob *list = keep(m_client->listFiles(folder->result()));
        QVERIFY(wait(list));
        QVERIFY2(list->succeeded(), qPrintable(list->error().toString()));
        const auto it = std::find_if(list->result().cbegin(), list->result().cend(),
            [&](const FileEntry &f) { return f.url == upload->result().url; });
        QVERIFY(it != list->result().cend());
        QCOMPARE(it->filename, remoteName);
        QCOMPARE(it->size, size);
        QCOMPARE(it->checksum, hash);
        QVERIFY(it->uploaded.isValid());
        QVERIFY(qAbs(it->uploaded.secsTo(QDateTime::currentDateTimeUtc())) < 300);

        const QString restored = path(QStringLiteral("down-%1").arg(size));
        DownloadJob *download = keep(m_client->download(it->url, restored, it->checksum, it->size));
        QVERIFY(wait(download));
        QVERIFY2(download->succeeded(), qPrintable(download->error().toString()));
        QVERIFY(download->result().verified);
        QVERIFY(sameFiles(local, restored));
        QFile::remove(local);
        QFile::remove(restored);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_env.isValid());
        m_env.applyToThisProcess();
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsEmpty("COFFRE_FAKE_BIN"))
            QSKIP("COFFRE_FAKE_BIN not set: run through ctest");
    }

    void cleanup()
    {
        m_client.reset();
        m_fake.reset();
    }

    void accountInfoCached()
    {
        QVERIFY(startFake());
        AccountInfoJob *info = keep(m_client->accountInfo());
        QVERIFY(wait(info));
        QVERIFY2(info->succeeded(), qPrintable(info->error().toString()));
        QVERIFY(!info->result().email.isEmpty());
        QVERIFY(info->result().isPremium());
        QVERIFY(wait(m_client->accountInfo()));
        QCOMPARE(m_fake->countCalls(QStringLiteral("user/info.cgi")), 1);
    }

    void roundTrips_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("name");
        QTest::newRow("1 byte") << qint64(1) << QStringLiteral("one.bin");
        QTest::newRow("odd") << qint64(1000003) << QStringLiteral("laptop_2024-06-01_10-00-00Z.zip");
        QTest::newRow("reserved chars") << qint64(4097) << QStringLiteral(" it's \"$5\" <a\\b> `x` ");
        QTest::newRow("unicode") << qint64(65537) << QStringLiteral("Sauvegarde d’été 日本.zip");
        QTest::newRow("100 MB") << qint64(100) * 1024 * 1024 + 7 << QStringLiteral("big.zip");
    }

    void roundTrips()
    {
        QFETCH(qint64, size);
        QFETCH(QString, name);
        QVERIFY(startFake());
        roundTrip(size, name);
    }

    void largeRoundTrip()
    {
        if (qEnvironmentVariable("COFFRE_TEST_LARGE") != QLatin1String("1"))
            QSKIP("set COFFRE_TEST_LARGE=1 for the multi-GB round trip");
        QVERIFY(startFake());
        roundTrip(qint64(5) * 1024 * 1024 * 1024 + 3, QStringLiteral("huge.zip"));
    }

    void folders()
    {
        QVERIFY(startFake());
        FolderIdJob *made = keep(m_client->resolveFolder(QStringLiteral("/Backups/laptop"), true));
        QVERIFY(wait(made));
        QVERIFY2(made->succeeded(), qPrintable(made->error().toString()));
        const qint64 laptop = made->result();
        QVERIFY(laptop > 0);
        FolderIdJob *again = keep(m_client->resolveFolder(QStringLiteral("/Backups/laptop")));
        QVERIFY(wait(again));
        QCOMPARE(again->result(), laptop);
        QCOMPARE(m_fake->countCalls(QStringLiteral("folder/mkdir.cgi")), 2);

        // A fresh client (empty cache) finds the same folders without creating any.
        m_client = std::make_unique<FichierClient>(config());
        FolderIdJob *fresh = keep(m_client->resolveFolder(QStringLiteral("/Backups/laptop"), true));
        QVERIFY(wait(fresh));
        QCOMPARE(fresh->result(), laptop);
        QCOMPARE(m_fake->countCalls(QStringLiteral("folder/mkdir.cgi")), 2);
        FolderIdJob *missing = keep(m_client->resolveFolder(QStringLiteral("/Backups/desktop")));
        QVERIFY(wait(missing));
        QCOMPARE(kindOf(missing), QStringLiteral("NotFound"));

        FolderJob *sub = keep(m_client->createFolder(laptop, QStringLiteral("old 'n' $pecial")));
        QVERIFY(wait(sub));
        QVERIFY2(sub->succeeded(), qPrintable(sub->error().toString()));
        FolderListJob *list = keep(m_client->listFolder(laptop));
        QVERIFY(wait(list));
        QVERIFY(list->succeeded());
        QCOMPARE(list->result().folders.size(), 1);
        QCOMPARE(list->result().folders.first().name, QStringLiteral("old 'n' $pecial"));
        QCOMPARE(list->result().folders.first().id, sub->result().id);
        QVERIFY(list->result().folders.first().created.isValid());

        FolderListJob *root = keep(m_client->listFolder(0));
        QVERIFY(wait(root));
        QCOMPARE(root->result().name, QStringLiteral("Root"));

        // Only empty folders go; the refusal is a KO with the server's reason.
        FichierJob *notEmpty = keep(m_client->removeFolder(laptop));
        QVERIFY(wait(notEmpty));
        QCOMPARE(kindOf(notEmpty), QStringLiteral("Rejected"));
        QVERIFY(!notEmpty->error().serverMessage().isEmpty());
        FichierJob *removed = keep(m_client->removeFolder(sub->result().id));
        QVERIFY(wait(removed));
        QVERIFY2(removed->succeeded(), qPrintable(removed->error().toString()));
        FolderListJob *gone = keep(m_client->listFolder(sub->result().id));
        QVERIFY(wait(gone));
        QCOMPARE(kindOf(gone), QStringLiteral("NotFound"));
    }

    void fileOperations()
    {
        QVERIFY(startFake());
        const QString url = m_fake->seedFile(QStringLiteral("/Backups"), QStringLiteral("a.zip"), "hello",
            QDateTime(QDate(2024, 7, 1), QTime(10, 0), Qt::UTC));
        QVERIFY(!url.isEmpty());
        FolderIdJob *backups = keep(m_client->resolveFolder(QStringLiteral("/Backups")));
        QVERIFY(wait(backups));
        QVERIFY(backups->succeeded());

        FileListJob *list = keep(m_client->listFiles(backups->result()));
        QVERIFY(wait(list));
        QCOMPARE(list->result().size(), 1);
        QCOMPARE(list->result().first().uploaded, QDateTime(QDate(2024, 7, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(list->result().first().checksum, Whirlpool::hashHex("hello"));

        FileInfoJob *info = keep(m_client->fileInfo(url));
        QVERIFY(wait(info));
        QVERIFY2(info->succeeded(), qPrintable(info->error().toString()));
        QCOMPARE(info->result().filename, QStringLiteral("a.zip"));
        QCOMPARE(info->result().folderId, backups->result());

        MoveJob *same = keep(m_client->renameFile(url, QStringLiteral("a.zip")));
        QVERIFY(wait(same));
        QCOMPARE(kindOf(same), QStringLiteral("Rejected")); // "No file has been renamed #312"
        QVERIFY(same->error().serverMessage().contains(QLatin1String("#312")));
        MoveJob *renamed = keep(m_client->renameFile(url, QStringLiteral("b<1>.zip")));
        QVERIFY(wait(renamed));
        QVERIFY2(renamed->succeeded(), qPrintable(renamed->error().toString()));

        FolderIdJob *archive = keep(m_client->resolveFolder(QStringLiteral("/Archive"), true));
        QVERIFY(wait(archive));
        MoveJob *moved = keep(m_client->moveFiles({url}, archive->result()));
        QVERIFY(wait(moved));
        QVERIFY2(moved->succeeded(), qPrintable(moved->error().toString()));
        const QString movedUrl = moved->result().urls.value(0, url);
        FileInfoJob *after = keep(m_client->fileInfo(movedUrl));
        QVERIFY(wait(after));
        QCOMPARE(after->result().filename, QStringLiteral("b<1>.zip"));
        QCOMPARE(after->result().folderId, archive->result());

        // Batched delete: three calls for five files with a batch of two.
        FichierConfig small = config();
        small.removeBatchSize = 2;
        m_client = std::make_unique<FichierClient>(small);
        QStringList urls {movedUrl};
        for (int i = 0; i < 4; ++i)
            urls << m_fake->seedFile(QStringLiteral("/Backups"), QStringLiteral("old%1.zip").arg(i), "x");
        RemoveJob *rm = keep(m_client->removeFiles(urls));
        QVERIFY(wait(rm));
        QVERIFY2(rm->succeeded(), qPrintable(rm->error().toString()));
        QCOMPARE(rm->result().removed, 5);
        QCOMPARE(m_fake->countCalls(QStringLiteral("file/rm.cgi")), 3);
        FileInfoJob *dead = keep(m_client->fileInfo(movedUrl));
        QVERIFY(wait(dead));
        QCOMPARE(kindOf(dead), QStringLiteral("NotFound"));
    }

    void wrongKeyIsNotRetried()
    {
        QVERIFY(startFake());
        FichierConfig c = config();
        c.apiKey = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345");
        m_client = std::make_unique<FichierClient>(c);
        FolderListJob *job = keep(m_client->listFolder(0));
        QVERIFY(wait(job));
        QCOMPARE(kindOf(job), QStringLiteral("InvalidKey"));
        QVERIFY(job->errorString().contains(QLatin1String("https://1fichier.com/console/params.pl")));
        QTest::qWait(1000); // time for a retry, which must not come
        QCOMPARE(clientRequests(*m_fake).size(), 1);
        for (const FakeLogEntry &e : m_fake->requestLog())
            QVERIFY(!e.path.contains(c.apiKey) && !e.result.contains(c.apiKey));
    }

    void droppedUploadIsRetried()
    {
        QVERIFY(startFake({.faults = QStringLiteral("drop-upload:nth=1")}));
        const QString local = path(QStringLiteral("drop"));
        const QString hash = makeFile(local, 3 * 1024 * 1024 + 1);
        UploadJob *job = keep(m_client->upload(local, 0, {}, hash));
        QVERIFY(wait(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QCOMPARE(job->result().attempts, 2);
        QCOMPARE(m_fake->countCalls(QStringLiteral("get_upload_server.cgi")), 2); // a new node and id
        QCOMPARE(m_fake->countCalls(QStringLiteral("/upload.cgi")), 2);
        FileListJob *list = keep(m_client->listFiles(0));
        QVERIFY(wait(list));
        QCOMPARE(list->result().size(), 1);
    }

    // Two cut GETs. What must hold, exactly, whatever QNAM does on its own: every resume is a
    // Range request starting at the bytes the client had on disk (its own log says how
    // many), resumes only move forward and never skip a byte the cut did not deliver, and
    // the only other requests are QNAM's silent resends of a request that was just cut,
    // unchanged. (QNAM resends a GET cut before it saw the reply as started: under load
    // that makes 4 requests instead of 3, which an exact count could not allow for.)
    void droppedDownloadResumes()
    {
        QVERIFY(startFake({.faults = QStringLiteral("drop-download:nth=1:count=2")}));
        // Seeded by size (the control API's body limit is below 2 MB of base64).
        const qint64 size = 2 * 1024 * 1024 + 11;
        const QString url = m_fake
                                ->control("POST", QStringLiteral("seed"),
                                    {{QStringLiteral("key"), m_fake->apiKey()},
                                        {QStringLiteral("folder_path"), QStringLiteral("/")},
                                        {QStringLiteral("filename"), QStringLiteral("r.bin")},
                                        {QStringLiteral("size"), size}})
                                .value(QLatin1String("url"))
                                .toString();
        QVERIFY(!url.isEmpty());
        // The client's "download interrupted at N bytes" lines: N is what the .part holds.
        static QList<qint64> interruptedAt;
        interruptedAt.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("coffre.fichier.info=true"));
        static QtMessageHandler previous = nullptr;
        previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &text) {
                static const QRegularExpression at(QStringLiteral("^download interrupted at (\\d+) bytes"));
                const QRegularExpressionMatch m = at.match(text);
                if (m.hasMatch())
                    interruptedAt << m.captured(1).toLongLong();
                if (type != QtInfoMsg && previous)
                    previous(type, context, text);
            });
        const auto restoreLogging = qScopeGuard([] {
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());
        });
        const QString target = path(QStringLiteral("resumed"));
        DownloadJob *job = keep(m_client->download(url, target)); // checksum from file/info.cgi
        QVERIFY(wait(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QVERIFY(job->result().verified);
        QCOMPARE(QFileInfo(target).size(), size);

        QList<FakeLogEntry> gets;
        for (const FakeLogEntry &e : clientRequests(*m_fake)) {
            if (e.role == QLatin1String("dl"))
                gets << e;
        }
        QString seen;
        for (const FakeLogEntry &e : std::as_const(gets))
            seen += QStringLiteral("[%1 %2 %3] ").arg(e.status).arg(e.range, e.result);
        QCOMPARE(
            int(std::count_if(gets.begin(), gets.end(), [](const FakeLogEntry &e) { return e.status == 0; })),
            2);
        QVERIFY2(!gets.isEmpty() && gets.first().range.isEmpty(), qPrintable(seen));
        static const QRegularExpression from(QStringLiteral("^bytes=(\\d+)-$"));
        static const QRegularExpression cutAfter(QStringLiteral("after (\\d+) bytes"));
        // The bytes a request delivered: up to its cut, or the rest of the file.
        qint64 start = 0;
        const auto delivered = [&](const FakeLogEntry &e) {
            return e.status == 0 ? cutAfter.match(e.result).captured(1).toLongLong() : size - start;
        };
        qint64 got = delivered(gets.first());
        int resumes = 0;
        for (qsizetype i = 1; i < gets.size(); ++i) {
            const FakeLogEntry &e = gets.at(i);
            if (e.range == gets.at(i - 1).range) {
                // QNAM's own resend: only of a request that was just cut, and unchanged.
                QVERIFY2(gets.at(i - 1).status == 0, qPrintable(seen));
                got = std::max(got, delivered(e));
                continue;
            }
            const QRegularExpressionMatch m = from.match(e.range);
            QVERIFY2(m.hasMatch(), qPrintable(seen));
            const qint64 resumeAt = m.captured(1).toLongLong();
            QVERIFY2(resumes < interruptedAt.size(), qPrintable(seen));
            QCOMPARE(resumeAt, interruptedAt.at(resumes)); // exactly the bytes on disk
            // Forward only (what was on disk is kept), and no byte skipped.
            QVERIFY2(resumeAt > start && resumeAt <= start + got, qPrintable(seen));
            start = resumeAt;
            got = delivered(e);
            ++resumes;
        }
        QCOMPARE(resumes, job->result().resumes);
        QCOMPARE(resumes, int(interruptedAt.size()));
        QVERIFY2(resumes >= 1 && gets.last().status == 206, qPrintable(seen));
    }

    void serverErrorsAreRetried()
    {
        QVERIFY(startFake({.faults = QStringLiteral("http-error:nth=1:count=2:path=/folder/ls.cgi")}));
        FolderListJob *job = keep(m_client->listFolder(0));
        QVERIFY(wait(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QCOMPARE(m_fake->countCalls(QStringLiteral("folder/ls.cgi")), 3);

        QVERIFY(m_fake->setFaults(QStringLiteral("http-error:nth=1:count=0:status=503")));
        FichierConfig c = config();
        c.maxRetries = 2;
        m_client = std::make_unique<FichierClient>(c);
        FileListJob *failing = keep(m_client->listFiles(0));
        QVERIFY(wait(failing));
        QCOMPARE(kindOf(failing), QStringLiteral("Server"));
    }

    void uploadReportFaults_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<int>("uploads");
        QTest::newRow("end.pl empty") << "endpl-empty:nth=1:count=2" << 1;
        QTest::newRow("end.pl html") << "endpl-html:nth=1:count=2" << 1;
        QTest::newRow("end.pl size") << "endpl-size:nth=1" << 2;
        QTest::newRow("end.pl whirlpool") << "endpl-whirlpool:nth=1" << 2;
    }

    void uploadReportFaults()
    {
        QFETCH(QString, faults);
        QFETCH(int, uploads);
        QVERIFY(startFake({.faults = faults}));
        const QString local = path(QStringLiteral("report"));
        const QString hash = makeFile(local, 123457);
        UploadJob *job = keep(m_client->upload(local, 0, {}, hash));
        QVERIFY(wait(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QCOMPARE(job->result().whirlpool, hash);
        QCOMPARE(m_fake->countCalls(QStringLiteral("/upload.cgi")), uploads);
        // A damaged copy was removed: only the good one remains.
        FileListJob *list = keep(m_client->listFiles(0));
        QVERIFY(wait(list));
        QCOMPARE(list->result().size(), 1);
        QCOMPARE(list->result().first().url, job->result().url);
    }

    void persistentFaultsAreErrors()
    {
        QVERIFY(startFake({.faults = QStringLiteral("endpl-html:nth=1:count=0")}));
        FichierConfig c = config();
        c.endPollAttempts = 3;
        m_client = std::make_unique<FichierClient>(c);
        const QString local = path(QStringLiteral("p"));
        const QString hash = makeFile(local, 1000);
        UploadJob *html = keep(m_client->upload(local, 0, {}, hash));
        QVERIFY(wait(html));
        QCOMPARE(kindOf(html), QStringLiteral("Protocol"));

        QVERIFY(m_fake->setFaults(QStringLiteral("endpl-whirlpool:nth=1:count=0")));
        UploadJob *damaged = keep(m_client->upload(local, 0, {}, hash));
        QVERIFY(wait(damaged));
        QCOMPARE(kindOf(damaged), QStringLiteral("Integrity"));

        QVERIFY(m_fake->setFaults(QStringLiteral("rm-ko")));
        const QString url = m_fake->seedFile(QStringLiteral("/"), QStringLiteral("keep.zip"), "k");
        RemoveJob *rm = keep(m_client->removeFiles({url}));
        QVERIFY(wait(rm));
        QCOMPARE(kindOf(rm), QStringLiteral("Rejected"));

        QVERIFY(m_fake->setFaults(QStringLiteral("location-887")));
        DownloadJob *located
            = keep(m_client->download(url, path(QStringLiteral("887")), QString(128, QLatin1Char('0')), 1));
        QVERIFY(wait(located));
        QCOMPARE(kindOf(located), QStringLiteral("LocationLimit"));
        QVERIFY(!QFile::exists(path(QStringLiteral("887.part"))));

        QVERIFY(m_fake->setFaults(QString()));
        DownloadJob *unknown = keep(m_client->download(
            QStringLiteral("https://1fichier.com/?doesnotexist0000000"), path(QStringLiteral("nf"))));
        QVERIFY(wait(unknown));
        QCOMPARE(kindOf(unknown), QStringLiteral("NotFound"));
    }

    void serviceDown()
    {
        QVERIFY(startFake());
        FichierConfig c = config();
        c.maxRetries = 1;
        m_fake->stop();
        m_client = std::make_unique<FichierClient>(c);
        FolderListJob *job = keep(m_client->listFolder(0));
        QVERIFY(wait(job));
        QCOMPARE(kindOf(job), QStringLiteral("Network"));
    }

    void cancelUpload()
    {
        QVERIFY(startFake({.faults = QStringLiteral("slow:ms=3000:path=/upload.cgi")}));
        const QString local = path(QStringLiteral("c"));
        QVERIFY(!makeFile(local, 1000).isEmpty());
        UploadJob *job = keep(m_client->upload(local, 0));
        QVERIFY(QTest::qWaitFor(
            [&] { return m_fake->countCalls(QStringLiteral("get_upload_server.cgi")) == 1; }, 10000));
        QTest::qWait(600);
        job->cancel();
        QVERIFY(wait(job));
        QCOMPARE(kindOf(job), QStringLiteral("Cancelled"));
    }

    // Real default spacing (500 ms), checked from the stand-in's own log.
    void defaultSpacingFromTheLog()
    {
        QVERIFY(startFake());
        FichierConfig c = config();
        c.minSpacingMs = FichierConfig().minSpacingMs;
        c.startMarginMs = FichierConfig().startMarginMs;
        m_client = std::make_unique<FichierClient>(c);
        const QString local = path(QStringLiteral("s"));
        const QString hash = makeFile(local, 5000);
        QList<FichierJob *> jobs {keep(m_client->listFolder(0)), keep(m_client->upload(local, 0, {}, hash)),
            keep(m_client->listFiles(0)), keep(m_client->accountInfo()),
            keep(m_client->resolveFolder(QStringLiteral("/a/b"), true))};
        for (FichierJob *job : jobs) {
            QVERIFY(wait(job));
            QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        }
        const QList<FakeLogEntry> log = clientRequests(*m_fake);
        QVERIFY(log.size() >= 10);
        for (qsizetype i = 1; i < log.size(); ++i) {
            const qint64 gap = log.at(i).tMs - log.at(i - 1).tMs;
            QVERIFY2(gap >= 500, qPrintable(QStringLiteral("%1 ms before %2").arg(gap).arg(log.at(i).path)));
        }
    }

    // The stand-in limits to 1 request/s and locks for 2 s: the client waits each lock out
    // (no request at all while locked) and everything still succeeds.
    void floodLockIsWaitedOut()
    {
        QVERIFY(startFake({.rate = 1, .extraArgs = {QStringLiteral("--flood-lock"), QStringLiteral("2")}}));
        FichierConfig c = config();
        c.recoverySpacingMs = 1100;
        m_client = std::make_unique<FichierClient>(c);
        QSignalSpy pauses(m_client.get(), &FichierClient::floodPause);
        QList<FichierJob *> jobs;
        for (int i = 0; i < 4; ++i)
            jobs << keep(m_client->listFolder(0));
        for (FichierJob *job : jobs) {
            QVERIFY(wait(job));
            QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        }
        QVERIFY(!pauses.isEmpty());
        const QList<FakeLogEntry> log = clientRequests(*m_fake);
        int floods = 0;
        for (qsizetype i = 0; i < log.size(); ++i) {
            if (!log.at(i).result.contains(QLatin1String("Flood")))
                continue;
            ++floods;
            if (i + 1 < log.size()) {
                const qint64 waited = log.at(i + 1).tMs - log.at(i).tMs;
                QVERIFY2(waited >= 2000, qPrintable(QString::number(waited)));
            }
        }
        QVERIFY(floods >= 1);
        QVERIFY2(floods <= 2, qPrintable(QString::number(floods)));

        // With no flood retries left, the flood becomes the job's error.
        c.maxFloodRetries = 0;
        c.recoverySpacingMs = 334;
        m_client = std::make_unique<FichierClient>(c);
        QTest::qWait(2500);
        FolderListJob *a = keep(m_client->listFolder(0));
        FolderListJob *b = keep(m_client->listFolder(0));
        QVERIFY(wait(a));
        QVERIFY(wait(b));
        QVERIFY(a->succeeded());
        QCOMPARE(kindOf(b), QStringLiteral("Flood"));
    }
};

QTEST_GUILESS_MAIN(TestFichierClientFake)
#include "tst_fichierclient_fake.moc"
