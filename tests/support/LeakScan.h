#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Looks for a secret (the API key) where it must never be: files a test run left behind,
// captured stdout/stderr, the command line of a process. Each search also tries the forms
// a careless encoder would produce (UTF-16, base64, percent-encoding, hex), so a hit means
// "the secret is recoverable from here".
class LeakScan
{
public:
    // A hit: where the secret was found ("path" or capture label) and in which form.
    struct Hit {
        QString where;
        QString form;
    };

    // Every form of `secret` that is searched for, with its name ("raw", "base64", ...).
    static QList<QPair<QString, QByteArray>> forms(const QByteArray &secret);

    // Searches every regular file under `dirs` (recursively, hidden files included,
    // symlinks not followed). A file that cannot be read is reported as a hit with form
    // "unreadable": a scan that cannot look cannot vouch for it. `filesScanned` (if given)
    // receives the number of files read, so a caller can check the scan saw something.
    static QList<Hit> findSecret(
        const QStringList &dirs, const QByteArray &secret, int *filesScanned = nullptr);

    // Searches captured output; each capture is (label, bytes).
    static QList<Hit> findSecretIn(
        const QList<QPair<QString, QByteArray>> &captures, const QByteArray &secret);

    // The argv of a running process from /proc/<pid>/cmdline (NUL separators kept), empty
    // if the process is gone.
    static QByteArray commandLineOf(qint64 pid);

    // "path (form), path (form)" for a failure message.
    static QString describe(const QList<Hit> &hits);
};
