// SPDX-License-Identifier: MIT
#pragma once

#include "domain/entities.h"
#include "storeconnection.h"

#include <QStringList>
#include <optional>

namespace webcare::store {

struct OwnAccount {
    domain::Channel channel = domain::Channel::X;
    QString platformId;
    QString handle;
    QString displayName;
};

// How an account's last sync went, for the account health view.
struct AccountHealth {
    QDateTime lastSyncAt;
    QDateTime nextSyncAt;
    QString lastError;
    int rateLimit = -1;
    int rateRemaining = -1;
    QDateTime rateResetAt;
};

// The platform accounts the team answers from, their health and the per-account sync lock.
class AccountRepository final : Repository {
public:
    using Repository::Repository;

    Expected<void, StoreError> addOwnAccount(const OwnAccount &account);
    Expected<qint64, StoreError> addAccount(const domain::Account &account);
    Expected<void, StoreError> removeAccount(qint64 accountId);
    Expected<QList<domain::Account>, StoreError> all();
    // The brand keywords the account watches (X recent search, Discourse search); empty: no search stream.
    Expected<void, StoreError> setSearchTerms(qint64 accountId, const QStringList &terms);
    Expected<void, StoreError> setAccountStatus(qint64 accountId, domain::Account::Status status);
    Expected<void, StoreError> recordAccountHealth(qint64 accountId, const AccountHealth &health);
    Expected<QList<OwnAccount>, StoreError> ownAccounts();
    // Only one client syncs an account: a session-level advisory lock per account, released by PostgreSQL when
    // the holder's connection ends (a crash, a lost network), so another client takes over. SQLite: always true.
    Expected<bool, StoreError> tryLockAccount(qint64 accountId);
    Expected<void, StoreError> unlockAccount(qint64 accountId);

    // Reads the own accounts' keys into the connection's cache (at opening).
    Expected<void, StoreError> loadOwnAccounts();
};

} // namespace webcare::store
