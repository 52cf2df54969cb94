/** Where a notice's object is seen, for these roles; null when no screen shows it. */
export function noticeLink(
  notice: { objectType: string; objectId: string },
  roles: readonly string[],
  consultationCase?: string | null,
): string | null {
  switch (notice.objectType) {
    case 'Case':
      return `/cases/${encodeURIComponent(notice.objectId)}`;
    case 'WorkItem':
      return '/work';
    case 'Consultation':
      if (roles.includes('PrefecturalOfficer')) return '/prefecture/consultations';
      return consultationCase ? `/cases/${encodeURIComponent(consultationCase)}` : null;
    case 'Satellite':
      if (roles.includes('PrefecturalOfficer')) return '/prefecture/satellites';
      return roles.includes('TenantAdmin') ? '/program' : null;
    case 'PreparationGrant':
      return roles.includes('TenantAdmin') ? '/program' : null;
    default:
      return null;
  }
}

/** The Japanese name of a notice's object, for the link's text. */
export function objectName(objectType: string): string {
  return ({ Case: 'ケース', WorkItem: '今日の仕事', Consultation: '相談', Satellite: 'サテライト', PreparationGrant: '準備支援' } as Record<string, string>)[objectType] ?? objectType;
}

export interface NoticeStream {
  /** Subscribes; calls next for each notice and error/complete when the stream ends. Returns its disposal. */
  subscribe(sink: { next: () => void; error: (e: unknown) => void; complete: () => void }): () => void;
}

/**
 * Live notices: onNotice for each one that the stream brings; when the stream fails or ends,
 * onNotice every pollMs instead (polling). Returns the stop function.
 */
export function followNotices(
  stream: NoticeStream,
  onNotice: () => void,
  pollMs = 60_000,
  timers: { set: (f: () => void, ms: number) => unknown; clear: (t: unknown) => void } = { set: (f, ms) => setInterval(f, ms), clear: (t) => clearInterval(t as number) },
): { stop: () => void; polling: () => boolean } {
  let stopped = false;
  let timer: unknown = null;
  const poll = () => {
    if (stopped || timer !== null) return;
    onNotice(); // what arrived while the stream was down
    timer = timers.set(onNotice, pollMs);
  };
  const dispose = stream.subscribe({ next: () => { if (!stopped) onNotice(); }, error: poll, complete: poll });
  return {
    stop: () => {
      stopped = true;
      dispose();
      if (timer !== null) timers.clear(timer);
    },
    polling: () => timer !== null,
  };
}
