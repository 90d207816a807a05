// Accessibility e2e: axe-core (WCAG 2.0/2.1 A and AA) on every face — the overlay collapsed and open on three page
// kinds, the popup, the dashboard (list, account detail, settings, report) — in light and dark; and the keyboard:
// everything reachable with Tab, a visible focus ring on each stop, Esc closes the panel and gives focus back to the
// pill.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, waitOverlay, openPopup } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const OVERLAY_PAGES = [
  { url: 'https://ads.tiktok.com/i18n/account/payment?aadvid=7301100000000000001&lang=en', pageId: 'ads.payment' },
  { url: 'https://seller-us.tiktok.com/ads-creation/dashboard?shop_region=US&type=product&lang=en&shop_id=7495012345678901234', pageId: 'seller.ads' },
  { url: 'https://seller-us.tiktok.com/ads-creation/dashboard?shop_region=US&shop_id=7399000000000000200&type=product&lang=en', pageId: 'seller.ads' },
  { url: 'https://business.tiktok.com/manage/accounts/adv?org_id=7223495844006363125&lang=en', pageId: 'bc.ad-accounts' },
];

/** Runs axe in the page (injected through the DevTools protocol, so the extension pages' CSP does not block it). */
async function axe(page, context) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const res = await page.evaluate(
    ([ctx, tags]) => window.axe.run(ctx ?? document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    [context ?? null, TAGS],
  );
  // Not vacuous: rules actually applied to what was selected (the overlay's shadow tree included).
  const applied = res.passes.length + res.violations.length + res.incomplete.length;
  assert.ok(applied >= 8, `axe applied ${applied} rules to ${JSON.stringify(context ?? 'document')}`);
  return res.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n').slice(1, 3).join(' ') ?? ''}`),
  }));
}

function report(where, violations) {
  return violations.length ? `${where}:\n${violations.map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n')}` : null;
}

/** Overlay focusables and the currently focused element, seen through the shadow root. */
function focusState() {
  const deep = () => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a;
  };
  const el = deep();
  if (!el || el === document.body) return { id: null };
  if (!el.dataset.a11yId) el.dataset.a11yId = `f${Math.random().toString(36).slice(2, 9)}`;
  const cs = getComputedStyle(el);
  const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || (cs.boxShadow && cs.boxShadow !== 'none');
  return {
    id: el.dataset.a11yId,
    inOverlay: !!el.getRootNode().host?.matches?.('adready-overlay'),
    label: `${el.localName}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
    ring,
    outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
  };
}

/** Marks and lists every keyboard-operable element under `sel` (a document, or the overlay's shadow root). */
function tabbables(shadowHost) {
  const root = shadowHost ? document.querySelector(shadowHost)?.shadowRoot : document;
  if (!root) return [];
  const SEL = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea, summary, [tabindex]:not([tabindex="-1"])';
  return Array.from(root.querySelectorAll(SEL))
    .filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert], [hidden]'))
    .map((el) => {
      if (!el.dataset.a11yId) el.dataset.a11yId = `f${Math.random().toString(36).slice(2, 9)}`;
      return { id: el.dataset.a11yId, label: `${el.localName}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"` };
    });
}

/** Presses Tab until focus has cycled; returns the focus stops in order (each with its focus ring). */
async function tabThrough(page, { max = 120, stopWhen } = {}) {
  const stops = [];
  const seen = new Set();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(focusState);
    if (!f.id) continue;
    if (seen.has(f.id)) break;
    seen.add(f.id);
    stops.push(f);
    if (stopWhen?.(f)) break;
  }
  return stops;
}

