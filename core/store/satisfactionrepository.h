// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "storeconnection.h"

#include <QStringList>
#include <optional>

namespace webcare::store {

// A customer's answer to the satisfaction survey: a score 1–5 and/or a Net Promoter answer 0–10.
struct SatisfactionRecord {
    qint64 caseId = 0;
    std::optional<int> score;
    std::optional<int> nps;
    QString comment;
    QDateTime at; // now when invalid
};

// Customer satisfaction survey answers.
class SatisfactionRepository final : Repository {
public:
    using Repository::Repository;

    // Customer satisfaction: stores the answer with an audit event, in one transaction.
    // A score outside 1–5, an NPS answer outside 0–10 or neither given is refused.
    Expected<qint64, StoreError> recordSatisfaction(const SatisfactionRecord &record, const QString &actor);
    Expected<QList<SatisfactionRecord>, StoreError> satisfaction(qint64 caseId);
};

} // namespace webcare::store
