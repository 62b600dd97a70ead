// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSqlError;

namespace webcare::store {

// Everything that can go wrong with the case store, in words an agent or an administrator can act on.
struct StoreError {
    enum class Kind {
        CannotOpen,       // file or folder cannot be created or opened
        ReadOnly,         // opened, but cannot be written
        Locked,           // another program holds the database
        Corrupt,          // not a database, or damaged
        NewerSchema,      // written by a newer Webcare Desk
        ConnectionFailed, // PostgreSQL server unreachable or login refused
        MigrationFailed,  // an upgrade step failed and was rolled back
        NotFound,
        Conflict,   // someone else changed it first (e.g. a claimed case)
        NotAllowed, // the agent's role does not allow it (four-eyes: approving one's own reply)
        Forbidden,  // the database login lacks the privilege (team mode: a supervisor-only table)
        Query,      // any other SQL failure
        WrongMode,  // a training store opened as live, or a live store opened for training
    };

    Kind kind = Kind::Query;
    QString location;           // file path or server address, for the message
    QString detail;             // the driver's own text, for the log and the "details" part of a dialog
    bool trainingStore = false; // WrongMode: the store is a training store (opened as live)

    // One translated sentence naming the file (or server) and what to do.
    QString message() const;

    static StoreError fromSql(const QSqlError &error, const QString &location, bool sqlite);
};

} // namespace webcare::store
