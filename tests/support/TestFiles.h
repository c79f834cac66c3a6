#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

// Files for tests: source trees to back up, and what a run left behind.
namespace TestFiles {

// `size` bytes that do not compress (a linear congruential sequence from `seed`).
QByteArray pseudoRandom(qsizetype size, quint32 seed);
// Writes `data` to `path`, making the folders; false when it cannot.
bool writeFile(const QString &path, const QByteArray &data);
// path relative to root -> content, for comparing trees.
QMap<QString, QByteArray> readTree(const QString &root);
// Every regular file under `dir`, recursively, hidden ones too.
QStringList filesUnder(const QString &dir);
// filesUnder() without lock files: what a run must not leave behind.
QStringList leftoverFiles(const QString &dir);

} // namespace TestFiles
