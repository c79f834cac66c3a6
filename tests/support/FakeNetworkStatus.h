#pragma once

#include "core/NetworkStatus.h"

// A NetworkStatus the test sets: reachability and metered, with changed() on every set.
class FakeNetworkStatus : public Coffre::NetworkStatus
{
    Q_OBJECT
public:
    using NetworkStatus::NetworkStatus;

    Reachability reachability() const override { return m_reachability; }
    std::optional<bool> isMetered() const override { return m_metered; }
    QString backendName() const override { return m_backend; }

    void setReachability(Reachability reachability)
    {
        m_reachability = reachability;
        emit changed();
    }
    void setMetered(std::optional<bool> metered)
    {
        m_metered = metered;
        emit changed();
    }
    void setBackendName(const QString &name) { m_backend = name; }

private:
    Reachability m_reachability = Reachability::Online;
    std::optional<bool> m_metered = false;
    QString m_backend = QStringLiteral("fake");
};
