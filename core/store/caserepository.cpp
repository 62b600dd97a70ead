// SPDX-License-Identifier: MIT
// Cases: the inbox pages, a case and its conversation, its state and audit trail, assignment and presence.
#include "caserepository.h"
#include "store/sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

#include "agentrepository.h"

namespace webcare::store {

using namespace sql;

using namespace domain;

namespace {

Case caseFromQuery(const QSqlQuery &q)
{
    Case c;
    c.id = q.value(0).toLongLong();
    c.channel = channelFromKey(q.value(1).toString()).value_or(Channel::X);
    c.conversationId = q.value(2).toString();
    c.state = caseStateFromKey(q.value(3).toString()).value_or(CaseState::New);
    c.assignee = q.value(4).toString();
    c.priority = static_cast<Priority>(std::clamp(q.value(5).toInt(), 0, 3));
    c.category = q.value(6).toString();
    c.slaDueAt = fromMs(q.value(7));
    c.openedAt = fromMs(q.value(8));
    c.lastPostAt = fromMs(q.value(9));
    c.postCount = q.value(10).toInt();
    c.authorName = q.value(11).toString();
    c.preview = q.value(12).toString();
    return c;
}

const QString caseColumns = QStringLiteral("c.id, c.channel, c.conversation_id, c.state, c.assignee, c.priority, "
                                           "c.category, c.sla_due_at, c.opened_at, c.last_post_at, c.post_count, "
                                           "c.author_name, c.preview, c.due_key");

// The engine's query for the search words. FTS5: quoted strings ("word", "word"*); PostgreSQL tsquery: word,
// word:*. The words carry no quotes or operators, so nothing the agent types can be read as query syntax.
QString ftsQuery(const SearchTerms &search, Backend backend)
{
    QStringList terms;
    for (qsizetype i = 0; i < search.words.size(); ++i) {
        const bool prefix = search.lastIsPrefix && i == search.words.size() - 1;
        const QString &word = search.words.at(i);
        if (backend == Backend::Sqlite)
            terms << QLatin1Char('"') + word + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
        else
            terms << word + (prefix ? QStringLiteral(":*") : QString());
    }
    return terms.join(backend == Backend::Sqlite ? QStringLiteral(" ") : QStringLiteral(" & "));
}

// The ids of the newest `limit` posts matching one bound ftsQuery() value.
QString matchingPostsSql(Backend backend, int limit)
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? ORDER BY rowid DESC LIMIT %1")
            .arg(limit);
    return QStringLiteral("SELECT id FROM posts WHERE search_vector @@ to_tsquery('simple', translate(lower(?), "
                          "'áàâäãåéèêëíìîïóòôöõúùûüýÿçñ', 'aaaaaaeeeeiiiiooooouuuuyycn')) ORDER BY id DESC LIMIT %1")
        .arg(limit);
}

// Appends the WHERE conditions of a filter; values go through bind parameters, never into the SQL text.
void appendFilter(const InboxFilter &filter, Backend backend, QStringList &where, QVariantList &values)
{
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (CaseState s : filter.states) {
            marks << QStringLiteral("?");
            values << caseStateKey(s);
        }
        where << QStringLiteral("c.state IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.channel) {
        where << QStringLiteral("c.channel = ?");
        values << channelKey(*filter.channel);
    }
    if (filter.assignee) {
        where << QStringLiteral("c.assignee = ?");
        values << *filter.assignee;
    }
    if (!filter.category.isEmpty()) {
        where << QStringLiteral("c.category = ?");
        values << filter.category;
    }
    if (!filter.tag.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM case_tags t WHERE t.case_id = c.id AND t.tag = ?)");
        values << filter.tag;
    }
    if (filter.dueBefore.isValid()) {
        // due_key is the SLA due time of open cases (the inbox order), so the index on it serves this too.
        where << QStringLiteral("c.due_key < ?");
        values << filter.dueBefore.toMSecsSinceEpoch();
    }
    const SearchTerms search = searchTerms(filter.search);
    if (!search.isEmpty()) {
        where << QStringLiteral("c.id IN (SELECT p.case_id FROM posts p WHERE p.id IN (%1))")
                     .arg(matchingPostsSql(backend, searchMessageLimit));
        values << ftsQuery(search, backend);
    }
}

} // namespace

