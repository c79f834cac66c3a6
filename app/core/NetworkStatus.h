#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace Coffre {

// What Coffre knows about the connection to the internet, for the scheduler: whether the
// internet is reachable and whether the connection is metered, each possibly unknown.
// SystemNetworkStatus asks Qt's QNetworkInformation; tests use a settable double.
class NetworkStatus : public QObject
{
    Q_OBJECT
public:
    enum class Reachability {
        Unknown, // no backend, or the backend cannot tell: act as if online
        Offline, // no connection, or only a local/site network (1fichier is on the internet)
        Online,
    };
    Q_ENUM(Reachability)

    using QObject::QObject;

    virtual Reachability reachability() const = 0;
    // nullopt when the backend cannot tell metered connections apart.
    virtual std::optional<bool> isMetered() const = 0;
    // The QNetworkInformation backend in use ("networkmanager", "glib"), empty without one.
    virtual QString backendName() const = 0;

signals:
    // reachability() or isMetered() changed.
    void changed();
};

} // namespace Coffre
