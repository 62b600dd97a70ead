// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace webcare::util {

// What one workstation remembers between runs (QSettings: the user's settings file), typed, so that no settings key
// is spelled in more than one place. What the whole team shares lives in the case store (team settings) instead; the
// team database and the telephony link keep their own typed settings (accounts::TeamDatabaseSettings,
// telephony::TelephonyConfig). Never a secret: those are in the keychain.
namespace workstation {

// The interface language ("nl", "en"); `fallback` when never chosen.
QString language(const QString &fallback);
void setLanguage(const QString &language);

// The agent's login as set for this workstation; empty when not set. The team's voice, the agent's signature
// and the knowledge base are the team's configuration, in the case store (config/).
QString agentLogin();

} // namespace workstation
} // namespace webcare::util
