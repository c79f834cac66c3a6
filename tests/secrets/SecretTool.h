#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

// Runs libsecret's `secret-tool` (a client nobody here wrote) against the session's
// Secret Service, to check independently what Coffre stored. The secret travels on
// stdin/stdout only, never in argv.
struct SecretToolResult {
    int exitCode = -1;
    QByteArray out;
};

namespace SecretTool {
// The attributes QtKeychain (libsecret backend) files Coffre's entry under.
QStringList coffreAttributes();
SecretToolResult run(const QStringList &arguments, const QByteArray &stdinData = {},
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
// The stored key, or an empty array when there is none.
QByteArray lookup(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
bool store(
    const QByteArray &secret, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
// Removes Coffre's entry if there is one (secret-tool exits 1 when there was none).
void clear(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
// How many items match Coffre's attributes (a replace must not leave two).
int count(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
} // namespace SecretTool
