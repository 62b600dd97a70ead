// SPDX-License-Identifier: MIT
#include "schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace webcare::store::schema {

namespace {

// 'WCD1' in SQLite's header: tells our files from other SQLite databases.
constexpr int sqliteApplicationId = 0x57434431;

struct Step {
    int version;
    const char *sql; // statements separated by ";\n"; {id} is replaced per dialect
    const char *sqliteOnly = nullptr;
    const char *postgresOnly = nullptr;
};

// Never edit a released step: add a new one. Times are epoch milliseconds UTC in BIGINT columns so that both
// backends store, compare and index them identically.
const Step steps[] = {
    {1, R"SQL(
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (0);
CREATE TABLE authors (
    id {id},
    channel TEXT NOT NULL,
    platform_id TEXT NOT NULL,
    handle TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    customer_number TEXT NOT NULL DEFAULT '',
    UNIQUE (channel, platform_id));
CREATE TABLE own_accounts (
    id {id},
    channel TEXT NOT NULL,
    platform_id TEXT NOT NULL,
    handle TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    UNIQUE (channel, platform_id));
CREATE TABLE cases (
    id {id},
    channel TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'new',
    assignee TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL DEFAULT 1,
    category TEXT NOT NULL DEFAULT '',
    sla_due_at BIGINT,
    due_key BIGINT NOT NULL,
    opened_at BIGINT NOT NULL,
    last_post_at BIGINT NOT NULL,
    post_count INTEGER NOT NULL DEFAULT 0,
    author_name TEXT NOT NULL DEFAULT '',
    preview TEXT NOT NULL DEFAULT '',
    UNIQUE (channel, conversation_id));
CREATE INDEX cases_due ON cases (due_key, id);
CREATE INDEX cases_state_due ON cases (state, due_key, id);
CREATE TABLE posts (
    id {id},
    channel TEXT NOT NULL,
    platform_id TEXT NOT NULL,
    author_id BIGINT NOT NULL REFERENCES authors (id),
    case_id BIGINT NOT NULL REFERENCES cases (id),
    text TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    in_reply_to TEXT NOT NULL DEFAULT '',
    conversation_id TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    from_own_account INTEGER NOT NULL DEFAULT 0,
    raw_payload TEXT NOT NULL,
    imported_at BIGINT NOT NULL,
    UNIQUE (channel, platform_id));
CREATE INDEX posts_case ON posts (case_id, created_at)
)SQL"},
    {2, R"SQL(
CREATE TABLE agents (
    id {id},
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    signature TEXT NOT NULL DEFAULT '');
CREATE TABLE departments (
    id {id},
    name TEXT NOT NULL UNIQUE,
    contact_name TEXT NOT NULL DEFAULT '',
    contact_address TEXT NOT NULL DEFAULT '',
    backup_name TEXT NOT NULL DEFAULT '',
    backup_address TEXT NOT NULL DEFAULT '');
CREATE TABLE replies (
    id {id},
    case_id BIGINT NOT NULL REFERENCES cases (id),
    in_reply_to_post_id BIGINT REFERENCES posts (id),
    state TEXT NOT NULL,
    text TEXT NOT NULL,
    agent TEXT NOT NULL,
    signature TEXT NOT NULL DEFAULT '',
    platform_id TEXT NOT NULL DEFAULT '',
    idempotency_key TEXT NOT NULL DEFAULT '',
    last_error TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    sent_at BIGINT);
CREATE INDEX replies_case ON replies (case_id);
CREATE TABLE audit_events (
    id {id},
    case_id BIGINT REFERENCES cases (id),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    at BIGINT NOT NULL);
CREATE INDEX audit_case ON audit_events (case_id, at)
)SQL"},
    {3,
     R"SQL(
CREATE TABLE case_tags (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    tag TEXT NOT NULL,
    PRIMARY KEY (case_id, tag));
CREATE INDEX cases_channel_due ON cases (channel, due_key, id);
CREATE INDEX cases_assignee_due ON cases (assignee, due_key, id);
CREATE INDEX cases_category_due ON cases (category, due_key, id)
)SQL",
     // Full-text search over post text. SQLite: an external-content FTS5 table kept in step by triggers, so every
     // writer (import, connectors, tools) keeps it current. Diacritics removed: "cafe" finds "café". Prefix
     // indexes of 2 and 3 characters keep type-ahead fast while the agent is still typing a word.
     R"SQL(
CREATE VIRTUAL TABLE posts_fts USING fts5 (text, content = 'posts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO posts_fts (posts_fts) VALUES ('rebuild');
CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN
    INSERT INTO posts_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
    INSERT INTO posts_fts (posts_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER posts_fts_update AFTER UPDATE OF text ON posts BEGIN
    INSERT INTO posts_fts (posts_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO posts_fts (rowid, text) VALUES (new.id, new.text);
END
)SQL",
     // PostgreSQL: a generated tsvector with the same folding of case and common diacritics (no extension needed,
     // so a team's database works without superuser rights).
     R"SQL(
ALTER TABLE posts ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple',
    translate(lower(text), 'áàâäãåéèêëíìîïóòôöõúùûüýÿçñ', 'aaaaaaeeeeiiiiooooouuuuyycn'))) STORED;
CREATE INDEX posts_search ON posts USING GIN (search_vector)
)SQL"},
    // Connected accounts and where their sync stands. Cursors live in their own table and are written in the same
    // transaction as the posts they cover. Tokens are never stored here: they live in the system keychain.
    {4, R"SQL(
CREATE TABLE accounts (
    id {id},
    channel TEXT NOT NULL,
    name TEXT NOT NULL,
    base_url TEXT NOT NULL,
    platform_user_id TEXT NOT NULL DEFAULT '',
    handle TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active',
    poll_seconds INTEGER NOT NULL DEFAULT 60,
    last_sync_at BIGINT,
    next_sync_at BIGINT,
    last_error TEXT NOT NULL DEFAULT '',
    rate_limit INTEGER,
    rate_remaining INTEGER,
    rate_reset_at BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (channel, base_url, platform_user_id));
CREATE TABLE sync_cursors (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    stream TEXT NOT NULL,
    cursor TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, stream));
ALTER TABLE replies ADD COLUMN account_id BIGINT REFERENCES accounts (id)
)SQL"},
    // Triage: the agents' decisions per post, and the counts of the naive Bayes model learned from them (label,
    // feature, occurrences; feature '' counts documents), shared by the team and kept across restarts. The team's
    // rule words (brand names, campaign terms, colleagues' handles) live beside them.
    {5, R"SQL(
CREATE TABLE triage_decisions (
    id {id},
    case_id BIGINT NOT NULL REFERENCES cases (id),
    post_id BIGINT REFERENCES posts (id),
    decision TEXT NOT NULL,
    category TEXT NOT NULL,
    agent TEXT NOT NULL,
    decided_at BIGINT NOT NULL);
CREATE INDEX triage_decisions_case ON triage_decisions (case_id, decided_at);
CREATE TABLE triage_model (
    label TEXT NOT NULL,
    feature TEXT NOT NULL,
    occurrences BIGINT NOT NULL,
    PRIMARY KEY (label, feature));
CREATE TABLE triage_terms (
    kind TEXT NOT NULL,
    term TEXT NOT NULL,
    PRIMARY KEY (kind, term))
)SQL"},
    // The brand keywords an account watches besides its mentions, as a JSON array of strings.
    {6, R"SQL(
ALTER TABLE accounts ADD COLUMN search_terms TEXT NOT NULL DEFAULT '[]'
)SQL"},
    // Workflow: departments' working hours, absence of the contact person and internal SLA; escalations to them
    // and back-office follow-ups; the agents' state log (blending) with a heartbeat so that a crash loses no time;
    // where round-robin assignment stands.
    {7, R"SQL(
ALTER TABLE departments ADD COLUMN working_hours TEXT NOT NULL DEFAULT '';
ALTER TABLE departments ADD COLUMN contact_absent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE departments ADD COLUMN internal_sla_hours INTEGER NOT NULL DEFAULT 8;
CREATE TABLE escalations (
    id {id},
    case_id BIGINT NOT NULL REFERENCES cases (id),
    department_id BIGINT NOT NULL REFERENCES departments (id),
    question TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    addressee_name TEXT NOT NULL DEFAULT '',
    addressee_address TEXT NOT NULL DEFAULT '',
    escalated_by TEXT NOT NULL,
    escalated_at BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    answer TEXT NOT NULL DEFAULT '',
    answered_by TEXT NOT NULL DEFAULT '',
    answered_at BIGINT);
CREATE INDEX escalations_case ON escalations (case_id, escalated_at);
CREATE INDEX escalations_due ON escalations (due_at);
CREATE TABLE follow_ups (
    id {id},
    case_id BIGINT NOT NULL REFERENCES cases (id),
    note TEXT NOT NULL,
    due_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    done_at BIGINT,
    done_by TEXT NOT NULL DEFAULT '');
CREATE INDEX follow_ups_due ON follow_ups (due_at);
CREATE TABLE agent_states (
    id {id},
    agent TEXT NOT NULL,
    state TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    ended_at BIGINT,
    last_heartbeat_at BIGINT);
CREATE INDEX agent_states_agent ON agent_states (agent, started_at);
CREATE TABLE assignment_rotation (
    id INTEGER PRIMARY KEY,
    last_agent TEXT NOT NULL)
)SQL"},
    // The agent workspace, review and reports: internal notes on a case; the team's tag list (voice-of-the-customer
    // tags feed the weekly report); roles and four-eyes approval (a reply waiting for a supervisor, the reviewer's
    // comment, a numbered thread's parts chained to the part before); who has a case open or is writing (collision);
    // team settings shared by every client; training reviews scored per ZEKEP criterion; customer satisfaction.
    {8, R"SQL(
CREATE TABLE case_notes (
    id {id},
    case_id BIGINT NOT NULL REFERENCES cases (id),
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at BIGINT NOT NULL);
CREATE INDEX case_notes_case ON case_notes (case_id, created_at);
CREATE TABLE tag_catalog (
    tag TEXT PRIMARY KEY,
    voc INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '');
CREATE INDEX case_tags_tag ON case_tags (tag, case_id);
CREATE INDEX posts_author ON posts (author_id, created_at);
ALTER TABLE agents ADD COLUMN role TEXT NOT NULL DEFAULT 'agent';
ALTER TABLE agents ADD COLUMN needs_approval INTEGER NOT NULL DEFAULT 0;
ALTER TABLE replies ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE replies ADD COLUMN review_comment TEXT NOT NULL DEFAULT '';
ALTER TABLE replies ADD COLUMN reviewed_at BIGINT;
ALTER TABLE replies ADD COLUMN open_flags TEXT NOT NULL DEFAULT '';
ALTER TABLE replies ADD COLUMN thread_parent_id BIGINT REFERENCES replies (id);
CREATE TABLE case_presence (
    case_id BIGINT NOT NULL,
    client_id TEXT NOT NULL,
    agent TEXT NOT NULL,
    activity TEXT NOT NULL,
    heartbeat_at BIGINT NOT NULL,
    PRIMARY KEY (case_id, client_id));
CREATE TABLE team_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL);
CREATE TABLE training_reviews (
    id {id},
    reply_id BIGINT NOT NULL REFERENCES replies (id),
    reviewer TEXT NOT NULL,
    zakelijk INTEGER NOT NULL,
    efficient INTEGER NOT NULL,
    kort INTEGER NOT NULL,
    empathisch INTEGER NOT NULL,
    persoonlijk INTEGER NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    reviewed_at BIGINT NOT NULL,
    UNIQUE (reply_id, reviewer));
