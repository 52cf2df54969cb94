-- 001: grain state for Microsoft.Orleans.Persistence.AdoNet (invariant "Npgsql").
--
-- The provider reads its SQL from OrleansQuery at start-up and runs it with these
-- parameters: @GrainIdHash int, @GrainIdN0 bigint, @GrainIdN1 bigint, @GrainTypeHash int,
-- @GrainTypeString text, @GrainIdExtensionString text (may be NULL), @ServiceId text,
-- @GrainStateVersion int (NULL when the grain has no ETag yet), @PayloadBinary bytea.
-- "GrainTypeString" is the state name from [PersistentState("name")], not the grain class,
-- and the grain id carries only its key, so a state name must be unique across grain types
-- that share key shapes.
--
-- A write or clear that changed nothing returns no row; the provider compares the returned
-- version with the grain's ETag and raises InconsistentStateException on a mismatch.
--
-- Applied by StorageSchema inside one transaction; every statement is idempotent so
-- running the file again changes nothing.

CREATE TABLE IF NOT EXISTS orleansquery (
    querykey  varchar(64) NOT NULL PRIMARY KEY,
    querytext text        NOT NULL
);

CREATE TABLE IF NOT EXISTS grain_state (
    service_id         text        NOT NULL,
    grain_type_hash    integer     NOT NULL,
    grain_type         text        NOT NULL,
    grain_id_hash      integer     NOT NULL,
    grain_id_n0        bigint      NOT NULL,
    grain_id_n1        bigint      NOT NULL,
    grain_id_extension text        NULL,
    version            integer     NOT NULL,
    payload            bytea       NULL,
    modified_at        timestamptz NOT NULL DEFAULT now(),
    -- A b-tree entry must fit in about a third of a page; say so plainly instead of
    -- failing with "index row size exceeds maximum" on an unusually long string key.
    CONSTRAINT grain_state_identity_length CHECK (
        octet_length(service_id) + octet_length(grain_type)
            + coalesce(octet_length(grain_id_extension), 0) <= 2400)
);

-- The grain identity. Two activations racing to write first both try to INSERT; the
-- index lets exactly one in and the other's ON CONFLICT DO NOTHING returns no row.
-- NULLS NOT DISTINCT (PostgreSQL 15+) because most keys have no extension (NULL), and
-- NULLs would otherwise never collide.
CREATE UNIQUE INDEX IF NOT EXISTS grain_state_identity
    ON grain_state (grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1,
                    grain_type, grain_id_extension)
    NULLS NOT DISTINCT;

INSERT INTO orleansquery (querykey, querytext) VALUES
('ReadFromStorageKey', $query$
SELECT payload AS "PayloadBinary", version AS "Version"
  FROM grain_state
 WHERE grain_id_hash = @GrainIdHash
   AND grain_type_hash = @GrainTypeHash
   AND service_id = @ServiceId
   AND grain_id_n0 = @GrainIdN0
   AND grain_id_n1 = @GrainIdN1
   AND grain_type = @GrainTypeString
   AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
$query$),
('WriteToStorageKey', $query$
WITH updated AS (
    UPDATE grain_state
       SET payload = @PayloadBinary, version = version + 1, modified_at = now()
     WHERE @GrainStateVersion IS NOT NULL
       AND grain_id_hash = @GrainIdHash
       AND grain_type_hash = @GrainTypeHash
       AND service_id = @ServiceId
       AND grain_id_n0 = @GrainIdN0
       AND grain_id_n1 = @GrainIdN1
       AND grain_type = @GrainTypeString
       AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
       AND version = @GrainStateVersion
    RETURNING version
), inserted AS (
    INSERT INTO grain_state (service_id, grain_type_hash, grain_type, grain_id_hash,
                             grain_id_n0, grain_id_n1, grain_id_extension, version, payload)
    SELECT @ServiceId, @GrainTypeHash, @GrainTypeString, @GrainIdHash,
           @GrainIdN0, @GrainIdN1, @GrainIdExtensionString, 1, @PayloadBinary
     WHERE @GrainStateVersion IS NULL
    ON CONFLICT (grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1,
                 grain_type, grain_id_extension) DO NOTHING
    RETURNING version
)
SELECT version AS "NewGrainStateVersion" FROM updated
UNION ALL
SELECT version FROM inserted
$query$),
-- Clear keeps the row with a NULL payload and a bumped version, so the next write from
-- a stale activation still conflicts. A clear with no ETag leaves a version-1 tombstone.
('ClearStorageKey', $query$
WITH cleared AS (
    UPDATE grain_state
       SET payload = NULL, version = version + 1, modified_at = now()
     WHERE @GrainStateVersion IS NOT NULL
       AND grain_id_hash = @GrainIdHash
       AND grain_type_hash = @GrainTypeHash
       AND service_id = @ServiceId
       AND grain_id_n0 = @GrainIdN0
       AND grain_id_n1 = @GrainIdN1
       AND grain_type = @GrainTypeString
       AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
       AND version = @GrainStateVersion
    RETURNING version
), inserted AS (
    INSERT INTO grain_state (service_id, grain_type_hash, grain_type, grain_id_hash,
                             grain_id_n0, grain_id_n1, grain_id_extension, version, payload)
    SELECT @ServiceId, @GrainTypeHash, @GrainTypeString, @GrainIdHash,
           @GrainIdN0, @GrainIdN1, @GrainIdExtensionString, 1, NULL
     WHERE @GrainStateVersion IS NULL
    ON CONFLICT (grain_id_hash, grain_type_hash, service_id, grain_id_n0, grain_id_n1,
                 grain_type, grain_id_extension) DO NOTHING
    RETURNING version
)
SELECT version AS "NewGrainStateVersion" FROM cleared
UNION ALL
SELECT version FROM inserted
$query$),
-- Used instead of ClearStorageKey when AdoNetGrainStorageOptions.DeleteStateOnClear is
-- set. The provider expects the deleted version + 1 back; clearing a state that was never
-- written (no ETag, no row) succeeds with 1.
('DeleteStorageKey', $query$
WITH deleted AS (
    DELETE FROM grain_state
     WHERE @GrainStateVersion IS NOT NULL
       AND grain_id_hash = @GrainIdHash
       AND grain_type_hash = @GrainTypeHash
       AND service_id = @ServiceId
       AND grain_id_n0 = @GrainIdN0
       AND grain_id_n1 = @GrainIdN1
       AND grain_type = @GrainTypeString
       AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString
       AND version = @GrainStateVersion
    RETURNING version
)
SELECT version + 1 AS "NewGrainStateVersion" FROM deleted
UNION ALL
SELECT 1
 WHERE @GrainStateVersion IS NULL
   AND NOT EXISTS (
       SELECT 1 FROM grain_state
        WHERE grain_id_hash = @GrainIdHash
          AND grain_type_hash = @GrainTypeHash
          AND service_id = @ServiceId
          AND grain_id_n0 = @GrainIdN0
          AND grain_id_n1 = @GrainIdN1
          AND grain_type = @GrainTypeString
          AND grain_id_extension IS NOT DISTINCT FROM @GrainIdExtensionString)
$query$)
ON CONFLICT (querykey) DO UPDATE
    SET querytext = EXCLUDED.querytext
    WHERE orleansquery.querytext IS DISTINCT FROM EXCLUDED.querytext;
