#pragma once

#include "archive/PendingFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace Coffre {

// Creates folders, files and links under one folder and nowhere else. Every path is walked
// component by component from the folder's descriptor with O_NOFOLLOW, so no link — made by
// an earlier entry or already on disk — can redirect a write outside.
//
// Files are written as PendingFiles (mode 0600) in their final folder: without a name where
// the file system allows it, else under a hidden one (".name.coffre-XXXXXX"), and they get
// their real name only once complete and verified. A failed, cancelled or (where files can
// be unnamed) killed extraction never leaves a partial file. Links are made under a hidden
// name and renamed into place.
class ExtractionTarget
{
    Q_DECLARE_TR_FUNCTIONS(ExtractionTarget)
public:
    enum Problem { NoProblem, IoProblem, UnsafeProblem, ExistsProblem };

    explicit ExtractionTarget(bool overwrite);
    ~ExtractionTarget();
    ExtractionTarget(const ExtractionTarget &) = delete;
    ExtractionTarget &operator=(const ExtractionTarget &) = delete;

    // Creates the folder if needed and holds it open.
    bool open(const QString &dir);
    QString path() const { return m_path; }

    QString errorString() const { return m_error; }
    Problem problem() const { return m_problem; }

    // True when something (of any type) is at the path; links are not followed.
    bool exists(const QStringList &components) const;
    // True when a link is at the path, or on the way to it.
    bool hasSymlinkOnPath(const QStringList &components) const;

    bool makeFolder(const QStringList &components);

    // A file being written. Only one at a time.
    bool beginFile(const QStringList &components);
    bool write(const char *data, qint64 size);
    bool commitFile(quint32 mode, const QDateTime &mtime);
    void abortFile();

    bool makeSymlink(const QStringList &components, const QByteArray &target, const QDateTime &mtime);

    // Applies a folder's mode and time; called after its contents are written (writing
    // into a folder changes its time, and a read-only mode would stop the writes).
    bool finishFolder(const QStringList &components, quint32 mode, const QDateTime &mtime);

private:
    // A descriptor of the folder at `components`, creating missing ones when `create`;
    // `ownerOnly`: the last one is created 0700 (its mode is applied later).
    int openFolder(const QStringList &components, bool create, bool ownerOnly);
    bool fail(Problem problem, const QString &message);
    bool placeTemp(int dirFd, const QByteArray &temp, const QByteArray &name);
    bool failToPlace(int error);

    bool m_overwrite;
    int m_rootFd = -1;
    QString m_path;
    QString m_error;
    Problem m_problem = NoProblem;

    // The file or link being made, and its folder.
    int m_dirFd = -1;
    PendingFile m_file;
    QByteArray m_tempName; // a link's hidden name
    QByteArray m_finalName;
    QString m_displayName;
};

} // namespace Coffre