CREATE TABLE satisfaction (
    id {id},
    case_id BIGINT NOT NULL REFERENCES cases (id),
    score INTEGER,
    nps INTEGER,
    comment TEXT NOT NULL DEFAULT '',
    recorded_at BIGINT NOT NULL);
CREATE INDEX satisfaction_recorded ON satisfaction (recorded_at)
)SQL"},
    // The weekly report selects by time: posts, cases, replies, state changes, agents' states and escalations of
    // one week. The indexes carry the columns the report reads, so most rows are never visited.
    {12, R"SQL(
CREATE INDEX posts_created ON posts (created_at, from_own_account, channel);
CREATE INDEX cases_opened ON cases (opened_at, channel, category);
CREATE INDEX replies_sent ON replies (sent_at, state, case_id, agent);
CREATE INDEX audit_action_at ON audit_events (action, at, case_id);
CREATE INDEX agent_states_started ON agent_states (started_at);
CREATE INDEX escalations_escalated ON escalations (escalated_at)

)SQL"},
    // Team mode. Both backends: a reply's idempotency key is unique, so a client that lost its connection while
    // queueing a reply can queue it again with the same key without sending it twice; cases remember when their
    // personal data were removed by the retention period; audit events name the database login that wrote them
    // (PostgreSQL sets it by trigger, so an agent cannot write another's name). PostgreSQL only: triggers announce
    // every change on the
    // channel 'webcare_changes' as "table:case id" (empty case id for team-wide tables), which the other clients
    // LISTEN to; PostgreSQL folds identical notifications of one transaction into one.
    {14, R"SQL(
CREATE UNIQUE INDEX replies_idempotency ON replies (idempotency_key) WHERE idempotency_key <> '';
ALTER TABLE cases ADD COLUMN anonymised_at BIGINT;
ALTER TABLE audit_events ADD COLUMN db_user TEXT NOT NULL DEFAULT ''
)SQL",
     nullptr,
     R"SQL(
