// SPDX-License-Identifier: MIT
#include "util/workstationsettings.h"

#include <QSettings>

namespace webcare::util::workstation {

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString loginKey = QStringLiteral("agent/login");
} // namespace

QString language(const QString &fallback) { return QSettings().value(languageKey, fallback).toString(); }
void setLanguage(const QString &language) { QSettings().setValue(languageKey, language); }

QString agentLogin() { return QSettings().value(loginKey).toString(); }

} // namespace webcare::util::workstation
