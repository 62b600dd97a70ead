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
    QString search;      // what the agent typed; never passed to the FTS engine verbatim
    QDateTime dueBefore; // valid: only cases whose SLA falls due before this time (the "SLA at risk" queue)
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

// A search looks among the newest matching messages only, so that a common word answers as fast as a rare one.
// When more messages match, the first page says so and the agent can add a word.
constexpr int searchMessageLimit = 5000;

struct InboxPage {
    QList<domain::Case> rows;
    std::optional<InboxCursor> next; // empty when this was the last page
    bool searchLimited = false;      // (first page only) more than searchMessageLimit messages matched
};

// What the agent typed, as words to find: letters, digits and marks only, so no syntax of any engine leaks in.
// The last word counts as a prefix while it is still being typed (no space after it) and has two or more
// letters. Very common words ("de",
// "het", "the") are left out when other words remain: they narrow nothing and make the search slow.
struct SearchTerms {
    QStringList words;
    bool lastIsPrefix = false;
    bool isEmpty() const { return words.isEmpty(); }
};
SearchTerms searchTerms(const QString &typed);

} // namespace webcare::store
