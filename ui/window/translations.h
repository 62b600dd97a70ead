// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

namespace webcare::ui {

// The interface language: Dutch first, English second. Chosen from the system locale unless the agent picked one;
// switching at run time sends a LanguageChange event to every widget.
class Translations final : public QObject {
    Q_OBJECT
public:
    explicit Translations(QObject *parent = nullptr);

    static QStringList available() { return {QStringLiteral("nl"), QStringLiteral("en")}; }
    // "nl" or "en"; anything else falls back to Dutch.
    static QString languageFor(const QString &localeName);
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};

} // namespace webcare::ui
