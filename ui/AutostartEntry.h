#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Coffre {

// "Start Coffre at login": an XDG autostart entry (freedesktop Desktop Application
// Autostart spec) in $XDG_CONFIG_HOME/autostart/, named after the app's desktop file so it
// overrides a system-wide one. The file itself is the setting: enabled while it exists and
// is not marked Hidden. It starts `coffre --hidden`, which opens only the tray icon (the
// window when there is no tray).
class AutostartEntry
{
    Q_DECLARE_TR_FUNCTIONS(AutostartEntry)
public:
    static constexpr char FileName[] = "io.github.coffre_backup.Coffre.desktop";

    // `dir`: the autostart folder; default $XDG_CONFIG_HOME/autostart.
    explicit AutostartEntry(const QString &dir = {});
    static QString defaultDirectory();
    QString filePath() const;

    bool isEnabled() const;
    // Writes the entry for `program` (default: this executable); false with errorString().
    bool enable(const QString &program = {});
    // Removes the entry; true when there is none afterwards.
    bool disable();
    QString errorString() const { return m_error; }

    // The text of the entry, and the Exec= value with the spec's quoting: an argument with
    // a reserved character goes in double quotes with `"`, `` ` ``, `$` and `\` escaped,
    // `%` is doubled, and the value's own backslashes are escaped once more.
    static QByteArray contents(const QString &program);
    static QString execValue(const QStringList &arguments);

private:
    QString m_dir;
    QString m_error;
};

} // namespace Coffre
