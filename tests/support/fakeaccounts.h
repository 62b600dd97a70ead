// SPDX-License-Identifier: MIT
#pragma once

#include "store/casestore.h"

#include <QUrl>

// The fake platform server's own accounts (tests/fakeplatform/README.md) and the outbox steps the sync, crash and
// stream tests share.
namespace webcare::test {

// The team's account on `channel` as the fake server at `base` knows it; polled by hand (an hour between polls).
domain::Account fakeAccount(domain::Channel channel, const QUrl &base);

// Approves a reply to a customer post: the one with `platformId`, or else the channel's newest. Returns its id.
qint64 approveAnswer(store::CaseStore &store, qint64 accountId, domain::Channel channel, const QString &text,
                     const QString &platformId = {});

} // namespace webcare::test
