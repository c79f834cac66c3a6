#pragma once

#include <QByteArray>

namespace Coffre {

// A new file that gets its name only once it is complete, so that no failure, cancel or
// even kill leaves a partial file under any name.
//
// Where the file system can (O_TMPFILE: ext4, XFS, Btrfs, tmpfs and most local ones), the
// file has no name at all while it is written: if the process dies, the kernel frees it.
// It is linked in under its final name when published (through /proc/self/fd, which
// needs no privilege). Elsewhere it is written under a hidden name (the given prefix and
// six random characters) and renamed into place; that name is removed on failure, but a
// killed process leaves it behind.
class PendingFile
{
public:
    PendingFile() = default;
    ~PendingFile(); // discards the file unless it was published
    PendingFile(const PendingFile &) = delete;
    PendingFile &operator=(const PendingFile &) = delete;

    // Creates the file, mode 0600, in the folder open as `dirFd`, which must stay open
    // until publish() or discard(). `hiddenPrefix` starts the hidden name, used where the
    // file system has no unnamed files or when `allowUnnamed` is false (a caller that wants
    // a killed process's partial file left as evidence). Returns false with errno set.
    bool create(int dirFd, const QByteArray &hiddenPrefix, bool allowUnnamed = true);
    int fd() const { return m_fd; }
    // True while the file has no name (O_TMPFILE).
    bool isUnnamed() const { return m_unnamed; }

    // Closes the file and gives it `name` in the folder. A file already there is kept and
    // makes this fail with EEXIST, unless `replace`. On failure: false with errno set, and
    // the new file is gone. Close errors (a full disk on some file systems) count.
    bool publish(const QByteArray &name, bool replace);
    // Closes and removes the file. Safe to call more than once.
    void discard();

    // `prefix` and six random letters or digits: a name unlikely to be taken.
    static QByteArray randomName(const QByteArray &prefix);
    // renameat2() within one folder, refusing to replace an existing name unless `replace`
    // (with link(2) where the file system has no RENAME_NOREPLACE). errno set on failure.
    static bool rename(int dirFd, const QByteArray &from, const QByteArray &to, bool replace);
    // Tests: false makes create() use a hidden name, as on a file system without O_TMPFILE.
    static void setUnnamedAllowed(bool allowed);

private:
    bool linkAs(const QByteArray &name);

    int m_dirFd = -1;
    int m_fd = -1;
    bool m_unnamed = false;
    QByteArray m_prefix;
    QByteArray m_hiddenName; // the name it has until published, if any
};

} // namespace Coffre
