#include "core/SystemNetworkStatus.h"

#include "core/Logging.h"

#include <QNetworkInformation>

namespace Coffre {

SystemNetworkStatus::SystemNetworkStatus(QObject *parent) : NetworkStatus(parent)
{
    using Feature = QNetworkInformation::Feature;
    // One backend per process: QNetworkInformation is a singleton, and a second load of a
    // loaded backend just succeeds again.
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(Feature::Reachability | Feature::Metered))
        QNetworkInformation::loadBackendByFeatures(Feature::Reachability);
    m_info = QNetworkInformation::instance();
    if (!m_info) {
        qCInfo(lcCore) << "no network information backend (available:"
                       << QNetworkInformation::availableBackends()
                       << "); scheduled backups do not wait for the network";
        return;
    }
    qCInfo(lcCore) << "network information from" << m_info->backendName() << "features"
                   << m_info->supportedFeatures();
    connect(m_info, &QNetworkInformation::reachabilityChanged, this, &NetworkStatus::changed);
    connect(m_info, &QNetworkInformation::isMeteredChanged, this, &NetworkStatus::changed);
}

NetworkStatus::Reachability SystemNetworkStatus::reachability() const
{
    if (!m_info || !m_info->supports(QNetworkInformation::Feature::Reachability))
        return Reachability::Unknown;
    switch (m_info->reachability()) {
    case QNetworkInformation::Reachability::Unknown:
        return Reachability::Unknown;
    case QNetworkInformation::Reachability::Online:
        return Reachability::Online;
    case QNetworkInformation::Reachability::Disconnected:
    case QNetworkInformation::Reachability::Local:
    case QNetworkInformation::Reachability::Site:
        return Reachability::Offline;
    }
    return Reachability::Unknown;
}

std::optional<bool> SystemNetworkStatus::isMetered() const
{
    if (!m_info || !m_info->supports(QNetworkInformation::Feature::Metered))
        return std::nullopt;
    return m_info->isMetered();
}

QString SystemNetworkStatus::backendName() const
{
    return m_info ? m_info->backendName() : QString();
}

} // namespace Coffre
