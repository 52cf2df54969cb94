-- 011: keyed audit chains and their heads (Platform.Silo/Audit, AuditChainKey.cs).
--
-- The hashes of new entries (chain_version 2) are HMAC-SHA256 under a key derived from the
-- master key, which never enters the database: the platform computes them, the database
-- only checks that an entry extends its chain's current tail. So an owner who disables the
-- trigger and edits a row cannot recompute the hashes after it.
--
-- Deleting a chain's tail, or a whole chain, leaves every remaining hash valid; what catches
-- it is state outside the chain, MACed under the same key:
--   audit_chain_head    one row per tenant: last sequence and hash, and legacy_through, the
--                       last entry written unkeyed (chain_version 1) before the chain was keyed.
--   audit_chain_roster  one row: every tenant that has a head, in the order they got one.
-- Entries of chain_version 1 (written before keyed hashing) keep their SHA-256 hashes and are
-- verified as before, up to their tenant's legacy_through; the first keyed entry covers the
-- last unkeyed hash, so once keyed, the older entries cannot be rewritten either.
--
-- Applied by StorageSchema inside one transaction; idempotent.

ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS chain_version smallint NOT NULL DEFAULT 1;

CREATE TABLE IF NOT EXISTS audit_chain_head (
    tenant_code    text   NOT NULL PRIMARY KEY,
    last_sequence  bigint NOT NULL,
    head_hash      text   NOT NULL,
    legacy_through bigint NOT NULL,
    mac            text   NOT NULL
);

CREATE TABLE IF NOT EXISTS audit_chain_roster (
    id           smallint NOT NULL PRIMARY KEY CHECK (id = 1),
    tenant_codes text[]   NOT NULL,
    mac          text     NOT NULL
);

-- The database no longer computes hashes: the unkeyed append and its canonical text go.
DROP FUNCTION IF EXISTS audit_append(text, text, text, text, text, text, text, text, text, timestamptz);
DROP FUNCTION IF EXISTS audit_canonical_text(text, bigint, timestamptz, timestamptz, text, text, text, text, text, text, text, text);
DROP FUNCTION IF EXISTS audit_canonical_field(text);

-- Step 1 of an append, in the caller's transaction: locks the tenant's chain (the lock is
-- held until commit) and returns its tail, its head (NULLs when none) and the time to record.
CREATE OR REPLACE FUNCTION audit_chain_tail(p_tenant_code text)
RETURNS TABLE (tail_sequence bigint, tail_hash text, head_sequence bigint, head_hash text,
               legacy_through bigint, head_mac text, recorded_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(1098212468, hashtext(p_tenant_code));
    RETURN QUERY
    SELECT coalesce(t.sequence, 0), coalesce(t.hash, repeat('0', 64)), h.last_sequence, h.head_hash,
           h.legacy_through, h.mac, clock_timestamp()
      FROM (SELECT 1) one
      LEFT JOIN LATERAL (SELECT l.sequence, l.hash FROM audit_log l WHERE l.tenant_code = p_tenant_code
                          ORDER BY l.sequence DESC LIMIT 1) t ON true
      LEFT JOIN audit_chain_head h ON h.tenant_code = p_tenant_code;
END
$$;

-- For a tenant's first head: locks the roster (after the tenant's lock, always in that order)
-- and returns it, or NULLs and whether any head exists when it is missing.
CREATE OR REPLACE FUNCTION audit_chain_roster_lock()
RETURNS TABLE (tenant_codes text[], mac text, heads_exist boolean)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(1098212468, 0);
    RETURN QUERY
    SELECT r.tenant_codes, r.mac, EXISTS (SELECT FROM audit_chain_head)
      FROM (SELECT 1) one LEFT JOIN audit_chain_roster r ON r.id = 1;
END
$$;

-- Step 2: stores the entry the platform numbered and MACed, if it still extends the tail;
-- then the new head (unless p_head_mac is NULL) and the new roster (unless p_roster_mac is NULL).
CREATE OR REPLACE FUNCTION audit_append_keyed(
    p_tenant_code text, p_subject text, p_actor_tenant_code text, p_roles text, p_action text,
    p_object_type text, p_object_id text, p_purpose text, p_outcome text, p_occurred_at timestamptz,
    p_recorded_at timestamptz, p_sequence bigint, p_prev_hash text, p_hash text,
    p_legacy_through bigint, p_head_mac text, p_roster_mac text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_sequence bigint;
    v_hash     text;
BEGIN
    PERFORM pg_advisory_xact_lock(1098212468, hashtext(p_tenant_code));
    SELECT l.sequence, l.hash INTO v_sequence, v_hash
      FROM audit_log l WHERE l.tenant_code = p_tenant_code ORDER BY l.sequence DESC LIMIT 1;
    IF p_sequence <= coalesce(v_sequence, 0) OR p_prev_hash IS DISTINCT FROM coalesce(v_hash, repeat('0', 64)) THEN
        RAISE EXCEPTION 'audit entry % of % does not extend its chain', p_sequence, p_tenant_code
            USING ERRCODE = 'serialization_failure';
    END IF;

    INSERT INTO audit_log (tenant_code, sequence, subject, actor_tenant_code, roles, action,
                           object_type, object_id, purpose, outcome, occurred_at, recorded_at,
                           prev_hash, hash, chain_version)
    VALUES (p_tenant_code, p_sequence, p_subject, p_actor_tenant_code, p_roles, p_action,
            p_object_type, p_object_id, p_purpose, p_outcome, p_occurred_at, p_recorded_at,
            p_prev_hash, p_hash, 2);

    IF p_head_mac IS NOT NULL THEN
        INSERT INTO audit_chain_head (tenant_code, last_sequence, head_hash, legacy_through, mac)
        VALUES (p_tenant_code, p_sequence, p_hash, p_legacy_through, p_head_mac)
        ON CONFLICT (tenant_code) DO UPDATE
           SET last_sequence = EXCLUDED.last_sequence, head_hash = EXCLUDED.head_hash,
               legacy_through = EXCLUDED.legacy_through, mac = EXCLUDED.mac;
    END IF;

    IF p_roster_mac IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(1098212468, 0);
        INSERT INTO audit_chain_roster (id, tenant_codes, mac) VALUES (1, ARRAY[p_tenant_code], p_roster_mac)
        ON CONFLICT (id) DO UPDATE
           SET tenant_codes = audit_chain_roster.tenant_codes || p_tenant_code, mac = EXCLUDED.mac;
    END IF;

    RETURN p_sequence;
END
$$;

DO $$
DECLARE
    fn text;
BEGIN
    FOREACH fn IN ARRAY ARRAY[
        'audit_chain_tail(text)',
        'audit_chain_roster_lock()',
        'audit_append_keyed(text, text, text, text, text, text, text, text, text, timestamptz, timestamptz, bigint, text, text, bigint, text, text)']
    LOOP
        IF has_function_privilege('public', fn, 'EXECUTE') THEN
            EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', fn);
        END IF;
        IF NOT has_function_privilege('platform_app', fn, 'EXECUTE') THEN
            EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO platform_app', fn);
        END IF;
    END LOOP;

    IF has_table_privilege('public', 'audit_chain_head', 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER') THEN
        REVOKE ALL ON audit_chain_head, audit_chain_roster FROM PUBLIC;
    END IF;
    IF NOT has_table_privilege('platform_app', 'audit_chain_head', 'SELECT') THEN
        GRANT SELECT ON audit_chain_head, audit_chain_roster TO platform_app;
    END IF;
END
$$;
