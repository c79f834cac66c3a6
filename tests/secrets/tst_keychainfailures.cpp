// ApiKeyStore when the keychain is not simply there: no Secret Service on the bus, a
// keyring daemon that starts after Coffre (the GUI's one retry), a daemon that hangs, a
// locked collection. All on a private bus with a real gnome-keyring-daemon the test
// starts, pauses and locks (PrivateKeyring); the session keychain is not touched.
#include "CoffreProcess.h"
#include "FakeFichier.h"
#include "PrivateKeyring.h"
#include "SecretTool.h"
#include "cli/ExitCode.h"
#include "secrets/ApiKeyStore.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Coffre;
using namespace std::chrono_literals;
using Cause = KeychainError::Cause;

namespace {

const QByteArray kKey = QByteArrayLiteral("LateDaemon0123456789abcdefghijkl");
const QString kOtherKey = QStringLiteral("Other_0123456789abcdefghijklmnop");

} // namespace

class TestKeychainFailures : public QObject
{
    Q_OBJECT

private:
    PrivateKeyring m_keyring;
    std::unique_ptr<FakeFichier> m_fake; // `key set` checks the key with it, never with 1fichier

    CoffreResult coffre(const QStringList &args, const QByteArray &input = {})
    {
        QProcessEnvironment env = m_keyring.environment();
        env.insert(QStringLiteral("COFFRE_API_URL"), m_fake->apiUrl().toString());
        return CoffreProcess::run(args, env, input, 30000);
    }

private slots:
    void initTestCase()
    {
        QString error;
        FakeFichier::Options options;
        options.key = QString::fromLatin1(kKey);
        m_fake = std::make_unique<FakeFichier>(options);
        QVERIFY2(m_fake->start(), qPrintable(m_fake->errorString()));
        QVERIFY2(m_keyring.startBus(&error), qPrintable(error));
        // Before anything in this process touches D-Bus: every connection goes to the
        // private bus, and there is no $XDG_RUNTIME_DIR/bus to fall back on.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_keyring.busAddress().toUtf8());
        qputenv("XDG_RUNTIME_DIR", m_keyring.runtimeDir().toUtf8());
        qunsetenv("COFFRE_API_KEY");
        QVERIFY(!m_keyring.secretServiceOwned());
    }

