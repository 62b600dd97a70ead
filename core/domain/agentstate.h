// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace webcare::domain {

// What an agent is doing: blending phone work and webcare.
enum class AgentState { Phone, Webcare, Break, Meeting, Offline };

const QList<AgentState> &allAgentStates();
// Stable key in the database: phone, webcare, break, meeting, offline.
QString agentStateKey(AgentState state);
std::optional<AgentState> agentStateFromKey(QStringView key);

// One stretch of an agent's state log. An interval still open has no end; it counts up to its last heartbeat, so
// a client that crashed loses at most one heartbeat period and never counts time it was not running.
struct StateInterval {
    QString agent;
    AgentState state = AgentState::Offline;
    QDateTime start;
    QDateTime end;           // invalid while open
    QDateTime lastHeartbeat; // invalid: no heartbeat yet

    // The end used for accounting: the end, else the last heartbeat, never before the start.
    QDateTime effectiveEnd() const;
};

} // namespace webcare::domain
