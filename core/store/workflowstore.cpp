// SPDX-License-Identifier: MIT
// The workflow part of the case store: departments and escalations, follow-ups, the agents' state log and case
// assignment.
#include "casestore.h"
#include "store/sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

namespace webcare::store {

using namespace sql;

using namespace domain;

namespace {

// A client heartbeats every minute or so; one silent for longer than this has crashed or lost its connection.
constexpr qint64 heartbeatStaleMs = 5 * 60 * 1000;

qint64 msOr(const QDateTime &t, qint64 fallback) { return t.isValid() ? t.toMSecsSinceEpoch() : fallback; }
const QString departmentColumns =
    QStringLiteral("id, name, contact_name, contact_address, backup_name, backup_address, working_hours, "
                   "contact_absent, internal_sla_hours");

Department departmentFromQuery(const QSqlQuery &q, int at = 0)
{
    Department d;
    d.id = q.value(at).toLongLong();
    d.name = q.value(at + 1).toString();
    d.contactName = q.value(at + 2).toString();
    d.contactAddress = q.value(at + 3).toString();
    d.backupName = q.value(at + 4).toString();
    d.backupAddress = q.value(at + 5).toString();
    d.workingHours = q.value(at + 6).toString();
    d.contactAbsent = q.value(at + 7).toInt() != 0;
    d.internalSlaHours = q.value(at + 8).toInt();
    return d;
}

const QString escalationColumns =
    QStringLiteral("e.id, e.case_id, e.department_id, e.question, e.category, e.addressee_name, e.addressee_address, "
                   "e.escalated_by, e.escalated_at, e.due_at, e.answer, e.answered_by, e.answered_at");

Escalation escalationFromQuery(const QSqlQuery &q)
{
    Escalation e;
    e.id = q.value(0).toLongLong();
    e.caseId = q.value(1).toLongLong();
    e.departmentId = q.value(2).toLongLong();
    e.question = q.value(3).toString();
    e.category = q.value(4).toString();
    e.addresseeName = q.value(5).toString();
    e.addresseeAddress = q.value(6).toString();
    e.escalatedBy = q.value(7).toString();
    e.escalatedAt = fromMs(q.value(8));
    e.dueAt = fromMs(q.value(9));
    e.answer = q.value(10).toString();
    e.answeredBy = q.value(11).toString();
    e.answeredAt = fromMs(q.value(12));
    return e;
}

const QString followUpColumns = QStringLiteral("id, case_id, note, due_at, created_by, created_at, done_at, done_by");

FollowUp followUpFromQuery(const QSqlQuery &q)
{
    return FollowUp{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), fromMs(q.value(3)),
                    q.value(4).toString(),   fromMs(q.value(5)),      fromMs(q.value(6)),    q.value(7).toString()};
}

} // namespace

// ---- departments -----------------------------------------------------------------------------------------------

Expected<qint64, StoreError> CaseStore::addDepartment(const Department &d, const QString &actor)
{
    if (auto r = begin(); !r)
        return unexpected(r.error());
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("INSERT INTO departments (name, contact_name, contact_address, backup_name, "
                            "backup_address, working_hours, contact_absent, internal_sla_hours) VALUES (?, ?, ?, ?, "
                            "?, ?, ?, ?) RETURNING id"),
             {text(d.name), text(d.contactName), text(d.contactAddress), text(d.backupName), text(d.backupAddress),
              text(d.workingHours), d.contactAbsent ? 1 : 0, std::max(1, d.internalSlaHours)}) ||
        !q.next()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!run(q, insertAuditSql(),
             {nullInteger(), text(actor), QStringLiteral("department.added"), text(d.name), nowMs()})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    if (auto r = commit(); !r)
        return unexpected(r.error());
    return id;
}