for (const colorScheme of ['light', 'dark']) {
  describe(`accessibility (${colorScheme})`, () => {
    let env;
    before(async () => {
      env = await launch({ colorScheme, routes: { delayMs: 100 } });
    });
    after(async () => {
      await env?.close();
    });

    test('axe finds no WCAG 2.1 A/AA violation on the overlay, the popup and the dashboard', async (t) => {
      const problems = [];
      let runs = 0;
      const check = async (where, page, ctx) => {
        runs++;
        const r = report(where, await axe(page, ctx));
        if (r) problems.push(r);
      };
      const page = await env.context.newPage();
      for (const { url, pageId } of OVERLAY_PAGES) {
        await page.goto(url);
        await waitOverlay(page, { pageId });
        const pill = page.locator('adready-overlay [data-testid="pill"]');
        await pill.waitFor();
        await page.waitForTimeout(300);
        await check(`overlay collapsed ${pageId} ${url}`, page, { include: [['adready-overlay']] });
        await pill.click();
        await page.locator('adready-overlay [data-testid="panel"]').waitFor();
        await page.waitForTimeout(600); // the read lands, the opening animation ends
        // Every disclosure open, so what it hides is checked too.
        await page.evaluate(() => document.querySelector('adready-overlay').shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true)));
        await check(`overlay open ${pageId} ${url}`, page, { include: [['adready-overlay']] });
      }
      await page.close();

      const popup = await openPopup(env.context, env.extId);
      await popup.locator('[data-testid="current"]').waitFor();
      await popup.waitForTimeout(300);
      await check('popup', popup);
      await popup.close();

      const dash = await env.context.newPage();
      await dash.goto(`chrome-extension://${env.extId}/dashboard.html`);
      await dash.locator('[data-testid="accounts-table"]').waitFor();
      await check('dashboard list', dash);
      await dash.locator('[data-testid="accounts-table"] tbody tr button').first().click();
      await dash.locator('[data-testid="account-detail"]').waitFor();
      await dash.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await check('dashboard account detail', dash);
      await dash.locator('[data-testid="tab-settings"]').click();
      await dash.locator('[data-testid="settings"]').waitFor();
      await check('dashboard settings', dash);
      await dash.locator('[data-testid="clear-all"]').click();
      await dash.locator('[data-testid="clear-confirm"]').waitFor();
      await check('dashboard settings (confirm clear)', dash);
      await dash.locator('[data-testid="tab-report"]').click();
      await dash.locator('[data-testid="report"]').waitFor();
      await dash.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await check('dashboard report', dash);
      await dash.close();

      t.diagnostic(`axe runs: ${runs}; surfaces with violations: ${problems.length}`);
      assert.equal(problems.length, 0, `axe violations (${colorScheme}):\n${problems.join('\n')}`);
      // Any console error or uncaught exception (content-script exceptions carry no chrome-extension:// location).
      assert.deepEqual(env.errors.filter((e) => !/^Failed to load resource/.test(e.text)), []);
    });

    test('the overlay works from the keyboard: Tab reaches it, every control has a visible focus, Esc returns to the pill', async () => {
      const page = await env.context.newPage();
      await page.goto(OVERLAY_PAGES[0].url);
      await waitOverlay(page, { pageId: OVERLAY_PAGES[0].pageId });
      await page.locator('adready-overlay [data-testid="pill"]').waitFor();
      await page.waitForTimeout(300);
      // Loading the overlay did not take the focus.
      assert.notEqual(await page.evaluate(() => document.activeElement?.localName), 'adready-overlay', 'no focus stolen on load');
      // From the page, Tab eventually lands on the pill (after the host's own controls).
      const toPill = await tabThrough(page, { max: 200, stopWhen: (f) => f.inOverlay });
      const pill = toPill.at(-1);
      assert.ok(pill?.inOverlay && /pill/.test(pill.label), `Tab reaches the pill (last stop: ${pill?.label})`);
      assert.ok(pill.ring, `the pill shows a focus ring (${pill.outline})`);
      await page.keyboard.press('Enter');
      await page.locator('adready-overlay [data-testid="panel"]').waitFor();
      await page.waitForTimeout(500);
      await page.evaluate(() => document.querySelector('adready-overlay').shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true)));
      const want = await page.evaluate(tabbables, 'adready-overlay');
      assert.ok(want.length >= 3, `the panel has controls (${want.length})`);
      const stops = [];
      for (let i = 0; i < want.length + 10; i++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(focusState);
        if (!f.inOverlay) break; // left the overlay: the panel does not trap focus
        if (!stops.some((s) => s.id === f.id)) stops.push(f);
      }
      const missing = want.filter((w) => !stops.some((s) => s.id === w.id)).map((w) => w.label);
      assert.deepEqual(missing, [], 'every panel control is reachable with Tab');
      const noRing = stops.filter((s) => !s.ring).map((s) => `${s.label} (${s.outline})`);
      assert.deepEqual(noRing, [], 'every focus stop shows a focus ring');
      // Esc from inside the panel closes it and puts focus back on the pill.
      await page.locator('adready-overlay [data-testid="close"]').focus();
      await page.keyboard.press('Escape');
      await page.locator('adready-overlay [data-testid="pill"]').waitFor();
      const back = await page.evaluate(focusState);
      assert.ok(back.inOverlay && /pill/.test(back.label), `focus back on the pill (on: ${back.label})`);
      // The close button does the same.
      await page.keyboard.press('Enter');
      await page.locator('adready-overlay [data-testid="close"]').waitFor();
      await page.locator('adready-overlay [data-testid="close"]').focus();
      await page.keyboard.press('Enter');
      await page.locator('adready-overlay [data-testid="pill"]').waitFor();
      const back2 = await page.evaluate(focusState);
      assert.ok(back2.inOverlay && /pill/.test(back2.label), `× gives focus back to the pill (on: ${back2.label})`);
      await page.close();
    });

    test('the popup and the dashboard work from the keyboard with a visible focus on every stop', async () => {
      const faces = [];
      const popup = await openPopup(env.context, env.extId);
      await popup.locator('[data-testid="current"]').waitFor();
      faces.push(['popup', popup]);
      const dash = await env.context.newPage();
      await dash.goto(`chrome-extension://${env.extId}/dashboard.html`);
      await dash.locator('[data-testid="accounts-table"]').waitFor();
      faces.push(['dashboard list', dash]);
      const detail = await env.context.newPage();
      await detail.goto(`chrome-extension://${env.extId}/dashboard.html`);
      await detail.locator('[data-testid="accounts-table"] tbody tr button').first().click();
      await detail.locator('[data-testid="account-detail"]').waitFor();
      faces.push(['dashboard account detail', detail]);
      const settings = await env.context.newPage();
      await settings.goto(`chrome-extension://${env.extId}/dashboard.html#settings`);
      await settings.locator('[data-testid="settings"]').waitFor();
      faces.push(['dashboard settings', settings]);
      const reportPage = await env.context.newPage();
      await reportPage.goto(`chrome-extension://${env.extId}/dashboard.html#report`);
      await reportPage.locator('[data-testid="report"]').waitFor();
      faces.push(['dashboard report', reportPage]);

      for (const [name, page] of faces) {
        await page.bringToFront();
        await page.waitForTimeout(200);
        const want = await page.evaluate(tabbables, null);
        assert.ok(want.length >= 1, `${name}: has controls`);
        const stops = await tabThrough(page, { max: want.length + 15 });
        const missing = want.filter((w) => !stops.some((s) => s.id === w.id)).map((w) => w.label);
        assert.deepEqual(missing, [], `${name}: every control is reachable with Tab`);
        const noRing = stops.filter((s) => !s.ring).map((s) => `${s.label} (${s.outline})`);
        assert.deepEqual(noRing, [], `${name}: every focus stop shows a focus ring`);
        await page.close();
      }
    });
  });
}
