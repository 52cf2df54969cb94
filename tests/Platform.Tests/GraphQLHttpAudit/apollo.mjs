// Runs queries through Apollo Client with its PersistedQueryLink (automatic persisted queries)
// against the GraphQL endpoint named by the first argument, and prints what went over the wire.
// usage: node apollo.mjs <url of /graphql> <client> <query> [<client> <query> ...]
// Each <client> names an ApolloClient (same name, same client: Apollo remembers per client
// whether the server supports persisted queries). Prints one JSON array, one entry per query:
// { client, requests: [{ hash, text, status, codes }], data, error }.
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';

const [url, ...rest] = process.argv.slice(2);
if (!url || rest.length === 0 || rest.length % 2 !== 0) {
  console.error('usage: node apollo.mjs <url> <client> <query> [<client> <query> ...]');
  process.exit(2);
}

let requests = [];
// Apollo's HttpLink calls this fetch: it records each request's persisted-query hash and text and
// the answer's error codes, and passes the request on unchanged.
async function recordingFetch(input, init) {
  const body = init?.body ? JSON.parse(init.body) : {};
  const response = await fetch(input, init);
  const answer = await response.clone().json().catch(() => null);
  requests.push({
    hash: Boolean(body.extensions?.persistedQuery?.sha256Hash),
    text: typeof body.query === 'string',
    status: response.status,
    codes: (answer?.errors ?? []).map((e) => e.extensions?.code ?? null),
  });
  return response;
}

const clients = new Map();
function client(name) {
  if (!clients.has(name)) {
    const persisted = new PersistedQueryLink({ sha256: (text) => createHash('sha256').update(text).digest('hex') });
    clients.set(name, new ApolloClient({
      link: persisted.concat(new HttpLink({ uri: url, fetch: recordingFetch })),
      cache: new InMemoryCache(),
    }));
  }
  return clients.get(name);
}

const results = [];
for (let i = 0; i < rest.length; i += 2) {
  requests = [];
  const entry = { client: rest[i], requests, data: null, error: null };
  try {
    const result = await client(rest[i]).query({ query: gql(rest[i + 1]), fetchPolicy: 'network-only' });
    entry.data = result.data ?? null;
    entry.error = result.error?.message ?? null;
  } catch (error) {
    entry.error = String(error?.message ?? error);
  }
  results.push(entry);
}
console.log(JSON.stringify(results));
