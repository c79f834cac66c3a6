#include "Icons.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

namespace Coffre::Icons {

void setUpTheme()
{
    // Outside a desktop session (Xvfb, a bare window manager) Qt has no theme: use Adwaita
    // when it is there rather than falling back to the style's old pixmaps.
    const QString current = QIcon::themeName();
    if (!current.isEmpty() && current != QLatin1String("hicolor"))
        return;
    const QString adwaita = QStandardPaths::locate(
        QStandardPaths::GenericDataLocation, QStringLiteral("icons/Adwaita/index.theme"));
    if (!adwaita.isEmpty())
        QIcon::setThemeName(QStringLiteral("Adwaita"));
}

QIcon themed(std::initializer_list<const char *> names, QStyle::StandardPixmap fallback)
{
    for (const char *name : names) {
        const QString id = QString::fromLatin1(name);
        if (QIcon::hasThemeIcon(id))
            return QIcon::fromTheme(id);
    }
    return QApplication::style()->standardIcon(fallback);
}

// Standard freedesktop names first; the others are what Breeze and Adwaita call the same idea.
QIcon backUp()
{
    return themed({"document-save"}, QStyle::SP_DialogSaveButton);
}
QIcon cancel()
{
    return themed({"process-stop"}, QStyle::SP_BrowserStop);
}
QIcon newProfile()
{
    return themed({"list-add"}, QStyle::SP_FileDialogNewFolder);
}
QIcon edit()
{
    return themed({"document-edit", "accessories-text-editor", "document-properties"},
        QStyle::SP_FileDialogDetailedView);
}
QIcon remove()
{
    return themed({"edit-delete"}, QStyle::SP_TrashIcon);
}
QIcon browse()
{
    return themed({"folder-remote", "folder-cloud"}, QStyle::SP_DriveNetIcon);
}
QIcon history()
{
    return themed({"document-open-recent"}, QStyle::SP_FileDialogInfoView);
}
QIcon settings()
{
    return themed({"preferences-system", "configure"}, QStyle::SP_ComputerIcon);
}
QIcon pause()
{
    return themed({"media-playback-pause"}, QStyle::SP_MediaPause);
}
QIcon restore()
{
    return themed({"document-revert"}, QStyle::SP_ArrowDown);
}
QIcon pin()
{
    return themed({"window-pin", "changes-prevent"}, QStyle::SP_DialogApplyButton);
}
QIcon openLink()
{
    return themed({"internet-web-browser", "emblem-web", "web-browser"}, QStyle::SP_DirLinkIcon);
}
QIcon refresh()
{
    return themed({"view-refresh"}, QStyle::SP_BrowserReload);
}
QIcon snooze()
{
    return themed({"appointment-soon", "alarm-symbolic"}, QStyle::SP_MessageBoxInformation);
}
QIcon quit()
{
    return themed({"application-exit"}, QStyle::SP_DialogCloseButton);
}
QIcon about()
{
    return themed({"help-about"}, QStyle::SP_MessageBoxInformation);
}
QIcon folder()
{
    return themed({"folder"}, QStyle::SP_DirIcon);
}
QIcon ok()
{
    return themed({"emblem-default", "dialog-ok"}, QStyle::SP_DialogApplyButton);
}
QIcon error()
{
    return themed({"dialog-error"}, QStyle::SP_MessageBoxCritical);
}
QIcon warning()
{
    return themed({"dialog-warning"}, QStyle::SP_MessageBoxWarning);
}

} // namespace Coffre::Icons
