// SPDX-License-Identifier: MIT
#pragma once

#include "domain/channel.h"

#include <QDateTime>

namespace webcare::workflow {

// When must a customer's post be answered? The store asks this when a conversation opens or reopens.
class SlaPolicy {
public:
    virtual ~SlaPolicy() = default;
    virtual QDateTime dueFor(domain::Channel channel, const QDateTime &receivedUtc) const = 0;
    // The same for a case of a category (a triage label); policies without category targets ignore it.
    virtual QDateTime dueForCategory(domain::Channel channel, const QString &category,
                                     const QDateTime &receivedUtc) const
    {
        Q_UNUSED(category);
        return dueFor(channel, receivedUtc);
    }
    // A case's category changed (triage): its due time under the new category's target, from the old due time.
    virtual QDateTime dueAfterRecategorising(domain::Channel channel, const QString &fromCategory,
                                             const QString &toCategory, const QDateTime &dueUtc) const
    {
        Q_UNUSED(channel);
        Q_UNUSED(fromCategory);
        Q_UNUSED(toCategory);
        return dueUtc;
    }
};

// A fixed number of calendar hours (tests and tools). The store's default is WorkingTimeSla (workingtime.h).
class CalendarHoursSla final : public SlaPolicy {
public:
    explicit CalendarHoursSla(int hours = 24)
        : m_hours(hours)
    {}
    QDateTime dueFor(domain::Channel, const QDateTime &receivedUtc) const override
    {
        return receivedUtc.addSecs(qint64(m_hours) * 3600);
    }

private:
    int m_hours;
};

} // namespace webcare::workflow
