// The JavaScript each route group loads (entry + route chunk + their static imports), gzip-
// compressed, from Vite's build manifest. The public finder must stay within its budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const publicBudgetKb = 250;

const routes = {
  '/ (public finder)': 'src/public/PublicFinder.tsx',
  '/signin': 'src/signin/SignIn.tsx',
  '/work': 'src/work/WorkPage.tsx',
  '/notifications': 'src/notifications/NotificationsPage.tsx',
  '/cases': 'src/cases/CaseRoutes.tsx',
  '/activities': 'src/activities/ActivitiesPage.tsx',
  '/statistics': 'src/statistics/StatisticsPage.tsx',
  '/audit': 'src/audit/AuditPage.tsx',
  '/program': 'src/program/ProgramPage.tsx',
  '/prefecture': 'src/prefecture/PrefectureRoutes.tsx',
  '/nation': 'src/nation/NationPage.tsx',
};
const shell = 'src/shell/StaffShell.tsx';

function files(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const imported of chunk.imports ?? []) files(imported, seen);
  return seen;
}

const gz = (file) => gzipSync(readFileSync(new URL(file, dist))).length;
// The staff app's entry, by name: the manifest may list other entries.
const entry = 'index.html';
if (!manifest[entry]?.isEntry) {
  console.error('dist/.vite/manifest.json has no index.html entry');
  process.exit(1);
}
let failed = false;
for (const [route, source] of Object.entries(routes)) {
  const keys = files(entry);
  files(source, keys);
  if (source !== routes['/ (public finder)'] && source !== routes['/signin']) files(shell, keys);
  const bytes = [...keys].reduce((n, k) => n + gz(manifest[k].file), 0);
  const kb = bytes / 1024;
  console.log(`${route.padEnd(20)} ${kb.toFixed(1).padStart(7)} KB gzip`);
  if (source === routes['/ (public finder)'] && kb > publicBudgetKb) {
    console.error(`The public finder loads ${kb.toFixed(1)} KB gzip of JavaScript, over its ${publicBudgetKb} KB budget.`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
