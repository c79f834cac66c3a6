#pragma once

#include <QObject>

class QSocketNotifier;

namespace Coffre {

// Turns SIGINT/SIGTERM into a Qt signal (self-pipe), so a Ctrl-C during `coffre run`
// cancels the run cleanly — temp files removed, nothing deleted remotely — instead of
// killing the process mid-step. A second signal while cancelling exits at once.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Coffre
