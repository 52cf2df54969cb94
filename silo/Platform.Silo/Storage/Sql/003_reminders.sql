-- 003: reminders for Microsoft.Orleans.Reminders.AdoNet (invariant "Npgsql").
--
-- The provider binds: @ServiceId text, @GrainId text (the grain id's string form),
-- @GrainHash int (the grain's uniform hash as a signed int), @ReminderName text,
-- @StartTime (UTC), @Period (milliseconds, int or bigint), @Version int, and for range
-- reads @BeginHash / @EndHash int. It reads back GrainId, ReminderName, StartTime,
-- Period (bigint) and Version by these exact names.
--
-- Each silo owns a range of the hash ring and reads the reminders in it: (begin, end]
-- when begin < end, and the wrapped range (begin, max] + [min, end] otherwise.

CREATE TABLE IF NOT EXISTS reminder (
    service_id    text        NOT NULL,
    grain_id      text        NOT NULL,
    reminder_name text        NOT NULL,
    grain_hash    integer     NOT NULL,
    start_time    timestamptz NOT NULL,
    period_ms     bigint      NOT NULL,
    version       integer     NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

-- The range reads of the ring.
CREATE INDEX IF NOT EXISTS reminder_ring ON reminder (service_id, grain_hash);

INSERT INTO orleansquery (querykey, querytext) VALUES
('UpsertReminderRowKey', $query$
INSERT INTO reminder (service_id, grain_id, reminder_name, grain_hash, start_time, period_ms, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @GrainHash, @StartTime, @Period, 1)
ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
    SET grain_hash = EXCLUDED.grain_hash,
        start_time = EXCLUDED.start_time,
        period_ms  = EXCLUDED.period_ms,
        version    = reminder.version + 1
RETURNING version AS "Version"
$query$),
('ReadReminderRowKey', $query$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period_ms AS "Period", version AS "Version"
  FROM reminder
 WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName
$query$),
('ReadReminderRowsKey', $query$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period_ms AS "Period", version AS "Version"
  FROM reminder
 WHERE service_id = @ServiceId AND grain_id = @GrainId
$query$),
('ReadRangeRows1Key', $query$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period_ms AS "Period", version AS "Version"
  FROM reminder
 WHERE service_id = @ServiceId
   AND grain_hash > @BeginHash AND grain_hash <= @EndHash
$query$),
('ReadRangeRows2Key', $query$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period_ms AS "Period", version AS "Version"
  FROM reminder
 WHERE service_id = @ServiceId
   AND (grain_hash > @BeginHash OR grain_hash <= @EndHash)
$query$),
-- Succeeds only for the version the caller read; returns whether a row went.
('DeleteReminderRowKey', $query$
WITH removed AS (
    DELETE FROM reminder
     WHERE service_id = @ServiceId AND grain_id = @GrainId
       AND reminder_name = @ReminderName AND version = @Version
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM removed) AS "Deleted"
$query$),
('DeleteReminderRowsKey', $query$
DELETE FROM reminder WHERE service_id = @ServiceId
$query$)
ON CONFLICT (querykey) DO UPDATE
    SET querytext = EXCLUDED.querytext
    WHERE orleansquery.querytext IS DISTINCT FROM EXCLUDED.querytext;
