import type { AuditOutcome } from '../gql/graphql';

export interface AuditFilter { action: string; outcome: AuditOutcome | ''; party: string; from: string; to: string }

/** The auditLog arguments of the filters set: the server filters the whole log (blank means "any"). */
export function auditVariables(f: AuditFilter): { action: string | null; outcome: AuditOutcome | null; party: string | null; from: string | null; to: string | null } {
  const text = (v: string) => (v.trim() === '' ? null : v.trim());
  return { action: text(f.action), outcome: f.outcome || null, party: text(f.party), from: f.from || null, to: f.to || null };
}
