// SPDX-License-Identifier: MIT
#pragma once

#include "domain/agentstate.h"
#include "domain/entities.h"
#include "storeconnection.h"

#include <QStringList>
#include <optional>

namespace webcare::store {

// Agents: roles and the blending state log.
class AgentRepository final : Repository {
public:
    using Repository::Repository;

    // The agents table: role and four-eyes flag (created when the login is new).
    Expected<void, StoreError> setAgentRole(const QString &login, bool supervisor, bool needsApproval,
                                            const QString &actor);
    Expected<std::optional<domain::Agent>, StoreError> agent(const QString &login);
    // Every known agent: the agents table and whoever has cases assigned, sorted by login.
    Expected<QStringList, StoreError> agentLogins();
    // Blending: the agents' state log. Switching closes the open interval and opens one for the new state; an
    // open interval whose client stopped heartbeating (a crash) is closed at its last heartbeat, never later.
    Expected<void, StoreError> setAgentState(const QString &agent, domain::AgentState state,
                                             const QDateTime &atUtc = {});
    Expected<void, StoreError> agentHeartbeat(const QString &agent, const QDateTime &atUtc = {});
    // At start-up: closes the agent's intervals left open by a crash at their last heartbeat; returns how many.
    Expected<int, StoreError> closeInterruptedStates(const QString &agent);
    Expected<std::optional<domain::AgentState>, StoreError> currentAgentState(const QString &agent);
    // Intervals overlapping [from, to), oldest first (open ones without an end).
    Expected<QList<domain::StateInterval>, StoreError> agentStateLog(const QString &agent, const QDateTime &fromUtc,
                                                                     const QDateTime &toUtc);
    // Agents whose open interval is in `state` and still heartbeating at `nowUtc`, sorted.
    Expected<QStringList, StoreError> agentsInState(domain::AgentState state, const QDateTime &nowUtc);
};

} // namespace webcare::store
