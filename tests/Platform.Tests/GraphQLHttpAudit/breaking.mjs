// Compares two SDL files with graphql-js's findBreakingChanges and findDangerousChanges and
// prints one JSON object { breaking: [{ type, description }], dangerous: [...] } to stdout.
// usage: node breaking.mjs <released.graphql> <current.graphql>
import { readFileSync } from 'node:fs';
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';

const [released, current] = process.argv.slice(2);
if (!released || !current) {
  console.error('usage: node breaking.mjs <released.graphql> <current.graphql>');
  process.exit(2);
}
const before = buildSchema(readFileSync(released, 'utf8'));
const after = buildSchema(readFileSync(current, 'utf8'));
const plain = ({ type, description }) => ({ type, description });
console.log(JSON.stringify({
  breaking: findBreakingChanges(before, after).map(plain),
  dangerous: findDangerousChanges(before, after).map(plain),
}));
