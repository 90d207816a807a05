// The README's main job: build AdReady and open it on the bundled demo pages (the fixture sandbox).
// With a display: a headed Chromium you can click around in. Without one: a headless walk through every page
// kind that writes screenshots and a short report of what was detected into out/demo/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const skipBuild = process.argv.includes('--no-build');
if (!skipBuild) {
  const b = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const ensure = spawnSync('node', ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });
if (ensure.status !== 0) process.exit(1);

const { launch, waitOverlay } = await import('../tests/e2e/harness.mjs');
const { loadFixtures } = await import('../tests/fixtures/server.mjs');
const headed = !!process.env.DISPLAY && !process.argv.includes('--headless');

if (headed) {
  const env = await launch({ headed: true });
  const page = await env.context.newPage();
  await page.goto('https://ads.tiktok.com/i18n/account/payment?aadvid=7089362853240553474&lang=en');
  console.log('AdReady is loaded on the demo sandbox. Close the browser window to end the demo.');
  await new Promise((r) => env.context.on('close', r));
  process.exit(0);
}

const out = 'out/demo';
mkdirSync(out, { recursive: true });
const env = await launch();
const page = await env.context.newPage();
const lines = ['# AdReady demo run', '', `${new Date().toISOString()}`, '', '| fixture | url | detected page | account | state |', '| --- | --- | --- | --- | --- |'];
let i = 0;
// One page per page kind (English first), plus a few pages where AdReady must stay silent.
const all = loadFixtures();
const seen = new Set();
const walk = [];
for (const fx of [...all].sort((a, b) => Number(b.lang === 'en') - Number(a.lang === 'en'))) {
  const kind = fx.expect?.page ?? null;
  if (kind === null ? walk.filter((f) => !f.expect?.page).length >= 3 : seen.has(kind)) continue;
  if (kind) seen.add(kind);
  walk.push(fx);
}
for (const fx of walk) {
  await page.goto(fx.url);
  let got = { page: null, account: null };
  if (fx.expect?.page) {
    got = await waitOverlay(page, { pageId: fx.expect.page }).catch(() => got);
    const pill = page.locator('adready-overlay [data-testid="pill"]');
    await pill.click({ timeout: 3000 }).catch(() => undefined);
    await page.waitForTimeout(900);
  } else await page.waitForTimeout(500);
  const state = await page.locator('adready-overlay [data-testid="overlay-state"]').getAttribute('data-state').catch(() => null);
  const name = `${String(++i).padStart(3, '0')}-${fx.file.replace(/[\\/]/g, '_').replace(/\.html$/, '')}.png`;
  await page.screenshot({ path: `${out}/${name}` });
  lines.push(`| ${fx.file} | ${fx.url} | ${got.page ?? '—'} | ${got.account ?? '—'} | ${state ?? '—'} |`);
}
const popup = await env.context.newPage();
await popup.goto(`chrome-extension://${env.extId}/popup.html`);
await popup.waitForTimeout(800);
await popup.screenshot({ path: `${out}/popup.png`, fullPage: true });
const dash = await env.context.newPage();
await dash.goto(`chrome-extension://${env.extId}/dashboard.html`);
await dash.waitForTimeout(800);
await dash.screenshot({ path: `${out}/dashboard.png`, fullPage: true });
writeFileSync(`${out}/report.md`, lines.join('\n') + '\n');
await env.close();
console.log(`Demo done: ${i} pages walked. Screenshots and report in ${out}/ (report.md).`);
