#pragma once

#include "archive/ArchiveTypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace Coffre {

// One status line that redraws itself on a terminal ("\r" + erase to end of line) and
// prints nothing when the output is not a terminal, so logs and pipes stay quiet.
class CliProgressLine
{
    Q_DECLARE_TR_FUNCTIONS(CliProgressLine)
public:
    CliProgressLine(QTextStream &out, bool enabled);
    ~CliProgressLine();

    void update(const ArchiveProgress &progress);
    void clear(); // erases the line, before the final messages

    static QString formatSize(qint64 bytes);

private:
    QTextStream &m_out;
    bool m_enabled;
    bool m_shown = false;
};

} // namespace Coffre
