// A child process for tst_runlock: takes a profile's RunLock, says so on stdout, then
// holds it until killed (or until stdin closes).
//   coffre_lock_holder <lock-dir> <slug> [application-name]
#include "backup/RunLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    if (args.size() > 3)
        QCoreApplication::setApplicationName(args.at(3));
    Coffre::RunLock lock(args.at(2), args.at(1));
    QTextStream out(stdout);
    if (!lock.tryLock()) {
        out << "refused " << lock.holderPid() << Qt::endl;
        return 1;
    }
    out << "locked " << QCoreApplication::applicationPid() << Qt::endl;
    // Block until the parent closes our stdin or kills us.
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 3;
    in.readAll();
    return 0;
}
