// SPDX-License-Identifier: MIT
#include "workflow/reminderservice.h"

#include "store/caserepository.h"
#include "store/storeservice.h"
#include "store/workflowrepository.h"
#include "workflow/workingtime.h"

#include <QTimer>

namespace webcare::workflow {

namespace {
// At most this many cases near a breach are looked at per check; more become one summary anyway.
constexpr int breachLimit = 50;
} // namespace

ReminderService::ReminderService(store::StoreService *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sla(std::make_shared<workflow::WorkingTimeSla>())
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &ReminderService::checkNow);
}

void ReminderService::start()
{
    m_timer->start();
    checkNow();
}

void ReminderService::stop() { m_timer->stop(); }

void ReminderService::checkNow()
{
    if (m_busy || !m_store->isOpen())
        return; // the previous check is still running: the next tick catches up
    m_busy = true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store::InboxQuery breaching;
    breaching.filter.states = {domain::CaseState::New, domain::CaseState::NeedsReply};
    // "Within 30 minutes" in working time, as the timers count: Friday 19:50 is close to Monday 08:20.
    breaching.filter.dueBefore = m_sla->calendar().addWorkingSeconds(now, qint64(m_notifyBeforeMinutes) * 60);
    breaching.limit = breachLimit;
    m_store->run<QList<workflow::ReminderItem>>(
        this,
        [breaching, now](store::CaseStore &s) -> Expected<QList<workflow::ReminderItem>, store::StoreError> {
            using Kind = workflow::ReminderItem::Kind;
            QList<workflow::ReminderItem> items;
            auto page = s.cases().inboxPage(breaching);
            if (!page)
                return unexpected(page.error());
            for (const domain::Case &c : std::as_const(page->rows))
                items << workflow::ReminderItem{Kind::SlaBreach, c.id, c.id, c.slaDueAt, c.authorName};
            auto late = s.workflow().lateEscalations(now);
            if (!late)
                return unexpected(late.error());
            for (const store::EscalationReminder &r : std::as_const(*late))
                items << workflow::ReminderItem{
                    Kind::LateEscalation, r.escalation.id, r.escalation.caseId, r.escalation.dueAt,
                    r.departmentName + QStringLiteral(" (") + r.addresseeName + QStringLiteral(")")};
            auto due = s.workflow().dueFollowUps(now);
            if (!due)
                return unexpected(due.error());
            for (const domain::FollowUp &f : std::as_const(*due))
                items << workflow::ReminderItem{Kind::FollowUpDue, f.id, f.caseId, f.dueAt, f.note};
            return items;
        },
        [this, now](Expected<QList<workflow::ReminderItem>, store::StoreError> items) {
            m_busy = false;
            if (!items) {
                // Not an empty list: that would make the tracker forget and repeat everything next time.
                emit checked(0);
                return;
            }
            const QList<workflow::Notification> fresh = m_tracker.update(*items, now);
            for (const workflow::Notification &n : fresh)
                emit notify(n);
            emit checked(int(fresh.size()));
        });
}

} // namespace webcare::workflow
