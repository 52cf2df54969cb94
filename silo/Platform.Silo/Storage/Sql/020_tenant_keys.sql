-- 020: per-tenant data keys for encryption at rest (Platform.Silo/Security).
--
-- Each row is one version of one tenant's 32-byte data key, wrapped (AES-256-GCM) by the
-- master key, which never enters the database. The wrap binds tenant_code and version as
-- associated data, so a wrapped key copied to another tenant or version fails to unwrap.
--
-- Rows are only ever inserted: new writes use the highest version, and every older version
-- stays, because state written under it is still read with it. Two silos creating a tenant's
-- first key (or the same next version) at once both INSERT ... ON CONFLICT DO NOTHING and
-- then read back the one row the primary key let in.
--
-- Applied by StorageSchema inside one transaction; idempotent.

CREATE TABLE IF NOT EXISTS tenant_data_keys (
    tenant_code text        NOT NULL,
    version     integer     NOT NULL,
    wrapped_key bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_code, version),
    CONSTRAINT tenant_data_keys_version_positive CHECK (version > 0),
    CONSTRAINT tenant_data_keys_tenant_code_length CHECK (octet_length(tenant_code) BETWEEN 1 AND 255)
);
