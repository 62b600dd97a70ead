// SPDX-License-Identifier: MIT
#pragma once

// Small helpers shared by the store's .cpp files (not part of its interface): how values are bound and read back,
// and the audit trail's insert.
#include "domain/channel.h"
#include "domain/entities.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <limits>

namespace webcare::store::sql {

// Text columns are NOT NULL with '' for "none"; a null QString would bind as SQL NULL.
QVariant text(const QString &s);
// An integer SQL NULL (a missing time, case or parent id).
QVariant nullInteger();
// The id, or NULL for 0 ("none").
QVariant idOrNull(qint64 id);
qint64 nowMs();
// The time in UTC milliseconds, or `fallback` when it is invalid ("now" or "none" by the caller's choice).
qint64 msOr(const QDateTime &t, qint64 fallback);
inline qint64 toMs(const QDateTime &t) { return msOr(t, 0); }
// Cases without an SLA (closed ones) sort after every real due time; keeps keyset paging free of NULLs.
inline constexpr qint64 noDueKey = std::numeric_limits<qint64>::max() / 2;
// The key of one of the team's own accounts in StoreConnection::ownAccountKeys().
QString ownAccountKey(domain::Channel channel, const QString &platformUserId);
// Times are stored as UTC milliseconds; NULL reads back as an invalid QDateTime.
QDateTime fromMs(const QVariant &v);
// Prepares `sql`, binds `values` in order and runs it.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &values);
// An agents row read by "SELECT id, login, display_name, signature, role, needs_approval" (agentColumns).
inline constexpr char agentColumns[] = "id, login, display_name, signature, role, needs_approval";
domain::Agent agentFromRow(const QSqlQuery &q);
// Bind: case id (or NULL), actor, action, detail, at (ms).
QString insertAuditSql();

} // namespace webcare::store::sql
