// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"

#include <QDateTime>
#include <QList>

namespace webcare::connectors {

// Messenger's standard messaging window: a Page may answer a person within 24 hours of that person's last message;
// after that Messenger refuses the reply (Graph error 10/2018278). The agent sees when the window closes, and the
// outbox never sends outside it.
struct MessagingWindow {
    static constexpr int hours = 24;
    bool applies = false;            // the conversation is a Messenger conversation; no window rules other channels
    bool open = true;                // a reply may be sent now
    QDateTime lastCustomerMessageAt; // UTC; invalid when the customer has not written
    QDateTime closesAt;              // UTC; invalid when no window applies or the customer has not written
    QString customerId;              // the platform id (Messenger: the page-scoped id) of the customer who wrote last

    // Seconds left before the window closes (0 when closed or not applicable), for a countdown in the UI.
    qint64 secondsLeft(const QDateTime &now) const;
};

// Pure: from a case's conversation (any order) and the current time.
MessagingWindow messagingWindow(const QList<domain::Post> &conversation, const QDateTime &now);

} // namespace webcare::connectors
