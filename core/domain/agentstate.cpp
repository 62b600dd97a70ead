// SPDX-License-Identifier: MIT
#include "domain/agentstate.h"

namespace webcare::domain {

const QList<AgentState> &allAgentStates()
{
    static const QList<AgentState> states{AgentState::Phone, AgentState::Webcare, AgentState::Break,
                                          AgentState::Meeting, AgentState::Offline};
    return states;
}

QString agentStateKey(AgentState state)
{
    switch (state) {
    case AgentState::Phone:
        return QStringLiteral("phone");
    case AgentState::Webcare:
        return QStringLiteral("webcare");
    case AgentState::Break:
        return QStringLiteral("break");
    case AgentState::Meeting:
        return QStringLiteral("meeting");
    case AgentState::Offline:
        return QStringLiteral("offline");
    }
    return {};
}

std::optional<AgentState> agentStateFromKey(QStringView key)
{
    for (AgentState s : allAgentStates()) {
        if (key == agentStateKey(s))
            return s;
    }
    return std::nullopt;
}

QDateTime StateInterval::effectiveEnd() const
{
    const QDateTime e = end.isValid() ? end : lastHeartbeat;
    if (!e.isValid() || !start.isValid() || e < start)
        return start;
    return e;
}

} // namespace webcare::domain
