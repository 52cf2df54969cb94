// Copies the persisted-document manifest that GraphQL Code Generator wrote into the build
// output, where the silo loads it (GraphQL:PersistedDocuments:Path).
import { copyFileSync, existsSync } from 'node:fs';

const from = new URL('../src/gql/persisted-documents.json', import.meta.url);
const to = new URL('../dist/persisted-documents.json', import.meta.url);
if (!existsSync(from)) {
  console.error('src/gql/persisted-documents.json is missing: run npm run codegen');
  process.exit(1);
}
copyFileSync(from, to);
console.log('dist/persisted-documents.json written');
