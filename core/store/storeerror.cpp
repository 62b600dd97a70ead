// SPDX-License-Identifier: MIT
#include "storeerror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace webcare::store {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StoreError)
};
} // namespace

QString StoreError::message() const
{
    switch (kind) {
    case Kind::CannotOpen:
        return Text::tr(
                   "The database %1 cannot be opened or created. Check that the folder exists and that you may write "
                   "in it, or start Webcare Desk with --db and another location.")
            .arg(location);
    case Kind::ReadOnly:
        return Text::tr(
                   "The database %1 is read-only. Ask your administrator for write access to the file and its folder, "
                   "or start Webcare Desk with --db and another location.")
            .arg(location);
    case Kind::Locked:
        return Text::tr(
                   "The database %1 is in use by another program (perhaps a second Webcare Desk). Close that program "
                   "and try again.")
            .arg(location);
    case Kind::Corrupt:
        return Text::
            tr("The database %1 is damaged or is not a Webcare Desk database. Nothing was changed. Restore it from a "
               "backup, or move it aside so that a new one can be made.")
                .arg(location);
    case Kind::NewerSchema:
        return Text::tr(
                   "The database %1 was written by a newer version of Webcare Desk. Nothing was changed. Install the "
                   "newer version to open it.")
            .arg(location);
    case Kind::ConnectionFailed:
        return Text::tr("Cannot connect to the team database %1. Check the network, the address and your account, then "
                        "try again.")
            .arg(location);
    case Kind::MigrationFailed:
        return Text::tr(
                   "Upgrading the database %1 failed; it was left exactly as it was. Report this to your administrator "
                   "with the details below.")
            .arg(location);
    case Kind::NotFound:
        return Text::tr("The requested item no longer exists in %1.").arg(location);
    case Kind::Conflict:
        return Text::tr("Someone else changed this item first. The view has been refreshed.");
    case Kind::WrongMode:
        return trainingStore
                   ? Text::tr("The database %1 is a training store. Nothing was changed. Start Webcare Desk with "
                              "--training to practise in it, or open your team's live store.")
                         .arg(location)
                   : Text::tr("The database %1 is a live store with real customers. Training never opens a live "
                              "store: start the training without --db to use the training store.")
                         .arg(location);
    case Kind::NotAllowed:
        return Text::tr("Only a supervisor other than the reply's writer may approve it or send it back.");
    case Kind::Forbidden:
        return Text::tr("Your database login may not change this in %1. A supervisor of your team can.").arg(location);
    case Kind::Query:
        return Text::tr(
                   "The database %1 reported an error. Your work so far is kept; try again, and report the details "
                   "below if it happens again.")
            .arg(location);
    }
    return {};
}

StoreError StoreError::fromSql(const QSqlError &error, const QString &location, bool sqlite)
{
    StoreError e;
    e.location = location;
    e.detail = error.text();
    e.kind = Kind::Query;
    if (sqlite) {
        // QSQLITE reports SQLite's primary (or extended) result code as the native error code.
        const int code = error.nativeErrorCode().toInt() & 0xff;
        switch (code) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            e.kind = Kind::Locked;
            break;
        case 8: // SQLITE_READONLY
            e.kind = Kind::ReadOnly;
            break;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            e.kind = Kind::Corrupt;
            break;
        case 3:  // SQLITE_PERM
        case 14: // SQLITE_CANTOPEN
            e.kind = Kind::CannotOpen;
            break;
        default:
            break;
        }
    } else if (error.type() == QSqlError::ConnectionError) {
        e.kind = Kind::ConnectionFailed;
    } else if (error.nativeErrorCode() == QLatin1String("42501")) { // insufficient_privilege (team-roles.sql)
        e.kind = Kind::Forbidden;
    }
    return e;
}

} // namespace webcare::store
