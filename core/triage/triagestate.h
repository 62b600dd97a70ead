// SPDX-License-Identifier: MIT
#pragma once

#include "store/casedetailsrepository.h"
#include "triage/storedmodel.h"

#include <memory>
#include <optional>

namespace webcare::triage {

// The team's triager (rules, team words and the learned model). It is loaded and used inside StoreService jobs
// only, which run one at a time on the store thread, so it needs no lock and the GUI thread never waits on it.
class TriageState {
public:
    triage::Triager *get(store::CaseStore &store)
    {
        if (!m_triager) {
            if (auto loaded = triage::loadTriager(store))
                m_triager = std::move(*loaded);
        }
        return m_triager ? &*m_triager : nullptr;
    }

private:
    std::optional<triage::Triager> m_triager;
};

// The agent's triage decision for cases of the inbox (one, or a bulk "no action"), each on its latest customer post:
// `chosen` is the agent's own category, else the model's suggestion for that post. Returns how many were decided.
// Runs on the store thread (a StoreService job).
Expected<int, store::StoreError> decideCases(store::CaseStore &store, TriageState &state, const QList<qint64> &cases,
                                             Decision decision, std::optional<Category> chosen, const QString &agent);

// The customer's other cases that still wait for the team: an open complaint or question, or a case an agent decided
// needs a reply (or that waits on a department). Shown on the case whatever the suggestion for this post says: a
// thanks from someone whose complaint is still open is not the end of it.
QList<store::RelatedCase> openConcerns(const QList<store::RelatedCase> &otherCases);

} // namespace webcare::triage
