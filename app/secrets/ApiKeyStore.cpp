#include "secrets/ApiKeyStore.h"

#include "core/Logging.h"
#include "secrets/ApiKeyFile.h"
#include "secrets/KeychainProbe.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Coffre {

namespace {

// Registers the value types once, so they can travel through queued connections.
const int kMetaTypes = [] {
    qRegisterMetaType<Coffre::KeychainResult>();
    qRegisterMetaType<Coffre::KeychainError>();
    qRegisterMetaType<Coffre::ApiKeyLookup>();
    return 0;
}();

// Turns a finished QtKeychain job's error into our terms. EntryNotFound is not a failure.
KeychainResult failureOf(const QKeychain::Job *job)
{
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        return KeychainResult::ok();
    case QKeychain::EntryNotFound:
        return KeychainResult::notFound();
    case QKeychain::AccessDenied:
        // libsecret reports a locked collection this way (SECRET_ERROR_IS_LOCKED).
        return KeychainResult::failed(KeychainError(KeychainError::Cause::Locked, detail));
    case QKeychain::AccessDeniedByUser:
        return KeychainResult::failed(KeychainError(KeychainError::Cause::AccessDenied, detail));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return KeychainResult::failed(KeychainProbe::diagnose(detail));
}

} // namespace

ApiKeyStore::ApiKeyStore(QObject *parent) : QObject(parent)
{
    Q_UNUSED(kMetaTypes);
}

ApiKeyStore::~ApiKeyStore() = default;

QString ApiKeyStore::serviceName()
{
    return QStringLiteral("coffre");
}

QString ApiKeyStore::keyName()
{
    return QStringLiteral("api-key");
}

QString ApiKeyStore::environmentVariable()
{
    return QStringLiteral("COFFRE_API_KEY");
}

void ApiKeyStore::deliverLater(const KeychainResult &result, const Callback &done)
{
    // Always asynchronous, so callers see the same order of events whatever the path.
    QTimer::singleShot(0, this, [result, done] { done(result); });
}

void ApiKeyStore::runJob(QKeychain::Job *job,
    const std::function<KeychainResult(QKeychain::Job *)> &interpret, const Callback &done)
{
    if (!KeychainProbe::sessionBusConfigured()) {
        delete job;
        qCDebug(lcSecrets) << "no session bus configured; not asking the keychain";
        deliverLater(KeychainResult::failed(KeychainError(KeychainError::Cause::NoSessionBus)), done);
        return;
    }
    job->setKey(keyName());
    job->setInsecureFallback(false);
    // The job owns itself: if we stop waiting (timeout) it must stay alive until the
    // backend calls back, because libsecret holds a pointer to it until then.
    job->setAutoDelete(true);

    auto settled = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(
        job, &QKeychain::Job::finished, this, [settled, timer, interpret, done](QKeychain::Job *finished) {
            if (*settled)
                return;
            *settled = true;
            timer->stop();
            timer->deleteLater();
            done(interpret(finished));
        });
    connect(timer, &QTimer::timeout, this, [settled, timer, done] {
        if (*settled)
            return;
        *settled = true;
        timer->deleteLater();
        // Debug only: the caller reports it, and the CLI's error stays one line.
        qCDebug(lcSecrets) << "the keychain did not answer in time";
        done(KeychainResult::failed(KeychainError(KeychainError::Cause::NotResponding)));
    });
    timer->start(m_timeout);
    job->start();
}

void ApiKeyStore::startRead(const Callback &done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    runJob(
        job,
        [](QKeychain::Job *finished) {
            if (finished->error() == QKeychain::EntryNotFound
                && KeychainProbe::lockedEntryExists(serviceName(), keyName())) {
                return KeychainResult::failed(KeychainError(KeychainError::Cause::Locked,
                    tr("the entry is in a locked collection and was not unlocked")));
            }
            if (finished->error() != QKeychain::NoError)
                return failureOf(finished);
            const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
            qCDebug(lcSecrets) << "read an entry from the keychain";
            return KeychainResult::ok(read->textData());
        },
        done);
}

