// SPDX-License-Identifier: MIT
#pragma once

#include "accounts/secretstore.h"
#include "store/storeservice.h"

#include <QUrl>
#include <functional>

namespace webcare::app {

// `--fake-platform URL`: connects the four demo accounts to the fake platform server of tests/fakeplatform (see
// the README), so a newcomer can watch posts arrive and replies land without any real account. The fake accepts
// any token; the session's tokens live in memory only.
void connectFakePlatform(const QUrl &server, store::StoreService *store, accounts::MemorySecretStore *secrets,
                         QObject *context, std::function<void(const QString &error)> done);

} // namespace webcare::app