Expected<void, StoreError> CaseStore::updateDepartment(const Department &d, const QString &actor)
{
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("UPDATE departments SET name = ?, contact_name = ?, contact_address = ?, backup_name = ?, "
                            "backup_address = ?, working_hours = ?, contact_absent = ?, internal_sla_hours = ? "
                            "WHERE id = ?"),
             {text(d.name), text(d.contactName), text(d.contactAddress), text(d.backupName), text(d.backupAddress),
              text(d.workingHours), d.contactAbsent ? 1 : 0, std::max(1, d.internalSlaHours), d.id})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    if (q.numRowsAffected() != 1) {
        rollback();
        return unexpected(StoreError{StoreError::Kind::NotFound, m_location.displayName(),
                                     QStringLiteral("department %1").arg(d.id)});
    }
    if (!run(q, insertAuditSql(),
             {nullInteger(), text(actor), QStringLiteral("department.changed"), text(d.name), nowMs()})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    return commit();
}

Expected<void, StoreError> CaseStore::setContactAbsent(qint64 departmentId, bool absent, const QString &actor)
{
    auto d = departmentById(departmentId);
    if (!d)
        return unexpected(d.error());
    d->contactAbsent = absent;
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("UPDATE departments SET contact_absent = ? WHERE id = ?"),
             {absent ? 1 : 0, departmentId}) ||
        !run(q, insertAuditSql(),
             {nullInteger(), text(actor), QStringLiteral("department.absence"),
              QString(d->name + QStringLiteral(" · ") + d->contactName +
                      (absent ? QStringLiteral(" absent → ") + d->addresseeName() : QStringLiteral(" present"))),
              nowMs()})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    return commit();
}

Expected<QList<Department>, StoreError> CaseStore::departments()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM departments ORDER BY name").arg(departmentColumns)))
        return unexpected(error(q.lastError()));
    QList<Department> out;
    while (q.next())
        out << departmentFromQuery(q);
    return out;
}

Expected<Department, StoreError> CaseStore::departmentById(qint64 departmentId)
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT %1 FROM departments WHERE id = ?").arg(departmentColumns), {departmentId}))
        return unexpected(error(q.lastError()));
    if (!q.next())
        return unexpected(StoreError{StoreError::Kind::NotFound, m_location.displayName(),
                                     QStringLiteral("department %1").arg(departmentId)});
    return departmentFromQuery(q);
}

// ---- escalation ------------------------------------------------------------------------------------------------

Expected<Escalation, StoreError> CaseStore::escalateCase(qint64 caseId, qint64 departmentId, const QString &question,
                                                         const QString &category, const QString &actor,
                                                         const QDateTime &atUtc)
{
    auto department = departmentById(departmentId);
    if (!department)
        return unexpected(department.error());
    const qint64 at = msOr(atUtc, nowMs());
    const QDateTime atTime = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
    Escalation e;
    e.caseId = caseId;
    e.departmentId = departmentId;
    e.question = question;
    e.category = category;
    e.addresseeName = department->addresseeName();
    e.addresseeAddress = department->addresseeAddress();
    e.escalatedBy = actor;
    e.escalatedAt = atTime;
    e.dueAt = m_sla->departmentDue(*department, atTime);

    if (auto r = begin(); !r)
        return unexpected(r.error());
    auto fail = [this](const StoreError &err) -> Expected<Escalation, StoreError> {
        rollback();
        return unexpected(err);
    };
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT state FROM cases WHERE id = ?"), {caseId}))
        return fail(error(q.lastError()));
    if (!q.next())
        return fail(
            StoreError{StoreError::Kind::NotFound, m_location.displayName(), QStringLiteral("case %1").arg(caseId)});
    const QString from = q.value(0).toString();
    q.finish();
    if (!run(q,
             QStringLiteral("INSERT INTO escalations (case_id, department_id, question, category, addressee_name, "
                            "addressee_address, escalated_by, escalated_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                            "?) RETURNING id"),
             {caseId, departmentId, text(question), text(category), text(e.addresseeName), text(e.addresseeAddress),
              text(actor), at, msOr(e.dueAt, at)}) ||
        !q.next())
        return fail(error(q.lastError()));
    e.id = q.value(0).toLongLong();
    q.finish();
    // The case stays with its webcare agent (assignee untouched) and in the SLA queue: webcare answers the customer.
    const QString to = caseStateKey(CaseState::WaitingOnDepartment);
    if (!run(q, QStringLiteral("UPDATE cases SET state = ? WHERE id = ?"), {to, caseId}))
        return fail(error(q.lastError()));
    if (!run(q, insertAuditSql(),
             {caseId, text(actor), QStringLiteral("case.escalated"),
              QString(department->name + QStringLiteral(" → ") + e.addresseeName + QStringLiteral(": ") + question),
              at}))
        return fail(error(q.lastError()));
    if (from != to &&
        !run(q, insertAuditSql(),
             {caseId, text(actor), QStringLiteral("case.state"), QString(from + QStringLiteral(" → ") + to), at}))
        return fail(error(q.lastError()));
    if (auto r = commit(); !r)
        return unexpected(r.error());
    return e;
}

