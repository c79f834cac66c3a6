#include "cli/ProgressLine.h"

#include <QLocale>

#include <algorithm>

namespace Coffre {

namespace {
constexpr qsizetype kMaxWidth = 100; // within a usual terminal, so "\r" redraws one line
constexpr qint64 kRedrawMs = 200;
} // namespace

ProgressLine::ProgressLine(CliContext &ctx) : m_ctx(ctx)
{ }

ProgressLine::~ProgressLine()
{
    done();
}

QString ProgressLine::formatSize(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1);
}

void ProgressLine::update(const QString &phase, qint64 done, qint64 total, double rate, const QString &detail)
{
    if (!m_ctx.interactive) {
        if (phase != m_phase)
            m_ctx.out << phase << "…" << Qt::endl;
        m_phase = phase;
        return;
    }
    if (phase == m_phase && m_lastDraw.isValid() && m_lastDraw.elapsed() < kRedrawMs)
        return;
    m_phase = phase;
    QString line = phase;
    if (total > 0) {
        const int percent = int(std::clamp<qint64>(done * 100 / total, 0, 100));
        line += QStringLiteral(" %1% (%2 of %3)").arg(percent).arg(formatSize(done), formatSize(total));
        if (rate > 0) {
            line += QStringLiteral(", %1/s").arg(formatSize(qint64(rate)));
            const qint64 seconds = qint64((total - done) / rate);
            line += QStringLiteral(", %1:%2 left")
                        .arg(seconds / 60)
                        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
        }
    }
    draw(line, detail);
}

void ProgressLine::update(const ArchiveProgress &p)
{
    if (!m_ctx.interactive)
        return;
    // The scan and the writing are two phases: the first report of each is drawn at once.
    const QString phase = p.scanning ? QStringLiteral("scan") : QStringLiteral("files");
    if (phase == m_phase && m_lastDraw.isValid() && m_lastDraw.elapsed() < kRedrawMs)
        return;
    m_phase = phase;
    QString line;
    if (p.scanning) {
        line = tr("Scanning: %n file(s), %1", nullptr, int(p.filesTotal)).arg(formatSize(p.bytesTotal));
    } else {
        const int percent
            = p.bytesTotal > 0 ? int(std::clamp<qint64>(p.bytesDone * 100 / p.bytesTotal, 0, 100)) : 100;
        line = tr("%1% %2/%3 files, %4 of %5")
                   .arg(percent)
                   .arg(p.filesDone)
                   .arg(p.filesTotal)
                   .arg(formatSize(p.bytesDone), formatSize(p.bytesTotal));
    }
    draw(line, p.currentFile);
}

void ProgressLine::draw(const QString &text, const QString &detail)
{
    m_lastDraw.start();
    QString line = text;
    if (!detail.isEmpty()) {
        // A long path keeps its end: the file name says more than the folders above it.
        const qsizetype room = kMaxWidth - line.size() - 2;
        QString shown = detail;
        if (shown.size() > room)
            shown = room > 1 ? QChar(0x2026) + detail.right(room - 1) : QString();
        if (!shown.isEmpty())
            line += QStringLiteral("  ") + shown;
    }
    if (line.size() > kMaxWidth)
        line = line.left(kMaxWidth - 1) + QChar(0x2026);
    m_ctx.out << '\r' << line.leftJustified(m_width) << Qt::flush;
    m_width = line.size();
}

void ProgressLine::done()
{
    if (m_ctx.interactive && m_width > 0) {
        m_ctx.out << '\r' << QString(m_width, QLatin1Char(' ')) << '\r' << Qt::flush;
        m_width = 0;
    }
}

} // namespace Coffre
