// SPDX-License-Identifier: MIT
// Departments and escalations, and back-office follow-ups.
#include "workflowrepository.h"
#include "store/sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

namespace webcare::store {

using namespace sql;

using namespace domain;

namespace {

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

Expected<qint64, StoreError> WorkflowRepository::addDepartment(const Department &d, const QString &actor)
{
    WEBCARE_TRY(begin());
    QSqlQuery q(db());
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
    WEBCARE_TRY(commit());
    return id;
}

Expected<void, StoreError> WorkflowRepository::updateDepartment(const Department &d, const QString &actor)
{
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(db());
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
        return unexpected(StoreError{StoreError::Kind::NotFound, location().displayName(),
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

Expected<void, StoreError> WorkflowRepository::setContactAbsent(qint64 departmentId, bool absent, const QString &actor)
{
    auto d = departmentById(departmentId);
    if (!d)
        return unexpected(d.error());
    d->contactAbsent = absent;
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(db());
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

Expected<QList<Department>, StoreError> WorkflowRepository::departments()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT %1 FROM departments ORDER BY name").arg(departmentColumns)))
        return unexpected(error(q.lastError()));
    QList<Department> out;
    while (q.next())
        out << departmentFromQuery(q);
    return out;
}

Expected<Department, StoreError> WorkflowRepository::departmentById(qint64 departmentId)
{
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT %1 FROM departments WHERE id = ?").arg(departmentColumns), {departmentId}))
        return unexpected(error(q.lastError()));
    if (!q.next())
        return unexpected(StoreError{StoreError::Kind::NotFound, location().displayName(),
                                     QStringLiteral("department %1").arg(departmentId)});
    return departmentFromQuery(q);
}

Expected<Escalation, StoreError> WorkflowRepository::escalateCase(qint64 caseId, qint64 departmentId,
                                                                  const QString &question, const QString &category,
                                                                  const QString &actor, const QDateTime &atUtc)
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
    e.dueAt = sla().departmentDue(*department, atTime);

    WEBCARE_TRY(begin());
    auto fail = [this](const StoreError &err) -> Expected<Escalation, StoreError> {
        rollback();
        return unexpected(err);
    };
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT state FROM cases WHERE id = ?"), {caseId}))
        return fail(error(q.lastError()));
    if (!q.next())
        return fail(
            StoreError{StoreError::Kind::NotFound, location().displayName(), QStringLiteral("case %1").arg(caseId)});
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
    WEBCARE_TRY(commit());
    return e;
}

Expected<void, StoreError> WorkflowRepository::recordDepartmentAnswer(qint64 escalationId, const QString &answer,
                                                                      const QString &actor, const QDateTime &atUtc)
{
    const qint64 at = msOr(atUtc, nowMs());
    if (auto r = begin(); !r)
        return r;
    auto fail = [this](const StoreError &err) -> Expected<void, StoreError> {
        rollback();
        return unexpected(err);
    };
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT case_id FROM escalations WHERE id = ?"), {escalationId}))
        return fail(error(q.lastError()));
    if (!q.next())
        return fail(StoreError{StoreError::Kind::NotFound, location().displayName(),
                               QStringLiteral("escalation %1").arg(escalationId)});
    const qint64 caseId = q.value(0).toLongLong();
    q.finish();
    if (!run(q,
             QStringLiteral("UPDATE escalations SET answer = ?, answered_by = ?, answered_at = ? WHERE id = ? AND "
                            "answered_at IS NULL"),
             {text(answer), text(actor), at, escalationId}))
        return fail(error(q.lastError()));
    if (q.numRowsAffected() != 1)
        return fail(StoreError{StoreError::Kind::Conflict, location().displayName(),
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

Expected<QList<Escalation>, StoreError> WorkflowRepository::escalations(qint64 caseId)
{
    QSqlQuery q(db());
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

Expected<QList<EscalationReminder>, StoreError> WorkflowRepository::lateEscalations(const QDateTime &nowUtc)
{
    QSqlQuery q(db());
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

Expected<qint64, StoreError> WorkflowRepository::addFollowUp(qint64 caseId, const QString &note,
                                                             const QDateTime &dueUtc, const QString &actor)
{
    WEBCARE_TRY(begin());
    const qint64 now = nowMs();
    QSqlQuery q(db());
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
    WEBCARE_TRY(commit());
    return id;
}

Expected<void, StoreError> WorkflowRepository::completeFollowUp(qint64 followUpId, const QString &actor,
                                                                const QDateTime &atUtc)
{
    const qint64 at = msOr(atUtc, nowMs());
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(db());
    auto fail = [this](const StoreError &err) -> Expected<void, StoreError> {
        rollback();
        return unexpected(err);
    };
    if (!run(q, QStringLiteral("SELECT case_id, note FROM follow_ups WHERE id = ?"), {followUpId}))
        return fail(error(q.lastError()));
    if (!q.next())
        return fail(StoreError{StoreError::Kind::NotFound, location().displayName(),
                               QStringLiteral("follow-up %1").arg(followUpId)});
    const qint64 caseId = q.value(0).toLongLong();
    const QString note = q.value(1).toString();
    q.finish();
    if (!run(q, QStringLiteral("UPDATE follow_ups SET done_at = ?, done_by = ? WHERE id = ? AND done_at IS NULL"),
             {at, text(actor), followUpId}))
        return fail(error(q.lastError()));
    if (q.numRowsAffected() != 1)
        return fail(StoreError{StoreError::Kind::Conflict, location().displayName(),
                               QStringLiteral("follow-up %1 already done").arg(followUpId)});
    if (!run(q, insertAuditSql(), {caseId, text(actor), QStringLiteral("case.follow_up_done"), text(note), at}))
        return fail(error(q.lastError()));
    return commit();
}

Expected<QList<FollowUp>, StoreError> WorkflowRepository::followUps(qint64 caseId)
{
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT %1 FROM follow_ups WHERE case_id = ? ORDER BY due_at, id").arg(followUpColumns),
             {caseId}))
        return unexpected(error(q.lastError()));
    QList<FollowUp> out;
    while (q.next())
        out << followUpFromQuery(q);
    return out;
}

Expected<QList<FollowUp>, StoreError> WorkflowRepository::dueFollowUps(const QDateTime &nowUtc)
{
    QSqlQuery q(db());
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

} // namespace webcare::store
