// SPDX-License-Identifier: MIT
#pragma once

#include "store/casestore.h"
#include "util/expected.h"

#include <QDateTime>

namespace webcare::demo {

// What preparing the demo store did.
struct DemoPrepared {
    int postsImported = 0; // 0: the store had its posts already
    int departmentsAdded = 0;
};

// The demo store, ready to be tried: paused demo accounts (with `withAccounts`), the feed (into an empty store
// only) moved in time to end just before `nowUtc`, the demo team's voice and knowledge base (unless the team set
// its own), and two departments with a contact person and a backup, one of them absent (unless it has
// departments). Only the demo store is prepared this way; a real store never sees the demo team's words.
Expected<DemoPrepared, store::StoreError> prepareDemoStore(store::CaseStore &store, bool withAccounts,
                                                           const QDateTime &nowUtc);

} // namespace webcare::demo
