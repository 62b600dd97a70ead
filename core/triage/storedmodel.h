// SPDX-License-Identifier: MIT
#pragma once

#include "store/casestore.h"
#include "triager.h"

// The triage model and the team's rule words as the case store keeps them, shared by every agent of the team.
namespace webcare::triage {

// Term kinds in the store's triage_terms table.
inline const QString brandTermKind = QStringLiteral("brand");
inline const QString campaignTermKind = QStringLiteral("campaign");
inline const QString employeeTermKind = QStringLiteral("employee");

// The rule words: brand names, campaign terms and colleagues from triage_terms, our own accounts from own_accounts.
Expected<TeamSettings, store::StoreError> loadTeamSettings(store::CaseStore &store);
// A triager with the store's settings and its learned counts.
Expected<Triager, store::StoreError> loadTriager(store::CaseStore &store);

// One agent's decision: the model in memory learns it, and the store records it with the counts it added (and
// updates the case, see CaseStore::recordTriageDecision).
Expected<void, store::StoreError> recordDecision(store::CaseStore &store, Triager &triager, qint64 caseId,
                                                 qint64 postId, const PostInput &post, Decision decision,
                                                 Category category, const QString &agent);

} // namespace webcare::triage
