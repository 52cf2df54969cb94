-- 002: cluster membership for Microsoft.Orleans.Clustering.AdoNet (invariant "Npgsql").
--
-- The provider reads these texts from OrleansQuery by key and binds: @DeploymentId text
-- (the ClusterId), @Address text, @Port int, @Generation int (together: one silo
-- incarnation), @SiloName text, @HostName text, @Status int (Orleans SiloStatus: 3 Active,
-- 6 Dead), @ProxyPort int (gateway port, 0 when none), @SuspectTimes text (NULL or
-- "silo,time|silo,time"), @StartTime / @IAmAliveTime (UTC), @Version int.
--
-- Membership is optimistic: every insert or update of a member carries the table version
-- the silo last read (@Version) and succeeds only if the version is still that, bumping it
-- in the same statement. A silo that lost the race gets false, re-reads and tries again;
-- that is how two silos voting on a third can never both "win" with stale views.
--
-- Reads return the version row LEFT JOINed with member rows, so an empty cluster still
-- yields one row carrying the version (with a NULL StartTime, which means "no member").
--
-- Column aliases are quoted: the provider reads columns by these exact names.

CREATE TABLE IF NOT EXISTS cluster_version (
    cluster_id text        NOT NULL PRIMARY KEY,
    version    integer     NOT NULL DEFAULT 0,
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS cluster_member (
    cluster_id      text        NOT NULL REFERENCES cluster_version (cluster_id) ON DELETE CASCADE,
    address         text        NOT NULL,
    port            integer     NOT NULL,
    generation      integer     NOT NULL,
    silo_name       text        NOT NULL,
    host_name       text        NOT NULL,
    status          integer     NOT NULL,
    proxy_port      integer     NOT NULL DEFAULT 0,
    suspect_times   text        NULL,
    start_time      timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    PRIMARY KEY (cluster_id, address, port, generation)
);

INSERT INTO orleansquery (querykey, querytext) VALUES
-- Returns whether this call created the version row; every silo calls it at start.
('InsertMembershipVersionKey', $query$
WITH created AS (
    INSERT INTO cluster_version (cluster_id) VALUES (@DeploymentId)
    ON CONFLICT (cluster_id) DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM created) AS "Created"
$query$),
-- The version is bumped only when the member is really new, so a duplicate insert does
-- not move the table on while reporting failure.
('InsertMembershipKey', $query$
WITH bumped AS (
    UPDATE cluster_version
       SET version = version + 1, changed_at = now()
     WHERE cluster_id = @DeploymentId
       AND version = @Version
       AND NOT EXISTS (
           SELECT 1 FROM cluster_member
            WHERE cluster_id = @DeploymentId
              AND address = @Address AND port = @Port AND generation = @Generation)
    RETURNING cluster_id
), joined AS (
    INSERT INTO cluster_member (cluster_id, address, port, generation, silo_name, host_name,
                                status, proxy_port, start_time, i_am_alive_time)
    SELECT cluster_id, @Address, @Port, @Generation, @SiloName, @HostName,
           @Status, @ProxyPort, @StartTime, @IAmAliveTime
      FROM bumped
    ON CONFLICT (cluster_id, address, port, generation) DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM joined) AS "Inserted"
$query$),
('UpdateMembershipKey', $query$
WITH bumped AS (
    UPDATE cluster_version
       SET version = version + 1, changed_at = now()
     WHERE cluster_id = @DeploymentId
       AND version = @Version
       AND EXISTS (
           SELECT 1 FROM cluster_member
            WHERE cluster_id = @DeploymentId
              AND address = @Address AND port = @Port AND generation = @Generation)
    RETURNING cluster_id
), changed AS (
    UPDATE cluster_member AS m
       SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
      FROM bumped
     WHERE m.cluster_id = bumped.cluster_id
       AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM changed) AS "Updated"
$query$),
-- A heartbeat: no version bump, or every few seconds each silo would invalidate every
-- other silo's pending membership update.
('UpdateIAmAlivetimeKey', $query$
UPDATE cluster_member
   SET i_am_alive_time = @IAmAliveTime
 WHERE cluster_id = @DeploymentId
   AND address = @Address AND port = @Port AND generation = @Generation
$query$),
('MembershipReadRowKey', $query$
SELECT v.version         AS "Version",
       m.address         AS "Address",
       m.port            AS "Port",
       m.generation      AS "Generation",
       m.silo_name       AS "SiloName",
       m.host_name       AS "HostName",
       m.status          AS "Status",
       m.proxy_port      AS "ProxyPort",
       m.suspect_times   AS "SuspectTimes",
       m.start_time      AS "StartTime",
       m.i_am_alive_time AS "IAmAliveTime"
  FROM cluster_version AS v
  LEFT JOIN cluster_member AS m
    ON m.cluster_id = v.cluster_id
   AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
 WHERE v.cluster_id = @DeploymentId
$query$),
('MembershipReadAllKey', $query$
SELECT v.version         AS "Version",
       m.address         AS "Address",
       m.port            AS "Port",
       m.generation      AS "Generation",
       m.silo_name       AS "SiloName",
       m.host_name       AS "HostName",
       m.status          AS "Status",
       m.proxy_port      AS "ProxyPort",
       m.suspect_times   AS "SuspectTimes",
       m.start_time      AS "StartTime",
       m.i_am_alive_time AS "IAmAliveTime"
  FROM cluster_version AS v
  LEFT JOIN cluster_member AS m ON m.cluster_id = v.cluster_id
 WHERE v.cluster_id = @DeploymentId
$query$),
-- Gateways for Orleans clients: active silos that accept clients.
('GatewaysQueryKey', $query$
SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
  FROM cluster_member
 WHERE cluster_id = @DeploymentId
   AND status = @Status
   AND proxy_port > 0
$query$),
('DeleteMembershipTableEntriesKey', $query$
DELETE FROM cluster_version WHERE cluster_id = @DeploymentId
$query$),
-- Only silos already declared dead (6) are forgotten, and only after they stopped
-- heartbeating before the cut-off.
('CleanupDefunctSiloEntriesKey', $query$
DELETE FROM cluster_member
 WHERE cluster_id = @DeploymentId
   AND status = 6
   AND i_am_alive_time < @IAmAliveTime
$query$)
ON CONFLICT (querykey) DO UPDATE
    SET querytext = EXCLUDED.querytext
    WHERE orleansquery.querytext IS DISTINCT FROM EXCLUDED.querytext;
