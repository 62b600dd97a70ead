// SPDX-License-Identifier: MIT
#include "storeconnection.h"
#include "store/connection.h"

#include "schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace webcare::store {

namespace {

// Creates the SQLite file with owner-only permissions before SQLite opens it: it holds customers' messages.
Expected<void, StoreError> createPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return {};
    StoreError cannot{StoreError::Kind::CannotOpen, QDir::toNativeSeparators(path), {}};
    if (!QDir().mkpath(info.absolutePath())) {
        cannot.detail = QStringLiteral("cannot create folder %1").arg(info.absolutePath());
        return unexpected(cannot);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        cannot.detail = file.errorString();
        if (file.error() == QFileDevice::OpenError && !QFileInfo(info.absolutePath()).isWritable())
            cannot.kind = StoreError::Kind::ReadOnly;
        return unexpected(cannot);
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace

StoreConnection::StoreConnection(const StoreLocation &location, const QString &connectionName)
    : m_location(location)
    , m_connectionName(connectionName)
    , m_sla(std::make_shared<domain::CalendarHoursSla>())
{}

StoreConnection::~StoreConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Expected<void, StoreError> StoreConnection::open(int busyTimeoutMs, const std::function<void()> &waitingForMigration)
{
    const QString where = m_location.displayName();
    const bool sqlite = m_location.backend == Backend::Sqlite;
    if (sqlite) {
        if (auto r = createPrivateFile(m_location.sqlitePath); !r)
            return r;
    }
    m_db = addConnection(m_location, m_connectionName, busyTimeoutMs);
    if (!m_db.open()) {
        StoreError e = error(m_db.lastError());
        if (e.kind == StoreError::Kind::Query)
            e.kind = sqlite ? StoreError::Kind::CannotOpen : StoreError::Kind::ConnectionFailed;
        return unexpected(e);
    }

    // Read the version before writing anything: a newer or foreign database must stay untouched.
    auto version = schema::readVersion(m_db, m_location.backend, where);
    if (!version)
        return unexpected(version.error());
    if (*version > schema::latestVersion())
        return unexpected(schema::newerVersionError(*version, where));
    if (sqlite) {
        if (!QFileInfo(m_location.sqlitePath).isWritable())
            return unexpected(StoreError{StoreError::Kind::ReadOnly, where, QStringLiteral("file not writable")});
        QSqlQuery q(m_db);
        // WAL lets the inbox read while the sync writes; NORMAL sync is crash-safe in WAL mode.
        for (const char *pragma :
             {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
            if (!q.exec(QLatin1String(pragma)))
                return unexpected(error(q.lastError()));
        }
    }
    if (*version < schema::latestVersion()) {
        if (auto r = schema::migrate(m_db, m_location.backend, where, schema::latestVersion(), waitingForMigration); !r)
            return r;
    }
    return {};
}

bool StoreConnection::isConnected()
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

Expected<void, StoreError> StoreConnection::reconnect()
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

void StoreConnection::setSla(std::shared_ptr<const domain::SlaPolicy> policy)
{
    if (policy)
        m_sla = std::move(policy);
}

StoreError StoreConnection::error(const QSqlError &e) const
{
    return StoreError::fromSql(e, m_location.displayName(), m_location.backend == Backend::Sqlite);
}

Expected<void, StoreError> StoreConnection::execute(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    return {};
}

Expected<void, StoreError> StoreConnection::begin()
{
    if (m_location.backend == Backend::Sqlite) {
        // Take the write lock up front so that a concurrent writer waits instead of failing mid-transaction.
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return unexpected(error(q.lastError()));
        return {};
    }
    if (!m_db.transaction())
        return unexpected(error(m_db.lastError()));
    return {};
}

Expected<void, StoreError> StoreConnection::commit()
{
    if (!m_db.commit()) {
        const StoreError e = error(m_db.lastError());
        rollback();
        return unexpected(e);
    }
    return {};
}

void StoreConnection::rollback() { m_db.rollback(); }

} // namespace webcare::store
