// SPDX-License-Identifier: MIT
// Replies: submitting (one post or a numbered thread), four-eyes approval, and the outbox the sync sends from.
#include "outboxrepository.h"
#include "store/sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <algorithm>

#include "caserepository.h"
#include "teamsettingsrepository.h"

namespace webcare::store {

using namespace sql;

using namespace domain;

namespace {

QString freshKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

bool isOn(const QString &value)
{
    return value == QLatin1String("1") || value == QLatin1String("true") || value == QLatin1String("on");
}

const QString replyColumns = QStringLiteral(
    "r.id, r.case_id, r.account_id, r.in_reply_to_post_id, r.state, r.text, r.agent, r.signature, r.platform_id, "
    "r.idempotency_key, r.last_error, r.created_at, r.sent_at, p.platform_id, p.conversation_id, p.raw_payload, "
    "p.channel, p.text, r.thread_parent_id, tp.platform_id, r.open_flags, r.reviewed_by, r.review_comment, "
    "r.reviewed_at");
// A thread part's parent part gives the platform id it answers.
const QString replyFrom = QStringLiteral(
    "replies r LEFT JOIN posts p ON p.id = r.in_reply_to_post_id LEFT JOIN replies tp ON tp.id = r.thread_parent_id");

OutgoingReply outgoingFromQuery(const QSqlQuery &q)
{
    OutgoingReply o;
    Reply &r = o.reply;
    r.id = q.value(0).toLongLong();
    r.caseId = q.value(1).toLongLong();
    r.accountId = q.value(2).toLongLong();
    r.inReplyToPostId = q.value(3).toLongLong();
    r.state = replyStateFromKey(q.value(4).toString()).value_or(ReplyState::Draft);
    r.text = q.value(5).toString();
    r.agent = q.value(6).toString();
    r.signature = q.value(7).toString();
    r.platformId = q.value(8).toString();
    r.idempotencyKey = q.value(9).toString();
    r.lastError = q.value(10).toString();
    r.createdAt = fromMs(q.value(11));
    r.sentAt = fromMs(q.value(12));
    o.inReplyTo.platformId = q.value(13).toString();
    o.inReplyTo.conversationId = q.value(14).toString();
    o.inReplyTo.rawPayload = q.value(15).toString().toUtf8();
    o.inReplyTo.channel = channelFromKey(q.value(16).toString()).value_or(Channel::X);
    o.inReplyTo.text = q.value(17).toString();
    o.inReplyTo.id = r.inReplyToPostId;
    r.threadParentId = q.value(18).toLongLong();
    o.threadParentPlatformId = q.value(19).toString();
    const QString flags = q.value(20).toString();
    r.openFlags = flags.isEmpty() ? QStringList() : flags.split(QLatin1Char('\n'));
    r.reviewedBy = q.value(21).toString();
    r.reviewComment = q.value(22).toString();
    r.reviewedAt = fromMs(q.value(23));
    return o;
}

} // namespace

Expected<qint64, StoreError> OutboxRepository::approveReply(const Reply &reply)
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO replies (case_id, account_id, in_reply_to_post_id, state, text, agent, "
                       "signature, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(reply.caseId);
    q.addBindValue(reply.accountId ? QVariant(reply.accountId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(reply.inReplyToPostId ? QVariant(reply.inReplyToPostId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(replyStateKey(isTraining() ? ReplyState::Captured : ReplyState::Approved));
    q.addBindValue(text(reply.text));
    q.addBindValue(text(reply.agent));
    q.addBindValue(text(reply.signature));
    // One key for every attempt of this reply: a platform that honours it never posts it twice. A key given by the
    // caller (a draft queued again after a lost connection) finds the reply already queued instead of a second one.
    // A captured reply (training) has none: it is never attempted.
    const QString key = isTraining()                     ? QString(QLatin1String(""))
                        : reply.idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                         : reply.idempotencyKey;
    q.addBindValue(key);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    const StoreError failed = error(q.lastError());
    if (reply.idempotencyKey.isEmpty())
        return unexpected(failed);
    // The unique key refused it: the earlier attempt did reach the database.
    QSqlQuery existing(db());
    existing.prepare(QStringLiteral("SELECT id FROM replies WHERE idempotency_key = ?"));
    existing.addBindValue(key);
    if (existing.exec() && existing.next())
        return existing.value(0).toLongLong();
    return unexpected(failed);
}

Expected<std::optional<OutgoingReply>, StoreError> OutboxRepository::claimReply(qint64 accountId)
{
    WEBCARE_TRY(begin());
    QSqlQuery q(db());
    // A later thread part waits for the part before it: it answers that part's platform id.
    const QString parentSent = QStringLiteral(
        "(r.thread_parent_id IS NULL OR EXISTS (SELECT 1 FROM replies tp WHERE tp.id = r.thread_parent_id "
        "AND tp.state = 'sent'))");
    // PostgreSQL: SKIP LOCKED lets many clients take different replies; SQLite: BEGIN IMMEDIATE already
    // serialises writers, so select-then-update cannot race.
    q.prepare(backend() == Backend::Postgres
                  ? QStringLiteral("SELECT r.id FROM replies r WHERE r.account_id = ? AND r.state = 'approved' "
                                   "AND %1 ORDER BY r.id LIMIT 1 FOR UPDATE SKIP LOCKED")
                        .arg(parentSent)
                  : QStringLiteral("SELECT r.id FROM replies r WHERE r.account_id = ? AND r.state = 'approved' "
                                   "AND %1 ORDER BY r.id LIMIT 1")
                        .arg(parentSent));
    q.addBindValue(accountId);
    if (!q.exec()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    if (!q.next()) {
        rollback();
        return std::optional<OutgoingReply>();
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    q.prepare(QStringLiteral("UPDATE replies SET state = 'sending' WHERE id = ? AND state = 'approved'"));
    q.addBindValue(id);
    if (!q.exec()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    q.prepare(QStringLiteral("SELECT %1 FROM %2 "
                             "WHERE r.id = ?")
                  .arg(replyColumns, replyFrom));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    OutgoingReply claimed = outgoingFromQuery(q);
    q.finish();
    WEBCARE_TRY(commit());
    return std::optional<OutgoingReply>(claimed);
}

Expected<void, StoreError> OutboxRepository::finishReply(qint64 replyId, ReplyState state, const QString &platformId,
                                                         const QString &errorText)
{
    return execute(QStringLiteral("UPDATE replies SET state = ?, platform_id = ?, last_error = ?, "
                                  "sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END WHERE id = ?"),
                   {replyStateKey(state), text(platformId), text(errorText), replyStateKey(state),
                    QDateTime::currentMSecsSinceEpoch(), replyId});
}

Expected<int, StoreError> OutboxRepository::markInterruptedSends(qint64 accountId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE replies SET state = 'unknown' WHERE account_id = ? AND state = 'sending'"));
    q.addBindValue(accountId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    return q.numRowsAffected();
}

Expected<QList<OutgoingReply>, StoreError> OutboxRepository::repliesInState(qint64 accountId, ReplyState state)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 "
                             "WHERE r.account_id = ? AND r.state = ? ORDER BY r.id")
                  .arg(replyColumns, replyFrom));
    q.addBindValue(accountId);
    q.addBindValue(replyStateKey(state));
    if (!q.exec())
        return unexpected(error(q.lastError()));
    QList<OutgoingReply> list;
    while (q.next())
        list << outgoingFromQuery(q);
    return list;
}

Expected<Reply, StoreError> OutboxRepository::replyById(qint64 replyId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 "
                             "WHERE r.id = ?")
                  .arg(replyColumns, replyFrom));
    q.addBindValue(replyId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    if (!q.next())
        return unexpected(
            StoreError{StoreError::Kind::NotFound, location().displayName(), QStringLiteral("reply %1").arg(replyId)});
    return outgoingFromQuery(q).reply;
}

Expected<QList<Reply>, StoreError> OutboxRepository::repliesOfCase(qint64 caseId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 "
                             "WHERE r.case_id = ? ORDER BY r.id")
                  .arg(replyColumns, replyFrom));
    q.addBindValue(caseId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    QList<Reply> list;
    while (q.next())
        list << outgoingFromQuery(q).reply;
    return list;
}

Expected<SubmitResult, StoreError> OutboxRepository::submitReply(const ReplySubmission &submission)
{
    const Reply &reply = submission.reply;
    const QStringList texts = submission.parts.isEmpty() ? QStringList{reply.text} : submission.parts;
    WEBCARE_TRY(begin());
    auto fail = [this](const StoreError &err) -> Expected<SubmitResult, StoreError> {
        rollback();
        return unexpected(err);
    };
    QSqlQuery q(db());
    // Decided inside the transaction, so a supervisor changing the agent's flag at the same moment counts.
    bool needsApproval = false;
    if (!run(q, QStringLiteral("SELECT needs_approval FROM agents WHERE login = ?"), {text(reply.agent)}))
        return fail(error(q.lastError()));
    if (q.next())
        needsApproval = q.value(0).toInt() != 0;
    q.finish();
    if (!needsApproval && !submission.openFlags.isEmpty()) {
        if (!run(q, QStringLiteral("SELECT value FROM team_settings WHERE key = ?"),
                 {QLatin1String(findingsNeedApprovalSetting)}))
            return fail(error(q.lastError()));
        needsApproval = q.next() && isOn(q.value(0).toString());
        q.finish();
    }
    SubmitResult result;
    // A draft queued again (the answer to the first attempt was lost with the connection): its key finds what the
    // first attempt stored, so the reply is stored once.
    const QString &draftKey = submission.draftKey;
    if (!draftKey.isEmpty()) {
        if (!run(q, QStringLiteral("SELECT id, state FROM replies WHERE idempotency_key = ?"), {draftKey}))
            return fail(error(q.lastError()));
        if (q.next()) {
            qint64 id = q.value(0).toLongLong();
            result.awaitingApproval = q.value(1).toString() == replyStateKey(ReplyState::AwaitingApproval);
            q.finish();
            while (id) {
                result.replyIds << id;
                if (!run(q, QStringLiteral("SELECT id FROM replies WHERE thread_parent_id = ?"), {id}))
                    return fail(error(q.lastError()));
                id = q.next() ? q.value(0).toLongLong() : 0;
                q.finish();
            }
            rollback();
            return result;
        }
        q.finish();
    }
    // Training: kept for the supervisors' review, never queued; four-eyes has nothing to approve.
    if (isTraining())
        needsApproval = false;
    result.awaitingApproval = needsApproval;
    result.captured = isTraining();
    const QString state = replyStateKey(isTraining()    ? ReplyState::Captured
                                        : needsApproval ? ReplyState::AwaitingApproval
                                                        : ReplyState::Approved);
    const QString flags = submission.openFlags.join(QLatin1Char('\n'));
    qint64 parent = 0;
    int partNumber = 0;
    for (const QString &partText : texts) {
        // The first part carries the draft's key (also while it awaits approval, so that queueing the draft again
        // finds it; approval keeps it); later parts get keys of their own. Without a draft key: awaiting approval
        // has no key yet, approval gives a fresh one, which every send attempt then carries.
        ++partNumber;
        const QString key = isTraining() ? QStringLiteral("")
                            : !draftKey.isEmpty()
                                ? (partNumber == 1 ? draftKey : draftKey + QStringLiteral("/%1").arg(partNumber))
                            : needsApproval ? QStringLiteral("")
                                            : freshKey();
        if (!run(q,
                 QStringLiteral("INSERT INTO replies (case_id, account_id, in_reply_to_post_id, state, text, agent, "
                                "signature, idempotency_key, created_at, open_flags, thread_parent_id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {reply.caseId, reply.accountId ? QVariant(reply.accountId) : nullInteger(),
                  reply.inReplyToPostId ? QVariant(reply.inReplyToPostId) : nullInteger(), state, text(partText),
                  text(reply.agent), text(reply.signature), key, nowMs(), text(flags),
                  parent ? QVariant(parent) : nullInteger()}) ||
            !q.next())
            return fail(error(q.lastError()));
        parent = q.value(0).toLongLong();
        q.finish();
        result.replyIds << parent;
    }
    QStringList ids;
    for (qint64 id : std::as_const(result.replyIds))
        ids << QString::number(id);
    QString detail = ids.join(QLatin1Char(','));
    if (!submission.openFlags.isEmpty())
        detail += QStringLiteral(" · open findings: %1").arg(submission.openFlags.size());
    if (!run(q, insertAuditSql(),
             {reply.caseId, text(reply.agent),
              isTraining()    ? QStringLiteral("reply.captured")
              : needsApproval ? QStringLiteral("reply.submitted")
                              : QStringLiteral("reply.approved"),
              detail, nowMs()}))
        return fail(error(q.lastError()));
    WEBCARE_TRY(commit());
    return result;
}

// Only a supervisor reviews; the error when `login` is not one (or the question failed).
std::optional<StoreError> OutboxRepository::notSupervisor(const QString &login)
{
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT role FROM agents WHERE login = ?"), {text(login)}))
        return error(q.lastError());
    if (q.next() && q.value(0).toString() == QLatin1String("supervisor"))
        return std::nullopt;
    return StoreError{StoreError::Kind::NotAllowed, location().displayName(),
                      QStringLiteral("%1 is not a supervisor").arg(login)};
}

// Why a supervisor's review changed nothing: the reply is gone, is their own, or someone reviewed it first.
StoreError OutboxRepository::reviewRefusal(qint64 replyId, const QString &supervisor)
{
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT agent FROM replies WHERE id = ?"), {replyId}))
        return error(q.lastError());
    if (!q.next())
        return StoreError{StoreError::Kind::NotFound, location().displayName(),
                          QStringLiteral("reply %1").arg(replyId)};
    const bool own = q.value(0).toString() == supervisor;
    return StoreError{own ? StoreError::Kind::NotAllowed : StoreError::Kind::Conflict, location().displayName(),
                      own ? QStringLiteral("own reply %1").arg(replyId)
                          : QStringLiteral("reply %1 was already reviewed").arg(replyId)};
}

Expected<void, StoreError> OutboxRepository::approveSubmitted(qint64 replyId, const QString &supervisor)
{
    if (auto r = begin(); !r)
        return r;
    auto fail = [this](const StoreError &err) -> Expected<void, StoreError> {
        rollback();
        return unexpected(err);
    };
    if (auto refused = notSupervisor(supervisor))
        return fail(*refused);
    QSqlQuery q(db());
    const qint64 at = nowMs();
    // The condition is the lock: only one UPDATE moves the reply out of "awaiting approval".
    if (!run(q,
             QStringLiteral("UPDATE replies SET state = 'approved', idempotency_key = CASE WHEN idempotency_key <> '' "
                            "THEN idempotency_key ELSE ? END, reviewed_by = ?, "
                            "reviewed_at = ?, review_comment = '' WHERE id = ? AND state = 'awaiting_approval' "
                            "AND agent <> ?"),
             {freshKey(), text(supervisor), at, replyId, text(supervisor)}))
        return fail(error(q.lastError()));
    const int moved = q.numRowsAffected();
    q.finish();
    if (moved != 1)
        return fail(reviewRefusal(replyId, supervisor));
    // The later parts of a thread follow, each with a key of its own.
    qint64 parent = replyId;
    while (true) {
        if (!run(q, QStringLiteral("SELECT id FROM replies WHERE thread_parent_id = ? AND state = 'awaiting_approval'"),
                 {parent}))
            return fail(error(q.lastError()));
        if (!q.next())
            break;
        const qint64 child = q.value(0).toLongLong();
        q.finish();
        if (!run(q,
                 QStringLiteral(
                     "UPDATE replies SET state = 'approved', idempotency_key = CASE WHEN idempotency_key <> '' "
                     "THEN idempotency_key ELSE ? END, reviewed_by = ?, "
                     "reviewed_at = ? WHERE id = ? AND state = 'awaiting_approval'"),
                 {freshKey(), text(supervisor), at, child}))
            return fail(error(q.lastError()));
        parent = child;
    }
    q.finish();
    if (!run(q,
             QStringLiteral("INSERT INTO audit_events (case_id, actor, action, detail, at) "
                            "SELECT case_id, ?, 'reply.review_approved', ?, ? FROM replies WHERE id = ?"),
             {text(supervisor), QString::number(replyId), at, replyId}))
        return fail(error(q.lastError()));
    return commit();
}

Expected<void, StoreError> OutboxRepository::sendBackReply(qint64 replyId, const QString &supervisor,
                                                           const QString &comment)
{
    if (auto r = begin(); !r)
        return r;
    auto fail = [this](const StoreError &err) -> Expected<void, StoreError> {
        rollback();
        return unexpected(err);
    };
    if (auto refused = notSupervisor(supervisor))
        return fail(*refused);
    QSqlQuery q(db());
    const qint64 at = nowMs();
    if (!run(q,
             QStringLiteral("UPDATE replies SET state = 'sent_back', reviewed_by = ?, reviewed_at = ?, "
                            "review_comment = ? WHERE id = ? AND state = 'awaiting_approval' AND agent <> ?"),
             {text(supervisor), at, text(comment), replyId, text(supervisor)}))
        return fail(error(q.lastError()));
    const int moved = q.numRowsAffected();
    q.finish();
    if (moved != 1)
        return fail(reviewRefusal(replyId, supervisor));
    qint64 parent = replyId;
    while (true) {
        if (!run(q, QStringLiteral("SELECT id FROM replies WHERE thread_parent_id = ? AND state = 'awaiting_approval'"),
                 {parent}))
            return fail(error(q.lastError()));
        if (!q.next())
            break;
        const qint64 child = q.value(0).toLongLong();
        q.finish();
        if (!run(q,
                 QStringLiteral("UPDATE replies SET state = 'sent_back', reviewed_by = ?, reviewed_at = ?, "
                                "review_comment = ? WHERE id = ?"),
                 {text(supervisor), at, text(comment), child}))
            return fail(error(q.lastError()));
        parent = child;
    }
    q.finish();
    if (!run(q,
             QStringLiteral("INSERT INTO audit_events (case_id, actor, action, detail, at) "
                            "SELECT case_id, ?, 'reply.sent_back', ?, ? FROM replies WHERE id = ?"),
             {text(supervisor), QStringLiteral("%1: %2").arg(replyId).arg(comment), at, replyId}))
        return fail(error(q.lastError()));
    return commit();
}

Expected<QList<ApprovalItem>, StoreError> OutboxRepository::approvalQueue()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT id, case_id FROM replies WHERE state = 'awaiting_approval' AND "
                               "thread_parent_id IS NULL ORDER BY id")))
        return unexpected(error(q.lastError()));
    QList<std::pair<qint64, qint64>> roots;
    while (q.next())
        roots.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    q.finish();
    QList<ApprovalItem> items;
    for (const auto &[replyId, caseId] : std::as_const(roots)) {
        auto replies = repliesOfCase(caseId);
        if (!replies)
            return unexpected(replies.error());
        ApprovalItem item;
        qint64 next = replyId;
        // Follow the chain: each part's child is the next part.
        while (next) {
            const auto part =
                std::find_if(replies->cbegin(), replies->cend(), [next](const Reply &r) { return r.id == next; });
            if (part == replies->cend())
                break;
            item.parts << *part;
            const qint64 current = next;
            next = 0;
            for (const Reply &r : std::as_const(*replies)) {
                if (r.threadParentId == current && r.state == ReplyState::AwaitingApproval)
                    next = r.id;
            }
        }
        if (item.parts.isEmpty())
            continue;
        item.reply = item.parts.first();
        auto posts = m_cases.conversation(caseId);
        if (!posts)
            return unexpected(posts.error());
        for (const Post &p : std::as_const(*posts)) {
            if (p.id == item.reply.inReplyToPostId)
                item.answers = p;
        }
        auto c = m_cases.caseById(caseId);
        if (!c)
            return unexpected(c.error());
        item.caseAuthor = c->authorName;
        items << item;
    }
    return items;
}

Expected<qint64, StoreError> OutboxRepository::approvalCount()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM replies WHERE state = 'awaiting_approval' AND "
                               "thread_parent_id IS NULL")) ||
        !q.next())
        return unexpected(error(q.lastError()));
    return q.value(0).toLongLong();
}

} // namespace webcare::store
