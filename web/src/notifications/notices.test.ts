import { describe, expect, it, vi } from 'vitest';
import { followNotices, noticeLink, type NoticeStream } from './notices';

describe('notice links', () => {
  it('links to the object for the role', () => {
    expect(noticeLink({ objectType: 'Case', objectId: 'Q2FzZTox' }, ['Caseworker'])).toBe('/cases/Q2FzZTox');
    expect(noticeLink({ objectType: 'WorkItem', objectId: 'w' }, ['Caseworker'])).toBe('/work');
    expect(noticeLink({ objectType: 'Consultation', objectId: 'c' }, ['PrefecturalOfficer'])).toBe('/prefecture/consultations');
    expect(noticeLink({ objectType: 'Consultation', objectId: 'c' }, ['Caseworker'], 'Q2FzZTo5')).toBe('/cases/Q2FzZTo5');
    expect(noticeLink({ objectType: 'Consultation', objectId: 'c' }, ['Caseworker'], null)).toBeNull();
    expect(noticeLink({ objectType: 'Satellite', objectId: 's' }, ['TenantAdmin'])).toBe('/program');
    expect(noticeLink({ objectType: 'Satellite', objectId: 's' }, ['Supervisor'])).toBeNull();
    expect(noticeLink({ objectType: 'Unknown', objectId: 'x' }, ['TenantAdmin'])).toBeNull();
  });
});

function fakeStream() {
  let sink: Parameters<NoticeStream['subscribe']>[0] | null = null;
  const dispose = vi.fn();
  return { stream: { subscribe: (s) => { sink = s; return dispose; } } satisfies NoticeStream, sink: () => sink!, dispose };
}

describe('live notices', () => {
  const timers = () => {
    const set = vi.fn((_f: () => void, _ms: number) => 7 as unknown);
    const clear = vi.fn();
    return { set, clear };
  };
  it('tells each notice the stream brings, without polling', () => {
    const f = fakeStream(); const t = timers(); const onNotice = vi.fn();
    const live = followNotices(f.stream, onNotice, 60_000, t);
    f.sink().next(); f.sink().next();
    expect(onNotice).toHaveBeenCalledTimes(2);
    expect(live.polling()).toBe(false);
    expect(t.set).not.toHaveBeenCalled();
  });
  it('polls every minute once the stream fails, and stops both', () => {
    const f = fakeStream(); const t = timers(); const onNotice = vi.fn();
    const live = followNotices(f.stream, onNotice, 60_000, t);
    f.sink().error(new Error('502'));
    f.sink().complete();
    expect(t.set).toHaveBeenCalledTimes(1);
    expect(t.set.mock.calls[0][1]).toBe(60_000);
    expect(onNotice).toHaveBeenCalledTimes(1);
    expect(live.polling()).toBe(true);
    live.stop();
    expect(f.dispose).toHaveBeenCalled();
    expect(t.clear).toHaveBeenCalledWith(7);
  });
  it('does nothing after it was stopped', () => {
    const f = fakeStream(); const t = timers(); const onNotice = vi.fn();
    followNotices(f.stream, onNotice, 60_000, t).stop();
    f.sink().next(); f.sink().error(new Error('x'));
    expect(onNotice).not.toHaveBeenCalled();
    expect(t.set).not.toHaveBeenCalled();
  });
});