Expected<void, StoreError> CaseStore::recordDepartmentAnswer(qint64 escalationId, const QString &answer,
                                                             const QString &actor, const QDateTime &atUtc)
{
    const qint64 at = msOr(atUtc, nowMs());
    if (auto r = begin(); !r)
        return r;
    auto fail = [this](const StoreError &err) -> Expected<void, StoreError> {
        rollback();
        return unexpected(err);
    };
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT case_id FROM escalations WHERE id = ?"), {escalationId}))
        return fail(error(q.lastError()));
    if (!q.next())
        return fail(StoreError{StoreError::Kind::NotFound, m_location.displayName(),
                               QStringLiteral("escalation %1").arg(escalationId)});
    const qint64 caseId = q.value(0).toLongLong();
    q.finish();
    if (!run(q,
             QStringLiteral("UPDATE escalations SET answer = ?, answered_by = ?, answered_at = ? WHERE id = ? AND "
                            "answered_at IS NULL"),
             {text(answer), text(actor), at, escalationId}))
        return fail(error(q.lastError()));
    if (q.numRowsAffected() != 1)
        return fail(StoreError{StoreError::Kind::Conflict, m_location.displayName(),
                               QStringLiteral("escalation %1 already answered").arg(escalationId)});
    if (!run(q, insertAuditSql(), {caseId, text(actor), QStringLiteral("case.department_answer"), text(answer), at}))
        return fail(error(q.lastError()));
    // Back to webcare once no question is open: the agent now answers the customer.
    if (!run(q,
             QStringLiteral("SELECT c.state, (SELECT count(*) FROM escalations e WHERE e.case_id = c.id AND "
                            "e.answered_at IS NULL) FROM cases c WHERE c.id = ?"),
             {caseId}) ||
        !q.next())
        return fail(error(q.lastError()));
    const QString from = q.value(0).toString();
    const qint64 stillOpen = q.value(1).toLongLong();
    q.finish();
    if (stillOpen == 0 && from == caseStateKey(CaseState::WaitingOnDepartment)) {
        const QString to = caseStateKey(CaseState::NeedsReply);
        if (!run(q, QStringLiteral("UPDATE cases SET state = ? WHERE id = ?"), {to, caseId}) ||
            !run(q, insertAuditSql(),
                 {caseId, text(actor), QStringLiteral("case.state"), QString(from + QStringLiteral(" → ") + to), at}))
            return fail(error(q.lastError()));
    }
    return commit();
}

Expected<QList<Escalation>, StoreError> CaseStore::escalations(qint64 caseId)
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT %1 FROM escalations e WHERE e.case_id = ? ORDER BY e.escalated_at, e.id")
                 .arg(escalationColumns),
             {caseId}))
        return unexpected(error(q.lastError()));
    QList<Escalation> out;
    while (q.next())
        out << escalationFromQuery(q);
    return out;
}

Expected<QList<EscalationReminder>, StoreError> CaseStore::lateEscalations(const QDateTime &nowUtc)
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT %1, d.id, d.name, d.contact_name, d.contact_address, d.backup_name, "
                            "d.backup_address, d.working_hours, d.contact_absent, d.internal_sla_hours "
                            "FROM escalations e JOIN departments d ON d.id = e.department_id "
                            "WHERE e.answered_at IS NULL AND e.due_at <= ? ORDER BY e.due_at, e.id")
                 .arg(escalationColumns),
             {msOr(nowUtc, nowMs())}))
        return unexpected(error(q.lastError()));
    QList<EscalationReminder> out;
    while (q.next()) {
        const Department d = departmentFromQuery(q, 13);
        out << EscalationReminder{escalationFromQuery(q), d.name, d.addresseeName(), d.addresseeAddress()};
    }
    return out;
}

