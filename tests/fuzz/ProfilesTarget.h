#pragma once

#include <QByteArray>
#include <QString>

// Fuzz target: the bytes as profiles.json (ProfileStore::parse, which runs
// Profile::fromJson, RetentionPolicy::fromJson and Schedule::parse on every profile). A
// refused file must give one clean line; an accepted one must hold valid, distinct
// profiles that survive the store's own write-read round trip, and that the scheduler and
// retention can use (nextDue, select) without trouble. Returns the first broken invariant.
class ProfilesTarget
{
public:
    static QString run(const QByteArray &data);
};
