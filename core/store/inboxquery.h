// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"

#include <QList>
#include <optional>

namespace webcare::store {

struct InboxFilter {
    QList<domain::CaseState> states; // empty = every state
    std::optional<domain::Channel> channel;
    std::optional<QString> assignee; // "" = unassigned
    QString category;
    QString tag;
    QString search; // what the agent typed; never passed to the FTS engine verbatim
};

// Keyset position in the inbox order (SLA due time, then id): stable while new rows arrive.
struct InboxCursor {
    qint64 dueKey = 0;
    qint64 caseId = 0;
};

struct InboxQuery {
    InboxFilter filter;
    std::optional<InboxCursor> after;
    int limit = 200;
};

struct InboxPage {
    QList<domain::Case> rows;
    std::optional<InboxCursor> next; // empty when this was the last page
};

// Splits what the agent typed into search words: letters and digits only, so no syntax of any engine leaks in.
QStringList searchWords(const QString &typed);

} // namespace webcare::store
