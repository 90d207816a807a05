// Foundation e2e: detection on every fixture in every language, in-page navigation, no overlay on non-app pages,
// popup content, dashboard empty state, no console errors from the extension.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitOverlay, extensionErrors, openPopup } from './harness.mjs';
import { loadFixtures } from '../fixtures/server.mjs';

const fixtures = loadFixtures();
let env;

before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

test('every app fixture gets exactly one overlay with its page id and account', async () => {
  const page = await env.context.newPage();
  const app = fixtures.filter((f) => f.expect && f.expect.page);
  assert.ok(app.length >= 25, `expected at least 25 app fixtures, got ${app.length}`);
  const seen = new Set();
  for (const fx of app) {
    await page.goto(fx.url);
    const got = await waitOverlay(page, { pageId: fx.expect.page, account: fx.expect.account });
    assert.equal(got.count, 1, `${fx.file}: exactly one overlay`);
    assert.equal(got.page, fx.expect.page, `${fx.file}: data-page`);
    if (fx.expect.account) assert.equal(got.account, fx.expect.account, `${fx.file}: data-account`);
    seen.add(`${fx.expect.page}|${fx.lang}`);
  }
  const pages = new Set(app.map((f) => f.expect.page));
  assert.ok(pages.size >= 25, `all 25 page ids have fixtures (got ${pages.size})`);
  await page.close();
});

test('non-app pages get no overlay', async () => {
  const page = await env.context.newPage();
  const nonApp = fixtures.filter((f) => f.expect && f.expect.page === null);
  assert.ok(nonApp.length >= 8);
  for (const fx of nonApp) {
    await page.goto(fx.url);
    await page.waitForTimeout(600);
    assert.equal(await page.locator('adready-overlay').count(), 0, `${fx.file}: no overlay`);
  }
  await page.close();
});

test('the overlay follows in-page navigation (pushState, replaceState, back/forward) and leaves on non-app routes', async () => {
  const page = await env.context.newPage();
  const id = '7089362853240553474';
  await page.goto(`https://ads.tiktok.com/i18n/dashboard?aadvid=${id}&lang=en`);
  await waitOverlay(page, { pageId: 'ads.dashboard' });
  const route = async (path, pageId, how = 'push') => {
    await page.evaluate(
      ([p, h]) => (h === 'replace' ? history.replaceState({}, '', p) : history.pushState({}, '', p)),
      [path, how],
    );
    if (pageId) return waitOverlay(page, { pageId, timeout: 1000 });
    await page.waitForFunction(() => !document.querySelector('adready-overlay'), null, { timeout: 1000 });
    return null;
  };
  const steps = [
    [`/i18n/account/payment?aadvid=${id}`, 'ads.payment'],
    [`/i18n/account/transaction?aadvid=${id}&tab=2`, 'ads.transactions'],
    [`/i18n/account/payment_invoice?aadvid=${id}`, 'ads.invoices'],
    [`/i18n/account/info?aadvid=${id}`, 'ads.account-setup', 'replace'],
    [`/i18n/perf/campaign?aadvid=${id}`, 'ads.campaigns'],
    [`/help/article/billing-threshold`, null],
    [`/i18n/creation/campaign?aadvid=${id}`, 'ads.creation'],
    [`/i18n/account/health?aadvid=${id}`, 'ads.account-health'],
    [`/i18n/events_manager/datasource/list?aadvid=${id}`, 'ads.events'],
    [`/i18n/manage/campaign?aadvid=${id}&lang=en`, 'ads.campaigns'],
    [`/i18n/home?adv_id=${id}`, 'ads.home'],
  ];
  for (const [p, pid, how] of steps) {
    const got = await route(p, pid, how);
    if (got) assert.equal(got.count, 1);
  }
  await page.goBack();
  await waitOverlay(page, { pageId: 'ads.campaigns', timeout: 1000 });
  await page.goBack();
  await waitOverlay(page, { pageId: 'ads.events', timeout: 1000 });
  await page.goForward();
  const last = await waitOverlay(page, { pageId: 'ads.campaigns', timeout: 1000 });
  assert.equal(last.count, 1);
  assert.equal(last.account, `ads:${id}`);
  await page.close();
});

