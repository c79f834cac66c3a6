#pragma once

#include <QIcon>
#include <QStyle>

#include <initializer_list>

// The action icons of the windows: the desktop's icon theme (freedesktop names) so Coffre
// looks native, else Adwaita's when it is installed (GTK pulls it in, and it gives the
// screenshots under Xvfb real icons), else the Qt style's own pixmaps.
namespace Coffre::Icons {

// Call once after QApplication exists.
void setUpTheme();

// The first of `names` the theme has, else the style's `fallback`.
QIcon themed(std::initializer_list<const char *> names, QStyle::StandardPixmap fallback);

QIcon backUp();
QIcon cancel();
QIcon newProfile();
QIcon edit();
QIcon remove();
QIcon browse();
QIcon history();
QIcon settings();
QIcon pause();
QIcon restore();
QIcon pin();
QIcon openLink();
QIcon refresh();
QIcon snooze();
QIcon quit();
QIcon about();
QIcon folder();
// Results: verified, failed, a warning (not verified), cancelled.
QIcon ok();
QIcon error();
QIcon warning();

} // namespace Coffre::Icons
