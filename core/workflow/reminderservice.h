// SPDX-License-Identifier: MIT
#pragma once

#include "workflow/reminders.h"

#include <QObject>
#include <memory>

class QTimer;

namespace webcare::store {
class StoreService;
}
namespace webcare::workflow {
class WorkingTimeSla;
}

namespace webcare::workflow {

// Once a minute asks the store (on its thread) for cases about to breach their SLA, departments that are late and
// follow-ups that are due, and reports each once through `notify` (the main window shows it on the desktop).
class ReminderService final : public QObject {
    Q_OBJECT
public:
    explicit ReminderService(store::StoreService *store, QObject *parent = nullptr);

    // Cases due within this much working time are about to breach.
    void setNotifyBefore(int workingMinutes) { m_notifyBeforeMinutes = workingMinutes; }
    void setSla(std::shared_ptr<const workflow::WorkingTimeSla> sla) { m_sla = std::move(sla); }
    void start();
    void stop();

public slots:
    // Checks at once (also after the team settings changed).
    void checkNow();

signals:
    void notify(const webcare::workflow::Notification &notification);
    void checked(int newNotifications);

private:
    store::StoreService *m_store;
    std::shared_ptr<const workflow::WorkingTimeSla> m_sla;
    workflow::ReminderTracker m_tracker;
    QTimer *m_timer;
    int m_notifyBeforeMinutes = 30;
    bool m_busy = false;
};

} // namespace webcare::workflow
