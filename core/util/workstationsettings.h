// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace webcare::util {

// What one workstation remembers between runs (QSettings: the user's settings file), typed, so that no settings key
// is spelled in more than one place. What the whole team shares lives in the case store (team settings) instead; the
// team database and the telephony link keep their own typed settings (accounts::TeamDatabaseSettings,
// telephony::TelephonyConfig). Never a secret: those are in the keychain.
namespace workstation {

// The interface language ("nl", "en"); `fallback` when never chosen.
QString language(const QString &fallback);
void setLanguage(const QString &language);

// The agent's login as set for this workstation; empty when not set.
QString agentLogin();

// The agent's signature ("^JB"); empty when not set.
QString agentSignature();
void setAgentSignature(const QString &signature);

// The team's form of address ("je" or "u") and approved sources, read from this workstation until the team's own
// configuration is kept in the case store.
QString addressStyleKey();
void setAddressStyleKey(const QString &key);
QStringList approvedSources();

} // namespace workstation
} // namespace webcare::util
