#include "FakeFichier.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace {

QString randomKey()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=";
    QString key;
    for (int i = 0; i < 32; ++i)
        key.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]));
    return key;
}

} // namespace

FakeFichier::FakeFichier() : FakeFichier(Options())
{ }

FakeFichier::FakeFichier(const Options &options)
    : m_options(options), m_key(options.key.isEmpty() ? randomKey() : options.key)
{ }

FakeFichier::~FakeFichier()
{
    stop();
}

bool FakeFichier::start()
{
    stop();
    const QString binary = qEnvironmentVariable("COFFRE_FAKE_BIN");
    if (binary.isEmpty()) {
        m_error = QStringLiteral("COFFRE_FAKE_BIN is not set (run the test through ctest)");
        return false;
    }
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            m_error = QStringLiteral("cannot create a temporary dir");
            return false;
        }
    }
    // The key goes in a 0600 file, not in argv: no process a test starts may show the key
    // in its command line (the leak tests check).
    const QString keyFile = m_dir->filePath(QStringLiteral("account-keys"));
    QFile keys(keyFile);
    if (!keys.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !keys.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || keys.write(m_key.toLatin1() + '\n') < 0) {
        m_error = QStringLiteral("cannot write %1: %2").arg(keyFile, keys.errorString());
        return false;
    }
    keys.close();
    QStringList args {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), dataDir(),
        QStringLiteral("--key-file"), keyFile, QStringLiteral("--rate"), QString::number(m_options.rate),
        QStringLiteral("--log"), logPath()};
    if (m_options.rate == 0) {
        // Tests opt in to flood limits: with the limiter off, the per-endpoint ones are off too.
        args << QStringLiteral("--info-interval") << QStringLiteral("0")
             << QStringLiteral("--all-files-interval") << QStringLiteral("0");
    }
    if (!m_options.faults.isEmpty())
        args << QStringLiteral("--faults") << m_options.faults;
    args << m_options.extraArgs; // last, so they override the above

    m_process = std::make_unique<QProcess>();
    // Its stderr goes to a file: quiet test output, and the reason when it fails to start.
    const QString errPath = m_dir->filePath(QStringLiteral("stderr.log"));
    m_process->setStandardErrorFile(errPath);
    m_process->start(binary, args);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binary, m_process->errorString());
        m_process.reset();
        return false;
    }
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains('\n') && timer.elapsed() < 20000) {
        if (!m_process->waitForReadyRead(1000) && m_process->state() != QProcess::Running)
            break;
        out += m_process->readAllStandardOutput();
    }
    const QByteArray line = out.left(out.indexOf('\n')).trimmed();
    if (!line.startsWith("COFFRE_API_URL=")) {
        stop();
        QFile err(errPath);
        const QString reason
            = err.open(QIODevice::ReadOnly) ? QString::fromUtf8(err.readAll()).trimmed() : QString();
        m_error = QStringLiteral("the stand-in did not start: %1")
                      .arg(reason.isEmpty() ? QStringLiteral("no output") : reason);
        return false;
    }
    m_apiUrl = QUrl(QString::fromLatin1(line.mid(int(qstrlen("COFFRE_API_URL=")))));
    return true;
}

void FakeFichier::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

QUrl FakeFichier::apiUrl() const
{
    return m_apiUrl;
}

QString FakeFichier::apiKey() const
{
    return m_key;
}

QString FakeFichier::errorString() const
{
    return m_error;
}

qint64 FakeFichier::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QString FakeFichier::dataDir() const
{
    if (!m_options.dataDir.isEmpty())
        return m_options.dataDir;
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString FakeFichier::logPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("requests.log")) : QString();
}

