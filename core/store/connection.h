// SPDX-License-Identifier: MIT
#pragma once

#include "store/storelocation.h"

#include <QSqlDatabase>
#include <QString>

namespace webcare::store {

// The one place a database connection is set up (driver, file or server, timeouts, sslmode): the case store, the
// change listener and the "Test connection" of the team database dialog all connect the same way. Not opened yet.
QSqlDatabase addConnection(const StoreLocation &location, const QString &connectionName,
                           int sqliteBusyTimeoutMs = 5000);

// A connection name no other connection of this process has: "<prefix>-<n>".
QString uniqueConnectionName(const QString &prefix);

// Connects once, runs SELECT 1 and disconnects; empty when it worked, else the driver's message. Blocks on the
// network: call it off the GUI thread. Never touches the schema (testing does not upgrade a server).
QString testConnection(const StoreLocation &location);

} // namespace webcare::store
