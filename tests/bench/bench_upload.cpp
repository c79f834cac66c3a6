// bench_upload FILE: uploads FILE to the account's root with Coffre's FichierClient (API URL
// from $COFFRE_API_URL, key from $COFFRE_API_KEY; for the stand-in only) and prints
//   bytes=<n> transfer_ms=<upload.cgi POST> total_ms=<whole job> url=<link>
// Used by bench_upload.sh; not a user command.
#include "core/AppInfo.h"
#include "fichier/FichierClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Coffre;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setupApplicationInfo();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        err << "usage: bench_upload FILE (with COFFRE_API_URL and COFFRE_API_KEY set)" << Qt::endl;
        return 2;
    }
    const FichierConfig config = FichierConfig::fromEnvironment(qEnvironmentVariable("COFFRE_API_KEY"));
    FichierClient client(config);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<UploadJob> job(client.upload(args.at(1), 0));
    if (!job->waitForFinished()) {
        err << "bench_upload: " << job->error().userMessage() << " (" << job->error().toString() << ")"
            << Qt::endl;
        return 1;
    }
    out << "bytes=" << job->result().size << " transfer_ms=" << job->result().transferMs
        << " total_ms=" << clock.elapsed() << " url=" << job->result().url << Qt::endl;
    return 0;
}
