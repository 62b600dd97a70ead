// SPDX-License-Identifier: MIT
// Team settings shared by every client, one value per key with who changed it last.
#include "teamsettingsrepository.h"
#include "store/sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace webcare::store {

using namespace sql;

using namespace domain;

Expected<std::optional<QString>, StoreError> TeamSettingsRepository::teamSetting(const QString &key)
{
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT value FROM team_settings WHERE key = ?"), {text(key)}))
        return unexpected(error(q.lastError()));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Expected<QHash<QString, QString>, StoreError> TeamSettingsRepository::teamSettings()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT key, value FROM team_settings")))
        return unexpected(error(q.lastError()));
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Expected<void, StoreError> TeamSettingsRepository::setTeamSetting(const QString &key, const QString &value,
                                                                  const QString &actor, const QDateTime &atUtc)
{
    return setTeamSettings({{key, value}}, actor, atUtc);
}

Expected<void, StoreError> TeamSettingsRepository::setTeamSettings(const QHash<QString, QString> &values,
                                                                   const QString &actor, const QDateTime &atUtc)
{
    if (auto r = begin(); !r)
        return r;
    const qint64 at = msOr(atUtc, nowMs());
    QSqlQuery q(db());
    QStringList keys = values.keys();
    keys.sort(); // a stable order: two clients saving at once take their row locks in the same order
    for (const QString &key : std::as_const(keys)) {
        const QString value = values.value(key);
        // Only real changes are written and audited.
        if (!run(q, QStringLiteral("SELECT value FROM team_settings WHERE key = ?"), {text(key)})) {
            const StoreError e = error(q.lastError());
            rollback();
            return unexpected(e);
        }
        const bool same = q.next() && q.value(0).toString() == value;
        q.finish();
        if (same)
            continue;
        if (!run(q,
                 QStringLiteral("INSERT INTO team_settings (key, value, updated_by, updated_at) VALUES (?, ?, ?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_by = "
                                "excluded.updated_by, updated_at = excluded.updated_at"),
                 {text(key), text(value), text(actor), at}) ||
            !run(q, insertAuditSql(),
                 {nullInteger(), text(actor), QStringLiteral("team.setting"),
                  QString(key + QStringLiteral(" = ") + value), at})) {
            const StoreError e = error(q.lastError());
            rollback();
            return unexpected(e);
        }
    }
    return commit();
}

} // namespace webcare::store