// ---- follow-ups ------------------------------------------------------------------------------------------------

Expected<qint64, StoreError> CaseStore::addFollowUp(qint64 caseId, const QString &note, const QDateTime &dueUtc,
                                                    const QString &actor)
{
    if (auto r = begin(); !r)
        return unexpected(r.error());
    const qint64 now = nowMs();
    QSqlQuery q(m_db);
    if (!run(
            q,
            QStringLiteral("INSERT INTO follow_ups (case_id, note, due_at, created_by, created_at) VALUES (?, ?, ?, ?, "
                           "?) RETURNING id"),
            {caseId, text(note), msOr(dueUtc, now), text(actor), now}) ||
        !q.next()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!run(q, insertAuditSql(),
             {caseId, text(actor), QStringLiteral("case.follow_up"),
              QString(dueUtc.toUTC().toString(Qt::ISODate) + QStringLiteral(" · ") + note), now})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    if (auto r = commit(); !r)
        return unexpected(r.error());
    return id;
}

Expected<void, StoreError> CaseStore::completeFollowUp(qint64 followUpId, const QString &actor, const QDateTime &atUtc)
{
    const qint64 at = msOr(atUtc, nowMs());
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(m_db);
    auto fail = [this](const StoreError &err) -> Expected<void, StoreError> {
        rollback();
        return unexpected(err);
    };
    if (!run(q, QStringLiteral("SELECT case_id, note FROM follow_ups WHERE id = ?"), {followUpId}))
        return fail(error(q.lastError()));
    if (!q.next())
        return fail(StoreError{StoreError::Kind::NotFound, m_location.displayName(),
                               QStringLiteral("follow-up %1").arg(followUpId)});
    const qint64 caseId = q.value(0).toLongLong();
    const QString note = q.value(1).toString();
    q.finish();
    if (!run(q, QStringLiteral("UPDATE follow_ups SET done_at = ?, done_by = ? WHERE id = ? AND done_at IS NULL"),
             {at, text(actor), followUpId}))
        return fail(error(q.lastError()));
    if (q.numRowsAffected() != 1)
        return fail(StoreError{StoreError::Kind::Conflict, m_location.displayName(),
                               QStringLiteral("follow-up %1 already done").arg(followUpId)});
    if (!run(q, insertAuditSql(), {caseId, text(actor), QStringLiteral("case.follow_up_done"), text(note), at}))
        return fail(error(q.lastError()));
    return commit();
}

Expected<QList<FollowUp>, StoreError> CaseStore::followUps(qint64 caseId)
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT %1 FROM follow_ups WHERE case_id = ? ORDER BY due_at, id").arg(followUpColumns),
             {caseId}))
        return unexpected(error(q.lastError()));
    QList<FollowUp> out;
    while (q.next())
        out << followUpFromQuery(q);
    return out;
}

Expected<QList<FollowUp>, StoreError> CaseStore::dueFollowUps(const QDateTime &nowUtc)
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT %1 FROM follow_ups WHERE done_at IS NULL AND due_at <= ? ORDER BY due_at, id")
                 .arg(followUpColumns),
             {msOr(nowUtc, nowMs())}))
        return unexpected(error(q.lastError()));
    QList<FollowUp> out;
    while (q.next())
        out << followUpFromQuery(q);
    return out;
}

// ---- blending: agent states ------------------------------------------------------------------------------------

