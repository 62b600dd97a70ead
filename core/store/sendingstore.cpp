// SPDX-License-Identifier: MIT
// The sending part of the case store: submitting replies (one post or a numbered thread), four-eyes approval,
// agents' roles, team settings, the inbox filter lists and presence on a case (collision).
#include "casestore.h"
#include "store/sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <algorithm>

namespace webcare::store {

using namespace sql;

using namespace domain;

namespace {

QString freshKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

bool isOn(const QString &value)
{
    return value == QLatin1String("1") || value == QLatin1String("true") || value == QLatin1String("on");
}

} // namespace

Expected<SubmitResult, StoreError> CaseStore::submitReply(const ReplySubmission &submission)
{
    const Reply &reply = submission.reply;
    const QStringList texts = submission.parts.isEmpty() ? QStringList{reply.text} : submission.parts;
    if (auto r = begin(); !r)
        return unexpected(r.error());
    auto fail = [this](const StoreError &err) -> Expected<SubmitResult, StoreError> {
        rollback();
        return unexpected(err);
    };
    QSqlQuery q(m_db);
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
    if (m_training)
        needsApproval = false;
    result.awaitingApproval = needsApproval;
    result.captured = m_training;
    const QString state = replyStateKey(m_training      ? ReplyState::Captured
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
        const QString key = m_training ? QStringLiteral("")
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
              m_training      ? QStringLiteral("reply.captured")
              : needsApproval ? QStringLiteral("reply.submitted")
                              : QStringLiteral("reply.approved"),
              detail, nowMs()}))
        return fail(error(q.lastError()));
    if (auto r = commit(); !r)
        return unexpected(r.error());
    return result;
}

Expected<void, StoreError> CaseStore::approveSubmitted(qint64 replyId, const QString &supervisor)
{
    if (auto r = begin(); !r)
        return r;
    auto fail = [this](const StoreError &err) -> Expected<void, StoreError> {
        rollback();
        return unexpected(err);
    };
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT role FROM agents WHERE login = ?"), {text(supervisor)}))
        return fail(error(q.lastError()));
    const bool isSupervisor = q.next() && q.value(0).toString() == QLatin1String("supervisor");
    q.finish();
    if (!isSupervisor)
        return fail(StoreError{StoreError::Kind::NotAllowed, m_location.displayName(),
                               QStringLiteral("%1 is not a supervisor").arg(supervisor)});
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
    if (moved != 1) {
        if (!run(q, QStringLiteral("SELECT agent FROM replies WHERE id = ?"), {replyId}))
            return fail(error(q.lastError()));
        if (!q.next())
            return fail(StoreError{StoreError::Kind::NotFound, m_location.displayName(),
                                   QStringLiteral("reply %1").arg(replyId)});
        const bool own = q.value(0).toString() == supervisor;
        q.finish();
        return fail(StoreError{own ? StoreError::Kind::NotAllowed : StoreError::Kind::Conflict,
                               m_location.displayName(),
                               own ? QStringLiteral("own reply %1").arg(replyId)
                                   : QStringLiteral("reply %1 was already reviewed").arg(replyId)});
    }
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

Expected<void, StoreError> CaseStore::sendBackReply(qint64 replyId, const QString &supervisor, const QString &comment)
{
    if (auto r = begin(); !r)
        return r;
    auto fail = [this](const StoreError &err) -> Expected<void, StoreError> {
        rollback();
        return unexpected(err);
    };
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT role FROM agents WHERE login = ?"), {text(supervisor)}))
        return fail(error(q.lastError()));
    const bool isSupervisor = q.next() && q.value(0).toString() == QLatin1String("supervisor");
    q.finish();
    if (!isSupervisor)
        return fail(StoreError{StoreError::Kind::NotAllowed, m_location.displayName(),
                               QStringLiteral("%1 is not a supervisor").arg(supervisor)});
    const qint64 at = nowMs();
    if (!run(q,
             QStringLiteral("UPDATE replies SET state = 'sent_back', reviewed_by = ?, reviewed_at = ?, "
                            "review_comment = ? WHERE id = ? AND state = 'awaiting_approval' AND agent <> ?"),
             {text(supervisor), at, text(comment), replyId, text(supervisor)}))
        return fail(error(q.lastError()));
    const int moved = q.numRowsAffected();
    q.finish();
    if (moved != 1) {
        if (!run(q, QStringLiteral("SELECT agent FROM replies WHERE id = ?"), {replyId}))
            return fail(error(q.lastError()));
        if (!q.next())
            return fail(StoreError{StoreError::Kind::NotFound, m_location.displayName(),
                                   QStringLiteral("reply %1").arg(replyId)});
        const bool own = q.value(0).toString() == supervisor;
        q.finish();
        return fail(StoreError{own ? StoreError::Kind::NotAllowed : StoreError::Kind::Conflict,
                               m_location.displayName(),
                               own ? QStringLiteral("own reply %1").arg(replyId)
                                   : QStringLiteral("reply %1 was already reviewed").arg(replyId)});
    }
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

Expected<QList<ApprovalItem>, StoreError> CaseStore::approvalQueue()
{
    QSqlQuery q(m_db);
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
        auto posts = conversation(caseId);
        if (!posts)
            return unexpected(posts.error());
        for (const Post &p : std::as_const(*posts)) {
            if (p.id == item.reply.inReplyToPostId)
                item.answers = p;
        }
        auto c = caseById(caseId);
        if (!c)
            return unexpected(c.error());
        item.caseAuthor = c->authorName;
        items << item;
    }
    return items;
}

Expected<qint64, StoreError> CaseStore::approvalCount()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM replies WHERE state = 'awaiting_approval' AND "
                               "thread_parent_id IS NULL")) ||
        !q.next())
        return unexpected(error(q.lastError()));
    return q.value(0).toLongLong();
}

