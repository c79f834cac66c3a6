#pragma once

#include "core/NetworkStatus.h"

#include <QPointer>

class QNetworkInformation;

namespace Coffre {

// NetworkStatus from QNetworkInformation. Qt 6.4 on Debian 12 ships two Linux backends
// (libqt6network6): "networkmanager", which needs NetworkManager on the system bus and
// reports reachability and metered connections, and "glib" (GLib's GNetworkMonitor), which
// reports reachability only. A backend that reports both is asked for first, then one that
// reports reachability; when none loads (no plugin, no NetworkManager and no GLib monitor)
// everything is Unknown, which the scheduler treats as "go ahead".
class SystemNetworkStatus : public NetworkStatus
{
    Q_OBJECT
public:
    explicit SystemNetworkStatus(QObject *parent = nullptr);

    Reachability reachability() const override;
    std::optional<bool> isMetered() const override;
    QString backendName() const override;

private:
    QPointer<QNetworkInformation> m_info;
};

} // namespace Coffre
