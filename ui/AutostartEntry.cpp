#include "AutostartEntry.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Coffre {

AutostartEntry::AutostartEntry(const QString &dir) : m_dir(dir.isEmpty() ? defaultDirectory() : dir)
{ }

QString AutostartEntry::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QLatin1String("/autostart");
}

QString AutostartEntry::filePath() const
{
    return QDir(m_dir).filePath(QLatin1String(FileName));
}

bool AutostartEntry::isEnabled() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // A desktop environment's own "disable" writes Hidden=true rather than deleting.
    const QList<QByteArray> lines = file.readAll().split('\n');
    return std::none_of(lines.cbegin(), lines.cend(),
        [](const QByteArray &line) { return line.trimmed().toLower() == "hidden=true"; });
}

QString AutostartEntry::execValue(const QStringList &arguments)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QStringList parts;
    for (const QString &arg : arguments) {
        QString quoted = arg;
        quoted.replace(u'%', QLatin1String("%%"));
        const bool needsQuotes = arg.isEmpty()
            || std::any_of(arg.cbegin(), arg.cend(), [](QChar c) { return reserved.contains(c); });
        if (needsQuotes) {
            QString inner;
            for (const QChar c : std::as_const(quoted)) {
                if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                    inner += u'\\';
                inner += c;
            }
            quoted = u'"' + inner + u'"';
        }
        parts << quoted;
    }
    // The Exec value is itself a "string" value whose backslashes are escapes.
    return parts.join(u' ').replace(u'\\', QLatin1String("\\\\"));
}

QByteArray AutostartEntry::contents(const QString &program)
{
    const QString exec = execValue({program, QStringLiteral("--hidden")});
    QString text;
    text += QLatin1String("[Desktop Entry]\n");
    text += QLatin1String("Type=Application\n");
    text += QLatin1String("Name=Coffre\n");
    text += QLatin1String("Comment=") + tr("Back up your folders to 1fichier on schedule") + u'\n';
    text += QLatin1String("Exec=") + exec + u'\n';
    text += QLatin1String("Icon=io.github.coffre_backup.Coffre\n");
    text += QLatin1String("Terminal=false\n");
    text += QLatin1String("X-GNOME-Autostart-enabled=true\n");
    return text.toUtf8();
}

bool AutostartEntry::enable(const QString &program)
{
    m_error.clear();
    const QString exe = program.isEmpty() ? QCoreApplication::applicationFilePath() : program;
    if (!QDir().mkpath(m_dir)) {
        m_error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_dir));
        return false;
    }
    const QByteArray data = contents(exe);
    QSaveFile file(filePath());
    // Unbuffered: Qt 6.4's QSaveFile::commit() hides a short buffered write.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(data) != data.size()) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(filePath()), file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(filePath()), file.errorString());
        return false;
    }
    qCInfo(lcUi) << "start at login: wrote" << filePath();
    return true;
}

bool AutostartEntry::disable()
{
    m_error.clear();
    QFile file(filePath());
    if (!file.exists())
        return true;
    if (!file.remove()) {
        m_error = tr("Cannot remove %1: %2").arg(QDir::toNativeSeparators(filePath()), file.errorString());
        return false;
    }
    qCInfo(lcUi) << "start at login: removed" << filePath();
    return true;
}

} // namespace Coffre
