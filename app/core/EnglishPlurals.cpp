#include "core/EnglishPlurals.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Coffre {

void installEnglishPlurals()
{
    static QTranslator *installed = nullptr;
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || (installed && installed->parent() == app))
        return;
    auto *translator = new QTranslator(app);
    if (!translator->load(QStringLiteral(":/plurals/coffre_en.qm"))) {
        qCWarning(lcCore) << "the English plural forms are missing from this build";
        delete translator;
        return;
    }
    QCoreApplication::installTranslator(translator);
    installed = translator;
}

} // namespace Coffre
