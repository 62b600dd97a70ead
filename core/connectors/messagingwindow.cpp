// SPDX-License-Identifier: MIT
#include "messagingwindow.h"

namespace webcare::connectors {

qint64 MessagingWindow::secondsLeft(const QDateTime &now) const
{
    if (!applies || !open || !closesAt.isValid())
        return 0;
    return std::max<qint64>(0, now.secsTo(closesAt));
}

MessagingWindow messagingWindow(const QList<domain::Post> &conversation, const QDateTime &now)
{
    MessagingWindow w;
    for (const domain::Post &p : conversation) {
        if (p.channel != domain::Channel::Facebook || !p.privateMessage)
            continue;
        w.applies = true;
        if (p.fromOwnAccount || !p.createdAt.isValid())
            continue; // only the customer's messages open the window; our own answers do not extend it
        if (!w.lastCustomerMessageAt.isValid() || p.createdAt > w.lastCustomerMessageAt) {
            w.lastCustomerMessageAt = p.createdAt.toUTC();
            w.customerId = p.author.platformId;
        }
    }
    if (!w.applies)
        return w;
    if (!w.lastCustomerMessageAt.isValid()) {
        w.open = false; // a Page may not start a Messenger conversation with a standard message
        return w;
    }
    w.closesAt = w.lastCustomerMessageAt.addSecs(qint64(MessagingWindow::hours) * 3600);
    w.open = now.toUTC() < w.closesAt;
    return w;
}

} // namespace webcare::connectors
