// SPDX-License-Identifier: MIT
#pragma once

#include "util/expected.h"

#include <QString>

namespace webcare::store {

enum class Backend { Sqlite, Postgres };

// Where the case store lives: an SQLite file (one workstation, training) or a PostgreSQL database (a team).
struct StoreLocation {
    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password; // never persisted by us: comes from the keychain or the URL given on the command line
    QString sslMode;  // libpq sslmode, e.g. "require"; empty = libpq default

    // Accepts a file path or a postgresql:// URL (postgresql://user[:password]@host[:port]/database?sslmode=...).
    static Expected<StoreLocation, QString> parse(const QString &text);
    static StoreLocation sqliteFile(const QString &path);
    // For messages and the status bar: the file path, or postgresql://user@host:port/db without password.
    QString displayName() const;
};

} // namespace webcare::store
