// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace webcare::workflow {

// Something an agent must be told about before it is too late.
struct ReminderItem {
    enum class Kind { SlaBreach, LateEscalation, FollowUpDue };
    Kind kind = Kind::SlaBreach;
    qint64 id = 0; // the case, escalation or follow-up
    qint64 caseId = 0;
    QDateTime dueAt;
    QString subject; // customer, department or the follow-up's note, as shown in the notification
};

// One desktop notification, possibly summarising several items of a kind.
struct Notification {
    ReminderItem::Kind kind = ReminderItem::Kind::SlaBreach;
    QString title;
    QString text;
    qint64 caseId = 0; // the case to open on a click; 0 for a summary
    int items = 1;
};

// Decides what to notify, once per item. Pure: it is given the items that need attention now and remembers what it
// has told, so the minute-by-minute check repeats nothing. An item is known by its kind, id and due time: a case
// whose SLA starts again (the customer wrote again) is a new item. Items that no longer need attention are
// forgotten, so memory stays the size of the current lists.
class ReminderTracker {
public:
    // More new items of one kind than this become one summary ("7 cases are about to breach"), so a start after a
    // weekend does not flood the desktop.
    static constexpr int maxSingleNotifications = 3;

    QList<Notification> update(const QList<ReminderItem> &current, const QDateTime &nowUtc);
    bool wasNotified(const ReminderItem &item) const { return m_notified.contains(key(item)); }
    static QString key(const ReminderItem &item);

private:
    QSet<QString> m_notified;
};

} // namespace webcare::workflow
