// Performance guards (part of `npm test`). Timings are never asserted here: on a shared 2-core machine they are
// noise, and `npm run bench` (scripts/bench.mjs, docs/performance.md) reports them. What is guarded instead:
//
//  1. Size: every content script ≤ 25 kB gzip -9 (the budget that keeps parse/compile cheap on every TikTok page
//     load) and every page kit ≤ 45 kB. A content script that silently pulls a reader, a panel or a catalogue
//     back into the core bundle fails here.
//  2. Leaks: after 30 in-page navigations the renderer holds no more JS event listeners (≤ +20) or DOM nodes
//     (≤ +200) than after 5, measured with CDP Performance.getMetrics after HeapProfiler.collectGarbage. A
//     listener or a detached subtree kept per route grows by ≥ 25 over that span, far above the allowance.
//  3. Observers: the content script's MutationObservers are disconnected when the route changes. Not by timing
//     (no "mutations cost nothing" check) and not by reading the bundle (a count of `new MutationObserver` says
//     nothing about disconnecting). Instead we reach the content script's own isolated world through CDP
//     (Runtime.executionContextCreated lists it, origin chrome-extension://<id>), wrap
//     MutationObserver.prototype.observe/disconnect *there* (the page's main world cannot see it) and track the
//     set of observers that are observing. Then: a route whose content never arrives leaves exactly one observer
//     waiting; the next route change disconnects it (the new route's own one replaces it, so never more than one);
//     once the content is read, none is left. The long-lived `childList` watcher that re-attaches the overlay host
//     was connected before the wrap and is not counted; anything that (re)connects later must not watch a subtree
//     once the page is read (checked via the options seen, also after the host rebuilds <body>).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, waitOverlay, DIST } from './harness.mjs';

const KB = 1024;
const CONTENT_BUDGET = 25 * KB;
const KIT_BUDGET = 45 * KB;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

test('every content script is within 25 kB gzip and every page kit within 45 kB', () => {
  assert.ok(existsSync(join(DIST, 'manifest.json')), `${DIST} exists (run "npm run build" first)`);
  const csDir = join(DIST, 'content-scripts');
  const scripts = readdirSync(csDir).filter((f) => f.endsWith('.js'));
  assert.ok(scripts.length >= 3, `three content scripts built (got ${scripts.join(', ')})`);
  const over = [];
  for (const f of scripts) {
    const n = gz(join(csDir, f));
    if (n > CONTENT_BUDGET) over.push(`content-scripts/${f}: ${(n / KB).toFixed(1)} kB gzip > 25 kB`);
  }
  const kits = readdirSync(DIST).filter((f) => /^kit-.*\.js$/.test(f));
  assert.deepEqual(kits.sort(), ['kit-ads-account.js', 'kit-ads-billing.js', 'kit-ads-campaigns.js', 'kit-bc.js', 'kit-seller.js']);
  for (const f of kits) {
    const n = gz(join(DIST, f));
    if (n > KIT_BUDGET) over.push(`${f}: ${(n / KB).toFixed(1)} kB gzip > 45 kB`);
  }
  assert.deepEqual(over, [], `over budget:\n  ${over.join('\n  ')}`);
});

const ID = '7089362853240553474';
const PAYMENT = `https://ads.tiktok.com/i18n/account/payment?aadvid=${ID}&lang=en`;
const TRANSACTIONS = `https://ads.tiktok.com/i18n/account/transaction?aadvid=${ID}&tab=2&lang=en`;
const SETUP = `https://ads.tiktok.com/i18n/account/info?aadvid=${ID}&lang=en`;

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

async function measured() {
  const page = await env.context.newPage();
  const cdp = await env.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

async function afterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  return { listeners: m.JSEventListeners, nodes: m.Nodes };
}

test('30 in-page navigations leave no extra event listeners or DOM nodes behind (vs after 5)', async () => {
  const { page, cdp } = await measured();
  await page.goto(PAYMENT);
  await waitOverlay(page, { pageId: 'ads.payment' });
  await page.evaluate(() => window.__fx.setDelay(0));
  const nav = async (i) => {
    const [url, pageId] = i % 2 ? [PAYMENT, 'ads.payment'] : [TRANSACTIONS, 'ads.transactions'];
    await page.evaluate((u) => window.__fx.navigate(u).then(() => undefined), url);
    await waitOverlay(page, { pageId });
  };
  let i = 0;
  for (; i < 5; i++) await nav(i);
  await page.waitForTimeout(300);
  const a = await afterGc(cdp);
  for (; i < 30; i++) await nav(i);
  await page.waitForTimeout(300);
  const b = await afterGc(cdp);
  assert.ok(b.listeners - a.listeners <= 20, `JS event listeners grew ${a.listeners} → ${b.listeners} over 25 navigations`);
  assert.ok(b.nodes - a.nodes <= 200, `DOM nodes grew ${a.nodes} → ${b.nodes} over 25 navigations`);
  await page.close();
});

