// Looks at the screens: headless Chromium (the machine's, never a downloaded one) takes a PNG
// of each screen into SCREENS_DIR (default /tmp/screens). Needs the dev server (npm run dev)
// in front of a local silo with development tokens.
//   BASE_URL=http://localhost:5173 SCREENS=/,/signin node scripts/screens.mjs
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const base = process.env.BASE_URL ?? 'http://localhost:5173';
const out = process.env.SCREENS_DIR ?? '/tmp/screens';
const siloDll = process.env.PLATFORM_SILO_DLL; // fallback for a silo without POST /dev/token
mkdirSync(out, { recursive: true });

async function token(tenant, roles, name) {
  const response = await fetch(`${base}/dev/token`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tenant, roles, name }),
  });
  if (response.ok) return (await response.json()).token;
  if (!siloDll) throw new Error(`POST /dev/token answered ${response.status} and PLATFORM_SILO_DLL is not set`);
  const args = [siloDll, 'token', '--tenant', tenant, ...roles.flatMap((r) => ['--role', r]), '--subject', name ?? `dev-${tenant}`];
  // The key lives in the silo's data folder, relative to the folder the silo runs from.
  return execFileSync('dotnet', args, { encoding: 'utf8', cwd: process.env.PLATFORM_SILO_DIR ?? '..' }).trim().split('\n').at(-1);
}

const shots = JSON.parse(process.env.SCREENS_JSON ?? 'null') ?? [
  { name: 'public-search', path: '/?q=北山村' },
  { name: 'public-municipality', path: '/?m=304271' },
  { name: 'signin', path: '/signin' },
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const shot of shots) {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
    if (shot.tenant) {
      const t = await token(shot.tenant, shot.roles, shot.user);
      await context.addInitScript((value) => sessionStorage.setItem('platform.token', value), t);
    }
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`${shot.name}: ${e.message}`));
    await page.goto(`${base}${shot.path}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => !document.body.innerText.includes('読み込み中'), null, { timeout: 20000 }).catch(() => {});
    await page.waitForTimeout(shot.wait ?? 300);
    await page.screenshot({ path: `${out}/${shot.name}.png`, fullPage: true });
    console.log(`${out}/${shot.name}.png ${await page.title()}`);
    await context.close();
  }
} finally {
  await browser.close();
}