Expected<InboxPage, StoreError> CaseRepository::inboxPage(const InboxQuery &query)
{
    QStringList where;
    QVariantList values;
    appendFilter(query.filter, backend(), where, values);
    if (query.after) {
        where << QStringLiteral("(c.due_key, c.id) > (?, ?)");
        values << query.after->dueKey << query.after->caseId;
    }
    const int limit = std::clamp(query.limit, 1, 10000);
    QString sql = QStringLiteral("SELECT %1 FROM cases c").arg(caseColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY c.due_key, c.id LIMIT %1").arg(limit + 1);

    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    InboxPage page;
    qint64 lastDueKey = 0;
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.next = InboxCursor{lastDueKey, page.rows.constLast().id};
            break;
        }
        page.rows << caseFromQuery(q);
        lastDueKey = q.value(13).toLongLong();
    }
    const SearchTerms search = searchTerms(query.filter.search);
    if (!search.isEmpty() && !query.after) {
        QSqlQuery more(db());
        more.prepare(
            QStringLiteral("SELECT count(*) FROM (%1) m").arg(matchingPostsSql(backend(), searchMessageLimit + 1)));
        more.addBindValue(ftsQuery(search, backend()));
        if (!more.exec() || !more.next())
            return unexpected(error(more.lastError()));
        page.searchLimited = more.value(0).toInt() > searchMessageLimit;
    }
    return page;
}

Expected<qint64, StoreError> CaseRepository::countCases(const InboxFilter &filter)
{
    QStringList where;
    QVariantList values;
    appendFilter(filter, backend(), where, values);
    QString sql = QStringLiteral("SELECT count(*) FROM cases c");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return unexpected(error(q.lastError()));
    return q.value(0).toLongLong();
}

Expected<Case, StoreError> CaseRepository::caseById(qint64 caseId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM cases c WHERE c.id = ?").arg(caseColumns));
    q.addBindValue(caseId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    if (!q.next())
        return unexpected(
            StoreError{StoreError::Kind::NotFound, location().displayName(), QStringLiteral("case %1").arg(caseId)});
    Case c = caseFromQuery(q);
    q.finish();
    q.prepare(QStringLiteral("SELECT tag FROM case_tags WHERE case_id = ? ORDER BY tag"));
    q.addBindValue(caseId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    while (q.next())
        c.tags << q.value(0).toString();
    return c;
}

Expected<QList<Post>, StoreError> CaseRepository::conversation(qint64 caseId)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.id, p.channel, p.platform_id, p.text, p.created_at, p.in_reply_to, p.conversation_id, p.url, "
        "p.from_own_account, p.raw_payload, a.id, a.platform_id, a.handle, a.display_name, a.customer_number "
        "FROM posts p JOIN authors a ON a.id = p.author_id WHERE p.case_id = ? ORDER BY p.created_at, p.id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    QList<Post> posts;
    while (q.next()) {
        Post p;
        p.id = q.value(0).toLongLong();
        p.channel = channelFromKey(q.value(1).toString()).value_or(Channel::X);
        p.platformId = q.value(2).toString();
        p.text = q.value(3).toString();
        p.createdAt = fromMs(q.value(4));
        p.inReplyToPlatformId = q.value(5).toString();
        p.conversationId = q.value(6).toString();
        p.url = q.value(7).toString();
        p.fromOwnAccount = q.value(8).toInt() != 0;
        p.rawPayload = q.value(9).toString().toUtf8();
        p.author.id = q.value(10).toLongLong();
        p.author.channel = p.channel;
        p.author.platformId = q.value(11).toString();
        p.author.handle = q.value(12).toString();
        p.author.displayName = q.value(13).toString();
        p.author.customerNumber = q.value(14).toString();
        p.caseId = caseId;
        p.privateMessage = isPrivateMessage(p.channel, p.platformId, p.rawPayload);
        posts << p;
    }
    return posts;
}

Expected<qint64, StoreError> CaseRepository::postCount()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM posts")) || !q.next())
        return unexpected(error(q.lastError()));
    return q.value(0).toLongLong();
}

