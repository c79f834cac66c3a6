// bench_floor DIR ARCHIVE: the least work any archiver built like Coffre must do on DIR,
// measured on this machine, for bench_archive.sh. Not a user command.
//
// Coffre lists and reads every file, deflates every compressible one at level 6 with
// libdeflate, hashes the archive with Whirlpool and writes it; headers, planning and
// copies come on top. This tool times each of those on its own, in thread CPU seconds
// (user and system):
//   - read: listing, opening and reading every regular file under DIR (into one buffer);
//   - deflate: EntryCompressor::deflateWhole(6) over each file that shrinks by at least 1 %
//     (Coffre stores the others without deflating), on one thread, after an untimed pass
//     that finds those files and warms the allocator and caches;
//   - whirlpool: Whirlpool over the bytes of ARCHIVE (Coffre's archive of DIR);
//   - write: writing those bytes to ARCHIVE.floor, removed afterwards;
//   - deflate-parallel: the deflate work spread over one thread per core, in wall seconds.
// It prints one line: "read_s= write_s= deflate_s= whirlpool_s= deflate_parallel_s=
// threads=N". deflate_parallel_s + (read_s + whirlpool_s + write_s) / N is the least wall
// time N cores can give for this work here; deflate_s / (N * deflate_parallel_s) shows how
// well this machine runs N busy threads at once.
#include "archive/EntryCompressor.h"
#include "core/Whirlpool.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <functional>
#include <thread>
#include <vector>

using namespace Coffre;

namespace {

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

bool shrinks(const QByteArray &data, const QByteArray &deflated)
{
    return !deflated.isEmpty() && deflated.size() <= data.size() - data.size() / 100;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        err << "usage: bench_floor DIR ARCHIVE" << Qt::endl;
        return 2;
    }

    // Reading is timed into one reused buffer, as a writer that recycles its buffers reads;
    // then every file is loaded for the deflate passes.
    QStringList paths;
    QDirIterator it(args.at(1), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    const double readStart = threadCpuSeconds();
    while (it.hasNext())
        paths.append(it.next());
    QByteArray buffer;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << "bench_floor: cannot read " << path << Qt::endl;
            return 1;
        }
        if (buffer.size() < file.size())
            buffer.resize(file.size());
        file.read(buffer.data(), file.size());
    }
    const double readSeconds = threadCpuSeconds() - readStart;
    std::vector<QByteArray> files;
    for (const QString &path : paths) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.push_back(file.readAll());
    }
    // Largest first, so that the threads of the parallel pass finish together.
    std::sort(files.begin(), files.end(),
        [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });

    // Deflates the files (only the compressible ones once they are known) on one thread per
    // core, handing each result to `each`; returns the wall time.
    const int threads = int(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<char> compressible(files.size(), 1);
    auto deflateInParallel = [&](const std::function<void(size_t, const QByteArray &)> &each) {
        std::atomic<size_t> next {0};
        QElapsedTimer wall;
        wall.start();
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&] {
                for (size_t i = next++; i < files.size(); i = next++) {
                    if (compressible[i])
                        each(i, EntryCompressor::deflateWhole(6, files[i].constData(), files[i].size()));
                }
            });
        }
        for (auto &thread : pool)
            thread.join();
        return double(wall.nsecsElapsed()) / 1e9;
    };

    // A first, untimed pass finds the files that shrink (Coffre stores the others) and warms
    // the allocator and the caches, so that neither timed pass pays for being first.
    deflateInParallel(
        [&](size_t i, const QByteArray &deflated) { compressible[i] = shrinks(files[i], deflated); });

    double deflateSeconds = 0;
    for (size_t i = 0; i < files.size(); ++i) {
        if (!compressible[i])
            continue;
        const double start = threadCpuSeconds();
        EntryCompressor::deflateWhole(6, files[i].constData(), files[i].size());
        deflateSeconds += threadCpuSeconds() - start;
    }

    QFile archive(args.at(2));
    if (!archive.open(QIODevice::ReadOnly)) {
        err << "bench_floor: cannot read " << archive.fileName() << Qt::endl;
        return 1;
    }
    const QByteArray archiveBytes = archive.readAll();
    const double hashStart = threadCpuSeconds();
    Whirlpool hash;
    constexpr qsizetype kPiece = 1024 * 1024; // the size the archive writer hashes at a time
    for (qsizetype offset = 0; offset < archiveBytes.size(); offset += kPiece)
        hash.addData(archiveBytes.constData() + offset, std::min(kPiece, archiveBytes.size() - offset));
    hash.result();
    const double whirlpoolSeconds = threadCpuSeconds() - hashStart;

    // Writing the archive's bytes to a file beside it, as the archive writer does.
    QFile copy(args.at(2) + QStringLiteral(".floor"));
    if (!copy.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << "bench_floor: cannot write " << copy.fileName() << Qt::endl;
        return 1;
    }
    const double writeStart = threadCpuSeconds();
    for (qsizetype offset = 0; offset < archiveBytes.size(); offset += kPiece)
        copy.write(archiveBytes.constData() + offset, std::min(kPiece, archiveBytes.size() - offset));
    copy.close();
    const double writeSeconds = threadCpuSeconds() - writeStart;
    copy.remove();

    const double parallelSeconds = deflateInParallel([&](size_t, const QByteArray &) {});

    out << QStringLiteral("read_s=%1 write_s=%2 deflate_s=%3 whirlpool_s=%4 deflate_parallel_s=%5 threads=%6")
               .arg(readSeconds, 0, 'f', 2)
               .arg(writeSeconds, 0, 'f', 2)
               .arg(deflateSeconds, 0, 'f', 2)
               .arg(whirlpoolSeconds, 0, 'f', 2)
               .arg(parallelSeconds, 0, 'f', 2)
               .arg(threads)
        << Qt::endl;
    return 0;
}
