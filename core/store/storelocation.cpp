// SPDX-License-Identifier: MIT
#include "storelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace webcare::store {

StoreLocation StoreLocation::sqliteFile(const QString &path)
{
    StoreLocation l;
    l.backend = Backend::Sqlite;
    l.sqlitePath = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return l;
}

Expected<StoreLocation, QString> StoreLocation::parse(const QString &text)
{
    if (!text.startsWith(QLatin1String("postgresql://")) && !text.startsWith(QLatin1String("postgres://"))) {
        if (text.trimmed().isEmpty())
            return unexpected(QCoreApplication::translate("StoreLocation", "The database path is empty."));
        return sqliteFile(text);
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return unexpected(QCoreApplication::translate(
                              "StoreLocation",
                              "“%1” is not a valid PostgreSQL address; expected postgresql://user@host:port/database.")
                              .arg(url.toDisplayString(QUrl::RemovePassword)));
    }
    StoreLocation l;
    l.backend = Backend::Postgres;
    l.host = url.host();
    l.port = url.port(5432);
    l.database = url.path().mid(1);
    l.user = url.userName();
    l.password = url.password();
    if (l.database.isEmpty())
        l.database = QStringLiteral("webcaredesk");
    const QUrlQuery query(url);
    l.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    return l;
}

QString StoreLocation::displayName() const
{
    if (backend == Backend::Sqlite)
        return QDir::toNativeSeparators(sqlitePath);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace webcare::store