Expected<void, StoreError> CaseStore::setAgentState(const QString &agent, domain::AgentState state,
                                                    const QDateTime &atUtc)
{
    const qint64 at = msOr(atUtc, nowMs());
    if (auto r = begin(); !r)
        return r;
    auto fail = [this](const StoreError &err) -> Expected<void, StoreError> {
        rollback();
        return unexpected(err);
    };
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT id, state, started_at, last_heartbeat_at FROM agent_states WHERE agent = ? AND "
                            "ended_at IS NULL ORDER BY started_at DESC, id DESC"),
             {text(agent)}))
        return fail(error(q.lastError()));
    struct Open {
        qint64 id;
        QString state;
        qint64 started;
        qint64 heartbeat;
    };
    QList<Open> open;
    while (q.next())
        open << Open{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).isNull() ? q.value(2).toLongLong() : q.value(3).toLongLong()};
    q.finish();
    QString from = QStringLiteral("offline");
    for (qsizetype i = 0; i < open.size(); ++i) {
        const Open &o = open.at(i);
        // The newest interval of a live client ends now; older ones, or one whose client went silent, end at their
        // last heartbeat: time the client was not running is not counted, and an end never precedes its start.
        const bool live = i == 0 && at - o.heartbeat <= heartbeatStaleMs;
        const qint64 end = std::max(o.started, live ? at : o.heartbeat);
        if (!run(q, QStringLiteral("UPDATE agent_states SET ended_at = ? WHERE id = ?"), {end, o.id}))
            return fail(error(q.lastError()));
        if (i == 0 && live)
            from = o.state;
    }
    const QString to = domain::agentStateKey(state);
    if (!run(q,
             QStringLiteral("INSERT INTO agent_states (agent, state, started_at, last_heartbeat_at) VALUES (?, ?, ?, "
                            "?)"),
             {text(agent), to, at, at}) ||
        !run(q, insertAuditSql(),
             {nullInteger(), text(agent), QStringLiteral("agent.state"), QString(from + QStringLiteral(" → ") + to),
              at}))
        return fail(error(q.lastError()));
    return commit();
}

Expected<void, StoreError> CaseStore::agentHeartbeat(const QString &agent, const QDateTime &atUtc)
{
    // Never moves a heartbeat backwards (clock adjustments): accounted time only grows.
    const qint64 at = msOr(atUtc, nowMs());
    return execute(QStringLiteral("UPDATE agent_states SET last_heartbeat_at = CASE WHEN last_heartbeat_at IS NULL OR "
                                  "last_heartbeat_at < ? THEN ? ELSE last_heartbeat_at END WHERE agent = ? AND "
                                  "ended_at IS NULL"),
                   {at, at, text(agent)});
}

Expected<int, StoreError> CaseStore::closeInterruptedStates(const QString &agent)
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("UPDATE agent_states SET ended_at = CASE WHEN last_heartbeat_at IS NULL OR "
                            "last_heartbeat_at < started_at THEN started_at ELSE last_heartbeat_at END "
                            "WHERE agent = ? AND ended_at IS NULL"),
             {text(agent)}))
        return unexpected(error(q.lastError()));
    return q.numRowsAffected();
}

Expected<std::optional<domain::AgentState>, StoreError> CaseStore::currentAgentState(const QString &agent)
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT state FROM agent_states WHERE agent = ? AND ended_at IS NULL ORDER BY started_at "
                            "DESC, id DESC LIMIT 1"),
             {text(agent)}))
        return unexpected(error(q.lastError()));
    if (!q.next())
        return std::optional<domain::AgentState>();
    return domain::agentStateFromKey(q.value(0).toString());
}

Expected<QList<domain::StateInterval>, StoreError>
CaseStore::agentStateLog(const QString &agent, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT state, started_at, ended_at, last_heartbeat_at FROM agent_states WHERE agent = ? "
                            "AND started_at < ? AND (ended_at IS NULL OR ended_at > ?) ORDER BY started_at, id"),
             {text(agent), msOr(toUtc, nowMs()), msOr(fromUtc, 0)}))
        return unexpected(error(q.lastError()));
    QList<domain::StateInterval> out;
    while (q.next()) {
        out << domain::StateInterval{
            agent, domain::agentStateFromKey(q.value(0).toString()).value_or(domain::AgentState::Offline),
            fromMs(q.value(1)), fromMs(q.value(2)), fromMs(q.value(3))};
    }
    return out;
}

Expected<QStringList, StoreError> CaseStore::agentsInState(domain::AgentState state, const QDateTime &nowUtc)
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT DISTINCT agent FROM agent_states WHERE ended_at IS NULL AND state = ? AND "
                            "last_heartbeat_at >= ? ORDER BY agent"),
             {domain::agentStateKey(state), msOr(nowUtc, nowMs()) - heartbeatStaleMs}))
        return unexpected(error(q.lastError()));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// ---- assignment ------------------------------------------------------------------------------------------------

