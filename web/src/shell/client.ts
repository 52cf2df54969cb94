import { Client, cacheExchange, fetchExchange, mapExchange, type Exchange } from 'urql';
import { persistedExchange } from '@urql/exchange-persisted';
import { clearToken, readToken } from '../signin/token';
import { isSignInExpired } from './errors';

/**
 * With VITE_PERSISTED_DOCUMENTS=only the app sends each operation as
 * extensions.persistedQuery.sha256Hash of web/dist/persisted-documents.json, never its text
 * (for a silo with GraphQL:PersistedDocuments:Only). Otherwise it sends the text.
 */
const persistedOnly = import.meta.env.VITE_PERSISTED_DOCUMENTS === 'only';

function persisted(): Exchange[] {
  if (!persistedOnly) return [];
  return [
    persistedExchange({
      enforcePersistedQueries: true,
      enableForMutation: true,
      preferGetForPersistedQueries: false,
      generateHash: async (_query, document) => (document as unknown as { __meta__?: { hash: string } }).__meta__?.hash ?? '',
    }),
  ];
}

/** Where an expired sign-in goes: the sign-in page, which then says so. */
export function goToSignInExpired(): void {
  clearToken();
  window.location.assign('/signin?expired=1');
}

/** The staff client: sends the token, and on UNAUTHENTICATED (or 401) sends the person to sign in again. */
export function createStaffClient(onExpired: () => void = goToSignInExpired): Client {
  return new Client({
    url: '/graphql',
    requestPolicy: 'cache-and-network',
    preferGetMethod: false,
    fetchOptions: (): RequestInit => {
      const token = readToken();
      const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
      return { headers };
    },
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (isSignInExpired(error)) onExpired();
        },
      }),
      ...persisted(),
      fetchExchange,
    ],
  });
}

/** The public finder's client: anonymous, whatever is in sessionStorage. */
export function createPublicClient(): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    exchanges: [cacheExchange, ...persisted(), fetchExchange],
  });
}
