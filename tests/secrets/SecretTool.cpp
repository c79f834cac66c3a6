#include "SecretTool.h"

#include <QProcess>

namespace SecretTool {

QStringList coffreAttributes()
{
    return {QStringLiteral("user"), QStringLiteral("api-key"), QStringLiteral("server"),
        QStringLiteral("coffre")};
}

SecretToolResult run(
    const QStringList &arguments, const QByteArray &stdinData, const QProcessEnvironment &env)
{
    SecretToolResult result;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("secret-tool"), arguments);
    if (!process.waitForStarted(10000))
        return result;
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    return result;
}

QByteArray lookup(const QProcessEnvironment &env)
{
    const SecretToolResult r = run(QStringList {QStringLiteral("lookup")} + coffreAttributes(), {}, env);
    return r.exitCode == 0 ? r.out : QByteArray();
}

bool store(const QByteArray &secret, const QProcessEnvironment &env)
{
    // type=plaintext is what QtKeychain looks for first (text entries).
    const QStringList args = QStringList {QStringLiteral("store"), QStringLiteral("--label=coffre test")}
        + coffreAttributes() + QStringList {QStringLiteral("type"), QStringLiteral("plaintext")};
    return run(args, secret, env).exitCode == 0;
}

void clear(const QProcessEnvironment &env)
{
    run(QStringList {QStringLiteral("clear")} + coffreAttributes(), {}, env);
}

int count(const QProcessEnvironment &env)
{
    const SecretToolResult r
        = run(QStringList {QStringLiteral("search"), QStringLiteral("--all")} + coffreAttributes(), {}, env);
    // One "[/org/freedesktop/secrets/collection/...]" header line per item.
    const QByteArray text = QByteArrayLiteral("\n") + r.out;
    return int(text.count("\n[/"));
}

} // namespace SecretTool
