import { formatDateTime } from '../shell/ui';

/** Whether an open item's time has passed. */
export function isOverdue(item: { status: string; dueAt: string }, now: Date = new Date()): boolean {
  return item.status === 'OPEN' && new Date(item.dueAt).getTime() < now.getTime();
}

/** An item's time for the eye, with 「期限切れ」 when an open one is past. */
export function dueText(item: { status: string; dueAt: string }, now: Date = new Date()): string {
  return `${formatDateTime(item.dueAt)}${isOverdue(item, now) ? '（期限切れ）' : ''}`;
}

/** Minutes typed in a form: empty is none; anything but a whole number is passed on for the API to refuse. */
export function minutesOf(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? Math.trunc(n) : NaN;
}

/** An API DateTime as a datetime-local value in Japanese time ("2026-12-02T10:00"). */
export function toJapanLocal(iso: string): string {
  return new Date(new Date(iso).getTime() + 9 * 3600_000).toISOString().slice(0, 16);
}
