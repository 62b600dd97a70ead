// SPDX-License-Identifier: MIT
// The team part of the case store: connection health and reconnecting, and the per-account sync lock.
#include "casestore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace webcare::store {

namespace {
// The first key of the two-key advisory locks that guard account syncs ('WC'); the second is the account id.
constexpr int accountLockClass = 0x5743;
} // namespace

bool CaseStore::isConnected()
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

Expected<void, StoreError> CaseStore::reconnect()
{
    m_db.close();
    if (!m_db.open()) {
        StoreError e = error(m_db.lastError());
        e.kind = StoreError::Kind::ConnectionFailed;
        return unexpected(e);
    }
    m_authorIds.clear();
    return {};
}

Expected<bool, StoreError> CaseStore::tryLockAccount(qint64 accountId)
{
    if (m_location.backend == Backend::Sqlite)
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"));
    q.addBindValue(accountLockClass);
    q.addBindValue(static_cast<int>(accountId));
    if (!q.exec() || !q.next())
        return unexpected(error(q.lastError()));
    return q.value(0).toBool();
}

Expected<void, StoreError> CaseStore::unlockAccount(qint64 accountId)
{
    if (m_location.backend == Backend::Sqlite)
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?, ?)"));
    q.addBindValue(accountLockClass);
    q.addBindValue(static_cast<int>(accountId));
    if (!q.exec())
        return unexpected(error(q.lastError()));
    return {};
}

} // namespace webcare::store
