import type { AuditOutcome } from '../gql/graphql';

export interface AuditFilter { action: string; outcome: AuditOutcome | ''; subject: string; from: string; to: string }

export interface AuditRow { at: string; subject: string; action: string; outcome: AuditOutcome; objectId: string }

/** Japanese day (yyyy-MM-dd) of an ISO instant. */
function japanDay(iso: string): string {
  return new Date(new Date(iso).getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/** Keeps the entries that match every filter that is set (action and subject by part, days inclusive, Japan time). */
export function filterAudit<T extends AuditRow>(rows: readonly T[], f: AuditFilter): T[] {
  return rows.filter((r) =>
    (!f.action || r.action.includes(f.action.trim()))
    && (!f.outcome || r.outcome === f.outcome)
    && (!f.subject || r.subject.includes(f.subject.trim()) || r.objectId.includes(f.subject.trim()))
    && (!f.from || japanDay(r.at) >= f.from)
    && (!f.to || japanDay(r.at) <= f.to));
}
