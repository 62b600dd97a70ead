// SPDX-License-Identifier: MIT
// The team's platform accounts: their settings, health and search words, and the per-account sync lock.
#include "accountrepository.h"
#include "store/sqlsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace webcare::store {

using namespace sql;

using namespace domain;

namespace {

QString accountStatusKey(Account::Status status)
{
    switch (status) {
    case Account::Status::Active:
        return QStringLiteral("active");
    case Account::Status::NeedsReconnect:
        return QStringLiteral("needs_reconnect");
    case Account::Status::Paused:
        return QStringLiteral("paused");
    }
    return {};
}

Account::Status accountStatusFromKey(const QString &key)
{
    if (key == QLatin1String("needs_reconnect"))
        return Account::Status::NeedsReconnect;
    if (key == QLatin1String("paused"))
        return Account::Status::Paused;
    return Account::Status::Active;
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(toMs(t)) : QVariant(QMetaType(QMetaType::LongLong));
}
QVariant intOrNull(int v) { return v >= 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::Int)); }

// Keywords as a JSON array: a keyword may hold any character, a separator could not be chosen safely.
QString termsJson(const QStringList &terms)
{
    QJsonArray a;
    for (const QString &t : terms) {
        if (!t.trimmed().isEmpty())
            a.append(t.trimmed());
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QStringList termsFromJson(const QString &json)
{
    QStringList terms;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        terms << v.toString();
    return terms;
}

// The first key of the two-key advisory locks that guard account syncs ('WC'); the second is the account id.
constexpr int accountLockClass = 0x5743;

} // namespace

Expected<void, StoreError> AccountRepository::loadOwnAccounts()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT channel, platform_id FROM own_accounts")))
        return unexpected(error(q.lastError()));
    ownAccountKeys().clear();
    while (q.next())
        ownAccountKeys().insert(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
    return {};
}

Expected<void, StoreError> AccountRepository::addOwnAccount(const OwnAccount &account)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO own_accounts (channel, platform_id, handle, display_name) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (channel, platform_id) DO UPDATE SET handle = excluded.handle, "
                       "display_name = excluded.display_name"));
    q.addBindValue(channelKey(account.channel));
    q.addBindValue(text(account.platformId));
    q.addBindValue(text(account.handle));
    q.addBindValue(text(account.displayName));
    if (!q.exec())
        return unexpected(error(q.lastError()));
    ownAccountKeys().insert(ownAccountKey(account.channel, account.platformId));
    return {};
}

