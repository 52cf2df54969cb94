-- 010: the audit log. Append-only, one hash chain per tenant (Platform.Silo/Audit).
--
-- Guarantees, in layers:
--   1. The application role platform_app may SELECT audit_log and append through the
--      functions of 011_audit_keyed.sql, nothing else: no INSERT, UPDATE, DELETE or
--      TRUNCATE. Logins the platform uses for audit writes are members of it (local runs: platform_audit_writer, see
--      AuditWriterLogin.cs; production: a LOGIN role the operator creates).
--   2. A statement trigger refuses UPDATE, DELETE and TRUNCATE for everyone, the owner
--      included, so an accidental write by hand fails too. (An owner can still disable
--      the trigger; the hash chain is what makes that visible.)
--   3. Every row carries a hash over prev_hash and its canonical text (AuditCanonicalText.cs),
--      an HMAC under a key the database never sees (011_audit_keyed.sql), recomputed by
--      `audit verify`. The owner can disable the trigger, but cannot recompute a hash.
--
-- Applied by StorageSchema inside one transaction; every statement is idempotent, and the
-- grants only run when something is missing, so a re-run rewrites no catalog row.

-- Roles belong to the whole server, not to one database: several databases of one server
-- (tests) may race to create it, and the loser's error is expected.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'platform_app') THEN
        BEGIN
            CREATE ROLE platform_app NOLOGIN;
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN NULL;
            WHEN insufficient_privilege THEN
                RAISE EXCEPTION 'The role platform_app does not exist and % may not create roles.', current_user
                    USING HINT = 'As an administrator, run: CREATE ROLE platform_app NOLOGIN; then start the platform again.';
        END;
    END IF;
END
$$;

CREATE TABLE IF NOT EXISTS audit_log (
    tenant_code       text        NOT NULL,
    sequence          bigint      NOT NULL,
    subject           text        NOT NULL,
    actor_tenant_code text        NOT NULL,
    roles             text        NOT NULL,
    action            text        NOT NULL,
    object_type       text        NOT NULL,
    object_id         text        NOT NULL,
    purpose           text        NULL,
    outcome           text        NOT NULL,
    occurred_at       timestamptz NOT NULL,
    recorded_at       timestamptz NOT NULL,
    prev_hash         text        NOT NULL,
    hash              text        NOT NULL,
    -- The chain position: two appends can never take the same sequence of one tenant.
    CONSTRAINT audit_log_chain PRIMARY KEY (tenant_code, sequence),
    CONSTRAINT audit_log_sequence_positive CHECK (sequence >= 1),
    CONSTRAINT audit_log_outcome CHECK (outcome IN ('Allowed', 'Denied', 'Failed')),
    CONSTRAINT audit_log_hash_format CHECK (hash ~ '^[0-9a-f]{64}$' AND prev_hash ~ '^[0-9a-f]{64}$'),
    -- The same limits AuditRecordRules.cs applies before a record reaches the database.
    CONSTRAINT audit_log_field_length CHECK (
        char_length(tenant_code) BETWEEN 1 AND 256 AND char_length(subject) BETWEEN 1 AND 256
        AND char_length(actor_tenant_code) BETWEEN 1 AND 256 AND char_length(roles) <= 256
        AND char_length(action) BETWEEN 1 AND 256 AND char_length(object_type) BETWEEN 1 AND 256
        AND char_length(object_id) BETWEEN 1 AND 256 AND coalesce(char_length(purpose), 0) <= 1000)
);

CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Audit entries are never changed or removed; append a new one instead.';
END
$$;

-- FOR EACH STATEMENT, so even an UPDATE that matches no row fails, and TRUNCATE is covered.
-- CREATE OR REPLACE also re-enables the trigger if someone disabled it.
CREATE OR REPLACE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- Privileges. Each GRANT or REVOKE runs only when needed: repeating one would rewrite the
-- catalog row and make a re-run of this script visible.
DO $$
BEGIN
    IF has_table_privilege('public', 'audit_log', 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER') THEN
        REVOKE ALL ON audit_log FROM PUBLIC;
    END IF;
    IF has_table_privilege('platform_app', 'audit_log', 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER') THEN
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM platform_app;
    END IF;
    IF NOT has_table_privilege('platform_app', 'audit_log', 'SELECT') THEN
        GRANT SELECT ON audit_log TO platform_app;
    END IF;
END
$$;
