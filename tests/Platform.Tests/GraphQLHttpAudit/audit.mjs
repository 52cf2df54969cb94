// Runs graphql-http's audit suite against the GraphQL-over-HTTP endpoint named by the first
// argument and prints one JSON array of { id, name, status, reason } to stdout.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url of /graphql>');
  process.exit(2);
}
const results = await auditServer({ url });
console.log(JSON.stringify(results.map(({ id, name, status, reason }) => ({ id, name, status, reason: reason ?? null }))));
