#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the real `coffre` executable (path from $COFFRE_BIN, set by CTest) and collects
// what it printed.
struct CoffreResult {
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

namespace CoffreProcess {
QString binary();
CoffreResult run(const QStringList &arguments, const QProcessEnvironment &env,
    const QByteArray &stdinData = {}, int timeoutMs = 120000);
// Any program (a wrapper such as prlimit, setpriv or unshare around coffre).
CoffreResult runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
    const QByteArray &stdinData = {}, int timeoutMs = 120000);
} // namespace CoffreProcess
