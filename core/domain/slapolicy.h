// SPDX-License-Identifier: MIT
#pragma once

#include "domain/channel.h"
#include "domain/entities.h"

#include <QDateTime>
#include <algorithm>

namespace webcare::domain {

// When must a customer's post be answered? The store asks this when a conversation opens or reopens, and when a
// department must answer an escalation. The team's policy (workflow::WorkingTimeSla) counts working time; the store
// only knows this interface, so it depends on no workflow code.
class SlaPolicy {
public:
    virtual ~SlaPolicy() = default;
    virtual QDateTime dueFor(Channel channel, const QDateTime &receivedUtc) const = 0;
    // The same for a case of a category (a triage label); policies without category targets ignore it.
    virtual QDateTime dueForCategory(Channel channel, const QString &category, const QDateTime &receivedUtc) const
    {
        Q_UNUSED(category);
        return dueFor(channel, receivedUtc);
    }
    // A case's category changed (triage): its due time under the new category's target, from the old due time.
    virtual QDateTime dueAfterRecategorising(Channel channel, const QString &fromCategory, const QString &toCategory,
                                             const QDateTime &dueUtc) const
    {
        Q_UNUSED(channel);
        Q_UNUSED(fromCategory);
        Q_UNUSED(toCategory);
        return dueUtc;
    }
    // An escalation asked at `askedUtc`: the department's internal SLA, here in calendar hours.
    virtual QDateTime departmentDue(const Department &department, const QDateTime &askedUtc) const
    {
        return askedUtc.addSecs(qint64(std::max(1, department.internalSlaHours)) * 3600);
    }
};

// A fixed number of calendar hours (tests and tools). The store's default when its opener passes none.
class CalendarHoursSla final : public SlaPolicy {
public:
    explicit CalendarHoursSla(int hours = 24)
        : m_hours(hours)
    {}
    QDateTime dueFor(Channel, const QDateTime &receivedUtc) const override
    {
        return receivedUtc.addSecs(qint64(m_hours) * 3600);
    }

private:
    int m_hours;
};

} // namespace webcare::domain
