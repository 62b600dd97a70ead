// SPDX-License-Identifier: MIT
#pragma once

#include "composer/tonecheck.h"
#include "domain/teamconfig.h"
#include "store/accountrepository.h"
#include "store/storeerror.h"
#include "util/expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace webcare::store {
class CaseStore;
}

namespace webcare::config {

// The whole team configuration of a store as JSON (`webcaredesk config export`).
Expected<QJsonObject, store::StoreError> exportConfiguration(store::CaseStore &store);
// Validates `json` and applies the sections it names in one transaction (`webcaredesk config import`): a problem
// in the file or in the store applies nothing. Returns the number of sections that changed (0: already so).
Expected<int, QStringList> importConfiguration(store::CaseStore &store, const QByteArray &json, const QString &actor);

// The composer's checks as the team set them, for `login`: the form of address, the agent's signature and the
// convention for it, and the knowledge base's addresses.
void applyTeamVoice(composer::CheckContext &context, const domain::TeamConfiguration &config, const QString &login);
// The signature of `login` by the team's configuration (their own, else the convention's).
QString signatureOf(const domain::TeamConfiguration &config, const QString &login);

// The team's own handles as the anonymiser and the triage take them: a training replay keeps these as they are,
// whether or not the corpus holds posts by them.
QList<store::OwnAccount> ownAccountsOf(const domain::TeamConfiguration &config);

// Whether `login` may change the team configuration: supervisors, and anyone while the team has no supervisor yet
// (a new team setting itself up). In team mode the database roles enforce this as well (scripts/team-roles.sql).
bool mayEditConfiguration(const domain::TeamConfiguration &config, const QString &login);

// Templates checked as they will be sent: the placeholders filled with examples ({naam} "Anna", {agent} the
// convention's signature for "Jan Bakker", {bron} the source that fits), then the team's tone checks on the result.
QList<composer::Finding> checkTemplate(const domain::TextTemplate &t, const domain::TeamConfiguration &config,
                                       const composer::Speller *speller = nullptr);

} // namespace webcare::config
