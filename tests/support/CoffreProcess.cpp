#include "CoffreProcess.h"

#include <QProcess>

namespace CoffreProcess {

QString binary()
{
    return qEnvironmentVariable("COFFRE_BIN");
}

CoffreResult run(
    const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &stdinData, int timeoutMs)
{
    return runProgram(binary(), arguments, env, stdinData, timeoutMs);
}

CoffreResult runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
    const QByteArray &stdinData, int timeoutMs)
{
    CoffreResult result;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.crashed = true;
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace CoffreProcess
