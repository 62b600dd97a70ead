// SPDX-License-Identifier: MIT
#pragma once

// Small helpers shared by the store's .cpp files (not part of its interface): how values are bound and read back,
// and the audit trail's insert.
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace webcare::store::sql {

// Text columns are NOT NULL with '' for "none"; a null QString would bind as SQL NULL.
QVariant text(const QString &s);
// An integer SQL NULL (a missing time, case or parent id).
QVariant nullInteger();
// The id, or NULL for 0 ("none").
QVariant idOrNull(qint64 id);
qint64 nowMs();
// Times are stored as UTC milliseconds; NULL reads back as an invalid QDateTime.
QDateTime fromMs(const QVariant &v);
// Prepares `sql`, binds `values` in order and runs it.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &values);
// Bind: case id (or NULL), actor, action, detail, at (ms).
QString insertAuditSql();

} // namespace webcare::store::sql
