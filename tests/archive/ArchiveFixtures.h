#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Fixtures for the archive tests: generated trees, a tree comparison, and the zip tools
// nobody here wrote (unzip, 7z, Python's zipfile) as independent judges.
namespace ArchiveFixtures {

// Deterministic bytes: text-like (compresses well) or pseudo-random (does not).
QByteArray content(qint64 size, quint32 seed, bool compressible);

// Writes a file (parents created) with a mode and, when mtime > 0, a modification time.
bool writeFile(const QString &path, const QByteArray &data, int mode = 0644, qint64 mtime = 0);
bool setMtime(const QString &path, qint64 mtime, bool noFollow = false);

// A tree with odd names (spaces, quotes, emoji, CJK, a 200-character name), empty files and
// folders, hidden files, several permission modes, fixed mtimes, and symbolic links to a
// file, a folder and nothing (all pointing inside the tree).
void makeRichTree(const QString &root);

// Compares `actual` with `expected`: names, types, bytes, link targets, permission bits and
// modification times (seconds; folders too when `folderTimes`). FIFOs, sockets and devices
// in `expected` are ignored (they are never archived). Returns an empty string when equal,
// else the first difference.
QString compareTrees(const QString &expected, const QString &actual, bool folderTimes = true);

// Names of the judges that are not installed (./dev deps installs them all).
QStringList missingTools();
// Runs `unzip -t`, `7z t` and zipfile.testzip() on the archive. Empty when all pass.
QString checkWithTools(const QString &zipPath);

// Runs /usr/bin/python3 -c `code` with `args` (sys.argv[1:]). Returns the exit code; output
// goes to *out (stdout + stderr) when given.
int python(const QString &code, const QStringList &args = {}, QByteArray *out = nullptr);

// The compressed bytes of one entry, read by Python from the local header.
QByteArray rawEntryData(const QString &zipPath, const QString &entryName);

// Every file (recursively) under `dir`, relative, sorted; folders end with '/'.
QStringList listTree(const QString &dir);

// Whether the file system of the folder `dir` can create unnamed files (O_TMPFILE).
bool unnamedFilesWork(const QString &dir);

} // namespace ArchiveFixtures
