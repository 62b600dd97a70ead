// SPDX-License-Identifier: MIT
#include "store/sqlsupport.h"

#include <QTimeZone>

namespace webcare::store::sql {

QVariant text(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }

QVariant nullInteger() { return QVariant(QMetaType(QMetaType::LongLong)); }

QVariant idOrNull(qint64 id) { return id ? QVariant(id) : nullInteger(); }

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

qint64 msOr(const QDateTime &t, qint64 fallback) { return t.isValid() ? t.toMSecsSinceEpoch() : fallback; }

QString ownAccountKey(domain::Channel channel, const QString &platformUserId)
{
    return domain::channelKey(channel) + QLatin1Char(':') + platformUserId;
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

QString insertAuditSql()
{
    return QStringLiteral("INSERT INTO audit_events (case_id, actor, action, detail, at) VALUES (?, ?, ?, ?, ?)");
}

domain::Agent agentFromRow(const QSqlQuery &q)
{
    domain::Agent a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.signature = q.value(3).toString();
    a.supervisor = q.value(4).toString() == QLatin1String("supervisor");
    a.needsApproval = q.value(5).toInt() != 0;
    return a;
}

} // namespace webcare::store::sql
