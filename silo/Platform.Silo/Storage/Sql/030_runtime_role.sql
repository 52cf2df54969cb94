-- 030: the runtime role. The silo at run time connects as a LOGIN member of platform_runtime,
-- which owns nothing: it cannot ALTER, DROP or TRUNCATE a table, nor switch a trigger off.
-- The schema (these scripts) is applied by the owner login (ConnectionStrings:PlatformMigrations),
-- which also grants platform_runtime the least the silo needs:
--   orleansquery      SELECT                          (query texts)
--   grain_state       SELECT, INSERT, UPDATE, DELETE  (grain state)
--   cluster_version,
--   cluster_member    SELECT, INSERT, UPDATE, DELETE  (membership)
--   reminder          SELECT, INSERT, UPDATE, DELETE  (reminders)
--   tenant_data_keys  SELECT, INSERT                  (wrapped keys are only ever added)
--   platform_data_migration SELECT, INSERT            (one-off data migrations done at start)
--   audit_*           through platform_app: SELECT, and EXECUTE on the append functions
--                     (no INSERT, UPDATE, DELETE or TRUNCATE on the audit tables)
-- Later scripts grant on their own tables.
--
-- Applied by StorageSchema inside one transaction; each grant runs only when missing.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'platform_runtime') THEN
        BEGIN
            -- Created with its membership in one statement: roles are server-wide, and
            -- several databases of one server (tests) may race here.
            CREATE ROLE platform_runtime NOLOGIN IN ROLE platform_app;
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN NULL;
            WHEN insufficient_privilege THEN
                RAISE EXCEPTION 'The role platform_runtime does not exist and % may not create roles.', current_user
                    USING HINT = 'As an administrator, run: CREATE ROLE platform_runtime NOLOGIN IN ROLE platform_app; then start the platform again.';
        END;
    ELSIF NOT pg_has_role('platform_runtime', 'platform_app', 'MEMBER') THEN
        GRANT platform_app TO platform_runtime;
    END IF;
END
$$;

-- One-off data migrations the silo runs at start (PlainStateSealer) record themselves here.
CREATE TABLE IF NOT EXISTS platform_data_migration (
    name       text        NOT NULL PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);

DO $$
DECLARE
    wanted record;
BEGIN
    FOR wanted IN
        SELECT t.relation, p.privilege
          FROM (VALUES ('orleansquery', ARRAY['SELECT']),
                       ('grain_state', ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']),
                       ('cluster_version', ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']),
                       ('cluster_member', ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']),
                       ('reminder', ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']),
                       ('tenant_data_keys', ARRAY['SELECT', 'INSERT']),
                       ('platform_data_migration', ARRAY['SELECT', 'INSERT'])) AS t(relation, privileges)
         CROSS JOIN LATERAL unnest(t.privileges) AS p(privilege)
    LOOP
        IF NOT has_table_privilege('platform_runtime', wanted.relation, wanted.privilege) THEN
            EXECUTE format('GRANT %s ON %I TO platform_runtime', wanted.privilege, wanted.relation);
        END IF;
    END LOOP;
END
$$;
