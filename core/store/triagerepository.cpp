// SPDX-License-Identifier: MIT
// Triage: the agents' decisions, the shared model's counts and the team's rule words.
#include "triagerepository.h"
#include "store/sqlsupport.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace webcare::store {

using namespace sql;

using namespace domain;

Expected<void, StoreError> TriageRepository::mergeTriageCounts(const TriageCounts &delta)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO triage_model (label, feature, occurrences) VALUES (?, ?, ?) "
                             "ON CONFLICT (label, feature) DO UPDATE SET occurrences = "
                             "triage_model.occurrences + excluded.occurrences"));
    for (auto row = delta.cbegin(); row != delta.cend(); ++row) {
        for (auto f = row.value().cbegin(); f != row.value().cend(); ++f) {
            q.addBindValue(row.key());
            q.addBindValue(text(f.key()));
            q.addBindValue(f.value());
            if (!q.exec())
                return unexpected(error(q.lastError()));
        }
    }
    return {};
}

Expected<void, StoreError> TriageRepository::recordTriageDecision(const TriageDecisionRecord &record,
                                                                  const TriageCounts &learned)
{
    auto fail = [this](const StoreError &e) -> Expected<void, StoreError> {
        rollback();
        return unexpected(e);
    };
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT state, sla_due_at, channel, category FROM cases WHERE id = ?"));
    q.addBindValue(record.caseId);
    if (!q.exec())
        return fail(error(q.lastError()));
    if (!q.next())
        return fail(StoreError{StoreError::Kind::NotFound, location().displayName(),
                               QStringLiteral("case %1").arg(record.caseId)});
    const QString fromKey = q.value(0).toString();
    QVariant due = q.value(1);
    const Channel channel = channelFromKey(q.value(2).toString()).value_or(Channel::X);
    const QString fromCategory = q.value(3).toString();
    q.finish();
    // A category with its own SLA target (a complaint within four working hours …) moves the due time.
    if (!due.isNull() && fromCategory != record.category) {
        const QDateTime moved = sla().dueAfterRecategorising(channel, fromCategory, record.category, fromMs(due));
        if (moved.isValid())
            due = toMs(moved);
    }
    const CaseState from = caseStateFromKey(fromKey).value_or(CaseState::New);
    CaseState to = from;
    if (record.decision == QLatin1String("no_action") && (from == CaseState::New || from == CaseState::NeedsReply))
        to = CaseState::NoAction;
    else if (record.decision == QLatin1String("reply") && (from == CaseState::New || from == CaseState::NoAction))
        to = CaseState::NeedsReply;
    const qint64 at = record.at.isValid() ? toMs(record.at) : QDateTime::currentMSecsSinceEpoch();

    if (auto r =
            execute(QStringLiteral("INSERT INTO triage_decisions (case_id, post_id, decision, category, agent, "
                                   "decided_at) VALUES (?, ?, ?, ?, ?, ?)"),
                    {record.caseId, record.postId ? QVariant(record.postId) : QVariant(QMetaType(QMetaType::LongLong)),
                     text(record.decision), text(record.category), text(record.agent), at});
        !r)
        return fail(r.error());
    const bool open = isOpen(to);
    if (auto r = execute(
            QStringLiteral("UPDATE cases SET category = ?, state = ?, sla_due_at = ?, due_key = ? WHERE id = ?"),
            {text(record.category), caseStateKey(to), due.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : due,
             open && !due.isNull() ? due.toLongLong() : noDueKey, record.caseId});
        !r)
        return fail(r.error());
    if (auto r = execute(insertAuditSql(), {record.caseId, text(record.agent), QStringLiteral("case.triage"),
                                            QString(record.decision + QStringLiteral(" · ") + record.category), at});
        !r)
        return fail(r.error());
    if (to != from) {
        if (auto r = execute(insertAuditSql(), {record.caseId, text(record.agent), QStringLiteral("case.state"),
                                                QString(fromKey + QStringLiteral(" → ") + caseStateKey(to)), at});
            !r)
            return fail(r.error());
    }
    if (auto r = mergeTriageCounts(learned); !r)
        return fail(r.error());
    return commit();
}

Expected<QList<TriageDecisionRecord>, StoreError> TriageRepository::triageDecisions(qint64 caseId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT case_id, post_id, decision, category, agent, decided_at FROM triage_decisions "
                             "WHERE case_id = ? ORDER BY decided_at, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    QList<TriageDecisionRecord> out;
    while (q.next()) {
        out << TriageDecisionRecord{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                    q.value(3).toString(),   q.value(4).toString(),   fromMs(q.value(5))};
    }
    return out;
}

Expected<TriageCounts, StoreError> TriageRepository::triageModel()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT label, feature, occurrences FROM triage_model")))
        return unexpected(error(q.lastError()));
    TriageCounts counts;
    while (q.next())
        counts[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toLongLong());
    return counts;
}

Expected<void, StoreError> TriageRepository::addTriageCounts(const TriageCounts &delta)
{
    if (auto r = begin(); !r)
        return r;
    if (auto r = mergeTriageCounts(delta); !r) {
        rollback();
        return r;
    }
    return commit();
}

Expected<QStringList, StoreError> TriageRepository::triageTerms(const QString &kind)
{
    QSqlQuery q(db());
    // A campaign word counts until its end date (ISO dates compare as text).
    q.prepare(QStringLiteral("SELECT term FROM triage_terms WHERE kind = ? AND (until_date = '' OR until_date >= ?) "
                             "ORDER BY term"));
    q.addBindValue(kind);
    q.addBindValue(QDate::currentDate().toString(Qt::ISODate));
    if (!q.exec())
        return unexpected(error(q.lastError()));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Expected<void, StoreError> TriageRepository::setTriageTerms(const QString &kind, const QStringList &terms)
{
    if (auto r = begin(); !r)
        return r;
    if (auto r = execute(QStringLiteral("DELETE FROM triage_terms WHERE kind = ?"), {kind}); !r) {
        rollback();
        return r;
    }
    QStringList unique = terms;
    unique.removeDuplicates();
    for (const QString &term : std::as_const(unique)) {
        if (term.trimmed().isEmpty())
            continue;
        if (auto r = execute(QStringLiteral("INSERT INTO triage_terms (kind, term) VALUES (?, ?) "
                                            "ON CONFLICT (kind, term) DO NOTHING"),
                             {kind, term.trimmed()});
            !r) {
            rollback();
            return r;
        }
    }
    return commit();
}

} // namespace webcare::store