/** The content script's isolated world in `page` (a CDP execution context whose origin is the extension). */
async function contentWorld(page, extId) {
  const cdp = await env.context.newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const ctx = contexts.find((c) => c.origin === `chrome-extension://${extId}` && c.auxData?.type === 'isolated');
  assert.ok(ctx, `the content script's isolated world is listed (got ${contexts.map((c) => `${c.name}|${c.origin}`).join(', ')})`);
  const run = async (expression) => {
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: ctx.id, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  };
  return { run };
}

test('the content script disconnects its MutationObservers on route change and once the content is read', async () => {
  const page = await env.context.newPage();
  await page.goto(PAYMENT);
  await waitOverlay(page, { pageId: 'ads.payment' });
  await page.evaluate(() => window.__fx.ready);
  await page.waitForTimeout(300);
  const world = await contentWorld(page, env.extId);
  // Wrap observe/disconnect in the content script's world only; record which observers are observing what.
  await world.run(`(() => {
    const P = MutationObserver.prototype;
    const observe = P.observe, disconnect = P.disconnect;
    const live = new Map();
    globalThis.__perfGuard = { live, observed: 0, subtree: 0 };
    P.observe = function (target, opts) {
      globalThis.__perfGuard.observed++;
      if (opts && opts.subtree) globalThis.__perfGuard.subtree++;
      live.set(this, { subtree: !!(opts && opts.subtree), target: target === document.body ? 'body' : target === document.documentElement ? 'html' : String(target && target.nodeName) });
      return observe.call(this, target, opts);
    };
    P.disconnect = function () { live.delete(this); return disconnect.call(this); };
    return true;
  })()`);
  const state = () => world.run(`(() => { const g = globalThis.__perfGuard; return { live: [...g.live.values()], observed: g.observed, subtree: g.subtree }; })()`);

  // A route whose content never arrives (long fixture delay): its reader waits with one scoped observer.
  await page.evaluate(() => window.__fx.setDelay(60_000));
  await page.evaluate((u) => void window.__fx.navigate(u), TRANSACTIONS);
  await waitOverlay(page, { pageId: 'ads.transactions' });
  await page.waitForFunction(() => document.querySelector('[data-fx-root]')?.getAttribute('aria-busy') === 'true');
  await page.waitForTimeout(200);
  let s = await state();
  assert.equal(s.live.filter((o) => o.subtree).length, 1, `one observer waits for the transactions content: ${JSON.stringify(s)}`);

  // Route change while it waits: that observer is disconnected; only the new route's own one is left.
  await page.evaluate((u) => void window.__fx.navigate(u), SETUP);
  await waitOverlay(page, { pageId: 'ads.account-setup' });
  await page.waitForTimeout(200);
  s = await state();
  assert.ok(s.observed >= 2, `a new wait started for the new route: ${JSON.stringify(s)}`);
  assert.equal(s.live.filter((o) => o.subtree).length, 1, `the previous route's observer was disconnected: ${JSON.stringify(s)}`);

  // Several quick route changes in a row never pile observers up.
  for (const [url, pageId] of [
    [PAYMENT, 'ads.payment'],
    [TRANSACTIONS, 'ads.transactions'],
    [SETUP, 'ads.account-setup'],
    [PAYMENT, 'ads.payment'],
  ]) {
    await page.evaluate((u) => void window.__fx.navigate(u), url);
    await waitOverlay(page, { pageId });
  }
  await page.waitForTimeout(200);
  s = await state();
  assert.ok(s.live.length <= 1, `at most one observer while a route waits: ${JSON.stringify(s)}`);

  // Content arrives: the reader reads it and disconnects; nothing of AdReady's keeps watching the page's subtree.
  await page.evaluate(() => window.__fx.setDelay(0));
  await page.evaluate((u) => window.__fx.navigate(u).then(() => undefined), TRANSACTIONS);
  await waitOverlay(page, { pageId: 'ads.transactions' });
  await page.waitForFunction(() => document.querySelector('[data-fx-root]')?.getAttribute('data-fx-rendered') === '1');
  await page.waitForTimeout(300);
  s = await state();
  assert.deepEqual(s.live, [], `no observer left once the content was read: ${JSON.stringify(s)}`);

  // The host rebuilding <body> does not make AdReady watch the page's subtree (the overlay stays attached).
  await page.evaluate(() => window.__fx.rebuildBody());
  await waitOverlay(page, { pageId: 'ads.transactions' });
  await page.waitForTimeout(200);
  s = await state();
  assert.ok(s.live.every((o) => !o.subtree), `no subtree observer after a <body> rebuild: ${JSON.stringify(s)}`);
  await page.close();
});