Expected<void, StoreError> CaseStore::claimCase(qint64 caseId, const QString &agent)
{
    if (agent.isEmpty())
        return unexpected(StoreError{StoreError::Kind::Query, m_location.displayName(), QStringLiteral("no agent")});
    if (auto r = begin(); !r)
        return r;
    auto fail = [this](const StoreError &err) -> Expected<void, StoreError> {
        rollback();
        return unexpected(err);
    };
    QSqlQuery q(m_db);
    // The condition is the lock: PostgreSQL re-checks `assignee = ''` after waiting for a concurrent claimer's row
    // lock, SQLite serialises writers; either way only one UPDATE changes the row.
    if (!run(q, QStringLiteral("UPDATE cases SET assignee = ? WHERE id = ? AND assignee = ''"), {agent, caseId}))
        return fail(error(q.lastError()));
    if (q.numRowsAffected() != 1) {
        if (!run(q, QStringLiteral("SELECT assignee FROM cases WHERE id = ?"), {caseId}))
            return fail(error(q.lastError()));
        if (!q.next())
            return fail(StoreError{StoreError::Kind::NotFound, m_location.displayName(),
                                   QStringLiteral("case %1").arg(caseId)});
        const QString owner = q.value(0).toString();
        q.finish();
        rollback();
        if (owner == agent)
            return {};
        return unexpected(StoreError{StoreError::Kind::Conflict, m_location.displayName(),
                                     QStringLiteral("case %1 is owned by %2").arg(caseId).arg(owner)});
    }
    if (!run(q, insertAuditSql(), {caseId, text(agent), QStringLiteral("case.claimed"), text(agent), nowMs()}))
        return fail(error(q.lastError()));
    return commit();
}

Expected<void, StoreError> CaseStore::releaseCase(qint64 caseId, const QString &agent)
{
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("UPDATE cases SET assignee = '' WHERE id = ? AND assignee = ?"),
             {caseId, text(agent)})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    if (q.numRowsAffected() != 1) {
        rollback();
        return unexpected(StoreError{StoreError::Kind::Conflict, m_location.displayName(),
                                     QStringLiteral("case %1 is not owned by %2").arg(caseId).arg(agent)});
    }
    if (!run(q, insertAuditSql(), {caseId, text(agent), QStringLiteral("case.released"), text(agent), nowMs()})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    return commit();
}