void ApiKeyStore::startWrite(const QString &key, const Callback &done)
{
    if (!ApiKey::isWellFormed(key)) {
        deliverLater(KeychainResult::failed(KeychainError(KeychainError::Cause::Other,
                         tr("refusing to store something that is not a 1fichier API key"))),
            done);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(key);
    runJob(
        job,
        [](QKeychain::Job *finished) {
            if (finished->error() != QKeychain::NoError) {
                KeychainResult failure = failureOf(finished);
                // "Not found" on a write means the collection to write to is missing.
                if (failure.status() == KeychainResult::Status::NotFound)
                    return KeychainResult::failed(
                        KeychainError(KeychainError::Cause::Other, finished->errorString()));
                return failure;
            }
            qCDebug(lcSecrets) << "stored the key in the keychain";
            return KeychainResult::ok();
        },
        done);
}

void ApiKeyStore::startForget(const Callback &done)
{
    // Read first: the Secret Service's delete succeeds whether or not there was an entry,
    // and the user wants to know which.
    QPointer<ApiKeyStore> self(this);
    startRead([self, done](const KeychainResult &read) {
        if (!self)
            return;
        if (read.isFailed()) {
            done(read);
            return;
        }
        const bool existed = read.isOk();
        auto *job = new QKeychain::DeletePasswordJob(serviceName());
        self->runJob(
            job,
            [existed](QKeychain::Job *finished) {
                if (finished->error() == QKeychain::NoError
                    || finished->error() == QKeychain::EntryNotFound) {
                    qCDebug(lcSecrets) << "forgot the keychain entry; there was one:" << existed;
                    return KeychainResult::ok({}, existed);
                }
                return failureOf(finished);
            },
            done);
    });
}

void ApiKeyStore::readKey()
{
    startRead([this](const KeychainResult &r) { emit keyRead(r); });
}

void ApiKeyStore::writeKey(const QString &key)
{
    startWrite(key, [this](const KeychainResult &r) { emit keyWritten(r); });
}

void ApiKeyStore::forgetKey()
{
    startForget([this](const KeychainResult &r) { emit keyForgotten(r); });
}

KeychainResult ApiKeyStore::waitFor(const std::function<void(const Callback &)> &start)
{
    QEventLoop loop;
    auto result = std::make_shared<KeychainResult>();
    auto finished = std::make_shared<bool>(false);
    QPointer<QEventLoop> guard(&loop);
    start([result, finished, guard](const KeychainResult &r) {
        *result = r;
        *finished = true;
        if (guard)
            guard->quit();
    });
    if (!*finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *result;
}

KeychainResult ApiKeyStore::readKeySync()
{
    return waitFor([this](const Callback &done) { startRead(done); });
}

KeychainResult ApiKeyStore::writeKeySync(const QString &key)
{
    return waitFor([this, key](const Callback &done) { startWrite(key, done); });
}

KeychainResult ApiKeyStore::forgetKeySync()
{
    return waitFor([this](const Callback &done) { startForget(done); });
}

ApiKeyLookup ApiKeyStore::resolveWithoutKeychain(const QString &keyFile)
{
    const QString variable = environmentVariable();
    if (!qEnvironmentVariableIsEmpty("COFFRE_API_KEY")) {
        const QString key = ApiKey::normalized(qEnvironmentVariable("COFFRE_API_KEY"));
        const QString problem = ApiKey::shapeProblem(key, variable);
        if (!problem.isEmpty())
            return ApiKeyLookup::refused(problem);
        qCDebug(lcSecrets) << "using the API key from" << variable;
        return ApiKeyLookup::found(ApiKey(key, ApiKey::Source::Environment));
    }
    if (!keyFile.isEmpty()) {
        const ApiKeyFile::Result file = ApiKeyFile::read(keyFile);
        if (!file.ok())
            return ApiKeyLookup::refused(file.error);
        qCDebug(lcSecrets) << "using the API key from the key file" << keyFile;
        return ApiKeyLookup::found(ApiKey(file.key, ApiKey::Source::KeyFile, keyFile));
    }
    return ApiKeyLookup::missing();
}

ApiKeyLookup ApiKeyStore::lookupFromKeychain(const KeychainResult &result)
{
    switch (result.status()) {
    case KeychainResult::Status::NotFound:
        return ApiKeyLookup::missing();
    case KeychainResult::Status::Failed:
        return ApiKeyLookup::keychainUnavailable(result.error());
    case KeychainResult::Status::Ok:
        break;
    }
    const QString key = ApiKey::normalized(result.key());
    const QString problem = ApiKey::shapeProblem(key, tr("the API key in the OS keychain"));
    if (!problem.isEmpty())
        return ApiKeyLookup::refused(
            problem + QLatin1Char(' ') + tr("Store a new one with 'coffre key set'."));
    qCDebug(lcSecrets) << "using the API key from the OS keychain";
    return ApiKeyLookup::found(ApiKey(key, ApiKey::Source::Keychain));
}

ApiKeyLookup ApiKeyStore::resolve(const QString &keyFile)
{
    const ApiKeyLookup early = resolveWithoutKeychain(keyFile);
    if (early.status() != ApiKeyLookup::Status::Missing)
        return early;
    ApiKeyLookup lookup = lookupFromKeychain(readKeySync());
    lookup.setAttempts(1);
    return lookup;
}

void ApiKeyStore::loadWithRetry(std::chrono::milliseconds delay, const QString &keyFile)
{
    const ApiKeyLookup early = resolveWithoutKeychain(keyFile);
    if (early.status() != ApiKeyLookup::Status::Missing) {
        QTimer::singleShot(0, this, [this, early] { emit loaded(early); });
        return;
    }
    loadAttempt(1, delay);
}

void ApiKeyStore::loadAttempt(int attempt, std::chrono::milliseconds delay)
{
    startRead([this, attempt, delay](const KeychainResult &read) {
        if (attempt == 1 && read.isFailed() && read.error().isTransient()) {
            qCInfo(lcSecrets) << "keychain not ready, asking again shortly";
            emit retrying(read.error());
            QTimer::singleShot(delay, this, [this, delay] { loadAttempt(2, delay); });
            return;
        }
        ApiKeyLookup lookup = lookupFromKeychain(read);
        lookup.setAttempts(attempt);
        emit loaded(lookup);
    });
}

} // namespace Coffre
