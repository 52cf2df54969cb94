-- 040: ASP.NET Core Data Protection keys (Platform.Silo/Security/DataProtectionKeys.cs), shared
-- by every silo so that what one protects (cookies, antiforgery tokens) another can read.
--
-- Each row is one key's XML as the key manager wrote it, with the secret part encrypted under
-- a key derived from the master key (AES-256-GCM); the database never sees it in plain text.
-- Rows are only inserted: the key manager never changes or deletes a key, it adds new ones.
--
-- Applied by StorageSchema inside one transaction; idempotent.

CREATE TABLE IF NOT EXISTS data_protection_keys (
    friendly_name text        NOT NULL PRIMARY KEY,
    xml           text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT data_protection_keys_name_length CHECK (octet_length(friendly_name) BETWEEN 1 AND 255)
);

DO $$
BEGIN
    IF NOT has_table_privilege('platform_runtime', 'data_protection_keys', 'SELECT') THEN
        GRANT SELECT ON data_protection_keys TO platform_runtime;
    END IF;
    IF NOT has_table_privilege('platform_runtime', 'data_protection_keys', 'INSERT') THEN
        GRANT INSERT ON data_protection_keys TO platform_runtime;
    END IF;
END
$$;
