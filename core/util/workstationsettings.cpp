// SPDX-License-Identifier: MIT
#include "util/workstationsettings.h"

#include <QSettings>

namespace webcare::util::workstation {

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString loginKey = QStringLiteral("agent/login");
const QString signatureKey = QStringLiteral("agent/signature");
const QString styleKey = QStringLiteral("team/style");
const QString sourcesKey = QStringLiteral("team/sources");
} // namespace

QString language(const QString &fallback) { return QSettings().value(languageKey, fallback).toString(); }
void setLanguage(const QString &language) { QSettings().setValue(languageKey, language); }

QString agentLogin() { return QSettings().value(loginKey).toString(); }

QString agentSignature() { return QSettings().value(signatureKey).toString(); }
void setAgentSignature(const QString &signature)
{
    QSettings settings;
    if (signature.isEmpty())
        settings.remove(signatureKey);
    else
        settings.setValue(signatureKey, signature);
}

QString addressStyleKey() { return QSettings().value(styleKey, QStringLiteral("je")).toString(); }
void setAddressStyleKey(const QString &key) { QSettings().setValue(styleKey, key); }

QStringList approvedSources()
{
    return QSettings().value(sourcesKey, QStringList{QStringLiteral("https://www.duinzicht.example/")}).toStringList();
}

} // namespace webcare::util::workstation
