#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QSettings;

namespace Coffre {

struct FichierConfig;

// The user's preferences, in configDir()/coffre.conf (INI): the desktop app's behaviour and
// the request pacing, which `coffre run` from cron honours too (it shares the account's
// request budget with the app). The API key is never stored here. The file is re-read by
// every instance, so the app and the CLI see each other's changes.
class Preferences
{
    Q_DECLARE_TR_FUNCTIONS(Preferences)
public:
    static constexpr int DefaultRequestSpacingMs = 500;
    static constexpr int MaxRequestSpacingMs = 10000;

    explicit Preferences(const QString &file = {});
    ~Preferences();
    static QString defaultFilePath();
    QString filePath() const;

    // Time between the starts of two requests to 1fichier. Never below the client's floor
    // (FichierConfig::kMinSpacingFloorMs, the documented 3 requests/s), whatever the file says.
    int requestSpacingMs() const;
    void setRequestSpacingMs(int ms);
    static int minRequestSpacingMs();
    // Puts the pacing into a client configuration.
    void applyTo(FichierConfig &config) const;

    // Closing the window keeps Coffre in the tray (default on).
    bool closeToTray() const;
    void setCloseToTray(bool on);
    // Tray notifications for failed and overdue profiles, repeated daily (default on).
    bool remindAttention() const;
    void setRemindAttention(bool on);

    // Writes pending changes; false (with errorString()) when the file cannot be written.
    bool sync();
    QString errorString() const { return m_error; }

private:
    std::unique_ptr<QSettings> m_settings;
    QString m_error;
    bool m_changed = false;
};

} // namespace Coffre
