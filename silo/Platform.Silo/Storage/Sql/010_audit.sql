-- 010: the audit log. Append-only, one hash chain per tenant (Platform.Silo/Audit).
--
-- Guarantees, in layers:
--   1. The application role platform_app may SELECT audit_log and EXECUTE audit_append,
--      nothing else: no INSERT, UPDATE, DELETE or TRUNCATE. Logins the platform uses for
--      audit writes are members of it (local runs: platform_audit_writer, see
--      AuditWriterLogin.cs; production: a LOGIN role the operator creates).
--   2. A statement trigger refuses UPDATE, DELETE and TRUNCATE for everyone, the owner
--      included, so an accidental write by hand fails too. (An owner can still disable
--      the trigger; the hash chain is what makes that visible.)
--   3. Every row carries hash = sha256(prev_hash || canonical text), recomputed in C# by
--      `audit verify`. The canonical text is defined by audit_canonical_text below and,
--      identically, by AuditCanonicalText.cs; change one, change both, and bump "v1".
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

-- One field of the canonical text: '-' for NULL, else "<UTF-8 byte count>:<value>". The
-- length prefix makes the text unambiguous whatever the values contain (newlines, colons).
CREATE OR REPLACE FUNCTION audit_canonical_field(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN value IS NULL THEN '-'
                ELSE octet_length(convert_to(value, 'UTF8'))::text || ':' || value END
$$;

-- The canonical text of an entry: 'platform.audit.v1', then each field on its own line.
-- Timestamps are UTC, ISO 8601 with exactly six fractional digits and a 'Z'.
CREATE OR REPLACE FUNCTION audit_canonical_text(
    tenant_code text, sequence bigint, recorded_at timestamptz, occurred_at timestamptz,
    subject text, actor_tenant_code text, roles text, action text, object_type text,
    object_id text, purpose text, outcome text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT 'platform.audit.v1'
        || E'\n' || audit_canonical_field(tenant_code)
        || E'\n' || audit_canonical_field(sequence::text)
        || E'\n' || audit_canonical_field(to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        || E'\n' || audit_canonical_field(to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        || E'\n' || audit_canonical_field(subject)
        || E'\n' || audit_canonical_field(actor_tenant_code)
        || E'\n' || audit_canonical_field(roles)
        || E'\n' || audit_canonical_field(action)
        || E'\n' || audit_canonical_field(object_type)
        || E'\n' || audit_canonical_field(object_id)
        || E'\n' || audit_canonical_field(purpose)
        || E'\n' || audit_canonical_field(outcome)
$$;

-- The only way in. SECURITY DEFINER runs it as the schema owner, so platform_app needs no
-- INSERT privilege and cannot write a row with a sequence or hash of its own choosing.
-- The advisory lock (two-key form, class 'Audt', so it never meets StorageSchema's
-- one-key lock) serializes appends of one tenant; other tenants append in parallel.
CREATE OR REPLACE FUNCTION audit_append(
    p_tenant_code text, p_subject text, p_actor_tenant_code text, p_roles text, p_action text,
    p_object_type text, p_object_id text, p_purpose text, p_outcome text, p_occurred_at timestamptz)
RETURNS TABLE (appended_sequence bigint, appended_hash text)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_sequence    bigint;
    v_prev_hash   text;
    v_recorded_at timestamptz := clock_timestamp();
    v_hash        text;
BEGIN
    PERFORM pg_advisory_xact_lock(1098212468, hashtext(p_tenant_code));

    SELECT l.sequence, l.hash INTO v_sequence, v_prev_hash
      FROM audit_log l
     WHERE l.tenant_code = p_tenant_code
     ORDER BY l.sequence DESC
     LIMIT 1;
    v_sequence := coalesce(v_sequence, 0) + 1;
    v_prev_hash := coalesce(v_prev_hash, repeat('0', 64));
    v_hash := encode(sha256(convert_to(
        v_prev_hash || E'\n' || audit_canonical_text(
            p_tenant_code, v_sequence, v_recorded_at, p_occurred_at, p_subject, p_actor_tenant_code,
            p_roles, p_action, p_object_type, p_object_id, p_purpose, p_outcome),
        'UTF8')), 'hex');

    INSERT INTO audit_log (tenant_code, sequence, subject, actor_tenant_code, roles, action,
                           object_type, object_id, purpose, outcome, occurred_at, recorded_at,
                           prev_hash, hash)
    VALUES (p_tenant_code, v_sequence, p_subject, p_actor_tenant_code, p_roles, p_action,
            p_object_type, p_object_id, p_purpose, p_outcome, p_occurred_at, v_recorded_at,
            v_prev_hash, v_hash);

    RETURN QUERY SELECT v_sequence, v_hash;
END
$$;

-- Privileges. Each GRANT or REVOKE runs only when needed: repeating one would rewrite the
-- catalog row and make a re-run of this script visible.
DO $$
DECLARE
    append_fn constant text := 'audit_append(text, text, text, text, text, text, text, text, text, timestamptz)';
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

    -- A new function is executable by PUBLIC; this one must be executable by the app only.
    IF has_function_privilege('public', append_fn, 'EXECUTE') THEN
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', append_fn);
    END IF;
    IF NOT has_function_privilege('platform_app', append_fn, 'EXECUTE') THEN
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO platform_app', append_fn);
    END IF;
END
$$;