QList<FakeLogEntry> FakeFichier::requestLog() const
{
    QList<FakeLogEntry> entries;
    QFile file(logPath());
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        if (o.isEmpty())
            continue;
        FakeLogEntry e;
        e.tMs = o.value(QLatin1String("t_ms")).toInteger();
        e.role = o.value(QLatin1String("role")).toString();
        e.method = o.value(QLatin1String("method")).toString();
        e.path = o.value(QLatin1String("path")).toString();
        e.result = o.value(QLatin1String("result")).toString();
        e.range = o.value(QLatin1String("range")).toString();
        e.status = o.value(QLatin1String("status")).toInt();
        e.bytesIn = o.value(QLatin1String("bytes_in")).toInteger();
        entries.append(e);
    }
    return entries;
}

int FakeFichier::countCalls(const QString &pathSuffix) const
{
    int n = 0;
    for (const FakeLogEntry &e : requestLog()) {
        if (e.role != QLatin1String("control") && e.path.endsWith(pathSuffix))
            ++n;
    }
    return n;
}

QJsonObject FakeFichier::control(const QByteArray &method, const QString &what, const QJsonObject &body) const
{
    if (!m_apiUrl.isValid())
        return {};
    QUrl url = m_apiUrl;
    url.setPath(QStringLiteral("/_control/") + what);
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(60000);
    QNetworkReply *reply = method == "GET"
        ? nam.get(request)
        : nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
    const bool ok = reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok ? out : QJsonObject();
}

bool FakeFichier::setFaults(const QString &spec)
{
    const QJsonObject r = control("POST", QStringLiteral("faults"), {{QStringLiteral("spec"), spec}});
    return r.value(QLatin1String("status")).toString() == QLatin1String("OK");
}

QString FakeFichier::seedFile(const QString &folderPath, const QString &fileName, const QByteArray &content,
    const QDateTime &uploadedUtc)
{
    QJsonObject body {{QStringLiteral("key"), m_key}, {QStringLiteral("folder_path"), folderPath},
        {QStringLiteral("filename"), fileName},
        {QStringLiteral("content_base64"), QString::fromLatin1(content.toBase64())}};
    if (uploadedUtc.isValid())
        body.insert(QStringLiteral("date_utc"), uploadedUtc.toUTC().toString(Qt::ISODate));
    return control("POST", QStringLiteral("seed"), body).value(QLatin1String("url")).toString();
}

QStringList FakeFichier::seedFiles(const QString &folderPath, const QList<SeedFile> &files)
{
    QJsonArray array;
    for (const SeedFile &f : files) {
        QJsonObject o {{QStringLiteral("filename"), f.name}, {QStringLiteral("size"), f.size}};
        if (f.uploadedUtc.isValid())
            o.insert(QStringLiteral("date_utc"), f.uploadedUtc.toUTC().toString(Qt::ISODate));
        array.append(o);
    }
    const QJsonObject reply = control("POST", QStringLiteral("seed"),
        {{QStringLiteral("key"), m_key}, {QStringLiteral("folder_path"), folderPath},
            {QStringLiteral("files"), array}});
    QStringList urls;
    for (const QJsonValue &v : reply.value(QLatin1String("urls")).toArray())
        urls << v.toString();
    return urls;
}

Coffre::FichierConfig FakeFichier::clientConfig() const
{
    Coffre::FichierConfig c;
    c.apiBase = m_apiUrl;
    c.apiKey = m_key;
    c.minSpacingMs = Coffre::FichierConfig::kMinSpacingFloorMs;
    c.recoverySpacingMs = 400;
    c.retryBaseMs = 100;
    c.retryMaxMs = 400;
    c.endPollDelayMs = 100;
    return c;
}

QProcessEnvironment FakeFichier::environment(QProcessEnvironment base) const
{
    base.insert(QStringLiteral("COFFRE_API_URL"), m_apiUrl.toString());
    base.insert(QStringLiteral("COFFRE_API_KEY"), m_key);
    return base;
}

QJsonObject FakeFichier::stats() const
{
    return control("GET", QStringLiteral("stats"));
}
