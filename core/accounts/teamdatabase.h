// SPDX-License-Identifier: MIT
#pragma once

#include "store/storelocation.h"

#include <QStringList>
#include <functional>
#include <optional>

class QSettings;

namespace webcare::accounts {

class SecretStore;

// Which database this workstation opens when no --db is given: the embedded store, or a team's PostgreSQL server.
// Kept in QSettings without the password; the password lives in the keychain only (SecretStore).
struct TeamDatabaseSettings {
    bool postgres = false;
    QString host;
    int port = 5432;
    QString database = QStringLiteral("webcare");
    QString user;
    QString sslMode = QStringLiteral("verify-full");

    static TeamDatabaseSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // The PostgreSQL location (without password); nothing for the embedded store.
    std::optional<store::StoreLocation> location() const;
    // The keychain entry of a server login: "teamdb/user@host:port/database".
    static QString secretKey(const store::StoreLocation &location);
    // The libpq sslmode values offered (disable … verify-full).
    static QStringList sslModes();
};

// Fills location.password from the keychain when it has none and is a PostgreSQL location; `done` runs with the
// location, also when no password is stored (libpq may then find one in ~/.pgpass).
void fetchStorePassword(SecretStore *secrets, store::StoreLocation location,
                        std::function<void(store::StoreLocation, QString error)> done);

} // namespace webcare::accounts
