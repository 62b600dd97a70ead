// SPDX-License-Identifier: MIT
// Customer satisfaction: the survey answers that feed the weekly report.
#include "satisfactionrepository.h"
#include "store/sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace webcare::store {

using namespace sql;

namespace {
QVariant optionalInt(const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int)); }
} // namespace

Expected<qint64, StoreError> SatisfactionRepository::recordSatisfaction(const SatisfactionRecord &record,
                                                                        const QString &actor)
{
    if ((!record.score && !record.nps) || (record.score && (*record.score < 1 || *record.score > 5)) ||
        (record.nps && (*record.nps < 0 || *record.nps > 10))) {
        return unexpected(StoreError{StoreError::Kind::Query, location().displayName(),
                                     QStringLiteral("satisfaction: a score 1-5 and/or an NPS answer 0-10")});
    }
    const qint64 at = record.at.isValid() ? record.at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    WEBCARE_TRY(begin());
    QSqlQuery q(db());
    auto fail = [&](const StoreError &e) -> Expected<qint64, StoreError> {
        q.finish();
        rollback();
        return unexpected(e);
    };
    q.prepare(QStringLiteral("SELECT 1 FROM cases WHERE id = ?"));
    q.addBindValue(record.caseId);
    if (!q.exec())
        return fail(error(q.lastError()));
    if (!q.next())
        return fail(StoreError{StoreError::Kind::NotFound, location().displayName(),
                               QStringLiteral("case %1").arg(record.caseId)});
    q.finish();
    q.prepare(QStringLiteral(
        "INSERT INTO satisfaction (case_id, score, nps, comment, recorded_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(record.caseId);
    q.addBindValue(optionalInt(record.score));
    q.addBindValue(optionalInt(record.nps));
    q.addBindValue(record.comment.isNull() ? QStringLiteral("") : record.comment);
    q.addBindValue(at);
    if (!q.exec() || !q.next())
        return fail(error(q.lastError()));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QStringList detail;
    if (record.score)
        detail << QStringLiteral("score %1").arg(*record.score);
    if (record.nps)
        detail << QStringLiteral("nps %1").arg(*record.nps);
    q.prepare(insertAuditSql());
    q.addBindValue(record.caseId);
    q.addBindValue(actor.isNull() ? QStringLiteral("") : actor);
    q.addBindValue(QStringLiteral("case.satisfaction"));
    q.addBindValue(detail.join(QStringLiteral(", ")));
    q.addBindValue(at);
    if (!q.exec())
        return fail(error(q.lastError()));
    q.finish();
    WEBCARE_TRY(commit());
    return id;
}

Expected<QList<SatisfactionRecord>, StoreError> SatisfactionRepository::satisfaction(qint64 caseId)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT score, nps, comment, recorded_at FROM satisfaction WHERE case_id = ? ORDER BY recorded_at, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    QList<SatisfactionRecord> out;
    while (q.next()) {
        SatisfactionRecord r;
        r.caseId = caseId;
        if (!q.value(0).isNull())
            r.score = q.value(0).toInt();
        if (!q.value(1).isNull())
            r.nps = q.value(1).toInt();
        r.comment = q.value(2).toString();
        r.at = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), QTimeZone::utc());
        out << r;
    }
    return out;
}

} // namespace webcare::store
