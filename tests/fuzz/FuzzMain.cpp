// The libFuzzer entry point of one target, chosen at compile time (COFFRE_FUZZ_CLASS and
// COFFRE_FUZZ_HEADER): the same class tst_fuzzcorpus runs on the kept corpora. No
// QCoreApplication: nothing under test needs an event loop, and Qt's own messages are
// dropped so that the fuzzer's output stays readable and fast.
#include COFFRE_FUZZ_HEADER

#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void dropMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(dropMessages);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Not NUL-terminated, so that a read past the end is seen by ASan.
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString failure = COFFRE_FUZZ_CLASS::run(input);
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "coffre: invariant broken: %s\n", failure.toLocal8Bit().constData());
        std::abort();
    }
    return 0;
}
