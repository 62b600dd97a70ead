// SPDX-License-Identifier: MIT
#pragma once

#include "domain/slapolicy.h"
#include "storeerror.h"
#include "storelocation.h"
#include "util/expected.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVariantList>
#include <functional>
#include <memory>

class QSqlError;

namespace webcare::store {

// The one database connection of a case store, shared by its repositories: the connection itself (opened through
// the one connection factory), transactions, the mapping of driver errors to StoreError, and the little state the
// repositories share (the training flag, the SLA policy, the own-account and author caches). Bound to the thread
// that opened it.
class StoreConnection final {
public:
    Q_DISABLE_COPY_MOVE(StoreConnection)
    StoreConnection(const StoreLocation &location, const QString &connectionName);
    ~StoreConnection();

    // Creates an SQLite file (0600) if needed, connects, refuses a newer schema and upgrades an older one.
    Expected<void, StoreError> open(int busyTimeoutMs, const std::function<void()> &waitingForMigration);
    // Whether the connection still answers; after a PostgreSQL server went away, reconnect() opens it again (same
    // location, no migration).
    bool isConnected();
    Expected<void, StoreError> reconnect();

    QSqlDatabase &database() { return m_db; }
    const StoreLocation &location() const { return m_location; }
    Backend backend() const { return m_location.backend; }

    StoreError error(const QSqlError &e) const;
    // One statement with bound values, for the many small updates.
    Expected<void, StoreError> execute(const QString &sql, const QVariantList &values);
    // SQLite takes the write lock up front (BEGIN IMMEDIATE), so that a concurrent writer waits instead of failing
    // mid-transaction. A failed commit rolls back.
    Expected<void, StoreError> begin();
    Expected<void, StoreError> commit();
    void rollback();

    // Marked as a training store (see StorePurpose): replies are captured, never queued.
    bool isTraining() const { return m_training; }
    void setTraining(bool training) { m_training = training; }
    const domain::SlaPolicy &sla() const { return *m_sla; }
    void setSla(std::shared_ptr<const domain::SlaPolicy> policy);
    // "channel:platform user id" of the team's own accounts: their posts never open a case.
    QSet<QString> &ownAccountKeys() { return m_ownAccountKeys; }
    // Author key → id of authors seen recently; cleared whenever a transaction that may have written one rolls back
    // or authors are anonymised.
    QHash<QString, qint64> &authorIds() { return m_authorIds; }

private:
    StoreLocation m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_training = false;
    std::shared_ptr<const domain::SlaPolicy> m_sla;
    QSet<QString> m_ownAccountKeys;
    QHash<QString, qint64> m_authorIds;
};

// What every repository of the case store is built on: the shared connection and short names for its parts.
class Repository {
public:
    explicit Repository(StoreConnection &connection)
        : m_connection(connection)
    {}

protected:
    QSqlDatabase &db() const { return m_connection.database(); }
    const StoreLocation &location() const { return m_connection.location(); }
    Backend backend() const { return m_connection.backend(); }
    bool isTraining() const { return m_connection.isTraining(); }
    const domain::SlaPolicy &sla() const { return m_connection.sla(); }
    QSet<QString> &ownAccountKeys() const { return m_connection.ownAccountKeys(); }
    QHash<QString, qint64> &authorIds() const { return m_connection.authorIds(); }
    StoreError error(const QSqlError &e) const { return m_connection.error(e); }
    Expected<void, StoreError> execute(const QString &sql, const QVariantList &values) const
    {
        return m_connection.execute(sql, values);
    }
    Expected<void, StoreError> begin() const { return m_connection.begin(); }
    Expected<void, StoreError> commit() const { return m_connection.commit(); }
    void rollback() const { m_connection.rollback(); }

    StoreConnection &m_connection;
};

} // namespace webcare::store
