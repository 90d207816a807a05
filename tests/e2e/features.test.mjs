// Feature e2e: billing states, reminders and badge (issue: billing), Seller Center diagnosis (issue: seller),
// account set-up and access (issue: account), popup and dashboard with export/import/CSV/report (issue: readiness).
// Expected states come from the rules as documented in DESIGN §4 and docs/readiness.md, not from observed output.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { launch, waitOverlay, storage, serviceWorker, extensionErrors, openPopup } from './harness.mjs';

let env;
before(async () => {
  env = await launch({ routes: { delayMs: 150 } });
});
after(async () => {
  await env?.close();
});

const ADS = 'https://ads.tiktok.com';

async function visit(url, pageId) {
  const page = await env.context.newPage();
  await page.goto(url);
  await waitOverlay(page, { pageId });
  return page;
}

async function overlayState(page, want, timeout = 5000) {
  const loc = page.locator('adready-overlay [data-testid="pill"]');
  await loc.click();
  const state = page.locator('adready-overlay [data-testid="overlay-state"]');
  await state.waitFor();
  if (want) await page.waitForFunction(
    (w) => document.querySelector('adready-overlay')?.shadowRoot?.querySelector('[data-testid="overlay-state"]')?.getAttribute('data-state') === w,
    want,
    { timeout },
  ).catch(() => undefined);
  return state.getAttribute('data-state');
}

async function popupState(want) {
  const popup = await openPopup(env.context, env.extId);
  const r = popup.locator('[data-testid="readiness"]');
  await r.waitFor();
  // The popup renders from the index the background rebuilds right after each read; it updates live.
  if (want)
    await popup
      .waitForFunction((w) => document.querySelector('[data-testid="readiness"]')?.getAttribute('data-state') === w, want, { timeout: 3000 })
      .catch(() => undefined);
  const s = await r.getAttribute('data-state');
  const acc = await popup.locator('[data-testid="current-account"]').getAttribute('data-account');
  await popup.close();
  return { state: s, account: acc };
}

test('billing states give the readiness the rules define, in the overlay and the popup', async () => {
  const cases = [
    // [fixture url, page id, expected overlay state, why]
    [`${ADS}/i18n/account/payment?aadvid=7301100000000000041&lang=en`, 'ads.payment', 'blocked', '100 % of the threshold'],
    [`${ADS}/i18n/account/payment?aadvid=7301100000000000031&lang=en`, 'ads.payment', 'at-risk', '85 % of the threshold'],
    [`${ADS}/i18n/account/payment?aadvid=7301100000000000061&lang=en`, 'ads.payment', 'blocked', 'manual, zero balance'],
  ];
  for (const [url, pid, want, why] of cases) {
    const page = await visit(url, pid);
    const got = await overlayState(page, want);
    assert.equal(got, want, `${why}: overlay`);
    const p = await popupState(want);
    assert.equal(p.state, want, `${why}: popup readiness`);
    assert.equal(p.account, new URL(url).searchParams.get('aadvid') ? `ads:${new URL(url).searchParams.get('aadvid')}` : null);
    await page.close();
  }
});

test('the Payment panel shows the autopay checklist, the threshold meter and the switching rules', async () => {
  const page = await visit(`${ADS}/i18n/account/payment?aadvid=7301100000000000031&lang=en`, 'ads.payment');
  await page.locator('adready-overlay [data-testid="pill"]').click();
  await page.locator('adready-overlay [data-testid="autopay-checklist"]').waitFor();
  const meter = page.locator('adready-overlay [data-testid="threshold-meter"]');
  await meter.waitFor();
  const now = Number(await meter.getAttribute('aria-valuenow'));
  assert.ok(now >= 80 && now < 100, `meter at ${now} %`);
  await page.locator('adready-overlay [data-testid="switch-rules"]').waitFor();
  await page.close();
});

