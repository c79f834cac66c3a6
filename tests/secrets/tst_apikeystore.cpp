// ApiKeyStore against the real Secret Service of `./dev test` (dbus-run-session with an
// unlocked gnome-keyring-daemon): set, read, replace, forget through Coffre's own code,
// checked with secret-tool; and the order of the sources (env, key file, keychain).
#include "SecretTool.h"
#include "TestEnvironment.h"
#include "secrets/ApiKeyStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Coffre;
using namespace std::chrono_literals;

namespace {

const QString kKeychainKey = QStringLiteral("KcHaIn0123456789abcdefghijklmn_-");
const QString kFileKey = QStringLiteral("FiLe=0123456789abcdefghijklmnop-");
const QString kEnvKey = QStringLiteral("EnV_0123456789abcdefghijklmnopq=");

} // namespace

class TestApiKeyStore : public QObject
{
    Q_OBJECT

private:
    TestEnvironment m_env;
    QTemporaryDir m_files;

    QString keyFile(const QString &name, const QString &content, mode_t mode)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(content.toUtf8());
        f.close();
        ::chmod(QFile::encodeName(path).constData(), mode);
        return path;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("COFFRE_TEST_SESSION") != QLatin1String("1"))
            QSKIP("writes to the session keychain: run it through ./dev test, which gives it a private one");
        QVERIFY(m_env.isValid());
        QVERIFY(m_files.isValid());
        m_env.applyToThisProcess();
        // The session really has a Secret Service: an independent client can use it.
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QStringList probe {QStringLiteral("service"), QStringLiteral("coffre-test-probe")};
        QCOMPARE(
            SecretTool::run(QStringList {QStringLiteral("store"), QStringLiteral("--label=probe")} + probe,
                "probe-secret", env)
                .exitCode,
            0);
        QCOMPARE(SecretTool::run(QStringList {QStringLiteral("lookup")} + probe, {}, env).out,
            QByteArray("probe-secret"));
        QCOMPARE(SecretTool::run(QStringList {QStringLiteral("clear")} + probe, {}, env).exitCode, 0);
    }

    void init()
    {
        qunsetenv("COFFRE_API_KEY");
        ApiKeyStore store;
        QVERIFY(!store.forgetKeySync().isFailed());
        QVERIFY(SecretTool::lookup().isEmpty());
    }

    void cleanupTestCase()
    {
        qunsetenv("COFFRE_API_KEY");
        ApiKeyStore store;
        store.forgetKeySync();
    }

    void setReadReplaceForget()
    {
        ApiKeyStore store;
        QCOMPARE(store.readKeySync().status(), KeychainResult::Status::NotFound);

        QVERIFY2(store.writeKeySync(kKeychainKey).isOk(),
            qPrintable(store.writeKeySync(kKeychainKey).error().message()));
        QCOMPARE(SecretTool::lookup(), kKeychainKey.toUtf8());
        const KeychainResult read = store.readKeySync();
        QVERIFY(read.isOk());
        QCOMPARE(read.key(), kKeychainKey);

        // Replace: the new key wins and there is still one entry.
        QVERIFY(store.writeKeySync(kFileKey).isOk());
        QCOMPARE(store.readKeySync().key(), kFileKey);
        QCOMPARE(SecretTool::lookup(), kFileKey.toUtf8());
        QCOMPARE(SecretTool::count(), 1);

        const KeychainResult forgot = store.forgetKeySync();
        QVERIFY(forgot.isOk());
        QVERIFY(forgot.existed());
        QVERIFY(SecretTool::lookup().isEmpty());
        QCOMPARE(SecretTool::count(), 0);
        QCOMPARE(store.readKeySync().status(), KeychainResult::Status::NotFound);
    }

    void forgetIsIdempotent()
    {
        ApiKeyStore store;
        QVERIFY(store.writeKeySync(kKeychainKey).isOk());
        KeychainResult first = store.forgetKeySync();
        QVERIFY(first.isOk());
        QVERIFY(first.existed());
        KeychainResult second = store.forgetKeySync();
        QVERIFY(second.isOk());
        QVERIFY(!second.existed());
    }

    void asyncSignalsFireOnceEach()
    {
        ApiKeyStore store;
        QSignalSpy written(&store, &ApiKeyStore::keyWritten);
        QSignalSpy read(&store, &ApiKeyStore::keyRead);
        QSignalSpy forgot(&store, &ApiKeyStore::keyForgotten);
        store.writeKey(kKeychainKey);
        // Nothing is delivered synchronously: the caller's event loop stays in charge.
        QCOMPARE(written.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 20000);
        QVERIFY(written.at(0).at(0).value<KeychainResult>().isOk());
        store.readKey();
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 20000);
        QCOMPARE(read.at(0).at(0).value<KeychainResult>().key(), kKeychainKey);
        store.forgetKey();
        QTRY_COMPARE_WITH_TIMEOUT(forgot.count(), 1, 20000);
        QVERIFY(forgot.at(0).at(0).value<KeychainResult>().existed());
        QTest::qWait(100);
        QCOMPARE(written.count(), 1);
        QCOMPARE(read.count(), 1);
        QCOMPARE(forgot.count(), 1);
    }

    void readsWhatAnotherClientStored()
    {
        QVERIFY(SecretTool::store(kKeychainKey.toUtf8()));
        ApiKeyStore store;
        const KeychainResult read = store.readKeySync();
        QVERIFY(read.isOk());
        QCOMPARE(read.key(), kKeychainKey);
        const ApiKeyLookup lookup = store.resolve();
        QVERIFY(lookup.isFound());
        QCOMPARE(lookup.key().source(), ApiKey::Source::Keychain);
    }

    void writeRefusesMalformedKey()
    {
        ApiKeyStore store;
        const KeychainResult r = store.writeKeySync(QStringLiteral("too-short"));
        QVERIFY(r.isFailed());
        QVERIFY(SecretTool::lookup().isEmpty());
    }

    void sourcesInOrder()
    {
        ApiKeyStore store;
        QVERIFY(store.writeKeySync(kKeychainKey).isOk());
        const QString file = keyFile(QStringLiteral("key"), kFileKey + QStringLiteral("\n"), 0600);
        qputenv("COFFRE_API_KEY", kEnvKey.toUtf8());

        ApiKeyLookup lookup = store.resolve(file);
        QVERIFY(lookup.isFound());
        QCOMPARE(lookup.key().value(), kEnvKey);
        QCOMPARE(lookup.key().source(), ApiKey::Source::Environment);

        qunsetenv("COFFRE_API_KEY");
        lookup = store.resolve(file);
        QVERIFY(lookup.isFound());
        QCOMPARE(lookup.key().value(), kFileKey);
        QCOMPARE(lookup.key().source(), ApiKey::Source::KeyFile);
        QCOMPARE(lookup.key().origin(), file);

        lookup = store.resolve();
        QVERIFY(lookup.isFound());
        QCOMPARE(lookup.key().value(), kKeychainKey);
        QCOMPARE(lookup.key().source(), ApiKey::Source::Keychain);
        QCOMPARE(lookup.attempts(), 1);

        // An empty COFFRE_API_KEY counts as unset.
        qputenv("COFFRE_API_KEY", "");
        QCOMPARE(store.resolve().key().source(), ApiKey::Source::Keychain);
    }

    void looseKeyFileIsRefusedNotSkipped()
    {
        // A refused file is an error, not a reason to fall back to the keychain quietly.
        ApiKeyStore store;
        QVERIFY(store.writeKeySync(kKeychainKey).isOk());
        const QString file = keyFile(QStringLiteral("loose"), kFileKey, 0644);
        const ApiKeyLookup lookup = store.resolve(file);
        QCOMPARE(lookup.status(), ApiKeyLookup::Status::Refused);
        QVERIFY(lookup.key().isEmpty());
        QCOMPARE(lookup.message(),
            QStringLiteral(
                "the key file %1 has mode 0644, so other users can read it; it must be readable by you "
                "only. Fix it with: chmod 600 %1")
                .arg(file));
    }

    void missingKeyFileIsRefused()
    {
        ApiKeyStore store;
        QVERIFY(store.writeKeySync(kKeychainKey).isOk());
        const QString file = m_files.filePath(QStringLiteral("absent"));
        const ApiKeyLookup lookup = store.resolve(file);
        QCOMPARE(lookup.status(), ApiKeyLookup::Status::Refused);
        QCOMPARE(lookup.message(), QStringLiteral("the key file %1 does not exist.").arg(file));
    }

    void keyFileWithTrailingNewline()
    {
        const QString file = keyFile(QStringLiteral("newline"), kFileKey + QStringLiteral("\n"), 0600);
        ApiKeyStore store;
        const ApiKeyLookup lookup = store.resolve(file);
        QVERIFY2(lookup.isFound(), qPrintable(lookup.message()));
        QCOMPARE(lookup.key().value(), kFileKey);
    }

    void malformedEnvironmentIsRefused()
    {
        ApiKeyStore store;
        QVERIFY(store.writeKeySync(kKeychainKey).isOk());
        qputenv("COFFRE_API_KEY", "not-a-key");
        const ApiKeyLookup lookup = store.resolve();
        QCOMPARE(lookup.status(), ApiKeyLookup::Status::Refused);
        QVERIFY2(lookup.message().startsWith(QLatin1String("COFFRE_API_KEY has 9 characters")),
            qPrintable(lookup.message()));
        // Whitespace around an otherwise good key is forgiven (shell quoting, .env files).
        qputenv("COFFRE_API_KEY", (QStringLiteral(" ") + kEnvKey + QStringLiteral("\n")).toUtf8());
        QCOMPARE(store.resolve().key().value(), kEnvKey);
    }

    void malformedKeychainEntryIsRefused()
    {
        QVERIFY(SecretTool::store("garbage"));
        ApiKeyStore store;
        const ApiKeyLookup lookup = store.resolve();
        QCOMPARE(lookup.status(), ApiKeyLookup::Status::Refused);
        QVERIFY2(lookup.message().contains(QLatin1String("keychain")), qPrintable(lookup.message()));
        QVERIFY2(lookup.message().contains(QLatin1String("coffre key set")), qPrintable(lookup.message()));
        QVERIFY(!lookup.message().contains(QLatin1String("garbage")));
    }

    void nothingAnywhere()
    {
        ApiKeyStore store;
        const ApiKeyLookup lookup = store.resolve();
        QCOMPARE(lookup.status(), ApiKeyLookup::Status::Missing);
        QVERIFY(lookup.message().contains(QLatin1String("coffre key set")));
        QVERIFY(lookup.message().contains(QLatin1String("COFFRE_API_KEY")));
    }

    void loadWithRetryAsksOnceWhenTheKeychainAnswers()
    {
        ApiKeyStore store;
        QVERIFY(store.writeKeySync(kKeychainKey).isOk());
        QSignalSpy retrying(&store, &ApiKeyStore::retrying);
        QSignalSpy loaded(&store, &ApiKeyStore::loaded);
        store.loadWithRetry(50ms);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        const auto lookup = loaded.at(0).at(0).value<ApiKeyLookup>();
        QVERIFY(lookup.isFound());
        QCOMPARE(lookup.key().value(), kKeychainKey);
        QCOMPARE(lookup.attempts(), 1);
        QCOMPARE(retrying.count(), 0);

        // "No key" is an answer too: no retry for it.
        QVERIFY(store.forgetKeySync().isOk());
        store.loadWithRetry(50ms);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 20000);
        QCOMPARE(loaded.at(1).at(0).value<ApiKeyLookup>().status(), ApiKeyLookup::Status::Missing);
        QCOMPARE(retrying.count(), 0);
    }

    void loadWithRetryHonoursTheEnvironment()
    {
        qputenv("COFFRE_API_KEY", kEnvKey.toUtf8());
        ApiKeyStore store;
        QSignalSpy loaded(&store, &ApiKeyStore::loaded);
        store.loadWithRetry(50ms);
        QCOMPARE(loaded.count(), 0);
        QTRY_COMPARE(loaded.count(), 1);
        const auto lookup = loaded.at(0).at(0).value<ApiKeyLookup>();
        QCOMPARE(lookup.key().source(), ApiKey::Source::Environment);
        QCOMPARE(lookup.attempts(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiKeyStore)
#include "tst_apikeystore.moc"
