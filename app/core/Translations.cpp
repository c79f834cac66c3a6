#include "core/Translations.h"

#include "core/EnglishPlurals.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace Coffre {

QString Translations::resourceDir()
{
    return QStringLiteral(":/i18n");
}

QString Translations::install(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return {};
    // The English plural forms go in first: Qt asks the translator installed last first, so
    // the language's own plurals win. Installed after it (by a DesktopApp built later, say),
    // they would turn every "%n" sentence of a French window back into English.
    installEnglishPlurals();
    auto coffre = std::make_unique<QTranslator>(app);
    // English is the source language: no coffre_en.qm, so an English locale loads nothing.
    if (!coffre->load(locale, QStringLiteral("coffre"), QStringLiteral("_"), resourceDir())) {
        qCDebug(lcCore) << "no translation for" << locale.uiLanguages();
        return {};
    }
    const QString language = coffre->language();
    QCoreApplication::installTranslator(coffre.release());

    // Qt's own strings in the same language as Coffre's, never another one from further
    // down LANGUAGE: a window is in one language. The embedded copy is the one this build
    // was made with; the system's covers a language Coffre adds later without embedding Qt's.
    const QLocale chosen(language);
    auto qt = std::make_unique<QTranslator>(app);
    if (qt->load(chosen, QStringLiteral("qtbase"), QStringLiteral("_"), resourceDir())
        || qt->load(chosen, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.release());
    } else {
        qCDebug(lcCore) << "no Qt translation for" << language;
    }
    qCDebug(lcCore) << "translated into" << language;
    return language;
}

} // namespace Coffre
