// SPDX-License-Identifier: MIT
#pragma once

#include "workflow/teamsettings.h"

#include <QObject>
#include <memory>

class QTimer;

namespace webcare::store {
class StoreService;
}

namespace webcare::workflow {

class ReminderService;

// The team's shared workflow settings as this workstation follows them: read when the store opens and every few
// minutes (a supervisor may change them on another workstation), and applied to the store's due times, the
// reminders and round-robin assignment. Made by the composition root; the window shows what it reports.
class TeamWork final : public QObject {
    Q_OBJECT
public:
    static constexpr int settingsPollMs = 5 * 60 * 1000;
    static constexpr int autoAssignMs = 60 * 1000;

    explicit TeamWork(store::StoreService *store, QObject *parent = nullptr);
    ~TeamWork() override;

    // Who assigns (the audit trail's actor; "system" when nobody is logged in).
    void setAgent(const QString &login) { m_agent = login; }
    // Once the store is open: reads the settings, then polls them and starts the reminders.
    void start();

    const TeamWorkflowSettings &settings() const { return m_settings; }
    // The working-time SLA the inbox timers and queues count with; never null.
    std::shared_ptr<const WorkingTimeSla> sla() const { return m_sla; }
    ReminderService *reminders() const { return m_reminders; }

public slots:
    // Reads the settings from the store now.
    void reload();
    // Settings just saved on this workstation: follow them at once, without a store round trip.
    void apply(const webcare::workflow::TeamWorkflowSettings &settings);
    // One round of round-robin assignment (the timer does this every autoAssignMs while it is on).
    void assignNow();

signals:
    void settingsChanged(const webcare::workflow::TeamWorkflowSettings &settings);
    // Round-robin handed out `total` cases, `toAgent` of them to this workstation's agent.
    void assigned(int total, int toAgent);
    // Reading the settings or assigning failed (the store's message).
    void problem(const QString &message);

private:
    store::StoreService *m_store;
    TeamWorkflowSettings m_settings;
    std::shared_ptr<const WorkingTimeSla> m_sla;
    ReminderService *m_reminders;
    QTimer *m_poll;
    QTimer *m_autoAssign;
    QString m_agent;
    bool m_started = false;
};

} // namespace webcare::workflow
