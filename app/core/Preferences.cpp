#include "core/Preferences.h"

#include "core/AppPaths.h"
#include "fichier/FichierConfig.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace Coffre {

namespace {
const QString kRequestSpacing = QStringLiteral("network/requestSpacingMs");
const QString kCloseToTray = QStringLiteral("ui/closeToTray");
const QString kRemindAttention = QStringLiteral("ui/remindAttention");
} // namespace

Preferences::Preferences(const QString &file)
    : m_settings(std::make_unique<QSettings>(file.isEmpty() ? defaultFilePath() : file, QSettings::IniFormat))
{ }

Preferences::~Preferences()
{
    // Readers (every `coffre run`) write nothing and create no folder.
    if (m_changed)
        sync();
}

QString Preferences::defaultFilePath()
{
    return AppPaths::configDir() + QLatin1String("/coffre.conf");
}

QString Preferences::filePath() const
{
    return m_settings->fileName();
}

int Preferences::minRequestSpacingMs()
{
    return FichierConfig::kMinSpacingFloorMs;
}

int Preferences::requestSpacingMs() const
{
    bool ok = false;
    const int ms = m_settings->value(kRequestSpacing, DefaultRequestSpacingMs).toInt(&ok);
    return ok ? std::clamp(ms, minRequestSpacingMs(), MaxRequestSpacingMs) : DefaultRequestSpacingMs;
}

void Preferences::setRequestSpacingMs(int ms)
{
    m_settings->setValue(kRequestSpacing, std::clamp(ms, minRequestSpacingMs(), MaxRequestSpacingMs));
    m_changed = true;
}

void Preferences::applyTo(FichierConfig &config) const
{
    config.minSpacingMs = requestSpacingMs();
}

bool Preferences::closeToTray() const
{
    return m_settings->value(kCloseToTray, true).toBool();
}

void Preferences::setCloseToTray(bool on)
{
    m_settings->setValue(kCloseToTray, on);
    m_changed = true;
}

bool Preferences::remindAttention() const
{
    return m_settings->value(kRemindAttention, true).toBool();
}

void Preferences::setRemindAttention(bool on)
{
    m_settings->setValue(kRemindAttention, on);
    m_changed = true;
}

bool Preferences::sync()
{
    // The folder also holds profiles.json: owner-only, as ProfileStore makes it.
    AppPaths::ensurePrivateDir(QFileInfo(m_settings->fileName()).absolutePath());
    m_settings->sync();
    m_changed = false;
    if (m_settings->status() != QSettings::NoError) {
        m_error = tr("Could not write %1.").arg(m_settings->fileName());
        return false;
    }
    return true;
}

} // namespace Coffre
