// SPDX-License-Identifier: MIT
#include "reminders.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace webcare::workflow {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Reminders)
};

QString when(const QDateTime &dueAt)
{
    return QLocale().toString(dueAt.toTimeZone(QTimeZone::systemTimeZone()), QStringLiteral("ddd d MMM HH:mm"));
}

Notification single(const ReminderItem &item, const QDateTime &nowUtc)
{
    Notification n;
    n.kind = item.kind;
    n.caseId = item.caseId;
    switch (item.kind) {
    case ReminderItem::Kind::SlaBreach:
        n.title = item.dueAt <= nowUtc ? Text::tr("Case %1 has breached its SLA").arg(item.caseId)
                                       : Text::tr("Case %1 is about to breach its SLA").arg(item.caseId);
        n.text = Text::tr("%1 — due %2").arg(item.subject, when(item.dueAt));
        break;
    case ReminderItem::Kind::LateEscalation:
        n.title = Text::tr("A department is late: case %1").arg(item.caseId);
        n.text = Text::tr("%1 has not answered; it was due %2. Remind them.").arg(item.subject, when(item.dueAt));
        break;
    case ReminderItem::Kind::FollowUpDue:
        n.title = Text::tr("Follow-up due: case %1").arg(item.caseId);
        n.text = item.subject;
        break;
    }
    return n;
}

Notification summary(ReminderItem::Kind kind, int count)
{
    Notification n;
    n.kind = kind;
    n.items = count;
    switch (kind) {
    case ReminderItem::Kind::SlaBreach:
        n.title = Text::tr("%n case(s) about to breach or past their SLA", nullptr, count);
        n.text = Text::tr("See the \"SLA at risk\" queue.");
        break;
    case ReminderItem::Kind::LateEscalation:
        n.title = Text::tr("%n department question(s) unanswered past their due time", nullptr, count);
        n.text = Text::tr("See the \"Waiting on department\" queue.");
        break;
    case ReminderItem::Kind::FollowUpDue:
        n.title = Text::tr("%n follow-up(s) due", nullptr, count);
        n.text = Text::tr("See Case › Follow-ups due.");
        break;
    }
    return n;
}
} // namespace

QString ReminderTracker::key(const ReminderItem &item)
{
    return QStringLiteral("%1:%2:%3").arg(int(item.kind)).arg(item.id).arg(item.dueAt.toMSecsSinceEpoch());
}

QList<Notification> ReminderTracker::update(const QList<ReminderItem> &current, const QDateTime &nowUtc)
{
    QSet<QString> live;
    QList<ReminderItem> fresh[3];
    for (const ReminderItem &item : current) {
        const QString k = key(item);
        if (live.contains(k))
            continue;
        live.insert(k);
        if (!m_notified.contains(k))
            fresh[int(item.kind)] << item;
    }
    m_notified = live;
    QList<Notification> out;
    for (int kind = 0; kind < 3; ++kind) {
        if (fresh[kind].size() > maxSingleNotifications) {
            out << summary(ReminderItem::Kind(kind), int(fresh[kind].size()));
            continue;
        }
        for (const ReminderItem &item : std::as_const(fresh[kind]))
            out << single(item, nowUtc);
    }
    return out;
}

} // namespace webcare::workflow
