// Start at login: the XDG autostart file Coffre writes. Checked by freedesktop's own tools,
// not by reading it back with our code: desktop-file-validate accepts it, and GLib's
// `gio launch` (what GNOME's session uses to start autostart entries) runs exactly the
// program and arguments we meant, even from a path with spaces and shell characters.
// Hidden=true (a desktop's own "off") counts as off. The Settings check box is driven in
// tst_desktopapp.
#include "AutostartEntry.h"
#include "TestEnvironment.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace Coffre;

class TestAutostartEntry : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;

    // A stand-in for `coffre` that records its argv, one argument per line.
    QString recorder(const QString &dir, const QString &out)
    {
        QDir().mkpath(dir);
        const QString path = dir + QLatin1String("/coffre");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("#!/bin/sh\nprintf '%s\\n' \"$0\" \"$@\" > '" + out.toLocal8Bit() + "'\n");
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

private slots:
    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        m_env->applyToThisProcess();
    }

    void writesAValidEntryInXdgConfigHome()
    {
        AutostartEntry entry;
        QCOMPARE(entry.filePath(),
            m_env->configHome() + QLatin1String("/autostart/io.github.coffre_backup.Coffre.desktop"));
        QVERIFY(!entry.isEnabled());
        QVERIFY2(entry.enable(QStringLiteral("/usr/bin/coffre")), qPrintable(entry.errorString()));
        QVERIFY(entry.isEnabled());
        QFile file(entry.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("[Desktop Entry]\n"));
        QVERIFY(text.contains("\nType=Application\n"));
        QVERIFY(text.contains("\nExec=/usr/bin/coffre --hidden\n"));
        QVERIFY(text.contains("\nX-GNOME-Autostart-enabled=true\n"));
        QProcess validate;
        validate.start(QStringLiteral("desktop-file-validate"), {entry.filePath()});
        QVERIFY2(validate.waitForFinished(30000), "desktop-file-validate did not run");
        QVERIFY2(validate.exitCode() == 0 && validate.readAll().trimmed().isEmpty(),
            qPrintable(QString::fromLocal8Bit(validate.readAllStandardOutput())));

        QVERIFY(entry.disable());
        QVERIFY(!QFileInfo::exists(entry.filePath()));
        QVERIFY(!entry.isEnabled());
        QVERIFY(entry.disable()); // nothing to remove is fine
    }

    void glibLaunchesWhatWeMeant_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("plain") << QStringLiteral("bin");
        QTest::newRow("spaces") << QStringLiteral("My Apps/Coffre beta");
        QTest::newRow("shell characters") << QStringLiteral("it's $HOME & \"co\" `x` \\ (1)");
    }

    void glibLaunchesWhatWeMeant()
    {
        QFETCH(QString, folder);
        const QString out = m_env->root() + QLatin1String("/argv.txt");
        const QString program = recorder(m_env->root() + u'/' + folder, out);
        QVERIFY(!program.isEmpty());
        AutostartEntry entry;
        QVERIFY2(entry.enable(program), qPrintable(entry.errorString()));
        QProcess validate;
        validate.start(QStringLiteral("desktop-file-validate"), {entry.filePath()});
        QVERIFY(validate.waitForFinished(30000));
        QVERIFY2(validate.exitCode() == 0, validate.readAllStandardOutput().constData());

        QProcess gio;
        gio.start(QStringLiteral("gio"), {QStringLiteral("launch"), entry.filePath()});
        QVERIFY2(gio.waitForFinished(30000), "gio launch did not finish");
        QVERIFY2(gio.exitCode() == 0, gio.readAllStandardError().constData());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(out).size() > 0, 10000);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList argv = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(argv, (QStringList {program, QStringLiteral("--hidden")}));
    }

    void execQuotingFollowsTheSpec()
    {
        // Reserved characters force quotes; inside them " ` $ \ are escaped, % is doubled,
        // and the value's backslashes are escaped once more.
        QCOMPARE(AutostartEntry::execValue({QStringLiteral("/a b/c")}), QStringLiteral("\"/a b/c\""));
        QCOMPARE(AutostartEntry::execValue({QStringLiteral("/x$y")}), QStringLiteral("\"/x\\\\$y\""));
        QCOMPARE(AutostartEntry::execValue({QStringLiteral("/50%")}), QStringLiteral("/50%%"));
        QCOMPARE(AutostartEntry::execValue({QStringLiteral("/a\\b")}), QStringLiteral("\"/a\\\\\\\\b\""));
        QCOMPARE(AutostartEntry::execValue({QStringLiteral("/p"), QStringLiteral("--hidden")}),
            QStringLiteral("/p --hidden"));
    }

    void hiddenTrueMeansOff()
    {
        AutostartEntry entry;
        QVERIFY(entry.enable(QStringLiteral("/usr/bin/coffre")));
        QFile f(entry.filePath());
        QVERIFY(f.open(QIODevice::Append));
        f.write("Hidden=true\n");
        f.close();
        QVERIFY(!entry.isEnabled());
    }

    void unwritableFolderIsReported()
    {
        const QString dir = m_env->root() + QLatin1String("/locked");
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner);
        if (QFileInfo(dir).isWritable())
            QSKIP("running as a user who can write anywhere (root)");
        AutostartEntry entry(dir);
        QVERIFY(!entry.enable(QStringLiteral("/usr/bin/coffre")));
        QVERIFY(entry.errorString().contains(dir));
        QVERIFY(!entry.isEnabled());
    }
};

QTEST_MAIN(TestAutostartEntry)
#include "tst_autostartentry.moc"