CREATE FUNCTION webcare_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    rec RECORD;
    case_text TEXT := '';
BEGIN
    IF TG_OP = 'DELETE' THEN
        rec := OLD;
    ELSE
        rec := NEW;
    END IF;
    IF TG_ARGV[0] = 'id' THEN
        case_text := rec.id::text;
    ELSIF TG_ARGV[0] = 'case_id' THEN
        case_text := coalesce(rec.case_id::text, '');
    END IF;
    PERFORM pg_notify('webcare_changes', TG_TABLE_NAME || ':' || case_text);
    RETURN NULL;
END
$$;
CREATE FUNCTION webcare_audit_db_user() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.db_user := session_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_events_db_user BEFORE INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION webcare_audit_db_user();
CREATE TRIGGER cases_notify AFTER INSERT OR UPDATE OR DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION webcare_notify_change('id');
CREATE TRIGGER posts_notify AFTER INSERT OR UPDATE OR DELETE ON posts
    FOR EACH ROW EXECUTE FUNCTION webcare_notify_change('case_id');
CREATE TRIGGER replies_notify AFTER INSERT OR UPDATE OR DELETE ON replies
    FOR EACH ROW EXECUTE FUNCTION webcare_notify_change('case_id');
CREATE TRIGGER case_tags_notify AFTER INSERT OR UPDATE OR DELETE ON case_tags
    FOR EACH ROW EXECUTE FUNCTION webcare_notify_change('case_id');
