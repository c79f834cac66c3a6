#pragma once

#include <QObject>

#include <atomic>

class QSocketNotifier;

namespace Coffre {

// While alive, SIGINT (Ctrl-C) and SIGTERM stop the current command cleanly instead of
// killing the process mid-step, so it can remove its temporary files and exit with
// status 130. A command sees the request in the way that suits it:
//   - flag(): an atomic set by the signal handler itself, for blocking work that polls it
//     (the archive commands run ArchiveWriter/ArchiveReader on the calling thread);
//   - interrupted(): a Qt signal through a self-pipe, for commands that wait in an event
//     loop (`coffre run`, `coffre restore` connect it to cancel()).
// By default a second signal while cancelling exits at once (the user insists): a run's
// cancel may wait on the network. The archive commands stop within a fraction of a second
// and pass SecondSignal::Ignore, so their clean-up (the partial zip) always runs.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    enum class SecondSignal { Ignore, ExitAtOnce };

    explicit InterruptWatcher(SecondSignal second = SecondSignal::ExitAtOnce, QObject *parent = nullptr);
    ~InterruptWatcher() override;

    const std::atomic_bool *flag() const;
    bool isInterrupted() const;

signals:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Coffre
