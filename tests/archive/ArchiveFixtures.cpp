#include "ArchiveFixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ArchiveFixtures {

namespace {

quint64 next(quint64 &state)
{
    // xorshift64*: fast, deterministic, good enough to defeat deflate.
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 2685821657736338717ULL;
}

QString runTool(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForFinished(600000)) {
        process.kill();
        process.waitForFinished();
        *exitCode = -1;
        return QStringLiteral("%1 did not finish").arg(program);
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

} // namespace

QByteArray content(qint64 size, quint32 seed, bool compressible)
{
    QByteArray out(size, Qt::Uninitialized);
    quint64 state = 0x9E3779B97F4A7C15ULL ^ (quint64(seed) * 0x100000001B3ULL) ^ quint64(size);
    if (state == 0)
        state = 1;
    if (!compressible) {
        for (qint64 i = 0; i < size; ++i)
            out[i] = char(next(state) >> 56);
        return out;
    }
    static const char *const words[] = {"archive", "backup", "coffre", "folder", "file", "zip", "deflate",
        "chunk", "stream", "the", "and", "of", "to", "in", "data", "size", "time", "mode", "link", "name"};
    qint64 i = 0;
    while (i < size) {
        const char *word = words[next(state) % 20];
        for (const char *p = word; *p && i < size; ++p)
            out[i++] = *p;
        if (i < size)
            out[i++] = (next(state) % 11 == 0) ? '\n' : ' ';
    }
    return out;
}

bool setMtime(const QString &path, qint64 mtime, bool noFollow)
{
    const timespec times[2] = {{time_t(mtime), 0}, {time_t(mtime), 0}};
    return ::utimensat(
               AT_FDCWD, QFile::encodeName(path).constData(), times, noFollow ? AT_SYMLINK_NOFOLLOW : 0)
        == 0;
}

bool writeFile(const QString &path, const QByteArray &data, int mode, qint64 mtime)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (file.write(data) != data.size())
        return false;
    file.close();
    if (::chmod(QFile::encodeName(path).constData(), mode_t(mode)) != 0)
        return false;
    return mtime <= 0 || setMtime(path, mtime);
}

void makeRichTree(const QString &root)
{
    const qint64 t0 = 1000000000; // 2001-09-09
    QDir().mkpath(root);
    writeFile(root + QStringLiteral("/plain.txt"), content(3000, 1, true), 0644, t0 + 10);
    writeFile(root + QStringLiteral("/with space.txt"), content(100, 2, true), 0644, t0 + 21);
    writeFile(root + QStringLiteral("/quote\"s and 'apostrophes'.txt"), content(50, 3, true), 0644, t0 + 32);
    writeFile(root + QStringLiteral("/emoji 😀🎉.txt"), content(70, 4, true), 0644, t0 + 43);
    writeFile(root + QStringLiteral("/ünïcödé/ñandú.txt"), content(80, 5, true), 0640, t0 + 54);
    writeFile(root + QStringLiteral("/日本語フォルダ/ファイル.txt"), content(90, 6, true), 0644, t0 + 65);
    writeFile(root + QLatin1Char('/') + QString(200, QLatin1Char('L')) + QStringLiteral(".txt"),
        content(10, 7, true), 0644, t0 + 76);
    writeFile(root + QStringLiteral("/empty.txt"), QByteArray(), 0644, t0 + 87);
    writeFile(root + QStringLiteral("/random.bin"), content(200000, 8, false), 0644, t0 + 98);
    writeFile(root + QStringLiteral("/nested/a/b/c/deep.txt"), content(5000, 9, true), 0644, t0 + 109);
    writeFile(root + QStringLiteral("/.hidden/.dotfile"), content(20, 10, true), 0600, t0 + 120);
    writeFile(root + QStringLiteral("/exec.sh"), QByteArray("#!/bin/sh\necho hi\n"), 0755, t0 + 131);
    writeFile(root + QStringLiteral("/private.txt"), content(30, 11, true), 0600, t0 + 142);
    writeFile(root + QStringLiteral("/readonly.txt"), content(40, 12, true), 0444, t0 + 153);
    QDir().mkpath(root + QStringLiteral("/empty folder"));
    QDir().mkpath(root + QStringLiteral("/nested/empty"));
    ::symlink("plain.txt", QFile::encodeName(root + QStringLiteral("/link-to-file")).constData());
    ::symlink("nested/a", QFile::encodeName(root + QStringLiteral("/link-to-dir")).constData());
    ::symlink("does-not-exist", QFile::encodeName(root + QStringLiteral("/dangling")).constData());
    ::symlink("../../plain.txt", QFile::encodeName(root + QStringLiteral("/nested/a/up-link")).constData());
    setMtime(root + QStringLiteral("/link-to-file"), t0 + 200, true);
    ::chmod(QFile::encodeName(root + QStringLiteral("/nested/a")).constData(), 0750);
    // Folder times last: creating entries inside a folder changes its time.
    const QStringList folders
        = {QStringLiteral("/nested/a/b/c"), QStringLiteral("/nested/a/b"), QStringLiteral("/nested/a"),
            QStringLiteral("/nested/empty"), QStringLiteral("/nested"), QStringLiteral("/empty folder"),
            QStringLiteral("/.hidden"), QStringLiteral("/ünïcödé"), QStringLiteral("/日本語フォルダ")};
    for (qsizetype i = 0; i < folders.size(); ++i)
        setMtime(root + folders.at(i), t0 + 1000 + i);
    setMtime(root, t0 + 2000);
}

