import { describe, expect, it } from 'vitest';
import { isPrefectureCode, mayOpen, navFor } from './navigation';
import { fiscalYearOf, todayInJapan } from './ui';

describe('navigation by role', () => {
  it('gives a caseworker cases and activities only', () => {
    expect(navFor(['Caseworker'], '132292').map((i) => i.to)).toEqual(['/work', '/cases', '/cases/new', '/activities']);
  });
  it('gives a supervisor statistics and the audit log', () => {
    expect(navFor(['Supervisor'], '132292').map((i) => i.to)).toEqual(['/work', '/cases', '/cases/new', '/cases/caseload', '/activities', '/statistics', '/audit']);
  });
  it('shows satellites to a prefecture tenant admin, not a municipal one', () => {
    expect(navFor(['TenantAdmin'], '130001').map((i) => i.to)).toContain('/prefecture/satellites');
    expect(navFor(['TenantAdmin'], '132292').map((i) => i.to)).not.toContain('/prefecture/satellites');
  });
  it('gives the nation its one screen', () => {
    expect(navFor(['NationalAnalyst'], 'nation').map((i) => i.to)).toEqual(['/nation']);
    expect(mayOpen(['NationalAnalyst'], ['Caseworker'])).toBe(false);
  });
  it('tells prefecture LG codes', () => {
    expect(isPrefectureCode('130001')).toBe(true);
    expect(isPrefectureCode('010006')).toBe(true);
    expect(isPrefectureCode('132292')).toBe(false);
    expect(isPrefectureCode('nation')).toBe(false);
  });
});

describe('Japanese days', () => {
  it('turns at midnight in Japan, and the fiscal year in April', () => {
    expect(todayInJapan(new Date('2025-03-31T15:00:00Z'))).toBe('2025-04-01');
    expect(fiscalYearOf('2025-04-01')).toBe(2025);
    expect(fiscalYearOf('2025-03-31')).toBe(2024);
  });
});
