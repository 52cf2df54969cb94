import { describe, expect, it } from 'vitest';
import { dueText, isOverdue, minutesOf, toJapanLocal } from './workItems';

describe('work items', () => {
  const now = new Date('2026-12-02T01:00:00Z'); // 10:00 in Japan
  it('is overdue only while open and past', () => {
    expect(isOverdue({ status: 'OPEN', dueAt: '2026-12-02T09:00:00+09:00' }, now)).toBe(true);
    expect(isOverdue({ status: 'OPEN', dueAt: '2026-12-02T11:00:00+09:00' }, now)).toBe(false);
    expect(isOverdue({ status: 'DONE', dueAt: '2026-12-01T09:00:00+09:00' }, now)).toBe(false);
  });
  it('shows the time in Japan and says when it is late', () => {
    expect(dueText({ status: 'OPEN', dueAt: '2026-12-01T15:00:00Z' }, now)).toMatch(/2026\/12\/02 0:00（期限切れ）$/);
    expect(dueText({ status: 'OPEN', dueAt: '2026-12-03T00:00:00Z' }, now)).not.toContain('期限切れ');
  });
  it('reads minutes', () => {
    expect(minutesOf(' ')).toBeNull();
    expect(minutesOf('45')).toBe(45);
    expect(minutesOf('abc')).toBeNaN();
  });
  it('edits times in Japanese time', () => {
    expect(toJapanLocal('2026-12-01T15:30:00Z')).toBe('2026-12-02T00:30');
    expect(toJapanLocal('2026-12-02T10:00:00+09:00')).toBe('2026-12-02T10:00');
  });
});
