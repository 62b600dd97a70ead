// SPDX-License-Identifier: MIT
#include "telephony.h"

#include <algorithm>

namespace webcare::telephony {

int QueueStatus::waitingCalls() const
{
    int calls = 0;
    for (const QueueSnapshot &q : queues)
        calls += q.calls;
    return calls;
}

void ManualTelephony::setWaitingCalls(int calls)
{
    m_calls = std::max(0, calls);
    refreshQueueStatus();
}

void ManualTelephony::refreshQueueStatus()
{
    QueueStatus status;
    status.queues << QueueSnapshot{QString(), m_calls, 0, 0, 0};
    Q_EMIT queueStatusReceived(status);
}

void ManualTelephony::setPaused(bool paused, const QString &)
{
    m_paused = paused;
    Q_EMIT pauseChanged(paused);
}

void followAgentState(TelephonyAdapter &adapter, workflow::AgentState state)
{
    const bool phone = state == workflow::AgentState::Phone;
    adapter.setPaused(!phone, phone ? QString() : workflow::agentStateKey(state));
}

} // namespace webcare::telephony
