// SPDX-License-Identifier: MIT
// The training part of the case store: the store's purpose mark, and the supervisors' ZEKEP reviews of replies
// written in training.
#include "trainingrepository.h"
#include "store/sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace webcare::store {

using namespace sql;

using namespace domain;

namespace {

TrainingReview reviewFromQuery(const QSqlQuery &q)
{
    TrainingReview r;
    r.id = q.value(0).toLongLong();
    r.replyId = q.value(1).toLongLong();
    r.reviewer = q.value(2).toString();
    r.scores = {q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt(), q.value(7).toInt()};
    r.comment = q.value(8).toString();
    r.reviewedAt = fromMs(q.value(9));
    return r;
}

const QString reviewColumns = QStringLiteral(
    "tr.id, tr.reply_id, tr.reviewer, tr.zakelijk, tr.efficient, tr.kort, tr.empathisch, tr.persoonlijk, tr.comment, "
    "tr.reviewed_at");

} // namespace

bool ZekepScores::valid() const
{
    for (int s : {zakelijk, efficient, kort, empathisch, persoonlijk}) {
        if (s < 1 || s > 5)
            return false;
    }
    return true;
}

Expected<qint64, StoreError> TrainingRepository::saveTrainingReview(const TrainingReview &review)
{
    if (!review.scores.valid() || review.reviewer.isEmpty())
        return unexpected(StoreError{StoreError::Kind::Query, location().displayName(),
                                     QStringLiteral("a review needs a reviewer and five scores from 1 to 5")});
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO training_reviews (reply_id, reviewer, zakelijk, efficient, kort, empathisch, persoonlijk, "
        "comment, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (reply_id, reviewer) DO UPDATE SET "
        "zakelijk = excluded.zakelijk, efficient = excluded.efficient, kort = excluded.kort, "
        "empathisch = excluded.empathisch, persoonlijk = excluded.persoonlijk, comment = excluded.comment, "
        "reviewed_at = excluded.reviewed_at RETURNING id"));
    q.addBindValue(review.replyId);
    q.addBindValue(review.reviewer);
    q.addBindValue(review.scores.zakelijk);
    q.addBindValue(review.scores.efficient);
    q.addBindValue(review.scores.kort);
    q.addBindValue(review.scores.empathisch);
    q.addBindValue(review.scores.persoonlijk);
    q.addBindValue(review.comment.isNull() ? QStringLiteral("") : review.comment);
    q.addBindValue(review.reviewedAt.isValid() ? review.reviewedAt.toMSecsSinceEpoch()
                                               : QDateTime::currentMSecsSinceEpoch());
    if (!q.exec() || !q.next()) {
        StoreError e = error(q.lastError());
        // The reply must exist: a foreign key failure is a missing item, not a broken database.
        if (e.detail.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive) ||
            e.detail.contains(QLatin1String("foreign key"), Qt::CaseInsensitive))
            e.kind = StoreError::Kind::NotFound;
        return unexpected(e);
    }
    return q.value(0).toLongLong();
}

Expected<QList<TrainingReview>, StoreError> TrainingRepository::trainingReviews(qint64 replyId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM training_reviews tr WHERE tr.reply_id = ? ORDER BY tr.reviewed_at, tr.id")
                  .arg(reviewColumns));
    q.addBindValue(replyId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    QList<TrainingReview> list;
    while (q.next())
        list << reviewFromQuery(q);
    return list;
}

Expected<QList<TraineeReply>, StoreError> TrainingRepository::traineeReplies(const QString &agent)
{
    const QString filter =
        agent.isEmpty() ? QStringLiteral("r.state <> 'draft'") : QStringLiteral("r.state <> 'draft' AND r.agent = ?");
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral(
            "SELECT r.id, r.case_id, r.account_id, r.in_reply_to_post_id, r.state, r.text, r.agent, r.created_at, "
            "r.sent_at, c.channel, p.text, a.display_name, c.category FROM replies r JOIN cases c ON c.id = "
            "r.case_id LEFT JOIN posts p ON p.id = r.in_reply_to_post_id LEFT JOIN authors a ON a.id = "
            "p.author_id WHERE %1 ORDER BY r.created_at DESC, r.id DESC")
            .arg(filter));
    if (!agent.isEmpty())
        q.addBindValue(agent);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    QList<TraineeReply> list;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        TraineeReply t;
        t.reply.id = q.value(0).toLongLong();
        t.reply.caseId = q.value(1).toLongLong();
        t.reply.accountId = q.value(2).toLongLong();
        t.reply.inReplyToPostId = q.value(3).toLongLong();
        t.reply.state = replyStateFromKey(q.value(4).toString()).value_or(ReplyState::Draft);
        t.reply.text = q.value(5).toString();
        t.reply.agent = q.value(6).toString();
        t.reply.createdAt = fromMs(q.value(7));
        t.reply.sentAt = fromMs(q.value(8));
        t.channel = channelFromKey(q.value(9).toString()).value_or(Channel::X);
        t.answeredText = q.value(10).toString();
        t.answeredAuthor = q.value(11).toString();
        t.caseCategory = q.value(12).toString();
        index.insert(t.reply.id, list.size());
        list << t;
    }
    q.finish();
    QSqlQuery r(db());
    r.prepare(QStringLiteral("SELECT %1 FROM training_reviews tr JOIN replies r ON r.id = tr.reply_id%2 ORDER BY "
                             "tr.reviewed_at, tr.id")
                  .arg(reviewColumns, agent.isEmpty() ? QString() : QStringLiteral(" WHERE r.agent = ?")));
    if (!agent.isEmpty())
        r.addBindValue(agent);
    if (!r.exec())
        return unexpected(error(r.lastError()));
    while (r.next()) {
        const TrainingReview review = reviewFromQuery(r);
        if (auto it = index.constFind(review.replyId); it != index.constEnd())
            list[*it].reviews << review;
    }
    return list;
}

Expected<QStringList, StoreError> TrainingRepository::trainees()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT DISTINCT agent FROM replies WHERE state <> 'draft' ORDER BY agent")))
        return unexpected(error(q.lastError()));
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

} // namespace webcare::store
