// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "storeconnection.h"

#include <QStringList>
#include <optional>

namespace webcare::store {

// Triage: one agent's decision on a post (or on a case as a whole when postId is 0). Decision and category are
// the keys of triage/labels.h ("reply" / "no_action", "question", "complaint" …).
struct TriageDecisionRecord {
    qint64 caseId = 0;
    qint64 postId = 0;
    QString decision;
    QString category;
    QString agent;
    QDateTime at; // now when invalid
};
// The triage model's counts: label → feature → occurrences (the same shape as triage::ModelCounts).
using TriageCounts = QHash<QString, QHash<QString, qint64>>;

// Triage decisions, the shared model's counts and the team's rule words.
class TriageRepository final : Repository {
public:
    using Repository::Repository;

    // Triage. Records an agent's decision in one transaction with everything it implies: the decision row, the
    // case's category, the case state ("no_action" closes a new or needs-reply case; "reply" moves a new or
    // no-action case to needs-reply; cases waiting on a department or resolved keep their state), an audit event,
    // and the counts the model learned from it (`learned`, from triage::Triager::learn), so the team's shared model
    // never misses a decision.
    Expected<void, StoreError> recordTriageDecision(const TriageDecisionRecord &record, const TriageCounts &learned);
    Expected<QList<TriageDecisionRecord>, StoreError> triageDecisions(qint64 caseId);
    // The whole model, to load at start.
    Expected<TriageCounts, StoreError> triageModel();
    // Adds counts (e.g. training on labelled posts) in one transaction.
    Expected<void, StoreError> addTriageCounts(const TriageCounts &delta);
    // The team's rule words by kind ("brand", "campaign", "employee") that count today (a campaign's end date not
    // passed), sorted.
    Expected<QStringList, StoreError> triageTerms(const QString &kind);
    Expected<void, StoreError> setTriageTerms(const QString &kind, const QStringList &terms);

private:
    Expected<void, StoreError> mergeTriageCounts(const TriageCounts &delta);
};

} // namespace webcare::store
