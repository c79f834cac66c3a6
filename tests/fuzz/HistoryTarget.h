#pragma once

#include <QByteArray>
#include <QString>

// Fuzz target: the bytes as history.jsonl. Every line is a record or is skipped (and
// counted); every record read survives the write-read round trip; and a run appended to a
// file holding these bytes (a per-process temp file) is the last record read back, never
// glued to a cut line, with rotation keeping the file bounded. Returns the first broken
// invariant, or empty.
class HistoryTarget
{
public:
    static QString run(const QByteArray &data);
};
