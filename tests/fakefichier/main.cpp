// coffre-fakefichier: a local stand-in for the 1fichier API (tests and ./dev demo).
// See README.md in this folder.
#include "FakeOptions.h"
#include "FakeServer.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcFake, "coffre.fakefichier", QtInfoMsg)

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &byte, 1);
}

// SIGTERM / SIGINT end the event loop, so the private data dir is removed on the way out.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

QString randomKey()
{
    // The key alphabet JDownloader checks for (§1.2).
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=";
    QString key;
    for (int i = 0; i < 32; ++i)
        key.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    return key;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("coffre-fakefichier"));
    std::signal(SIGPIPE, SIG_IGN);

    QString error;
    std::optional<Coffre::Fake::FakeOptions> options
        = Coffre::Fake::FakeOptions::parse(QCoreApplication::arguments().mid(1), &error);
    if (!options) {
        if (error.isEmpty())
            return 0; // --help
        std::fprintf(stderr, "coffre-fakefichier: %s\n", qPrintable(error));
        return 2;
    }
    QTemporaryDir privateDir; // declared before the server: removed after it is gone
    if (options->dataDir.isEmpty()) {
        if (!privateDir.isValid()) {
            std::fprintf(stderr, "coffre-fakefichier: cannot create a temporary data dir\n");
            return 1;
        }
        options->dataDir = privateDir.path();
    }
    const bool generatedKey = options->keys.isEmpty();
    if (generatedKey)
        options->keys.append(randomKey());

    Coffre::Fake::FakeServer server(*options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "coffre-fakefichier: %s\n", qPrintable(error));
        return 1;
    }
    quitOnSignals(app);
    std::printf("COFFRE_API_URL=http://127.0.0.1:%u/v1\n", unsigned(server.apiPort()));
    if (generatedKey)
        std::printf("COFFRE_API_KEY=%s\n", qPrintable(options->keys.constFirst()));
    std::fflush(stdout);
    qCInfo(lcFake, "upload node 127.0.0.1:%u, download host 127.0.0.1:%u, %lld account(s), data in %s",
        unsigned(server.nodePort()), unsigned(server.dlPort()), qlonglong(options->keys.size()),
        qPrintable(options->dataDir));
    return app.exec();
}
