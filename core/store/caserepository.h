// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "inboxquery.h"
#include "storeconnection.h"

#include <QStringList>
#include <optional>

namespace webcare::store {

// A case given to an agent by auto-assignment.
struct Assignment {
    qint64 caseId = 0;
    QString agent;
};

// Someone with a case open somewhere (another window, another desk).
struct Presence {
    qint64 caseId = 0;
    QString clientId; // one per open case view
    QString agent;
    QString activity; // "viewing" or "writing"
    QDateTime heartbeatAt;
};

class AgentRepository;

// Cases: the inbox, a case's conversation and state, its audit trail, assignment and presence.
class CaseRepository final : Repository {
public:
    // Auto-assignment asks `agents` who is in webcare state.
    CaseRepository(StoreConnection &connection, AgentRepository &agents)
        : Repository(connection)
        , m_agents(agents)
    {}

    Expected<InboxPage, StoreError> inboxPage(const InboxQuery &query);
    Expected<qint64, StoreError> countCases(const InboxFilter &filter);
    Expected<domain::Case, StoreError> caseById(qint64 caseId);
    // The conversation of a case, oldest first, with authors.
    Expected<QList<domain::Post>, StoreError> conversation(qint64 caseId);
    Expected<qint64, StoreError> postCount();
    Expected<void, StoreError> setCaseState(qint64 caseId, domain::CaseState state, const QString &actor);
    Expected<void, StoreError> appendAudit(const domain::AuditEvent &event);
    Expected<QList<domain::AuditEvent>, StoreError> auditTrail(qint64 caseId);
    // Presence (collision): a client heartbeats while a case is open; entries older than `staleSeconds` are gone.
    Expected<void, StoreError> setPresence(const Presence &presence);
    Expected<void, StoreError> clearPresence(qint64 caseId, const QString &clientId);
    Expected<QList<Presence>, StoreError> presence(qint64 caseId, const QDateTime &nowUtc, int staleSeconds = 30);
    // Assignment. Claiming is one conditional UPDATE: of two agents (or clients) claiming one case, exactly one
    // wins; the other gets Conflict. Claiming a case one already owns succeeds.
    Expected<void, StoreError> claimCase(qint64 caseId, const QString &agent);
    Expected<void, StoreError> releaseCase(qint64 caseId, const QString &agent);
    // Round-robin: unassigned new and needs-reply cases, most urgent first, go in turn to the agents in webcare
    // state, none getting more than `maxOpenPerAgent` open cases.
    Expected<QList<Assignment>, StoreError> autoAssign(int maxOpenPerAgent, const QDateTime &nowUtc,
                                                       const QString &actor = QStringLiteral("system"));

private:
    AgentRepository &m_agents;
};

} // namespace webcare::store