test('a missing field shows "could not read" and never yields ready; an unknown language reads nothing', async () => {
  const { loadFixtures } = await import('../fixtures/server.mjs');
  const fx = loadFixtures();
  const noBill = fx.find((f) => f.file.endsWith('payment-auto-no-bill-date.en.html'));
  let page = await visit(noBill.url, 'ads.payment');
  await page.locator('adready-overlay [data-testid="pill"]').click();
  const unreadable = page.locator('adready-overlay [data-testid="unreadable"] [data-fact="billing.billDate"]');
  await unreadable.waitFor();
  assert.notEqual(await page.locator('adready-overlay [data-testid="overlay-state"]').getAttribute('data-state'), 'ready');
  await page.close();
  const ko = fx.find((f) => f.expect?.error === 'no-label-table' && f.expect.page === 'ads.payment');
  page = await visit(ko.url, 'ads.payment');
  await page.locator('adready-overlay [data-testid="pill"]').click();
  await page.locator('adready-overlay [data-testid="read-error"]').waitFor();
  const key = `acct:${ko.expect.account}`;
  const rec = (await storage(env.context, key))[key];
  assert.deepEqual(Object.keys(rec?.facts ?? {}), [], 'no fact read from a page without a label table');
  assert.notEqual(await page.locator('adready-overlay [data-testid="overlay-state"]').getAttribute('data-state'), 'ready');
  await page.close();
});

test('failed payments: three failures block the account', async () => {
  const url = `${ADS}/i18n/account/transaction?aadvid=7301200000000000002&tab=2&lang=en`;
  const page = await env.context.newPage();
  await page.goto(url).catch(() => undefined);
  const exists = await page.locator('adready-overlay').count();
  if (!exists) await waitOverlay(page, { pageId: 'ads.transactions' });
  const acc = await page.locator('adready-overlay').getAttribute('data-account');
  const key = `acct:${acc}`;
  await page.waitForTimeout(800);
  const rec = (await storage(env.context, key))[key];
  assert.ok((rec?.facts?.['billing.failedPayments']?.value ?? 0) > 2, 'more than two failed payments read');
  assert.equal(await overlayState(page, 'blocked'), 'blocked');
  await page.close();
});