Expected<void, StoreError> CaseRepository::setCaseState(qint64 caseId, CaseState state, const QString &actor)
{
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT state, sla_due_at FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    if (!q.next()) {
        rollback();
        return unexpected(
            StoreError{StoreError::Kind::NotFound, location().displayName(), QStringLiteral("case %1").arg(caseId)});
    }
    const QString from = q.value(0).toString();
    const QVariant due = q.value(1);
    q.finish();
    // A closed case leaves the SLA queue; an open one keeps (or regains) its due time.
    const bool open = isOpen(state);
    q.prepare(QStringLiteral("UPDATE cases SET state = ?, due_key = ? WHERE id = ?"));
    q.addBindValue(caseStateKey(state));
    q.addBindValue(open && !due.isNull() ? due.toLongLong() : noDueKey);
    q.addBindValue(caseId);
    if (!q.exec()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    q.finish();
    q.prepare(insertAuditSql());
    q.addBindValue(caseId);
    q.addBindValue(actor);
    q.addBindValue(QStringLiteral("case.state"));
    q.addBindValue(QString(from + QStringLiteral(" → ") + caseStateKey(state)));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    return commit();
}

Expected<void, StoreError> CaseRepository::appendAudit(const AuditEvent &event)
{
    return execute(insertAuditSql(), {event.caseId ? QVariant(event.caseId) : QVariant(QMetaType(QMetaType::LongLong)),
                                      text(event.actor), text(event.action), text(event.detail),
                                      event.at.isValid() ? toMs(event.at) : QDateTime::currentMSecsSinceEpoch()});
}

Expected<QList<AuditEvent>, StoreError> CaseRepository::auditTrail(qint64 caseId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT id, case_id, actor, action, detail, at FROM audit_events WHERE case_id = ? ORDER BY at, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return unexpected(error(q.lastError()));
    QList<AuditEvent> events;
    while (q.next()) {
        events << AuditEvent{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                             q.value(3).toString(),   q.value(4).toString(),   fromMs(q.value(5))};
    }
    return events;
}

Expected<void, StoreError> CaseRepository::setPresence(const Presence &p)
{
    const qint64 at = p.heartbeatAt.isValid() ? p.heartbeatAt.toMSecsSinceEpoch() : nowMs();
    return execute(QStringLiteral("INSERT INTO case_presence (case_id, client_id, agent, activity, heartbeat_at) "
                                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_id, client_id) DO UPDATE SET "
                                  "agent = excluded.agent, activity = excluded.activity, "
                                  "heartbeat_at = excluded.heartbeat_at"),
                   {p.caseId, text(p.clientId), text(p.agent), text(p.activity), at});
}

Expected<void, StoreError> CaseRepository::clearPresence(qint64 caseId, const QString &clientId)
{
    // caseId 0: everything of this client (the window closes).
    if (!caseId)
        return execute(QStringLiteral("DELETE FROM case_presence WHERE client_id = ?"), {text(clientId)});
    return execute(QStringLiteral("DELETE FROM case_presence WHERE case_id = ? AND client_id = ?"),
                   {caseId, text(clientId)});
}

Expected<QList<Presence>, StoreError> CaseRepository::presence(qint64 caseId, const QDateTime &nowUtc, int staleSeconds)
{
    const qint64 now = nowUtc.isValid() ? nowUtc.toMSecsSinceEpoch() : nowMs();
    QSqlQuery q(db());
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

Expected<void, StoreError> CaseRepository::claimCase(qint64 caseId, const QString &agent)
{
    if (agent.isEmpty())
        return unexpected(StoreError{StoreError::Kind::Query, location().displayName(), QStringLiteral("no agent")});
    if (auto r = begin(); !r)
        return r;
    auto fail = [this](const StoreError &err) -> Expected<void, StoreError> {
        rollback();
        return unexpected(err);
    };
    QSqlQuery q(db());
    // The condition is the lock: PostgreSQL re-checks `assignee = ''` after waiting for a concurrent claimer's row
    // lock, SQLite serialises writers; either way only one UPDATE changes the row.
    if (!run(q, QStringLiteral("UPDATE cases SET assignee = ? WHERE id = ? AND assignee = ''"), {agent, caseId}))
        return fail(error(q.lastError()));
    if (q.numRowsAffected() != 1) {
        if (!run(q, QStringLiteral("SELECT assignee FROM cases WHERE id = ?"), {caseId}))
            return fail(error(q.lastError()));
        if (!q.next())
            return fail(StoreError{StoreError::Kind::NotFound, location().displayName(),
                                   QStringLiteral("case %1").arg(caseId)});
        const QString owner = q.value(0).toString();
        q.finish();
        rollback();
        if (owner == agent)
            return {};
        return unexpected(StoreError{StoreError::Kind::Conflict, location().displayName(),
                                     QStringLiteral("case %1 is owned by %2").arg(caseId).arg(owner)});
    }
    if (!run(q, insertAuditSql(), {caseId, text(agent), QStringLiteral("case.claimed"), text(agent), nowMs()}))
        return fail(error(q.lastError()));
    return commit();
}

Expected<void, StoreError> CaseRepository::releaseCase(qint64 caseId, const QString &agent)
{
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("UPDATE cases SET assignee = '' WHERE id = ? AND assignee = ?"),
             {caseId, text(agent)})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    if (q.numRowsAffected() != 1) {
        rollback();
        return unexpected(StoreError{StoreError::Kind::Conflict, location().displayName(),
                                     QStringLiteral("case %1 is not owned by %2").arg(caseId).arg(agent)});
    }
    if (!run(q, insertAuditSql(), {caseId, text(agent), QStringLiteral("case.released"), text(agent), nowMs()})) {
        const StoreError e = error(q.lastError());
        rollback();
        return unexpected(e);
    }
    return commit();
}

