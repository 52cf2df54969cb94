import { describe, expect, it } from 'vitest';
import { filterAudit } from './auditFilter';

const rows = [
  { at: '2025-04-01T14:59:00Z', subject: 'sato', action: 'case.read', outcome: 'ALLOWED' as const, objectId: 'c1' },
  { at: '2025-04-01T15:00:00Z', subject: 'tanaka', action: 'access.denied', outcome: 'DENIED' as const, objectId: 'c2' },
];
const none = { action: '', outcome: '' as const, subject: '', from: '', to: '' };

describe('audit filters', () => {
  it('keeps everything without a filter', () => expect(filterAudit(rows, none)).toHaveLength(2));
  it('filters by action part, outcome and person or object', () => {
    expect(filterAudit(rows, { ...none, action: 'case' }).map((r) => r.subject)).toEqual(['sato']);
    expect(filterAudit(rows, { ...none, outcome: 'DENIED' }).map((r) => r.subject)).toEqual(['tanaka']);
    expect(filterAudit(rows, { ...none, subject: 'c2' }).map((r) => r.subject)).toEqual(['tanaka']);
  });
  it('counts days in Japan time (15:00 UTC is the next day)', () => {
    expect(filterAudit(rows, { ...none, from: '2025-04-02' }).map((r) => r.subject)).toEqual(['tanaka']);
    expect(filterAudit(rows, { ...none, to: '2025-04-01' }).map((r) => r.subject)).toEqual(['sato']);
  });
});