CREATE TRIGGER case_notes_notify AFTER INSERT OR UPDATE OR DELETE ON case_notes
    FOR EACH ROW EXECUTE FUNCTION webcare_notify_change('case_id');
CREATE TRIGGER case_presence_notify AFTER INSERT OR UPDATE OR DELETE ON case_presence
    FOR EACH ROW EXECUTE FUNCTION webcare_notify_change('case_id');
CREATE TRIGGER escalations_notify AFTER INSERT OR UPDATE OR DELETE ON escalations
    FOR EACH ROW EXECUTE FUNCTION webcare_notify_change('case_id');
CREATE TRIGGER follow_ups_notify AFTER INSERT OR UPDATE OR DELETE ON follow_ups
    FOR EACH ROW EXECUTE FUNCTION webcare_notify_change('case_id');
CREATE TRIGGER agent_states_notify AFTER INSERT OR UPDATE OR DELETE ON agent_states
    FOR EACH ROW EXECUTE FUNCTION webcare_notify_change('');
CREATE TRIGGER team_settings_notify AFTER INSERT OR UPDATE OR DELETE ON team_settings
    FOR EACH ROW EXECUTE FUNCTION webcare_notify_change('');
CREATE TRIGGER departments_notify AFTER INSERT OR UPDATE OR DELETE ON departments
    FOR EACH ROW EXECUTE FUNCTION webcare_notify_change('');