test('menu clicks in the fixture app navigate in-page and the overlay follows', async () => {
  const page = await env.context.newPage();
  await page.goto('https://ads.tiktok.com/i18n/account/payment?aadvid=7089362853240553474&lang=en');
  await waitOverlay(page, { pageId: 'ads.payment' });
  const nav = await page.evaluate(() => performance.getEntriesByType('navigation').length);
  await page.locator('a[href*="/i18n/account/transaction"]').first().click();
  await waitOverlay(page, { pageId: 'ads.transactions', timeout: 1000 });
  assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), nav, 'no reload');
  await page.close();
});

test('the overlay re-attaches when the host rebuilds <body> and never exists twice', async () => {
  const page = await env.context.newPage();
  await page.goto('https://business.tiktok.com/manage/overview?org_id=7223495844006363137');
  await waitOverlay(page, { pageId: 'bc.overview' });
  await page.evaluate(() => window.__fx.rebuildBody());
  const got = await waitOverlay(page, { pageId: 'bc.overview' });
  assert.equal(got.count, 1);
  await page.evaluate(() => document.querySelector('adready-overlay')?.remove());
  const again = await waitOverlay(page, { pageId: 'bc.overview' });
  assert.equal(again.count, 1);
  await page.close();
});

test('a host that transforms or lengthens <body> does not push the overlay off-screen', async () => {
  const page = await env.context.newPage();
  await page.goto('https://business.tiktok.com/manage/overview?org_id=7223495844006363137');
  await waitOverlay(page, { pageId: 'bc.overview' });
  await page.addStyleTag({ content: 'body { transform: translateZ(0); filter: saturate(1); min-height: 3000px; }' });
  await page.evaluate(() => window.scrollTo(0, 2000));
  const pill = page.locator('adready-overlay [data-testid="pill"]');
  await pill.waitFor();
  const box = await pill.boundingBox();
  const vp = page.viewportSize();
  assert.ok(box && box.y >= 0 && box.y + box.height <= vp.height && box.x + box.width <= vp.width, `pill in the viewport: ${JSON.stringify(box)}`);
  await page.close();
});

test('the pill opens the panel, Esc closes it and returns focus', async () => {
  const page = await env.context.newPage();
  await page.goto('https://ads.tiktok.com/i18n/account/payment?aadvid=7089362853240553474&lang=en');
  await waitOverlay(page, { pageId: 'ads.payment' });
  const pill = page.locator('adready-overlay [data-testid="pill"]');
  await pill.waitFor();
  assert.match(await pill.innerText(), /Payment/);
  await pill.click();
  await page.locator('adready-overlay [data-testid="panel"]').waitFor();
  await page.keyboard.press('Escape');
  await pill.waitFor();
  await page.close();
});

test('popup shows the current tab\'s page and account', async () => {
  const page = await env.context.newPage();
  await page.goto('https://business.tiktok.com/manage/users/members?org_id=7223495844006363137&lang=en');
  await waitOverlay(page, { pageId: 'bc.members' });
  const popup = await openPopup(env.context, env.extId);
  // Opened as a page of its own, the popup shows the most recently detected TikTok tab (DESIGN §8.3).
  const cur = popup.locator('[data-testid="current-page"]');
  await cur.waitFor();
  assert.equal(await cur.getAttribute('data-page'), 'bc.members');
  assert.equal(await popup.locator('[data-testid="current-account"]').getAttribute('data-account'), 'bc:7223495844006363137');
  const state = await popup.locator('[data-testid="readiness"]').getAttribute('data-state');
  assert.ok(['ready', 'at-risk', 'blocked', 'unknown'].includes(state));
  await popup.close();
  await page.close();
});

test('no console errors from the extension', async () => {
  assert.deepEqual(extensionErrors(env.errors, env.extId), []);
});