QStringList listTree(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        QString rel = QDir(dir).relativeFilePath(info.filePath());
        if (info.isDir() && !info.isSymLink())
            rel += QLatin1Char('/');
        out << rel;
    }
    out.sort();
    return out;
}

QString compareTrees(const QString &expected, const QString &actual, bool folderTimes)
{
    QStringList want;
    for (const QString &rel : listTree(expected)) {
        struct stat st {
        };
        ::lstat(QFile::encodeName(expected + QLatin1Char('/') + rel).constData(), &st);
        if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode) || S_ISLNK(st.st_mode))
            want << rel;
    }
    const QStringList got = listTree(actual);
    if (want != got) {
        for (const QString &w : want) {
            if (!got.contains(w))
                return QStringLiteral("missing: ") + w;
        }
        for (const QString &g : got) {
            if (!want.contains(g))
                return QStringLiteral("unexpected: ") + g;
        }
    }
    for (const QString &rel : want) {
        const QByteArray a = QFile::encodeName(expected + QLatin1Char('/') + rel);
        const QByteArray b = QFile::encodeName(actual + QLatin1Char('/') + rel);
        struct stat sa {
        };
        struct stat sb {
        };
        ::lstat(a.constData(), &sa);
        ::lstat(b.constData(), &sb);
        if ((sa.st_mode & S_IFMT) != (sb.st_mode & S_IFMT))
            return QStringLiteral("type differs: ") + rel;
        if (S_ISLNK(sa.st_mode)) {
            char ta[4096] = {};
            char tb[4096] = {};
            ::readlink(a.constData(), ta, sizeof ta - 1);
            ::readlink(b.constData(), tb, sizeof tb - 1);
            if (qstrcmp(ta, tb) != 0)
                return QStringLiteral("link target differs: %1 (%2 vs %3)")
                    .arg(rel, QString::fromUtf8(ta), QString::fromUtf8(tb));
            continue; // link modes are always 0777; link times are best effort
        }
        if ((sa.st_mode & 0777) != (sb.st_mode & 0777))
            return QStringLiteral("mode differs: %1 (%2 vs %3)")
                .arg(rel)
                .arg(sa.st_mode & 0777, 0, 8)
                .arg(sb.st_mode & 0777, 0, 8);
        if ((S_ISREG(sa.st_mode) || folderTimes) && sa.st_mtim.tv_sec != sb.st_mtim.tv_sec)
            return QStringLiteral("mtime differs: %1 (%2 vs %3)")
                .arg(rel)
                .arg(sa.st_mtim.tv_sec)
                .arg(sb.st_mtim.tv_sec);
        if (S_ISREG(sa.st_mode)) {
            QFile fa(QFile::decodeName(a));
            QFile fb(QFile::decodeName(b));
            if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly))
                return QStringLiteral("cannot open: ") + rel;
            if (fa.size() != fb.size())
                return QStringLiteral("size differs: %1 (%2 vs %3)").arg(rel).arg(fa.size()).arg(fb.size());
            while (!fa.atEnd()) {
                if (fa.read(1 << 20) != fb.read(1 << 20))
                    return QStringLiteral("content differs: ") + rel;
            }
        }
    }
    return {};
}

QStringList missingTools()
{
    QStringList missing;
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        missing << QStringLiteral("unzip");
    if (QStandardPaths::findExecutable(QStringLiteral("7z")).isEmpty())
        missing << QStringLiteral("7z");
    if (!QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable())
        missing << QStringLiteral("/usr/bin/python3");
    return missing;
}

QString checkWithTools(const QString &zipPath)
{
    int code = 0;
    QString output = runTool(QStringLiteral("unzip"), {QStringLiteral("-tq"), zipPath}, &code);
    if (code != 0)
        return QStringLiteral("unzip -t failed (%1): %2").arg(code).arg(output.right(2000));
    output = runTool(QStringLiteral("7z"), {QStringLiteral("t"), zipPath}, &code);
    if (code != 0 || !output.contains(QLatin1String("Everything is Ok"))
        || output.contains(QLatin1String("Warning")))
        return QStringLiteral("7z t failed (%1): %2").arg(code).arg(output.right(2000));
    QByteArray out;
    code = python(QStringLiteral("import sys, zipfile\n"
                                 "z = zipfile.ZipFile(sys.argv[1])\n"
                                 "bad = z.testzip()\n"
                                 "sys.exit('bad entry: %s' % bad if bad else 0)\n"),
        {zipPath}, &out);
    if (code != 0)
        return QStringLiteral("zipfile.testzip failed: ") + QString::fromUtf8(out.right(2000));
    return {};
}

int python(const QString &code, const QStringList &args, QByteArray *out)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/usr/bin/python3"), QStringList {QStringLiteral("-c"), code} + args);
    if (!process.waitForFinished(600000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QByteArray rawEntryData(const QString &zipPath, const QString &entryName)
{
    QByteArray out;
    const int code = python(QStringLiteral("import sys, struct, zipfile\n"
                                           "z = zipfile.ZipFile(sys.argv[1])\n"
                                           "i = z.getinfo(sys.argv[2])\n"
                                           "f = open(sys.argv[1], 'rb')\n"
                                           "f.seek(i.header_offset)\n"
                                           "h = f.read(30)\n"
                                           "n, e = struct.unpack('<HH', h[26:30])\n"
                                           "f.seek(i.header_offset + 30 + n + e)\n"
                                           "sys.stdout.buffer.write(f.read(i.compress_size))\n"),
        {zipPath, entryName}, &out);
    return code == 0 ? out : QByteArray();
}

bool unnamedFilesWork(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

} // namespace ArchiveFixtures