    void noSecretService()
    {
        ApiKeyStore store;
        for (const KeychainResult &r :
            {store.readKeySync(), store.writeKeySync(kOtherKey), store.forgetKeySync()}) {
            QVERIFY(r.isFailed());
            QCOMPARE(r.error().cause(), Cause::NoSecretService);
        }
        const ApiKeyLookup lookup = store.resolve();
        QCOMPARE(lookup.status(), ApiKeyLookup::Status::KeychainUnavailable);
        QVERIFY2(
            lookup.message().contains(QLatin1String("no keyring service")), qPrintable(lookup.message()));

        const CoffreResult r = coffre({QStringLiteral("key"), QStringLiteral("set")}, kKey);
        QVERIFY(!r.timedOut);
        QCOMPARE(r.exitCode, ExitCode::Auth);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.errText().contains(QLatin1String("no keyring service")), r.err.constData());
        QVERIFY(!r.err.contains(kKey));
    }

    void daemonWithoutADefaultKeyring()
    {
        // A keyring daemon started without --unlock on a fresh account has no "login"
        // collection. The binary (a fresh process each run) meets it; this process's
        // libsecret stays unaware of this daemon for the tests that follow.
        QString error;
        QVERIFY2(m_keyring.startDaemon(false, &error), qPrintable(error));
        const CoffreResult set = coffre({QStringLiteral("key"), QStringLiteral("set")}, kKey);
        QCOMPARE(set.exitCode, ExitCode::Auth);
        QCOMPARE(set.err.count('\n'), 1);
        QVERIFY2(set.errText().contains(QLatin1String("no default keyring")), set.err.constData());
        // Reading is fine: there is simply no key.
        const CoffreResult forget = coffre({QStringLiteral("key"), QStringLiteral("forget")});
        QCOMPARE(forget.exitCode, ExitCode::Ok);
        QVERIFY2(forget.outText().contains(QLatin1String("There was no API key")), forget.out.constData());
        m_keyring.stopDaemon();
        QVERIFY(!m_keyring.secretServiceOwned());
    }

    void loadWithRetryGivesUpAfterOneRetry()
    {
        ApiKeyStore store;
        QSignalSpy retrying(&store, &ApiKeyStore::retrying);
        QSignalSpy loaded(&store, &ApiKeyStore::loaded);
        store.loadWithRetry(100ms);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(retrying.at(0).at(0).value<KeychainError>().cause(), Cause::NoSecretService);
        const auto lookup = loaded.at(0).at(0).value<ApiKeyLookup>();
        QCOMPARE(lookup.status(), ApiKeyLookup::Status::KeychainUnavailable);
        QCOMPARE(lookup.attempts(), 2);
        QTest::qWait(300);
        QCOMPARE(loaded.count(), 1); // exactly once
    }

    void loadWithRetryFindsADaemonThatStartedLate()
    {
        // The tray app starts before the keyring daemon: the first read fails, the
        // daemon comes up during the delay, the retry finds the key.
        ApiKeyStore store;
        QSignalSpy loaded(&store, &ApiKeyStore::loaded);
        int retries = 0;
        QString startError;
        bool stored = false;
        connect(&store, &ApiKeyStore::retrying, this, [&](const KeychainError &error) {
            ++retries;
            QCOMPARE(error.cause(), Cause::NoSecretService);
            if (m_keyring.startDaemon(true, &startError))
                stored = SecretTool::store(kKey, m_keyring.environment());
        });
        store.loadWithRetry(300ms);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QVERIFY2(startError.isEmpty(), qPrintable(startError));
        QVERIFY(stored);
        QCOMPARE(retries, 1);
        const auto lookup = loaded.at(0).at(0).value<ApiKeyLookup>();
        QVERIFY2(lookup.isFound(), qPrintable(lookup.message()));
        QCOMPARE(lookup.key().value(), QString::fromLatin1(kKey));
        QCOMPARE(lookup.key().source(), ApiKey::Source::Keychain);
        QCOMPARE(lookup.attempts(), 2);
    }

    void hungDaemonTimesOut()
    {
        QVERIFY(m_keyring.secretServiceOwned());
        ApiKeyStore store;
        store.setTimeout(1500ms);
        QVERIFY(m_keyring.pauseDaemon());
        const KeychainResult read = store.readKeySync();
        QVERIFY(read.isFailed());
        QCOMPARE(read.error().cause(), Cause::NotResponding);
        QVERIFY(read.error().message().contains(QLatin1String("did not answer in time")));

        // Asynchronously too, and the late answer after the daemon resumes is ignored.
        QSignalSpy spy(&store, &ApiKeyStore::keyRead);
        store.readKey();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        QCOMPARE(spy.at(0).at(0).value<KeychainResult>().error().cause(), Cause::NotResponding);
        QVERIFY(m_keyring.resumeDaemon());

        // The abandoned jobs finish once the daemon answers; then the keychain works again.
        store.setTimeout(ApiKeyStore::DefaultTimeout);
        const KeychainResult after = store.readKeySync();
        QVERIFY2(after.isOk(), qPrintable(after.error().message()));
        QCOMPARE(after.key(), QString::fromLatin1(kKey));
        QTest::qWait(200);
        QCOMPARE(spy.count(), 1);
    }

    void lockedCollection()
    {
        QString error;
        QVERIFY2(m_keyring.lockLoginCollection(&error), qPrintable(error));
        ApiKeyStore store;
        for (const KeychainResult &r :
            {store.readKeySync(), store.forgetKeySync(), store.writeKeySync(kOtherKey)}) {
            QVERIFY(r.isFailed());
            QCOMPARE(r.error().cause(), Cause::Locked);
        }
        const ApiKeyLookup lookup = store.resolve();
        QCOMPARE(lookup.status(), ApiKeyLookup::Status::KeychainUnavailable);
        QVERIFY2(lookup.message().startsWith(QLatin1String("the OS keychain is locked.")),
            qPrintable(lookup.message()));

        // Locked may pass (the user unlocks at login): worth the one retry.
        QSignalSpy retrying(&store, &ApiKeyStore::retrying);
        QSignalSpy loaded(&store, &ApiKeyStore::loaded);
        store.loadWithRetry(50ms);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QCOMPARE(retrying.count(), 1);
        QCOMPARE(loaded.at(0).at(0).value<ApiKeyLookup>().keychainError().cause(), Cause::Locked);

        const CoffreResult r = coffre({QStringLiteral("key"), QStringLiteral("forget")});
        QCOMPARE(r.exitCode, ExitCode::Auth);
        QVERIFY2(r.errText().contains(QLatin1String("keychain is locked")), r.err.constData());

        // The entry is still there (locked), not quietly removed by "forget". (Checking its
        // value would need an unlock prompt, which a headless test cannot answer.)
        QCOMPARE(m_keyring.lockedItems({{QStringLiteral("user"), ApiKeyStore::keyName()},
                     {QStringLiteral("server"), ApiKeyStore::serviceName()}}),
            1);
    }

    void cleanupTestCase() { m_keyring.stopDaemon(); }
};

QTEST_GUILESS_MAIN(TestKeychainFailures)
#include "tst_keychainfailures.moc"
