// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "storeconnection.h"

#include <QStringList>
#include <optional>

namespace webcare::store {

// A late escalation with whom to remind now (the backup while the contact person is absent).
struct EscalationReminder {
    domain::Escalation escalation;
    QString departmentName;
    QString addresseeName;
    QString addresseeAddress;
};

// Departments, escalations and follow-ups.
class WorkflowRepository final : Repository {
public:
    using Repository::Repository;

    // Departments and escalation. Every change leaves an audit event.
    Expected<qint64, StoreError> addDepartment(const domain::Department &department, const QString &actor);
    Expected<void, StoreError> updateDepartment(const domain::Department &department, const QString &actor);
    Expected<void, StoreError> setContactAbsent(qint64 departmentId, bool absent, const QString &actor);
    Expected<QList<domain::Department>, StoreError> departments();
    Expected<domain::Department, StoreError> departmentById(qint64 departmentId);
    // Hands a case to a department with a question, in one transaction: the escalation row (addressed to the
    // backup while the contact person is absent, due after the department's internal SLA in its working time), the
    // case moves to "waiting on department" and keeps its webcare owner, audit events.
    Expected<domain::Escalation, StoreError> escalateCase(qint64 caseId, qint64 departmentId, const QString &question,
                                                          const QString &category, const QString &actor,
                                                          const QDateTime &atUtc = {});
    // Records the department's answer; when no other question is open the case needs a reply again.
    Expected<void, StoreError> recordDepartmentAnswer(qint64 escalationId, const QString &answer, const QString &actor,
                                                      const QDateTime &atUtc = {});
    Expected<QList<domain::Escalation>, StoreError> escalations(qint64 caseId);
    // Unanswered escalations past their due time, oldest first, for reminders.
    Expected<QList<EscalationReminder>, StoreError> lateEscalations(const QDateTime &nowUtc);
    // Back-office follow-ups: a front-office promise with a due date.
    Expected<qint64, StoreError> addFollowUp(qint64 caseId, const QString &note, const QDateTime &dueUtc,
                                             const QString &actor);
    Expected<void, StoreError> completeFollowUp(qint64 followUpId, const QString &actor, const QDateTime &atUtc = {});
    Expected<QList<domain::FollowUp>, StoreError> followUps(qint64 caseId);
    // Open follow-ups due at or before `nowUtc`, oldest first.
    Expected<QList<domain::FollowUp>, StoreError> dueFollowUps(const QDateTime &nowUtc);
};

} // namespace webcare::store