Expected<QList<Assignment>, StoreError> CaseStore::autoAssign(int maxOpenPerAgent, const QDateTime &nowUtc,
                                                              const QString &actor)
{
    auto agents = agentsInState(domain::AgentState::Webcare, nowUtc);
    if (!agents)
        return unexpected(agents.error());
    QList<Assignment> done;
    if (agents->isEmpty() || maxOpenPerAgent <= 0)
        return done;
    if (auto r = begin(); !r)
        return unexpected(r.error());
    auto fail = [this](const StoreError &err) -> Expected<QList<Assignment>, StoreError> {
        rollback();
        return unexpected(err);
    };
    const QString openStates = QStringLiteral("'new', 'needs_reply', 'waiting_on_department'");
    QSqlQuery q(m_db);
    QHash<QString, int> load;
    if (!q.exec(QStringLiteral("SELECT assignee, count(*) FROM cases WHERE assignee <> '' AND state IN (%1) GROUP BY "
                               "assignee")
                    .arg(openStates)))
        return fail(error(q.lastError()));
    while (q.next())
        load.insert(q.value(0).toString(), q.value(1).toInt());
    q.finish();
    QString last;
    if (!q.exec(QStringLiteral("SELECT last_agent FROM assignment_rotation WHERE id = 1")))
        return fail(error(q.lastError()));
    if (q.next())
        last = q.value(0).toString();
    q.finish();

    int capacity = 0;
    for (const QString &a : std::as_const(*agents))
        capacity += std::max(0, maxOpenPerAgent - load.value(a));
    if (capacity == 0) {
        rollback();
        return done;
    }
    QList<qint64> waiting;
    if (!q.exec(QStringLiteral("SELECT id FROM cases WHERE assignee = '' AND state IN ('new', 'needs_reply') ORDER BY "
                               "due_key, id LIMIT %1")
                    .arg(capacity)))
        return fail(error(q.lastError()));
    while (q.next())
        waiting << q.value(0).toLongLong();
    q.finish();

    // The turn starts after the agent who got the last case, so a team shares the work evenly across runs.
    qsizetype turn = 0;
    if (!last.isEmpty()) {
        const auto after = std::upper_bound(agents->cbegin(), agents->cend(), last);
        turn = after == agents->cend() ? 0 : after - agents->cbegin();
    }
    const qint64 now = msOr(nowUtc, nowMs());
    for (qint64 caseId : std::as_const(waiting)) {
        QString chosen;
        for (qsizetype i = 0; i < agents->size(); ++i) {
            const QString &candidate = agents->at((turn + i) % agents->size());
            if (load.value(candidate) < maxOpenPerAgent) {
                chosen = candidate;
                turn = (turn + i + 1) % agents->size();
                break;
            }
        }
        if (chosen.isEmpty())
            break;
        if (!run(q, QStringLiteral("UPDATE cases SET assignee = ? WHERE id = ? AND assignee = ''"), {chosen, caseId}))
            return fail(error(q.lastError()));
        if (q.numRowsAffected() != 1)
            continue; // claimed by someone else meanwhile
        if (!run(q, insertAuditSql(), {caseId, text(actor), QStringLiteral("case.assigned"), chosen, now}))
            return fail(error(q.lastError()));
        load[chosen] += 1;
        last = chosen;
        done << Assignment{caseId, chosen};
    }
    if (!done.isEmpty() &&
        !run(q,
             QStringLiteral("INSERT INTO assignment_rotation (id, last_agent) VALUES (1, ?) ON CONFLICT (id) DO UPDATE "
                            "SET last_agent = excluded.last_agent"),
             {last}))
        return fail(error(q.lastError()));
    if (auto r = commit(); !r)
        return unexpected(r.error());
    return done;
}

// ---- team settings ---------------------------------------------------------------------------------------------

Expected<std::optional<QString>, StoreError> CaseStore::teamSetting(const QString &key)
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT value FROM team_settings WHERE key = ?"), {text(key)}))
        return unexpected(error(q.lastError()));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Expected<QHash<QString, QString>, StoreError> CaseStore::teamSettings()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM team_settings")))
        return unexpected(error(q.lastError()));
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Expected<void, StoreError> CaseStore::setTeamSetting(const QString &key, const QString &value, const QString &actor,
                                                     const QDateTime &atUtc)
{
    return setTeamSettings({{key, value}}, actor, atUtc);
}

Expected<void, StoreError> CaseStore::setTeamSettings(const QHash<QString, QString> &values, const QString &actor,
                                                      const QDateTime &atUtc)
{
    if (auto r = begin(); !r)
        return r;
    const qint64 at = msOr(atUtc, nowMs());
    QSqlQuery q(m_db);
    QStringList keys = values.keys();
    keys.sort(); // a stable order: two clients saving at once take their row locks in the same order
    for (const QString &key : std::as_const(keys)) {
        const QString value = values.value(key);
        // Only real changes are written and audited.
        if (!run(q, QStringLiteral("SELECT value FROM team_settings WHERE key = ?"), {text(key)})) {
            const StoreError e = error(q.lastError());
            rollback();
            return unexpected(e);
        }
        const bool same = q.next() && q.value(0).toString() == value;
        q.finish();
        if (same)
            continue;
        if (!run(q,
                 QStringLiteral("INSERT INTO team_settings (key, value, updated_by, updated_at) VALUES (?, ?, ?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_by = "
                                "excluded.updated_by, updated_at = excluded.updated_at"),
                 {text(key), text(value), text(actor), at}) ||
            !run(q, insertAuditSql(),
                 {nullInteger(), text(actor), QStringLiteral("team.setting"),
                  QString(key + QStringLiteral(" = ") + value), at})) {
            const StoreError e = error(q.lastError());
            rollback();
            return unexpected(e);
        }
    }
    return commit();
}

} // namespace webcare::store
