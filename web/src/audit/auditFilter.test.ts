import { describe, expect, it } from 'vitest';
import { auditVariables } from './auditFilter';

const none = { action: '', outcome: '' as const, party: '', from: '', to: '' };

describe('audit filters', () => {
  it('asks for everything without a filter', () =>
    expect(auditVariables(none)).toEqual({ action: null, outcome: null, party: null, from: null, to: null }));
  it('passes the filters set, trimmed, to the server', () =>
    expect(auditVariables({ action: ' case. ', outcome: 'DENIED', party: ' sato ', from: '2025-04-01', to: '2025-04-02' }))
      .toEqual({ action: 'case.', outcome: 'DENIED', party: 'sato', from: '2025-04-01', to: '2025-04-02' }));
});
