// SPDX-License-Identifier: MIT
#pragma once

#include "storeerror.h"
#include "storelocation.h"
#include "util/expected.h"

#include <QSqlDatabase>
#include <functional>

namespace webcare::store::schema {

// The schema version this build writes. Every older version is upgraded in place; a newer one is refused.
int latestVersion();

// The refusal for a database written by a newer Webcare Desk: it is left untouched.
StoreError newerVersionError(int version, const QString &location);

// Reads the version of an open database: 0 for an empty database. A database that has tables but is not ours
// (no version table, or another SQLite application id) is reported as Corrupt.
Expected<int, StoreError> readVersion(QSqlDatabase &db, Backend backend, const QString &location);

// Runs every step from the current version up to `target` in ONE transaction: either the database reaches
// `target` or it stays exactly as it was. On PostgreSQL an advisory lock makes concurrent clients wait, and
// the version is read again under the lock so that only the first client migrates.
// `waiting` is called (on this thread) when another client holds the lock, before waiting for it.
Expected<void, StoreError> migrate(QSqlDatabase &db, Backend backend, const QString &location,
                                   int target = latestVersion(), const std::function<void()> &waiting = {});

// The key of the PostgreSQL advisory lock held while migrating (tests hold it to make a client wait).
qint64 migrationLockKey();

} // namespace webcare::store::schema
