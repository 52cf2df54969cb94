import { useEffect, useRef } from 'react';
import { print } from 'graphql';
import { createClient } from 'graphql-sse';
import { readToken } from '../signin/token';
import { NotificationReceived } from './documents';
import { followNotices } from './notices';

/**
 * Calls onNotice for each notice raised for the signed-in person: live through the
 * notificationReceived subscription at POST /graphql/stream (graphql-sse, distinct connections
 * mode, the Bearer token), or every 60 seconds when the stream fails.
 */
export function useLiveNotices(onNotice: () => void): void {
  const latest = useRef(onNotice);
  latest.current = onNotice;
  useEffect(() => {
    const client = createClient({
      url: '/graphql/stream',
      singleConnection: false,
      retryAttempts: 2,
      headers: (): Record<string, string> => {
        const token = readToken();
        return token ? { Authorization: `Bearer ${token}` } : {};
      },
    });
    const live = followNotices(
      { subscribe: (sink) => client.subscribe({ query: print(NotificationReceived) }, sink) },
      () => latest.current(),
    );
    return () => {
      live.stop();
      client.dispose();
    };
  }, []);
}
