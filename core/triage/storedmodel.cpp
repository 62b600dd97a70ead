// SPDX-License-Identifier: MIT
#include "storedmodel.h"
#include "store/accountrepository.h"
#include "store/triagerepository.h"

namespace webcare::triage {

Expected<TeamSettings, store::StoreError> loadTeamSettings(store::CaseStore &store)
{
    TeamSettings s;
    auto own = store.accounts().ownAccounts();
    if (!own)
        return unexpected(own.error());
    for (const store::OwnAccount &a : std::as_const(*own)) {
        QString handle = a.handle.startsWith(QLatin1Char('@')) ? a.handle.mid(1) : a.handle;
        // Facebook names a Page by its name: that is how its posts are signed.
        s.ownHandles << (handle.isEmpty() ? a.displayName : handle);
    }
    s.ownHandles.removeDuplicates();
    auto brand = store.triage().triageTerms(brandTermKind);
    auto campaign = store.triage().triageTerms(campaignTermKind);
    auto employees = store.triage().triageTerms(employeeTermKind);
    if (!brand)
        return unexpected(brand.error());
    if (!campaign)
        return unexpected(campaign.error());
    if (!employees)
        return unexpected(employees.error());
    s.brandTerms = *brand;
    s.campaignTerms = *campaign;
    s.employees = *employees;
    return s;
}

Expected<Triager, store::StoreError> loadTriager(store::CaseStore &store)
{
    auto settings = loadTeamSettings(store);
    if (!settings)
        return unexpected(settings.error());
    auto counts = store.triage().triageModel();
    if (!counts)
        return unexpected(counts.error());
    Triager triager(*settings);
    triager.addCounts(*counts);
    return triager;
}

Expected<void, store::StoreError> recordDecision(store::CaseStore &store, Triager &triager, qint64 caseId,
                                                 qint64 postId, const PostInput &post, Decision decision,
                                                 Category category, const QString &agent)
{
    const ModelCounts learned = triager.countsFor(post, decision, category);
    store::TriageDecisionRecord record{caseId, postId, decisionKey(decision), categoryKey(category), agent, {}};
    if (auto r = store.triage().recordTriageDecision(record, learned); !r)
        return r;
    // Only once stored: memory never knows a decision the team's model does not.
    triager.addCounts(learned);
    return {};
}

} // namespace webcare::triage