CREATE TRIGGER accounts_notify AFTER INSERT OR UPDATE OR DELETE ON accounts
    FOR EACH ROW EXECUTE FUNCTION webcare_notify_change('')
)SQL"},
    // The team's own configuration (docs/configuration.md): its text modules and knowledge base; campaign words may
    // end; hand-entered own handles are told from connected accounts by their platform id "handle:<name>". The
    // tone, the team's name and the signature convention are team settings (team.*). PostgreSQL: every table of
    // the configuration announces its changes, so an edit reaches every workstation.
    {15, R"SQL(
CREATE TABLE text_templates (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    keywords TEXT NOT NULL DEFAULT '[]',
    body TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'nl',
    channel TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0);
CREATE TABLE knowledge_sources (
    url TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    keywords TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0);
ALTER TABLE triage_terms ADD COLUMN until_date TEXT NOT NULL DEFAULT ''
)SQL",
     nullptr,
     R"SQL(
CREATE TRIGGER text_templates_notify AFTER INSERT OR UPDATE OR DELETE ON text_templates
    FOR EACH ROW EXECUTE FUNCTION webcare_notify_change('');
CREATE TRIGGER knowledge_sources_notify AFTER INSERT OR UPDATE OR DELETE ON knowledge_sources
    FOR EACH ROW EXECUTE FUNCTION webcare_notify_change('');
CREATE TRIGGER triage_terms_notify AFTER INSERT OR UPDATE OR DELETE ON triage_terms
    FOR EACH ROW EXECUTE FUNCTION webcare_notify_change('');
CREATE TRIGGER own_accounts_notify AFTER INSERT OR UPDATE OR DELETE ON own_accounts
    FOR EACH ROW EXECUTE FUNCTION webcare_notify_change('');
CREATE TRIGGER agents_notify AFTER INSERT OR UPDATE OR DELETE ON agents
    FOR EACH ROW EXECUTE FUNCTION webcare_notify_change('')
)SQL"},
};

QStringList statements(const char *sql, Backend backend)
{
    if (!sql)
        return {};
    QString text = QString::fromUtf8(sql);
    text.replace(QLatin1String("{id}"), backend == Backend::Sqlite
                                            ? QLatin1String("INTEGER PRIMARY KEY")
                                            : QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    QStringList out;
    // Trigger bodies contain ';' inside BEGIN ... END, so statements are split on ";\n" outside such a body.
    QString current;
    bool inBody = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool inDollarQuote = false; // a PostgreSQL function body between $$ … $$
    for (const QString &line : lines) {
        current += line + QLatin1Char('\n');
        const QString trimmed = line.trimmed();
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        if (inDollarQuote)
            continue;
        if (trimmed.endsWith(QLatin1String(" BEGIN")))
            inBody = true;
        if (inBody) {
            if (trimmed == QLatin1String("END;") || trimmed == QLatin1String("END")) {
                inBody = false;
                out << current.trimmed().chopped(trimmed.endsWith(QLatin1Char(';')) ? 1 : 0);
                current.clear();
            }
            continue;
        }
        if (trimmed.endsWith(QLatin1Char(';'))) {
            out << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

Expected<bool, StoreError> exec(QSqlDatabase &db, const QString &sql, const QString &location, Backend backend)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return unexpected(StoreError::fromSql(q.lastError(), location, backend == Backend::Sqlite));
    return true;
}

} // namespace

StoreError newerVersionError(int version, const QString &location)
{
    return StoreError{StoreError::Kind::NewerSchema, location,
                      QStringLiteral("schema version %1, this build knows up to %2").arg(version).arg(latestVersion())};
}

int latestVersion() { return steps[std::size(steps) - 1].version; }

// Any constant: the key of the PostgreSQL advisory lock held while migrating.
qint64 migrationLockKey() { return 0x5743443153434845LL; }

Expected<int, StoreError> readVersion(QSqlDatabase &db, Backend backend, const QString &location)
{
    const bool sqlite = backend == Backend::Sqlite;
    QSqlQuery q(db);
    if (sqlite) {
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return unexpected(StoreError::fromSql(q.lastError(), location, true));
        const int appId = q.value(0).toInt();
        q.finish();
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return unexpected(StoreError::fromSql(q.lastError(), location, true));
        const int objects = q.value(0).toInt();
        q.finish();
        if (objects == 0 && appId == 0)
            return 0;
        if (appId != sqliteApplicationId) {
            StoreError e{StoreError::Kind::Corrupt, location,
                         QStringLiteral("foreign SQLite application id %1").arg(appId)};
            return unexpected(e);
        }
    } else {
        if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !q.next())
            return unexpected(StoreError::fromSql(q.lastError(), location, false));
        if (!q.value(0).toBool())
            return 0;
        q.finish();
    }
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next()) {
        StoreError e = StoreError::fromSql(q.lastError(), location, sqlite);
        if (e.kind == StoreError::Kind::Query)
            e.kind = StoreError::Kind::Corrupt; // tables but no version: not a database of ours
        return unexpected(e);
    }
    return q.value(0).toInt();
}

