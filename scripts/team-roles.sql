-- Webcare Desk: agent and supervisor roles for a team database (docs/team.md).
-- Run as the database owner once the first client has created the schema, and again after an upgrade that added
-- tables:  psql -d webcare -f team-roles.sql
-- Then give every person a login in one of the two roles, e.g.
--   CREATE ROLE anna LOGIN PASSWORD '…' IN ROLE webcare_agent;
--   CREATE ROLE bram LOGIN PASSWORD '…' IN ROLE webcare_supervisor;
--
-- Supervisor-only (enforced here, not only hidden in the UI):
--   training_reviews            read and write (the training scores of named agents)
--   departments, team_settings, tag_catalog, own_accounts, text_templates, knowledge_sources, triage_terms
--                               write (the team configuration: docs/configuration.md; departments, tags)
--   accounts                    connect and remove (insert, delete, rename); agents' clients may only record the
--                               sync health columns of an account they sync
-- Everyone: audit_events is append-only (no update, no delete); the database login of each event is set by trigger.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'webcare_agent') THEN
        CREATE ROLE webcare_agent NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'webcare_supervisor') THEN
        CREATE ROLE webcare_supervisor NOLOGIN;
    END IF;
END
$$;
GRANT webcare_agent TO webcare_supervisor;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO webcare_agent;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO webcare_agent;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO webcare_agent;

REVOKE ALL ON training_reviews FROM webcare_agent;
REVOKE INSERT, UPDATE, DELETE ON departments, team_settings, tag_catalog, own_accounts, text_templates,
    knowledge_sources, triage_terms, accounts FROM webcare_agent;
GRANT UPDATE (status, last_sync_at, next_sync_at, last_error, rate_limit, rate_remaining, rate_reset_at)
    ON accounts TO webcare_agent;
REVOKE UPDATE, DELETE ON audit_events FROM webcare_agent;

GRANT SELECT, INSERT, UPDATE, DELETE ON training_reviews, departments, team_settings, tag_catalog, own_accounts,
    text_templates, knowledge_sources, triage_terms, accounts TO webcare_supervisor;
