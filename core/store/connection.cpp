// SPDX-License-Identifier: MIT
#include "store/connection.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace webcare::store {

QSqlDatabase addConnection(const StoreLocation &location, const QString &connectionName, int sqliteBusyTimeoutMs)
{
    if (location.backend == Backend::Sqlite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(location.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(sqliteBusyTimeoutMs));
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setDatabaseName(location.database);
    db.setUserName(location.user);
    db.setPassword(location.password);
    // A server that does not answer is reported after 10 s instead of libpq's default of waiting for ever.
    QStringList options{QStringLiteral("connect_timeout=10")};
    if (!location.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + location.sslMode;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return db;
}

QString uniqueConnectionName(const QString &prefix)
{
    static QAtomicInteger<quint64> counter;
    return prefix + QLatin1Char('-') + QString::number(counter.fetchAndAddRelaxed(1));
}

QString testConnection(const StoreLocation &location)
{
    const QString name = uniqueConnectionName(QStringLiteral("webcare-test-connection"));
    QString error;
    {
        QSqlDatabase db = addConnection(location, name);
        if (!db.open()) {
            error = db.lastError().text();
            if (error.trimmed().isEmpty())
                error = QStringLiteral("-");
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT 1")))
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace webcare::store
