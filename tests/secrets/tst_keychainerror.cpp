// KeychainError: one line per cause, naming the cause and the ways out.
#include "secrets/KeychainError.h"

#include <QtTest>

using namespace Coffre;
using Cause = KeychainError::Cause;

Q_DECLARE_METATYPE(KeychainError::Cause)

class TestKeychainError : public QObject
{
    Q_OBJECT

private slots:
    void messages_data()
    {
        QTest::addColumn<Cause>("cause");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("names");
        QTest::addColumn<bool>("transient");
        QTest::newRow("no bus") << Cause::NoSessionBus << QString()
                                << QStringLiteral("DBUS_SESSION_BUS_ADDRESS is not set") << false;
        QTest::newRow("bus unreachable")
            << Cause::SessionBusUnreachable
            << QStringLiteral("Failed to connect to socket /x: Connection refused")
            << QStringLiteral("session bus does not answer") << true;
        QTest::newRow("no service") << Cause::NoSecretService << QString()
                                    << QStringLiteral("no keyring service") << true;
        QTest::newRow("no default collection")
            << Cause::NoDefaultCollection << QStringLiteral("Object does not exist")
            << QStringLiteral("no default keyring") << false;
        QTest::newRow("locked") << Cause::Locked << QString() << QStringLiteral("is locked") << true;
        QTest::newRow("denied") << Cause::AccessDenied << QStringLiteral("dismissed")
                                << QStringLiteral("refused access") << false;
        QTest::newRow("hung") << Cause::NotResponding << QString() << QStringLiteral("did not answer in time")
                              << true;
        QTest::newRow("other, multi-line detail") << Cause::Other << QStringLiteral("line one\nline two")
                                                  << QStringLiteral("line one line two") << false;
    }

    void messages()
    {
        QFETCH(Cause, cause);
        QFETCH(QString, detail);
        QFETCH(QString, names);
        QFETCH(bool, transient);
        const KeychainError error(cause, detail);
        QVERIFY(error.isError());
        QCOMPARE(error.isTransient(), transient);
        const QString text = error.message();
        QVERIFY2(text.contains(names), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1Char('\n')), qPrintable(text));
        // The ways out, every time.
        for (const char *way :
            {"Unlock your keyring", "COFFRE_API_KEY", "mode 0600", "--api-key-file", "systemd user timer"})
            QVERIFY2(text.contains(QLatin1String(way)), qPrintable(text));
        QVERIFY(text.startsWith(error.causeText().left(20)));
    }

    void noErrorHasNoMessage()
    {
        const KeychainError none;
        QVERIFY(!none.isError());
        QVERIFY(none.message().isEmpty());
        QVERIFY(!none.isTransient());
    }
};

QTEST_GUILESS_MAIN(TestKeychainError)
#include "tst_keychainerror.moc"