Expected<void, StoreError> migrate(QSqlDatabase &db, Backend backend, const QString &location, int target,
                                   const std::function<void()> &waiting)
{
    const bool sqlite = backend == Backend::Sqlite;
    auto fail = [&](StoreError e) -> Expected<void, StoreError> {
        db.rollback();
        if (e.kind == StoreError::Kind::Query)
            e.kind = StoreError::Kind::MigrationFailed;
        return unexpected(e);
    };

    // BEGIN IMMEDIATE on SQLite takes the write lock at once, so a second writer waits (busy timeout) instead of
    // failing half-way. QSqlDatabase::transaction() would issue a deferred BEGIN.
    if (sqlite) {
        WEBCARE_TRY(exec(db, QStringLiteral("BEGIN IMMEDIATE"), location, backend));
    } else if (!db.transaction()) {
        return unexpected(StoreError::fromSql(db.lastError(), location, false));
    } else {
        // Try first: a client that has to wait says so (another workstation is upgrading the team database).
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(migrationLockKey())) || !q.next())
            return fail(StoreError::fromSql(q.lastError(), location, false));
        const bool got = q.value(0).toBool();
        q.finish();
        if (!got) {
            if (waiting)
                waiting();
            if (auto r = exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(migrationLockKey()), location,
                              backend);
                !r)
                return fail(r.error());
        }
    }

    auto current = readVersion(db, backend, location);
    if (!current)
        return fail(current.error());
    if (*current > latestVersion()) {
        db.rollback();
        return unexpected(newerVersionError(*current, location));
    }
    for (const Step &step : steps) {
        if (step.version <= *current || step.version > target)
            continue;
        QStringList sql = statements(step.sql, backend);
        sql += statements(sqlite ? step.sqliteOnly : step.postgresOnly, backend);
        for (const QString &statement : std::as_const(sql)) {
            if (auto r = exec(db, statement, location, backend); !r) {
                StoreError e = r.error();
                e.detail = QStringLiteral("step %1: %2").arg(step.version).arg(e.detail);
                return fail(e);
            }
        }
    }
    if (target > *current) {
        if (auto r = exec(db, QStringLiteral("UPDATE schema_version SET version = %1").arg(target), location, backend);
            !r)
            return fail(r.error());
        if (sqlite) {
            if (auto r =
                    exec(db, QStringLiteral("PRAGMA application_id = %1").arg(sqliteApplicationId), location, backend);
                !r)
                return fail(r.error());
        }
    }
    if (sqlite) {
        if (auto r = exec(db, QStringLiteral("COMMIT"), location, backend); !r)
            return fail(r.error());
    } else if (!db.commit()) {
        return fail(StoreError::fromSql(db.lastError(), location, false));
    }
    return {};
}

} // namespace webcare::store::schema
