// SPDX-License-Identifier: MIT
#pragma once

#include "workflow/blending.h"

#include <QList>
#include <QObject>
#include <QString>

namespace webcare::telephony {

// The phone queue as the blending panel needs it.
struct QueueMember {
    QString queue;
    QString name;
    QString interface; // e.g. "PJSIP/1001": what QueuePause addresses
    bool paused = false;
    int status = 0; // Asterisk device state (1 not in use, 2 in use …)
};

struct QueueEntry {
    QString queue;
    int position = 0;
    QString callerId;
    int waitSeconds = 0;
};

struct QueueSnapshot {
    QString queue;
    int calls = 0; // callers waiting
    int holdTimeSeconds = 0;
    int completed = 0;
    int abandoned = 0;
};

struct QueueStatus {
    QList<QueueSnapshot> queues;
    QList<QueueMember> members;
    QList<QueueEntry> entries;
    int waitingCalls() const;
};

// How the blending panel learns the phone queue and pauses an agent in it. Implementations: ManualTelephony (the
// agent or team lead types the queue length) and AmiClient (Asterisk Manager Interface).
class TelephonyAdapter : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~TelephonyAdapter() override = default;

    // Asks for the queue status; answered by queueStatusReceived (or failed).
    virtual void refreshQueueStatus() = 0;
    // Pauses (webcare, break, meeting) or unpauses (phone) the agent's interface in the phone queue; answered by
    // pauseChanged (or failed).
    virtual void setPaused(bool paused, const QString &reason = {}) = 0;

Q_SIGNALS:
    void queueStatusReceived(const webcare::telephony::QueueStatus &status);
    void pauseChanged(bool paused);
    // A translated sentence for the panel.
    void failed(const QString &message);
};

// No telephony connection: the queue length is typed in, pausing is only remembered.
class ManualTelephony final : public TelephonyAdapter {
    Q_OBJECT
public:
    using TelephonyAdapter::TelephonyAdapter;
    Q_DISABLE_COPY_MOVE(ManualTelephony)

    void setWaitingCalls(int calls);
    bool paused() const { return m_paused; }
    void refreshQueueStatus() override;
    void setPaused(bool paused, const QString &reason = {}) override;

private:
    int m_calls = 0;
    bool m_paused = false;
};

// Blending: an agent in any state but phone is paused in the phone queue (reason: the state's key, e.g.
// "webcare"), and unpaused on switching back to phone.
void followAgentState(TelephonyAdapter &adapter, workflow::AgentState state);

} // namespace webcare::telephony