Expected<void, StoreError> CaseStore::setAgentRole(const QString &login, bool supervisor, bool needsApproval,
                                                   const QString &actor)
{
    if (login.isEmpty())
        return unexpected(StoreError{StoreError::Kind::Query, m_location.displayName(), QStringLiteral("no login")});
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(m_db);
    const QString role = supervisor ? QStringLiteral("supervisor") : QStringLiteral("agent");
    if (!run(q,
             QStringLiteral("INSERT INTO agents (login, display_name, role, needs_approval) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT (login) DO UPDATE SET role = excluded.role, "
                            "needs_approval = excluded.needs_approval"),
             {login, login, role, needsApproval ? 1 : 0}) ||
        !run(q, insertAuditSql(),
             {nullInteger(), text(actor), QStringLiteral("agent.role"),
              QStringLiteral("%1: %2%3")
                  .arg(login, role, needsApproval ? QStringLiteral(", needs approval") : QString()),
              nowMs()})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    return commit();
}

Expected<std::optional<Agent>, StoreError> CaseStore::agent(const QString &login)
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT id, login, display_name, signature, role, needs_approval FROM agents WHERE "
                            "login = ?"),
             {text(login)}))
        return unexpected(error(q.lastError()));
    if (!q.next())
        return std::optional<Agent>();
    Agent a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.signature = q.value(3).toString();
    a.supervisor = q.value(4).toString() == QLatin1String("supervisor");
    a.needsApproval = q.value(5).toInt() != 0;
    return std::optional<Agent>(a);
}

Expected<QStringList, StoreError> CaseStore::agentLogins()
{
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT login FROM agents UNION SELECT DISTINCT assignee FROM cases WHERE assignee <> '' "
                           "ORDER BY 1")))
        return unexpected(error(q.lastError()));
    QStringList logins;
    while (q.next())
        logins << q.value(0).toString();
    return logins;
}

Expected<QStringList, StoreError> CaseStore::tagsInUse()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT tag FROM tag_catalog UNION SELECT DISTINCT tag FROM case_tags ORDER BY 1")))
        return unexpected(error(q.lastError()));
    QStringList tags;
    while (q.next())
        tags << q.value(0).toString();
    return tags;
}

Expected<void, StoreError> CaseStore::setPresence(const Presence &p)
{
    const qint64 at = p.heartbeatAt.isValid() ? p.heartbeatAt.toMSecsSinceEpoch() : nowMs();
    return execute(QStringLiteral("INSERT INTO case_presence (case_id, client_id, agent, activity, heartbeat_at) "
                                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id, client_id) DO UPDATE SET "
                                  "agent = excluded.agent, activity = excluded.activity, "
                                  "heartbeat_at = excluded.heartbeat_at"),
                   {p.caseId, text(p.clientId), text(p.agent), text(p.activity), at});
}

Expected<void, StoreError> CaseStore::clearPresence(qint64 caseId, const QString &clientId)
{
    // caseId 0: everything of this client (the window closes).
    if (!caseId)
        return execute(QStringLiteral("DELETE FROM case_presence WHERE client_id = ?"), {text(clientId)});
    return execute(QStringLiteral("DELETE FROM case_presence WHERE case_id = ? AND client_id = ?"),
                   {caseId, text(clientId)});
}

Expected<QList<Presence>, StoreError> CaseStore::presence(qint64 caseId, const QDateTime &nowUtc, int staleSeconds)
{
    const qint64 now = nowUtc.isValid() ? nowUtc.toMSecsSinceEpoch() : nowMs();
    QSqlQuery q(m_db);
    // A client that stopped heartbeating (crashed, lost its connection) simply drops out.
    if (!run(q,
             QStringLiteral("SELECT case_id, client_id, agent, activity, heartbeat_at FROM case_presence "
                            "WHERE case_id = ? AND heartbeat_at >= ? ORDER BY agent, client_id"),
             {caseId, now - qint64(staleSeconds) * 1000}))
        return unexpected(error(q.lastError()));
    QList<Presence> list;
    while (q.next())
        list << Presence{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         fromMs(q.value(4))};
    return list;
}

} // namespace webcare::store
