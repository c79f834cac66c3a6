#include "cli/CliProgressLine.h"

#include <QLocale>

namespace Coffre {

CliProgressLine::CliProgressLine(QTextStream &out, bool enabled) : m_out(out), m_enabled(enabled)
{ }

CliProgressLine::~CliProgressLine()
{
    clear();
}

QString CliProgressLine::formatSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void CliProgressLine::update(const ArchiveProgress &p)
{
    if (!m_enabled)
        return;
    QString line;
    if (p.scanning) {
        line = tr("Scanning: %n file(s), %1", nullptr, int(p.filesTotal)).arg(formatSize(p.bytesTotal));
    } else {
        const int percent = p.bytesTotal > 0 ? int(p.bytesDone * 100 / p.bytesTotal) : 100;
        line = tr("%1% %2/%3 files, %4 of %5")
                   .arg(percent)
                   .arg(p.filesDone)
                   .arg(p.filesTotal)
                   .arg(formatSize(p.bytesDone), formatSize(p.bytesTotal));
    }
    if (!p.currentFile.isEmpty()) {
        // Keep the line within a usual terminal width: show the end of long paths.
        constexpr qsizetype kRoom = 40;
        QString current = p.currentFile;
        if (current.size() > kRoom)
            current = QStringLiteral("…") + current.right(kRoom - 1);
        line += QStringLiteral("  ") + current;
    }
    m_out << '\r' << line << "\x1b[K" << Qt::flush;
    m_shown = true;
}

void CliProgressLine::clear()
{
    if (m_shown) {
        m_out << "\r\x1b[K" << Qt::flush;
        m_shown = false;
    }
}

} // namespace Coffre
