// SPDX-License-Identifier: MIT
#include "accounts/teamdatabase.h"

#include "accounts/secretstore.h"

#include <QSettings>

namespace webcare::accounts {

namespace {
const QLatin1String backendKey("teamdb/backend");
const QLatin1String hostKey("teamdb/host");
const QLatin1String portKey("teamdb/port");
const QLatin1String databaseKey("teamdb/database");
const QLatin1String userKey("teamdb/user");
const QLatin1String sslModeKey("teamdb/sslmode");
} // namespace

TeamDatabaseSettings TeamDatabaseSettings::load(const QSettings &settings)
{
    TeamDatabaseSettings s;
    s.postgres = settings.value(backendKey).toString() == QLatin1String("postgresql");
    s.host = settings.value(hostKey).toString();
    s.port = settings.value(portKey, 5432).toInt();
    s.database = settings.value(databaseKey, s.database).toString();
    s.user = settings.value(userKey).toString();
    const QString mode = settings.value(sslModeKey, s.sslMode).toString();
    if (sslModes().contains(mode))
        s.sslMode = mode;
    return s;
}

void TeamDatabaseSettings::save(QSettings &settings) const
{
    // Never the password: that is the keychain's.
    settings.setValue(backendKey, postgres ? QStringLiteral("postgresql") : QStringLiteral("embedded"));
    settings.setValue(hostKey, host);
    settings.setValue(portKey, port);
    settings.setValue(databaseKey, database);
    settings.setValue(userKey, user);
    settings.setValue(sslModeKey, sslMode);
}

std::optional<store::StoreLocation> TeamDatabaseSettings::location() const
{
    if (!postgres || host.isEmpty())
        return std::nullopt;
    store::StoreLocation l;
    l.backend = store::Backend::Postgres;
    l.host = host;
    l.port = port;
    l.database = database.isEmpty() ? QStringLiteral("webcaredesk") : database;
    l.user = user;
    l.sslMode = sslMode;
    return l;
}

QString TeamDatabaseSettings::secretKey(const store::StoreLocation &location)
{
    return QStringLiteral("teamdb/%1@%2:%3/%4")
        .arg(location.user, location.host)
        .arg(location.port)
        .arg(location.database);
}

QStringList TeamDatabaseSettings::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
            QStringLiteral("verify-full")};
}

void fetchStorePassword(SecretStore *secrets, store::StoreLocation location,
                        std::function<void(store::StoreLocation, QString)> done)
{
    if (!secrets || location.backend != store::Backend::Postgres || !location.password.isEmpty()) {
        done(std::move(location), QString());
        return;
    }
    const QString key = TeamDatabaseSettings::secretKey(location);
    secrets->read(key, [location, done = std::move(done)](Expected<QString, SecretError> secret) mutable {
        if (secret) {
            location.password = *secret;
            done(std::move(location), QString());
        } else if (secret.error().kind == SecretError::Kind::NotFound) {
            done(std::move(location), QString()); // libpq may still find one in ~/.pgpass
        } else {
            done(std::move(location), secret.error().message());
        }
    });
}

} // namespace webcare::accounts
