#pragma once

#include <QByteArray>
#include <QString>

// Fuzz target: the bytes as a zip that restore downloads. It is listed, tested and
// extracted by ArchiveReader into an empty folder of a per-process temp dir, next to a
// folder that must stay untouched, and what is on disk afterwards is checked against the
// archive's own directory: nothing outside the target, no link leading out, no temporary
// file left, no file bigger than its declared size (and each exactly its size when the
// extraction succeeds), no set-id bits, and a clean one-line error otherwise.
//
// The last byte picks the reader's options (real zips end with a 0 comment length, so
// they get restore's defaults): 0 restore, 1 overwrite, 2 skip unsafe links, 3 a target
// that already holds a file and links to the outside folder.
class ZipExtractTarget
{
public:
    static QString run(const QByteArray &data);
};
