#pragma once

#include <QByteArray>
#include <QString>

// Fuzz target: one body as every 1fichier reply parser would receive it (each API
// endpoint's JSON, end.pl's report, the error check at several HTTP statuses), plus the
// small validators fed from the same bytes (node host, upload id, redirect Location, Paris
// dates) and the name mapping's round trip. Returns the first broken invariant, or empty.
class FichierRepliesTarget
{
public:
    static QString run(const QByteArray &data);
};