Expected<QList<Assignment>, StoreError> CaseRepository::autoAssign(int maxOpenPerAgent, const QDateTime &nowUtc,
                                                                   const QString &actor)
{
    auto agents = m_agents.agentsInState(domain::AgentState::Webcare, nowUtc);
    if (!agents)
        return unexpected(agents.error());
    QList<Assignment> done;
    if (agents->isEmpty() || maxOpenPerAgent <= 0)
        return done;
    WEBCARE_TRY(begin());
    auto fail = [this](const StoreError &err) -> Expected<QList<Assignment>, StoreError> {
        rollback();
        return unexpected(err);
    };
    const QString openStates = QStringLiteral("'new', 'needs_reply', 'waiting_on_department'");
    QSqlQuery q(db());
    QHash<QString, int> load;
    if (!q.exec(QStringLiteral("SELECT assignee, count(*) FROM cases WHERE assignee <> '' AND state IN (%1) GROUP BY "
                               "assignee")
                    .arg(openStates)))
        return fail(error(q.lastError()));
    while (q.next())
        load.insert(q.value(0).toString(), q.value(1).toInt());
    q.finish();
    QString last;
    if (!q.exec(QStringLiteral("SELECT last_agent FROM assignment_rotation WHERE id = 1")))
        return fail(error(q.lastError()));
    if (q.next())
        last = q.value(0).toString();
    q.finish();

    int capacity = 0;
    for (const QString &a : std::as_const(*agents))
        capacity += std::max(0, maxOpenPerAgent - load.value(a));
    if (capacity == 0) {
        rollback();
        return done;
    }
    QList<qint64> waiting;
    if (!q.exec(QStringLiteral("SELECT id FROM cases WHERE assignee = '' AND state IN ('new', 'needs_reply') ORDER BY "
                               "due_key, id LIMIT %1")
                    .arg(capacity)))
        return fail(error(q.lastError()));
    while (q.next())
        waiting << q.value(0).toLongLong();
    q.finish();

    // The turn starts after the agent who got the last case, so a team shares the work evenly across runs.
    qsizetype turn = 0;
    if (!last.isEmpty()) {
        const auto after = std::upper_bound(agents->cbegin(), agents->cend(), last);
        turn = after == agents->cend() ? 0 : after - agents->cbegin();
    }
    const qint64 now = msOr(nowUtc, nowMs());
    for (qint64 caseId : std::as_const(waiting)) {
        QString chosen;
        for (qsizetype i = 0; i < agents->size(); ++i) {
            const QString &candidate = agents->at((turn + i) % agents->size());
            if (load.value(candidate) < maxOpenPerAgent) {
                chosen = candidate;
                turn = (turn + i + 1) % agents->size();
                break;
            }
        }
        if (chosen.isEmpty())
            break;
        if (!run(q, QStringLiteral("UPDATE cases SET assignee = ? WHERE id = ? AND assignee = ''"), {chosen, caseId}))
            return fail(error(q.lastError()));
        if (q.numRowsAffected() != 1)
            continue; // claimed by someone else meanwhile
        if (!run(q, insertAuditSql(), {caseId, text(actor), QStringLiteral("case.assigned"), chosen, now}))
            return fail(error(q.lastError()));
        load[chosen] += 1;
        last = chosen;
        done << Assignment{caseId, chosen};
    }
    if (!done.isEmpty() &&
        !run(q,
             QStringLiteral("INSERT INTO assignment_rotation (id, last_agent) VALUES (1, ?) ON CONFLICT (id) DO UPDATE "
                            "SET last_agent = excluded.last_agent"),
             {last}))
        return fail(error(q.lastError()));
    WEBCARE_TRY(commit());
    return done;
}

} // namespace webcare::store