Expected<qint64, StoreError> AccountRepository::addAccount(const Account &a)
{
    WEBCARE_TRY(begin());
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO accounts (channel, name, base_url, platform_user_id, handle, status, "
                       "poll_seconds, search_terms, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(text(channelKey(a.channel)));
    q.addBindValue(text(a.name));
    q.addBindValue(text(a.baseUrl));
    q.addBindValue(text(a.platformUserId));
    q.addBindValue(text(a.handle));
    q.addBindValue(accountStatusKey(a.status));
    q.addBindValue(std::max(10, a.pollSeconds));
    q.addBindValue(termsJson(a.searchTerms));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec() || !q.next()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    // Posts written by the account are the team's own: they never open a case by themselves.
    q.prepare(
        QStringLiteral("INSERT INTO own_accounts (channel, platform_id, handle, display_name) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (channel, platform_id) DO NOTHING"));
    q.addBindValue(text(channelKey(a.channel)));
    q.addBindValue(text(a.platformUserId));
    q.addBindValue(text(a.handle));
    q.addBindValue(text(a.name));
    if (!q.exec()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    WEBCARE_TRY(commit());
    ownAccountKeys().insert(ownAccountKey(a.channel, a.platformUserId));
    return id;
}

Expected<void, StoreError> AccountRepository::removeAccount(qint64 accountId)
{
    // Its posts and cases stay: they are the team's history. Only the connection and its cursors go.
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(db());
    for (const char *sql :
         {"DELETE FROM sync_cursors WHERE account_id = ?", "UPDATE replies SET account_id = NULL WHERE account_id = ?",
          "DELETE FROM accounts WHERE id = ?"}) {
        q.prepare(QLatin1String(sql));
        q.addBindValue(accountId);
        if (!q.exec()) {
            const StoreError e = error(q.lastError());
            rollback();
            return unexpected(e);
        }
    }
    return commit();
}

Expected<QList<Account>, StoreError> AccountRepository::all()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT id, channel, name, base_url, platform_user_id, handle, status, poll_seconds, "
                               "last_sync_at, next_sync_at, last_error, rate_limit, rate_remaining, rate_reset_at, "
                               "search_terms FROM accounts ORDER BY id")))
        return unexpected(error(q.lastError()));
    QList<Account> list;
    while (q.next()) {
        Account a;
        a.id = q.value(0).toLongLong();
        a.channel = channelFromKey(q.value(1).toString()).value_or(Channel::X);
        a.name = q.value(2).toString();
        a.baseUrl = q.value(3).toString();
        a.platformUserId = q.value(4).toString();
        a.handle = q.value(5).toString();
        a.status = accountStatusFromKey(q.value(6).toString());
        a.pollSeconds = q.value(7).toInt();
        a.lastSyncAt = fromMs(q.value(8));
        a.nextSyncAt = fromMs(q.value(9));
        a.lastError = q.value(10).toString();
        a.rateLimit = q.value(11).isNull() ? -1 : q.value(11).toInt();
        a.rateRemaining = q.value(12).isNull() ? -1 : q.value(12).toInt();
        a.rateResetAt = fromMs(q.value(13));
        a.searchTerms = termsFromJson(q.value(14).toString());
        list << a;
    }
    return list;
}

Expected<void, StoreError> AccountRepository::setSearchTerms(qint64 accountId, const QStringList &terms)
{
    return execute(QStringLiteral("UPDATE accounts SET search_terms = ? WHERE id = ?"), {termsJson(terms), accountId});
}

Expected<void, StoreError> AccountRepository::setAccountStatus(qint64 accountId, Account::Status status)
{
    return execute(QStringLiteral("UPDATE accounts SET status = ? WHERE id = ?"),
                   {accountStatusKey(status), accountId});
}

Expected<void, StoreError> AccountRepository::recordAccountHealth(qint64 accountId, const AccountHealth &h)
{
    return execute(QStringLiteral("UPDATE accounts SET last_sync_at = COALESCE(?, last_sync_at), next_sync_at = ?, "
                                  "last_error = ?, rate_limit = ?, rate_remaining = ?, rate_reset_at = ? WHERE id = ?"),
                   {msOrNull(h.lastSyncAt), msOrNull(h.nextSyncAt), text(h.lastError), intOrNull(h.rateLimit),
                    intOrNull(h.rateRemaining), msOrNull(h.rateResetAt), accountId});
}

Expected<QList<OwnAccount>, StoreError> AccountRepository::ownAccounts()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT channel, platform_id, handle, display_name FROM own_accounts ORDER BY id")))
        return unexpected(error(q.lastError()));
    QList<OwnAccount> out;
    while (q.next()) {
        out << OwnAccount{channelFromKey(q.value(0).toString()).value_or(Channel::X), q.value(1).toString(),
                          q.value(2).toString(), q.value(3).toString()};
    }
    return out;
}

Expected<bool, StoreError> AccountRepository::tryLockAccount(qint64 accountId)
{
    if (backend() == Backend::Sqlite)
        return true;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"));
    q.addBindValue(accountLockClass);
    q.addBindValue(static_cast<int>(accountId));
    if (!q.exec() || !q.next())
        return unexpected(error(q.lastError()));
    return q.value(0).toBool();
}

Expected<void, StoreError> AccountRepository::unlockAccount(qint64 accountId)
{
    if (backend() == Backend::Sqlite)
        return {};
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?, ?)"));
    q.addBindValue(accountLockClass);
    q.addBindValue(static_cast<int>(accountId));
    if (!q.exec())
        return unexpected(error(q.lastError()));
    return {};
}

} // namespace webcare::store