test('reminders: alarms exist with the right times after visiting a payment page, badge counts match', async () => {
  const page = await visit(`${ADS}/i18n/account/payment?aadvid=7301100000000000031&lang=en`, 'ads.payment');
  await page.waitForTimeout(1200);
  const sw = await serviceWorker(env.context);
  const { alarms, tz, rec, badge } = await sw.evaluate(async () => ({
    alarms: await chrome.alarms.getAll(),
    tz: new Date().getTimezoneOffset(),
    rec: (await chrome.storage.local.get('acct:ads:7301100000000000031'))['acct:ads:7301100000000000031'],
    badge: await chrome.action.getBadgeText({}),
  }));
  const billDate = rec.facts['billing.billDate']?.value;
  assert.ok(billDate, 'bill date read');
  const [y, m, d] = billDate.split('-').map(Number);
  const expected = Date.UTC(y, m - 1, d) + 9 * 3_600_000 + tz * 60_000 - 2 * 86_400_000;
  const bill = alarms.find((a) => a.name === `adr:bill:ads:7301100000000000031:${billDate}`);
  if (expected > Date.now()) {
    assert.ok(bill, `bill-date alarm for ${billDate} in ${alarms.map((a) => a.name).join(', ')}`);
    assert.ok(Math.abs(bill.scheduledTime - expected) < 60_000, 'bill-date alarm 2 days before at 09:00 local');
  }
  const threshold = alarms.find((a) => a.name.startsWith('adr:threshold:ads:7301100000000000031:'));
  assert.ok(threshold || (await sw.evaluate(async () => (await chrome.storage.local.get('remindersFired')).remindersFired ?? [])).some((n) => n.startsWith('adr:threshold:ads:7301100000000000031')), 'threshold reminder scheduled or fired');
  // Badge: blocked count when any account is blocked, else at-risk count — over every stored account.
  await page.waitForTimeout(600);
  const { index, badgeNow } = await (await serviceWorker(env.context)).evaluate(async () => ({
    index: (await chrome.storage.session.get('accountIndex')).accountIndex,
    badgeNow: await chrome.action.getBadgeText({}),
  }));
  const all = await storage(env.context);
  assert.equal(index.entries.length, Object.keys(all).filter((k) => k.startsWith('acct:')).length, 'the index lists every account');
  const blocked = index.entries.filter((e) => e.readiness === 'blocked').length;
  const atRisk = index.entries.filter((e) => e.readiness === 'at-risk').length;
  const expectBadge = blocked ? String(blocked) : atRisk ? String(atRisk) : '';
  assert.equal(badgeNow, expectBadge, `badge (was ${badge})`);
  const popup = await openPopup(env.context, env.extId);
  await popup.locator('[data-testid="current"]').waitFor();
  const shown = await popup.locator('[data-testid="others"] li').count();
  assert.equal(shown, Math.min(8, index.entries.length - 1), 'the popup lists the most urgent other accounts');
  const firstStates = await popup.locator('[data-testid="others"] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
  const rank = { blocked: 0, 'at-risk': 1, unknown: 2, ready: 3 };
  assert.ok(firstStates.every((s, i) => i === 0 || rank[firstStates[i - 1]] <= rank[s]), 'by urgency');
  await popup.close();
  await page.close();
});

test('Seller Center: each cause fixture yields that cause as the top diagnosis; a healthy shop none', async () => {
  const { loadFixtures } = await import('../fixtures/server.mjs');
  const fx = loadFixtures();
  const find = (name) => fx.find((f) => f.file.endsWith(name));
  const byFile = [
    ['seller/users-cs-agent.en.html', 'role'],
    ['seller/users-admin-stale.fr.html', 'stale-menu-cache'],
    ['seller/ads-banner-bc-admin.en.html', 'bc-admin'],
    ['seller/ads-banner-bound-elsewhere.vi.html', 'bc-bound-elsewhere'],
    ['seller/ads-banner-onboarding.id.html', 'onboarding'],
    ['seller/ads-banner-account-unlinked.zh.html', 'ad-account-unlinked'],
    ['seller/ads-setup-todo.en.html', 'ad-account-unlinked'],
  ];
  for (const [file, cause] of byFile) {
    const f = find(file);
    assert.ok(f, file);
    const page = await visit(f.url, f.expect.page);
    await page.locator('adready-overlay [data-testid="pill"]').click();
    const top = page.locator('adready-overlay [data-testid="top-cause"]');
    await top.waitFor({ timeout: 5000 });
    assert.equal(await top.getAttribute('data-cause'), cause, file);
    await page.close();
  }
  const healthy = find('seller/ads-healthy-gmvmax.en.html');
  const page = await visit(healthy.url, 'seller.ads');
  await page.locator('adready-overlay [data-testid="pill"]').click();
  await page.locator('adready-overlay [data-testid="seller-diagnosis"]').waitFor();
  assert.equal(await page.locator('adready-overlay [data-testid="top-cause"]').count(), 0, 'a healthy shop has no cause');
  await page.close();
});

test('account set-up: suspended blocks, in review is at risk, with the fix and who can do it', async () => {
  const { loadFixtures } = await import('../fixtures/server.mjs');
  const fx = loadFixtures().filter((f) => f.expect?.page === 'ads.account-setup' && f.lang === 'en');
  const pick = (status) => fx.find((f) => f.expect.facts?.['account.status'] === status);
  for (const [status, want] of [
    ['suspended', 'blocked'],
    ['in-review', 'at-risk'],
  ]) {
    const f = pick(status);
    assert.ok(f, `an en fixture with status ${status}`);
    const page = await visit(f.url, 'ads.account-setup');
    assert.equal(await overlayState(page, want), want, status);
    const finding = page.locator('adready-overlay [data-rule="account.status-approved"]');
    await finding.waitFor();
    await finding.locator('summary').click();
    assert.match(await finding.innerText(), /Admin/i, 'who can fix it');
    await page.close();
  }
});

test('dashboard: accounts listed, filters, JSON export validates and round-trips, CSV, printable report', async () => {
  const dash = await env.context.newPage();
  await dash.goto(`chrome-extension://${env.extId}/dashboard.html`);
  await dash.locator('[data-testid="accounts-table"]').waitFor();
  const rows = await dash.locator('[data-testid="accounts-table"] tbody tr').count();
  const stored = Object.keys(await storage(env.context)).filter((k) => k.startsWith('acct:')).length;
  assert.equal(rows, Math.min(stored, 100));
  await dash.selectOption('[data-testid="filter-state"]', 'blocked');
  const blockedRows = await dash.locator('[data-testid="accounts-table"] tbody tr').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
  assert.ok(blockedRows.length > 0 && blockedRows.every((s) => s === 'blocked'));
  await dash.selectOption('[data-testid="filter-state"]', 'all');
  await dash.fill('[data-testid="search"]', '7301100000000000031');
  await dash.waitForFunction(() => document.querySelectorAll('[data-testid="accounts-table"] tbody tr').length === 1);
  await dash.fill('[data-testid="search"]', '');

  const [dl] = await Promise.all([dash.waitForEvent('download'), dash.click('[data-testid="export-json"]')]);
  const file = join(mkdtempSync(join(tmpdir(), 'adr-dl-')), 'export.json');
  await dl.saveAs(file);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const schema = JSON.parse(readFileSync('docs/adready-audit.schema.json', 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  const ok = ajv.validate(schema, data);
  assert.ok(ok, JSON.stringify(ajv.errors?.slice(0, 5)));
  assert.equal(data.format, 'adready-audit');
  assert.equal(data.version, 1);
  assert.equal(data.accounts.length, stored);

  const [csv] = await Promise.all([dash.waitForEvent('download'), dash.click('[data-testid="export-csv"]')]);
  const csvFile = join(mkdtempSync(join(tmpdir(), 'adr-dl-')), 'export.csv');
  await csv.saveAs(csvFile);
  const text = readFileSync(csvFile, 'utf8');
  assert.ok(text.startsWith('\ufeff'), 'UTF-8 BOM');
  assert.ok(text.split('\r\n').length > stored, 'one row per account × finding');

  // Import into a clean profile: same accounts, and a second import changes nothing.
  const fresh = await launch({ routes: { delayMs: 150 } });
  try {
    const d2 = await fresh.context.newPage();
    await d2.goto(`chrome-extension://${fresh.extId}/dashboard.html`);
    await d2.locator('[data-testid="dash-empty"]').waitFor();
    await d2.setInputFiles('[data-testid="import-file"]', file);
    await d2.locator('[data-testid="import-result"]').waitFor();
    await d2.locator('[data-testid="accounts-table"]').waitFor();
    const keys = Object.keys(await storage(fresh.context)).filter((k) => k.startsWith('acct:')).sort();
    assert.deepEqual(keys, data.accounts.map((a) => `acct:${a.key}`).sort());
    await d2.setInputFiles('[data-testid="import-file"]', file);
    await d2.waitForFunction(() => /0\D+0\D+\d/.test(document.querySelector('[data-testid="import-result"]')?.textContent ?? ''));
    // A broken file is rejected with a message and changes nothing.
    const bad = join(mkdtempSync(join(tmpdir(), 'adr-bad-')), 'bad.json');
    (await import('node:fs')).writeFileSync(bad, '{"format":"something-else"}');
    await d2.setInputFiles('[data-testid="import-file"]', bad);
    await d2.waitForFunction(() => document.querySelector('[data-testid="import-result"]')?.className.includes('adr-error'));
    const keys2 = Object.keys(await storage(fresh.context)).filter((k) => k.startsWith('acct:')).sort();
    assert.deepEqual(keys2, keys);
  } finally {
    await fresh.close();
  }

  await dash.click('[data-testid="tab-report"]');
  await dash.locator('[data-testid="report"]').waitFor();
  assert.equal(await dash.locator('[data-testid="report"] section[data-account]').count(), stored);
  await dash.close();
});

test('no console errors from the extension', () => {
  assert.deepEqual(extensionErrors(env.errors, env.extId), []);
});
