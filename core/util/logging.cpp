// SPDX-License-Identifier: MIT
#include "logging.h"

namespace webcare {

Q_LOGGING_CATEGORY(lcSync, "webcare.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "webcare.outbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "webcare.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccounts, "webcare.accounts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "webcare.ui", QtInfoMsg)

} // namespace webcare
