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

} // namespace webcare::triage
