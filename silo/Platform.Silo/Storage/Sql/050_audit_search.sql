-- 050: indexes for searching a tenant's audit chain (Platform.Silo/Audit/PostgresAuditLog.Search.cs).
-- The chain's primary key (tenant_code, sequence) serves reading it in order; these serve the
-- questions an auditor asks: who read or changed this person's file (the object id) and what did
-- this worker do (the subject), and what happened between two times. Each ends with the sequence,
-- so a page in chain order is read from the index. The party search is "subject = x OR
-- object_id = x": PostgreSQL combines the first two.
--
-- Applied by StorageSchema inside one transaction; idempotent. On a large existing log the
-- index builds hold writes to audit_log until they finish (minutes per ten million rows).

CREATE INDEX IF NOT EXISTS audit_log_subject ON audit_log (tenant_code, subject, sequence);
CREATE INDEX IF NOT EXISTS audit_log_object ON audit_log (tenant_code, object_id, sequence);
CREATE INDEX IF NOT EXISTS audit_log_occurred ON audit_log (tenant_code, occurred_at);
