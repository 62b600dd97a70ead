// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// Log categories by area, so a support engineer can read (and filter with QT_LOGGING_RULES) what happened:
// "webcare.sync.info=false" silences one area. Info lines are on by default, debug lines off.
// Log ids, counts, states and error kinds only: never tokens, passwords or the text of posts and replies.
namespace webcare {

Q_DECLARE_LOGGING_CATEGORY(lcSync)     // polls: account, stream, new posts, next poll
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)   // sends and reconciliations: reply id, account, outcome
Q_DECLARE_LOGGING_CATEGORY(lcStore)    // the case store's connection: lost, reconnected
Q_DECLARE_LOGGING_CATEGORY(lcAccounts) // sign-in renewals, reconnects, accounts added and removed
Q_DECLARE_LOGGING_CATEGORY(lcUi)       // start, mode, store opened

} // namespace webcare
