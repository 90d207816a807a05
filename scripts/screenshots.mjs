// Screenshots of the faces for docs/ (README, issue notes): overlay collapsed/open on several pages, popup,
// dashboard, account detail, printable report; overlay and popup in ja, th and de. Uses the production build.
import { mkdirSync } from 'node:fs';
import { launch, waitOverlay, serviceWorker } from '../tests/e2e/harness.mjs';
import { loadFixtures } from '../tests/fixtures/server.mjs';

const OUT = process.argv[2] ?? 'docs/screenshots';
mkdirSync(OUT, { recursive: true });
const fx = loadFixtures();
const byFile = (name) => {
  const f = fx.find((x) => x.file.endsWith(name));
  if (!f) throw new Error(`no fixture ${name}`);
  return f;
};

async function shootOverlay(env, file, name, { open = true, scroll = 0 } = {}) {
  const f = byFile(file);
  const page = await env.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(f.url);
  await waitOverlay(page, { pageId: f.expect.page });
  await page.locator('adready-overlay [data-testid="pill"]').waitFor();
  await page.waitForTimeout(700);
  if (open) {
    await page.locator('adready-overlay [data-testid="pill"]').click();
    await page.waitForTimeout(900);
    if (scroll) await page.locator('adready-overlay .adr-body').evaluate((el, y) => el.scrollTo(0, y), scroll);
  }
  await page.screenshot({ path: `${OUT}/${name}.png` });
  await page.close();
}

async function shootPage(env, path, name, { height = 700, width = 1200, before } = {}) {
  const page = await env.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`chrome-extension://${env.extId}/${path}`);
  await page.waitForTimeout(900);
  if (before) await before(page);
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: path.startsWith('popup') });
  await page.close();
}

async function setLanguage(env, language) {
  const sw = await serviceWorker(env.context);
  await sw.evaluate(async (l) => {
    const cur = (await chrome.storage.local.get('settings')).settings ?? {};
    await chrome.storage.local.set({ settings: { ...cur, language: l } });
  }, language);
}

const env = await launch({ routes: { delayMs: 150 } });
try {
  // Visit a spread of accounts so the popup and dashboard have content.
  const warm = [
    'ads-billing/payment-auto-healthy.en.html',
    'ads-billing/payment-auto-85pct.en.html',
    'ads-billing/payment-auto-100pct.en.html',
    'ads-billing/payment-manual-zero.en.html',
    'ads-billing/payment-auto-prepaid-primary.en.html',
    'ads-billing/transactions-three-failed.en.html',
    'bc-payment/payment-3-accounts.en.html',
    'seller/ads-banner-bc-admin.en.html',
    'seller/users-cs-agent.en.html',
    'seller/ads-healthy-gmvmax.en.html',
  ];
  for (const w of warm) {
    try {
      await shootOverlay(env, w, `_warm`, { open: false });
    } catch (e) {
      console.warn(`warm ${w}: ${e.message}`);
    }
  }
  await shootOverlay(env, 'ads-billing/payment-auto-85pct.en.html', 'overlay-collapsed', { open: false });
  await shootOverlay(env, 'ads-billing/payment-auto-85pct.en.html', 'overlay-open');
  await shootOverlay(env, 'ads-billing/payment-auto-prepaid-primary.en.html', 'overlay-payment-prepaid', { scroll: 260 });
  await shootOverlay(env, 'ads-billing/transactions-three-failed.en.html', 'overlay-transactions-failed');
  await shootOverlay(env, 'seller/ads-banner-bc-admin.en.html', 'overlay-seller-diagnosis');
  await shootOverlay(env, 'seller/ads-hints.en.html', 'overlay-seller-hints', { scroll: 420 });
  await shootOverlay(env, 'seller/users-cs-agent.en.html', 'overlay-seller-role');
  await shootOverlay(env, 'bc/ad-accounts-25.en.html', 'overlay-bc-bulk').catch((e) => console.warn(e.message));
  await shootOverlay(env, 'bc/members-admin-none.en.html', 'overlay-bc-members').catch((e) => console.warn(e.message));
  await shootOverlay(env, 'account/setup-incomplete.en.html', 'overlay-account-setup').catch((e) => console.warn(e.message));
  await shootPage(env, 'popup.html', 'popup', { width: 380, height: 600 });
  await shootPage(env, 'dashboard.html', 'dashboard', { height: 820 });
  await shootPage(env, 'dashboard.html#report', 'dashboard-report', { height: 820 });
  await shootPage(env, 'dashboard.html#settings', 'dashboard-settings', { height: 700 });
  await shootPage(env, 'dashboard.html', 'dashboard-account', {
    height: 900,
    before: async (p) => {
      await p.locator('[data-testid="accounts-table"] tbody tr button').first().click();
      await p.waitForTimeout(500);
    },
  });
  for (const lang of ['ja', 'th', 'de']) {
    await setLanguage(env, lang);
    await shootOverlay(env, 'ads-billing/payment-auto-85pct.en.html', `overlay-open-${lang}`);
    await shootPage(env, 'popup.html', `popup-${lang}`, { width: 380, height: 600 });
  }
  await setLanguage(env, 'auto');
} finally {
  await env.close();
}
(await import('node:fs')).rmSync(`${OUT}/_warm.png`, { force: true });
console.log(`screenshots in ${OUT}/`);
