// SPDX-License-Identifier: MIT
#include "triage/triagestate.h"
#include "store/caserepository.h"

#include <algorithm>

namespace webcare::triage {

Expected<int, store::StoreError> decideCases(store::CaseStore &store, TriageState &state, const QList<qint64> &cases,
                                             Decision decision, std::optional<Category> chosen, const QString &agent)
{
    Triager *triager = state.get(store);
    if (!triager)
        return 0;
    int decided = 0;
    for (qint64 caseId : cases) {
        auto posts = store.cases().conversation(caseId);
        if (!posts)
            return unexpected(posts.error());
        const auto latest =
            std::find_if(posts->crbegin(), posts->crend(), [](const domain::Post &p) { return !p.fromOwnAccount; });
        if (latest == posts->crend())
            continue;
        const PostInput input = PostInput::from(*latest);
        const Category category = chosen ? *chosen : triager->suggest(input).category;
        WEBCARE_TRY(recordDecision(store, *triager, caseId, latest->id, input, decision, category, agent));
        ++decided;
    }
    return decided;
}

QList<store::RelatedCase> openConcerns(const QList<store::RelatedCase> &otherCases)
{
    QList<store::RelatedCase> out;
    for (const store::RelatedCase &c : otherCases) {
        const bool waiting =
            c.state == domain::CaseState::NeedsReply || c.state == domain::CaseState::WaitingOnDepartment;
        const bool asked =
            c.category == categoryKey(Category::Complaint) || c.category == categoryKey(Category::Question);
        if (domain::isOpen(c.state) && (waiting || asked))
            out << c;
    }
    return out;
}

} // namespace webcare::triage
