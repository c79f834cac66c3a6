#pragma once

#include <QLocale>
#include <QString>

namespace Coffre {

// Puts the user's language on the running application: Coffre's own strings and Qt's
// (dialog buttons, QCommandLineParser), both from .qm files embedded under :/i18n.
class Translations
{
public:
    // Installs the translators for the first of `locale`'s UI languages that Coffre has a
    // translation for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG for the system locale). Returns
    // that language ("fr"), or an empty string when Coffre stays in English. Needs a
    // QCoreApplication; call it once, before any text is shown.
    static QString install(const QLocale &locale = QLocale());

    // Where the embedded .qm files live (`coffre_<lang>.qm`, `qtbase_<lang>.qm`).
    static QString resourceDir();
};

} // namespace Coffre
