// SPDX-License-Identifier: MIT
#include "window/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace webcare::ui {

Translations::Translations(QObject *parent)
    : QObject(parent)
{}

QString Translations::languageFor(const QString &localeName)
{
    const QString lang = localeName.left(2).toLower();
    return available().contains(lang) ? lang : QStringLiteral("nl");
}

bool Translations::setLanguage(const QString &language)
{
    const QString lang = languageFor(language);
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    // Source strings are English; Dutch comes from the compiled catalogue in the resources.
    const bool loaded = m_app.load(QStringLiteral(":/i18n/webcaredesk_") + lang);
    if (loaded)
        QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_language = lang;
    QLocale::setDefault(QLocale(lang == QLatin1String("nl") ? QStringLiteral("nl_NL") : QStringLiteral("en_GB")));
    return loaded || lang == QLatin1String("en");
}

} // namespace webcare::ui
