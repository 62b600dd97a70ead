// SPDX-License-Identifier: MIT
// Agents: roles and four-eyes flags, and the blending state log.
#include "agentrepository.h"
#include "store/sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

namespace webcare::store {

using namespace sql;

using namespace domain;

namespace {

// A client heartbeats every minute or so; one silent for longer than this has crashed or lost its connection.
constexpr qint64 heartbeatStaleMs = 5 * 60 * 1000;

} // namespace

Expected<void, StoreError> AgentRepository::setAgentRole(const QString &login, bool supervisor, bool needsApproval,
                                                         const QString &actor)
{
    if (login.isEmpty())
        return unexpected(StoreError{StoreError::Kind::Query, location().displayName(), QStringLiteral("no login")});
    if (auto r = begin(); !r)
        return r;
    QSqlQuery q(db());
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

Expected<std::optional<Agent>, StoreError> AgentRepository::agent(const QString &login)
{
    QSqlQuery q(db());
    if (!run(q, QStringLiteral("SELECT %1 FROM agents WHERE login = ?").arg(QLatin1String(agentColumns)),
             {text(login)}))
        return unexpected(error(q.lastError()));
    if (!q.next())
        return std::optional<Agent>();
    return std::optional<Agent>(agentFromRow(q));
}

Expected<QStringList, StoreError> AgentRepository::agentLogins()
{
    QSqlQuery q(db());
    if (!q.exec(
            QStringLiteral("SELECT login FROM agents UNION SELECT DISTINCT assignee FROM cases WHERE assignee <> '' "
                           "ORDER BY 1")))
        return unexpected(error(q.lastError()));
    QStringList logins;
    while (q.next())
        logins << q.value(0).toString();
    return logins;
}

Expected<void, StoreError> AgentRepository::setAgentState(const QString &agent, domain::AgentState state,
                                                          const QDateTime &atUtc)
{
    const qint64 at = msOr(atUtc, nowMs());
    if (auto r = begin(); !r)
        return r;
    auto fail = [this](const StoreError &err) -> Expected<void, StoreError> {
        rollback();
        return unexpected(err);
    };
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT id, state, started_at, last_heartbeat_at FROM agent_states WHERE agent = ? AND "
                            "ended_at IS NULL ORDER BY started_at DESC, id DESC"),
             {text(agent)}))
        return fail(error(q.lastError()));
    struct Open {
        qint64 id;
        QString state;
        qint64 started;
        qint64 heartbeat;
    };
    QList<Open> open;
    while (q.next())
        open << Open{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).isNull() ? q.value(2).toLongLong() : q.value(3).toLongLong()};
    q.finish();
    QString from = QStringLiteral("offline");
    for (qsizetype i = 0; i < open.size(); ++i) {
        const Open &o = open.at(i);
        // The newest interval of a live client ends now; older ones, or one whose client went silent, end at their
        // last heartbeat: time the client was not running is not counted, and an end never precedes its start.
        const bool live = i == 0 && at - o.heartbeat <= heartbeatStaleMs;
        const qint64 end = std::max(o.started, live ? at : o.heartbeat);
        if (!run(q, QStringLiteral("UPDATE agent_states SET ended_at = ? WHERE id = ?"), {end, o.id}))
            return fail(error(q.lastError()));
        if (i == 0 && live)
            from = o.state;
    }
    const QString to = domain::agentStateKey(state);
    if (!run(q,
             QStringLiteral("INSERT INTO agent_states (agent, state, started_at, last_heartbeat_at) VALUES (?, ?, ?, "
                            "?)"),
             {text(agent), to, at, at}) ||
        !run(q, insertAuditSql(),
             {nullInteger(), text(agent), QStringLiteral("agent.state"), QString(from + QStringLiteral(" → ") + to),
              at}))
        return fail(error(q.lastError()));
    return commit();
}

Expected<void, StoreError> AgentRepository::agentHeartbeat(const QString &agent, const QDateTime &atUtc)
{
    // Never moves a heartbeat backwards (clock adjustments): accounted time only grows.
    const qint64 at = msOr(atUtc, nowMs());
    return execute(QStringLiteral("UPDATE agent_states SET last_heartbeat_at = CASE WHEN last_heartbeat_at IS NULL OR "
                                  "last_heartbeat_at < ? THEN ? ELSE last_heartbeat_at END WHERE agent = ? AND "
                                  "ended_at IS NULL"),
                   {at, at, text(agent)});
}

Expected<int, StoreError> AgentRepository::closeInterruptedStates(const QString &agent)
{
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("UPDATE agent_states SET ended_at = CASE WHEN last_heartbeat_at IS NULL OR "
                            "last_heartbeat_at < started_at THEN started_at ELSE last_heartbeat_at END "
                            "WHERE agent = ? AND ended_at IS NULL"),
             {text(agent)}))
        return unexpected(error(q.lastError()));
    return q.numRowsAffected();
}

Expected<std::optional<domain::AgentState>, StoreError> AgentRepository::currentAgentState(const QString &agent)
{
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT state FROM agent_states WHERE agent = ? AND ended_at IS NULL ORDER BY started_at "
                            "DESC, id DESC LIMIT 1"),
             {text(agent)}))
        return unexpected(error(q.lastError()));
    if (!q.next())
        return std::optional<domain::AgentState>();
    return domain::agentStateFromKey(q.value(0).toString());
}

Expected<QList<domain::StateInterval>, StoreError>
AgentRepository::agentStateLog(const QString &agent, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT state, started_at, ended_at, last_heartbeat_at FROM agent_states WHERE agent = ? "
                            "AND started_at < ? AND (ended_at IS NULL OR ended_at > ?) ORDER BY started_at, id"),
             {text(agent), msOr(toUtc, nowMs()), msOr(fromUtc, 0)}))
        return unexpected(error(q.lastError()));
    QList<domain::StateInterval> out;
    while (q.next()) {
        out << domain::StateInterval{
            agent, domain::agentStateFromKey(q.value(0).toString()).value_or(domain::AgentState::Offline),
            fromMs(q.value(1)), fromMs(q.value(2)), fromMs(q.value(3))};
    }
    return out;
}

Expected<QStringList, StoreError> AgentRepository::agentsInState(domain::AgentState state, const QDateTime &nowUtc)
{
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT DISTINCT agent FROM agent_states WHERE ended_at IS NULL AND state = ? AND "
                            "last_heartbeat_at >= ? ORDER BY agent"),
             {domain::agentStateKey(state), msOr(nowUtc, nowMs()) - heartbeatStaleMs}))
        return unexpected(error(q.lastError()));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace webcare::store
