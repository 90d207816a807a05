// Trust e2e (docs/security.md, docs/privacy.md): zero network, hostile page text stays inert text, the host page is
// never harmed (styles, keys, DOM, a reader that throws, an extension reload), no data lost (three tabs at once,
// corrupt storage). Every promise here has a control that proves the check itself can see a breach.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, waitOverlay, openPopup } from './harness.mjs';
import { loadFixtures, CONTENT_PATH } from '../fixtures/server.mjs';

const fixtures = loadFixtures();
const hostile = fixtures.filter((f) => f.file.startsWith('pages/hostile/') && !(f.meta.hostile ?? []).includes('race'));
const race = fixtures.filter((f) => (f.meta.hostile ?? []).includes('race'));

/** Counts reported at the end of each test (node:test diagnostics) and summed in the last test. */
const tally = { hostileStrings: 0, hostileChecks: 0, faults: 0, extensionRequests: null };

const isHttp = (u) => /^https?:/i.test(u);
/** JSON with object keys sorted (storage.local hands objects back with sorted keys). */
const stable = (v) =>
  JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));

/**
 * Every console error and uncaught exception (the harness's `extensionErrors` only sees errors located in
 * chrome-extension:// files; a content script's uncaught exception surfaces as a page error without a location).
 * Fixture pages never log errors themselves; the browser's "Failed to load resource" notices are not errors of code.
 */
const anyErrors = (env) => env.errors.filter((e) => !/^Failed to load resource/.test(e.text));

/** Every string a hostile fixture puts on a page that AdReady shows back: names, row names, banner text. */
function hostileTexts(fx) {
  const out = new Set();
  if (fx.expect?.name) out.add(fx.expect.name);
  for (const r of fx.expect?.rows ?? []) if (r.name) out.add(r.name);
  const banner = fx.expect?.facts?.['seller.errorBanner'];
  if (banner?.text) out.add(banner.text);
  return [...out];
}

/** What a spreadsheet evaluates: a leading = + - @ TAB CR (or full-width forms), after spaces or invisible format chars. */
const EVALUATED = /^[\s\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  assert.equal(cell + row.join(''), '', 'the CSV ends with CRLF');
  return rows;
}

// ───────────────────────── in-page probes (run inside the page; self-contained) ─────────────────────────

/** Elements in `root` that would mean text became markup, plus on*= / javascript: attributes. */
function activeContentIn(rootSel) {
  const host = rootSel ? document.querySelector(rootSel) : null;
  const root = rootSel ? host?.shadowRoot : document;
  if (!root) return null;
  const ACTIVE = new Set(['IMG', 'SCRIPT', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'BASE', 'FORM', 'VIDEO', 'AUDIO', 'SOURCE', 'PICTURE', 'LINK', 'META']);
  const all = Array.from(root.querySelectorAll('*'));
  // An extension page's own document head (its module script, stylesheet, meta) is not page text.
  const own = (e) => !rootSel && e.closest('head');
  const active = all
    .filter((e) => !own(e))
    .filter((e) => ACTIVE.has(e.tagName.toUpperCase()) || (e.namespaceURI === 'http://www.w3.org/2000/svg' && !e.closest('svg.adr-mark')))
    .map((e) => e.tagName);
  const handlers = all.flatMap((e) =>
    Array.from(e.attributes)
      .filter((a) => /^on/i.test(a.name) || /^\s*(javascript|data|vbscript):/i.test(a.value))
      .map((a) => `${e.tagName}[${a.name}=${a.value.slice(0, 40)}]`),
  );
  const bodyScripts = rootSel ? [] : Array.from(document.querySelectorAll('body script')).map((s) => s.outerHTML.slice(0, 80));
  return { active, handlers, bodyScripts };
}

/**
 * For each text: is it rendered verbatim as the whole text of some element, and is that element its own bidi
 * context (a block-level box or atomic inline holding only this text, or an isolate)? Without isolation a U+202E
 * in a name re-orders what follows it (an id, a state) on screen.
 */
function verbatimIn([rootSel, texts, scopeSel]) {
  const root = rootSel ? document.querySelector(rootSel)?.shadowRoot : document;
  if (!root) return texts.map((t) => ({ text: t, found: false, reason: 'no root' }));
  const scope = scopeSel ? root.querySelector(scopeSel) : root;
  if (!scope) return texts.map((t) => ({ text: t, found: false, reason: `no ${scopeSel}` }));
  const ISOLATE = new Set(['isolate', 'isolate-override', 'plaintext']);
  const all = [...(scope.nodeType === 1 ? [scope] : []), ...Array.from(scope.querySelectorAll('*'))];
  return texts.map((text) => {
    const hits = all.filter((e) => e.textContent === text && !Array.from(e.children).some((c) => c.textContent === text));
    if (!hits.length) {
      const partial = all.find((e) => e.children.length === 0 && (e.textContent ?? '').includes(text.slice(0, 20)));
      return { text, found: false, reason: partial ? `only inside: ${JSON.stringify((partial.textContent ?? '').slice(0, 120))}` : 'absent' };
    }
    const isolated = hits.every((el) => {
      for (let e = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e);
        // A block container (or atomic inline) starts a paragraph of its own: fine when it holds only this text.
        // (Block elements compute to unicode-bidi: isolate in the UA sheet; that does not isolate inline content.)
        if (cs.display !== 'inline' && cs.display !== 'contents') return (e.textContent ?? '').trim() === text.trim();
        if (ISOLATE.has(cs.unicodeBidi)) return true;
      }
      return false;
    });
    return { text, found: true, isolated, where: hits.map((h) => `${h.tagName.toLowerCase()}.${h.className}`).join(' ') };
  });
}

/** Boxes of the overlay pill / panel against the viewport. */
function overlayBoxes() {
  const root = document.querySelector('adready-overlay')?.shadowRoot;
  const box = (sel) => {
    const el = root?.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  };
  return { pill: box('[data-testid="pill"]'), panel: box('[data-testid="panel"]'), vw: innerWidth, vh: innerHeight };
}

function inViewport(b, vw, vh) {
  return !!b && b.left >= 0 && b.top >= 0 && b.right <= vw + 0.5 && b.bottom <= vh + 0.5;
}

/** Host DOM fingerprint (iterative walk, so a very deep DOM is fine): tags, attributes and text, minus our host. */
function hostDomFingerprint() {
  const parts = [];
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.nodeType === 1 && n.localName === 'adready-overlay' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let h = 0;
  let n = 0;
  const add = (s) => {
    for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  };
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    n++;
    if (node.nodeType === 3) add(`#${node.nodeValue}`);
    else {
      add(`<${node.localName}`);
      for (const a of Array.from(node.attributes)) add(` ${a.name}=${a.value}`);
      if (parts.length < 400 && node.parentElement?.localName === 'head') parts.push(node.outerHTML.slice(0, 60));
    }
  }
  return { hash: h, nodes: n, head: parts, overlays: document.querySelectorAll('adready-overlay').length };
}

/** Computed style and box of every host element (not ours), keyed by a stable path. */
function hostStyles() {
  const PROPS = ['font-family', 'font-size', 'font-weight', 'line-height', 'color', 'background-color', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-top', 'padding-left', 'display', 'position', 'direction', 'letter-spacing', 'text-transform', 'visibility', 'z-index'];
  const out = {};
  const path = (el) => {
    const p = [];
    for (let e = el; e && e !== document.documentElement; e = e.parentElement) p.unshift(`${e.localName}:${Array.from(e.parentElement?.children ?? []).indexOf(e)}`);
    return p.join('/');
  };
  for (const el of Array.from(document.querySelectorAll('body, body *'))) {
    if (el.closest('adready-overlay') || el.localName === 'adready-overlay') continue;
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    out[path(el)] = [...PROPS.map((p) => cs.getPropertyValue(p)), Math.round(r.left * 100) / 100, Math.round(r.top * 100) / 100, Math.round(r.width * 100) / 100, Math.round(r.height * 100) / 100].join('|');
  }
  out['@doc'] = [document.documentElement.scrollWidth, document.documentElement.scrollHeight, getComputedStyle(document.documentElement).fontSize].join('|');
  return out;
}

/** Computed styles of the overlay's own elements (inside the shadow root). */
function overlayStyles() {
  const root = document.querySelector('adready-overlay')?.shadowRoot;
  if (!root) return null;
  const PROPS = ['font-family', 'font-size', 'font-weight', 'line-height', 'color', 'background-color', 'margin-top', 'margin-left', 'padding-top', 'padding-left', 'display', 'position', 'direction', 'letter-spacing', 'text-transform', 'border-top-width', 'border-radius', 'width', 'height', 'visibility', 'opacity', 'box-sizing', 'text-align', 'color-scheme'];
  const out = {};
  const els = Array.from(root.querySelectorAll('.adr-overlay, .adr-overlay *'));
  els.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    out[`${i}:${el.localName}.${el.getAttribute('class') ?? ''}`] = [...PROPS.map((p) => cs.getPropertyValue(p)), Math.round(r.width), Math.round(r.height), Math.round(r.right), Math.round(r.bottom)].join('|');
  });
  return out;
}

function diffMaps(a, b, limit = 8) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const out = [];
  for (const k of keys) if (a[k] !== b[k]) out.push(`${k}\n    without: ${a[k]}\n    with:    ${b[k]}`);
  return out.slice(0, limit);
}

async function fxReady(page) {
  await page.waitForFunction(() => window.__fx && window.__fx.ready, null, { timeout: 10000 });
  await page.evaluate(() => window.__fx.ready);
}

async function storageAll(sw) {
  return sw.evaluate(() => chrome.storage.local.get(null));
}

/** The current service worker (after a reload the old handle is dead). */
function liveSw(env) {
  const all = env.context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${env.extId}/`));
  return all[all.length - 1] ?? env.sw;
}

async function waitFor(fn, { timeout = 5000, every = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, every));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function download(page, testid) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), page.locator(`[data-testid="${testid}"]`).click()]);
  return readFile(await dl.path(), 'utf8');
}

// ───────────────────────────────────────────── 1. zero network ─────────────────────────────────────────────

describe('zero network', () => {
  let env;
  before(async () => {
    // The harness's fixture server and request log, with the late-render delay dropped so every fixture is quick.
    env = await launch({ routes: { delayMs: 0 } });
  });
  after(async () => {
    await env?.close();
  });

  test('the extension makes no http(s) request on every fixture, the popup and the dashboard', async (t) => {
    const { context, extId } = env;
    const navigated = new Set();
    /** CDP view of the TikTok tab: every request with its initiator (page script vs extension script). */
    const cdpSeen = [];
    /** Requests seen by extension pages (popup, dashboard, pages they open). */
    const extPageRequests = [];
    const dialogs = [];
    context.on('page', (p) => p.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss().catch(() => {}))));
    context.on('request', (r) => {
      let frameUrl = '';
      try {
        frameUrl = r.frame().url();
      } catch {
        /* service worker */
      }
      if (frameUrl.startsWith('chrome-extension://')) extPageRequests.push({ url: r.url(), frameUrl, type: r.resourceType() });
    });

    const page = await context.newPage();
    page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss().catch(() => {})));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => {
      const frames = [...(e.initiator.stack?.callFrames ?? []), ...(e.initiator.stack?.parent?.callFrames ?? [])].map((f) => f.url);
      const fromExtension = frames.some((u) => u.startsWith('chrome-extension://')) || (e.initiator.url ?? '').startsWith('chrome-extension://');
      cdpSeen.push({ url: e.request.url, type: e.type, initiator: e.initiator.type, fromExtension, frames: frames.slice(0, 3) });
    });

    for (const fx of fixtures) {
      navigated.add(fx.url);
      await page.goto(fx.url);
      await fxReady(page);
      if (fx.expect?.page) await waitOverlay(page, { pageId: fx.expect.page });
    }
    // The overlay's own controls: open the panel, open the dashboard from it (a tab the extension creates).
    await page.goto(hostile[0].url);
    navigated.add(hostile[0].url);
    await waitOverlay(page, { pageId: hostile[0].expect.page });
    await page.locator('adready-overlay [data-testid="pill"]').click();
    const fromOverlay = context.waitForEvent('page', { timeout: 10000 });
    await page.locator('adready-overlay [data-testid="open-dashboard"]').click();
    const dash1 = await fromOverlay;
    await dash1.locator('[data-testid="accounts-table"]').waitFor();
    await dash1.close();

    // Popup, and the dashboard it opens.
    const popup = await openPopup(context, extId);
    await popup.locator('[data-testid="readiness"]').waitFor();
    const fromPopup = context.waitForEvent('page', { timeout: 10000 });
    await popup.locator('[data-testid="open-dashboard"]').click();
    const dash = await fromPopup;
    await dash.locator('[data-testid="accounts-table"]').waitFor();
    // Exports, search, account detail, report, settings (and saving one).
    const json = JSON.parse(await download(dash, 'export-json'));
    assert.ok(json.accounts.length >= 50, `the walk stored accounts (${json.accounts.length})`);
    const csv = await download(dash, 'export-csv');
    assert.ok(csv.length > 1000);
    await dash.locator('[data-testid="search"]').fill('Lumen');
    await dash.locator('[data-testid="accounts-table"] tbody tr button').first().click();
    await dash.locator('[data-testid="account-detail"]').waitFor();
    await dash.locator('[data-testid="tab-report"]').click();
    await dash.locator('[data-testid="report"]').waitFor();
    await dash.locator('[data-testid="tab-settings"]').click();
    await dash.locator('[data-testid="settings"]').waitFor();
    await dash.locator('[data-testid="setting-language"]').selectOption('it');
    await dash.waitForFunction(() => document.documentElement.lang === 'it');
    await dash.locator('[data-testid="setting-language"]').selectOption('auto');
    await popup.reload();
    await popup.locator('[data-testid="current"]').waitFor();
    await page.waitForTimeout(800); // badge, alarms and reminders settle
    await popup.close();
    await dash.close();

    // ── classify every http(s) request ──
    const pageScriptFetch = new Set(cdpSeen.filter((r) => !r.fromExtension && r.initiator === 'script').map((r) => r.url));
    const classify = () => {
      const fromExt = [];
      for (const e of env.log) {
        const u = new URL(e.url);
        const isDoc = e.resourceType === 'document' && navigated.has(e.url);
        const isPageContent =
          u.pathname === CONTENT_PATH && e.resourceType === 'fetch' && isHttp(e.frameUrl ?? '') && pageScriptFetch.has(e.url);
        if (!isDoc && !isPageContent) fromExt.push({ via: 'route log', url: e.url, type: e.resourceType, frame: e.frameUrl });
      }
      for (const r of cdpSeen) {
        if (!isHttp(r.url)) continue;
        if (r.fromExtension) fromExt.push({ via: 'CDP initiator', url: r.url, frames: r.frames });
        // The browser's own favicon probe is neither the page's nor ours.
        else if (!(r.initiator === 'other' && new URL(r.url).pathname === '/favicon.ico') && !navigated.has(r.url) && !pageScriptFetch.has(r.url))
          fromExt.push({ via: 'CDP unexplained', url: r.url, initiator: r.initiator });
      }
      for (const r of extPageRequests) {
        const ok = r.url.startsWith(`chrome-extension://${extId}/`) || r.url.startsWith(`blob:chrome-extension://${extId}/`) || r.url.startsWith('data:');
        if (!ok) fromExt.push({ via: 'extension page', ...r });
      }
      return fromExt;
    };
    const found = classify();
    tally.extensionRequests = found.length;
    t.diagnostic(`pages walked: ${fixtures.length} fixtures + popup + dashboard; http(s) requests in the route log: ${env.log.length}; requests from the extension: ${found.length}`);
    assert.deepEqual(found, [], 'requests the extension made');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(anyErrors(env), []);

    // ── controls: the monitors can see a request from each extension context ──
    // CDP attributes the content script's own stylesheet fetch (chrome-extension://) to the extension…
    assert.ok(cdpSeen.some((r) => r.fromExtension && r.url.startsWith('chrome-extension://')), 'CDP sees content-script requests');
    // …the extension pages' requests were observed…
    assert.ok(extPageRequests.some((r) => r.url.startsWith(`chrome-extension://${extId}/`)), 'extension page requests observed');
    // …and an http(s) fetch from the service worker or an extension page would be counted.
    await liveSw(env).evaluate(() => fetch('https://ads.tiktok.com/__adready_canary__/sw').catch(() => null));
    const p2 = await openPopup(context, extId);
    await p2.evaluate(() => fetch('https://business.tiktok.com/__adready_canary__/popup').catch(() => null));
    await p2.close();
    await page.waitForTimeout(300);
    const canaries = classify().map((r) => r.url);
    assert.ok(canaries.includes('https://ads.tiktok.com/__adready_canary__/sw'), 'a service-worker fetch is detected');
    assert.ok(canaries.includes('https://business.tiktok.com/__adready_canary__/popup'), 'an extension-page fetch is detected');
    await page.close();
  });
});

// ──────────────────────────────────────────── 2. hostile content ────────────────────────────────────────────

describe('hostile page text', () => {
  let env;
  const dialogs = [];
  before(async () => {
    env = await launch();
    env.context.on('page', (p) => p.on('dialog', (d) => (dialogs.push(`${p.url()}: ${d.message()}`), d.dismiss().catch(() => {}))));
  });
  after(async () => {
    await env?.close();
  });

  test('is shown verbatim, inert and isolated in the overlay, popup, dashboard, report and exports', async (t) => {
    assert.ok(hostile.length >= 6, `at least six hostile fixtures (${hostile.length})`);
    const { context, extId } = env;
    const page = await context.newPage();
    const strings = new Set();
    let checks = 0;
    const problems = [];
    const expectVerbatim = (surface, results) => {
      for (const r of results) {
        checks++;
        if (!r.found) problems.push(`${surface}: ${JSON.stringify(r.text.slice(0, 60))} not rendered verbatim (${r.reason})`);
        else if (!r.isolated) problems.push(`${surface}: ${JSON.stringify(r.text.slice(0, 60))} not bidi-isolated (${r.where})`);
      }
    };

    for (const fx of hostile) {
      const texts = hostileTexts(fx);
      texts.forEach((s) => strings.add(s));
      await page.goto(fx.url);
      await fxReady(page);
      await waitOverlay(page, { pageId: fx.expect.page, account: fx.expect.account });
      const pill = page.locator('adready-overlay [data-testid="pill"]');
      await pill.waitFor();
      let boxes = await page.evaluate(overlayBoxes);
      assert.ok(inViewport(boxes.pill, boxes.vw, boxes.vh), `${fx.file}: pill inside the viewport ${JSON.stringify(boxes)}`);
      await pill.click();
      await page.locator('adready-overlay [data-testid="panel"]').waitFor();
      // The read is done when the panel no longer says "reading" and shows what was read.
      await page.waitForFunction(
        (t0) => {
          const root = document.querySelector('adready-overlay')?.shadowRoot;
          return !!root && Array.from(root.querySelectorAll('*')).some((e) => e.textContent === t0);
        },
        texts[0],
        { timeout: 5000 },
      ).catch(() => {});
      boxes = await page.evaluate(overlayBoxes);
      assert.ok(inViewport(boxes.panel, boxes.vw, boxes.vh), `${fx.file}: panel inside the viewport ${JSON.stringify(boxes)}`);
      const active = await page.evaluate(activeContentIn, 'adready-overlay');
      assert.deepEqual(active.active, [], `${fx.file}: no element made from page text in the overlay`);
      assert.deepEqual(active.handlers, [], `${fx.file}: no handler attributes in the overlay`);
      expectVerbatim(`overlay ${fx.file}`, await page.evaluate(verbatimIn, ['adready-overlay', texts, '[data-testid="panel"]']));
      // The page itself still shows the attack as text (the fixture is honest): no <img> in the app root.
      assert.equal(await page.locator('[data-fx-root] img').count(), 0, `${fx.file}: fixture renders the attack as text`);
    }

    // What was stored is verbatim: every expected name is a stored record name.
    const sw = liveSw(env);
    const all = await waitFor(
      async () => {
        const s = await storageAll(sw);
        const names = Object.entries(s).filter(([k]) => k.startsWith('acct:')).map(([, v]) => v.name);
        return hostile.every((fx) => !fx.expect.name || names.includes(fx.expect.name)) ? s : null;
      },
      { what: 'hostile names stored' },
    );
    const records = Object.entries(all).filter(([k]) => k.startsWith('acct:')).map(([, v]) => v);
    const names = records.map((r) => r.name).filter((n) => typeof n === 'string');
    for (const fx of hostile) {
      if (fx.expect.name) assert.ok(names.includes(fx.expect.name), `${fx.file}: name stored verbatim`);
      for (const r of fx.expect.rows ?? []) assert.ok(names.includes(r.name), `${fx.file}: row ${r.account} name stored verbatim`);
    }
    for (const r of records) assert.match(r.key, /^(ads|bc):[0-9]{3,25}$|^seller:[a-z0-9.-]+:[A-Z0-9]+$/, `stored key shape ${r.key}`);
    names.forEach((n) => strings.add(n));

    // Popup: the current account (the last hostile page) and every other account, as text.
    const popup = await openPopup(context, extId);
    await popup.locator('[data-testid="current"]').waitFor();
    await popup.locator('[data-testid="others"]').waitFor();
    // Each account the popup lists shows its stored name verbatim (the popup lists the most urgent few).
    const shown = await popup.evaluate(() => [
      ...Array.from(document.querySelectorAll('[data-testid="others"] li[data-account]')).map((li) => li.getAttribute('data-account')),
      document.querySelector('[data-testid="current-account"]')?.getAttribute('data-account'),
    ]);
    const shownNames = records.filter((r) => r.name && shown.includes(r.key)).map((r) => r.name);
    assert.ok(shownNames.length >= 5, `the popup lists hostile names (${shownNames.length})`);
    expectVerbatim('popup', await popup.evaluate(verbatimIn, [null, shownNames, null]));
    let act = await popup.evaluate(activeContentIn, null);
    assert.deepEqual(act, { active: [], handlers: [], bodyScripts: [] }, 'popup: inert');
    await popup.close();

    // Dashboard list, every account's detail, the printable report.
    const dash = await context.newPage();
    await dash.goto(`chrome-extension://${extId}/dashboard.html`);
    await dash.locator('[data-testid="accounts-table"]').waitFor();
    expectVerbatim('dashboard list', await dash.evaluate(verbatimIn, [null, names, '[data-testid="accounts-table"]']));
    for (const r of records.filter((x) => x.name)) {
      await dash.evaluate((k) => (location.hash = `account/${encodeURIComponent(k)}`), r.key);
      await dash.locator(`[data-testid="account-detail"][data-account="${r.key}"]`).waitFor();
      expectVerbatim(`account detail ${r.key}`, await dash.evaluate(verbatimIn, [null, [r.name], '[data-testid="account-detail"] h2']));
      act = await dash.evaluate(activeContentIn, null);
      assert.deepEqual(act, { active: [], handlers: [], bodyScripts: [] }, `account detail ${r.key}: inert`);
      const overflow = await dash.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `account detail ${r.key}: no horizontal overflow (${overflow}px)`);
    }
    await dash.goto(`chrome-extension://${extId}/dashboard.html#report`);
    await dash.locator('[data-testid="report"]').waitFor();
    expectVerbatim('report', await dash.evaluate(verbatimIn, [null, names, '[data-testid="report"]']));
    act = await dash.evaluate(activeContentIn, null);
    assert.deepEqual(act, { active: [], handlers: [], bodyScripts: [] }, 'report: inert');
    assert.ok((await dash.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)) <= 0, 'report: no horizontal overflow');

    // Exports: JSON keeps names verbatim; CSV neutralises every cell a spreadsheet would evaluate.
    await dash.goto(`chrome-extension://${extId}/dashboard.html`);
    await dash.locator('[data-testid="accounts-table"]').waitFor();
    const json = JSON.parse(await download(dash, 'export-json'));
    for (const r of records) {
      checks++;
      assert.equal(json.accounts.find((a) => a.key === r.key)?.name ?? null, r.name ?? null, `JSON name of ${r.key}`);
    }
    const rows = parseCsv(await download(dash, 'export-csv'));
    const header = rows[0];
    const nameCol = header.indexOf('Name');
    const keyCol = header.indexOf('Account key');
    assert.ok(nameCol >= 0 && keyCol >= 0, `CSV header ${header}`);
    let guarded = 0;
    for (const row of rows.slice(1)) {
      for (const cell of row) assert.ok(!EVALUATED.test(cell), `CSV cell a spreadsheet would evaluate: ${JSON.stringify(cell.slice(0, 80))}`);
      const rec = records.find((r) => r.key === row[keyCol]);
      assert.ok(rec, `CSV row for a stored account ${row[keyCol]}`);
      checks++;
      if (rec.name && EVALUATED.test(rec.name)) {
        assert.equal(row[nameCol], `'${rec.name}`, `CSV guards ${rec.key}`);
        guarded++;
      } else assert.equal(row[nameCol], rec.name ?? '', `CSV name of ${rec.key} verbatim`);
    }
    assert.ok(guarded >= 3, `formula names guarded in the CSV (${guarded})`);
    await dash.close();

    assert.deepEqual(problems, [], 'verbatim and isolated everywhere');
    assert.deepEqual(dialogs, [], 'no dialog fired');
    assert.deepEqual(anyErrors(env), []);
    // Control: the dialog watch does see a dialog.
    await page.evaluate(() => setTimeout(() => alert('control'), 0));
    await waitFor(() => dialogs.length > 0, { what: 'the control dialog' });
    dialogs.length = 0;
    await page.close();

    tally.hostileStrings = strings.size;
    tally.hostileChecks = checks;
    t.diagnostic(`hostile strings tried: ${strings.size} distinct (from ${hostile.length} fixtures); verbatim/inert checks: ${checks}; CSV cells guarded: ${guarded}`);
  });
});

// ───────────────────────────────────────── 3. the host page is never harmed ─────────────────────────────────────────

describe('host page never harmed', () => {
  let withExt;
  let without;
  before(async () => {
    [without, withExt] = [await launch({ extension: false }), await launch()];
  });
  after(async () => {
    await withExt?.close();
    await without?.close();
  });

  const STYLE_PAGES = [
    'https://ads.tiktok.com/i18n/account/payment?aadvid=7301100000000000001&lang=en',
    'https://business.tiktok.com/manage/accounts/adv?org_id=7223495844006363125&lang=en',
    'https://seller-us.tiktok.com/ads-creation/dashboard?shop_region=US&type=product&lang=en&shop_id=7495012345678901234',
  ];

  test('(a) host styles, boxes and DOM are identical with and without the extension', async () => {
    for (const url of STYLE_PAGES) {
      const a = await without.context.newPage();
      await a.goto(url);
      await fxReady(a);
      await a.waitForTimeout(300);
      const base = await a.evaluate(hostStyles);
      const baseDom = await a.evaluate(hostDomFingerprint);
      await a.close();

      const b = await withExt.context.newPage();
      await b.goto(url);
      await fxReady(b);
      await waitOverlay(b);
      await b.locator('adready-overlay [data-testid="pill"]').waitFor();
      await b.waitForTimeout(300);
      assert.deepEqual(diffMaps(base, await b.evaluate(hostStyles)), [], `${url}: host computed styles and boxes (pill shown)`);
      await b.locator('adready-overlay [data-testid="pill"]').click();
      await b.locator('adready-overlay [data-testid="panel"]').waitFor();
      assert.deepEqual(diffMaps(base, await b.evaluate(hostStyles)), [], `${url}: host computed styles and boxes (panel open)`);
      const dom = await b.evaluate(hostDomFingerprint);
      assert.equal(dom.overlays, 1);
      assert.deepEqual({ ...dom, overlays: 0 }, { ...baseDom, overlays: 0 }, `${url}: host DOM unchanged apart from <adready-overlay>`);
      await b.close();
    }
  });

  test('(a) a hostile host stylesheet does not reach the overlay', async () => {
    const page = await withExt.context.newPage();
    await page.goto(STYLE_PAGES[0]);
    await waitOverlay(page, { pageId: 'ads.payment' });
    const pill = page.locator('adready-overlay [data-testid="pill"]');
    await pill.waitFor();
    await page.waitForTimeout(300);
    const snap = async () => {
      const collapsed = await page.evaluate(overlayStyles);
      await pill.click();
      await page.locator('adready-overlay [data-testid="panel"]').waitFor();
      await page.waitForTimeout(200); // opening animation
      const open = await page.evaluate(overlayStyles);
      await page.keyboard.press('Escape');
      await pill.waitFor();
      return { ...collapsed, ...Object.fromEntries(Object.entries(open).map(([k, v]) => [`open ${k}`, v])) };
    };
    const clean = await snap();
    assert.ok(Object.keys(clean).length > 20);
    await page.addStyleTag({
      content: `
        * , *::before, *::after { color: red !important; font-size: 40px !important; font-family: "Comic Sans MS", serif !important;
          line-height: 3 !important; margin: 13px !important; padding: 13px !important; letter-spacing: 5px !important;
          text-transform: uppercase !important; box-sizing: content-box !important; background-color: yellow !important;
          border: 7px dashed lime !important; border-radius: 0 !important; text-align: right !important; visibility: visible !important;
          opacity: 0.9 !important; width: auto; height: auto; }
        html { font-size: 40px !important; direction: rtl !important; color-scheme: dark !important; }
        body { direction: rtl !important; line-height: 4 !important; }
        :root { --adr-fg: red; --adr-bg: red; --adr-accent: red; --adr-line: red; }
        button, div, span, p, h2, h3, ul, li, section, header, footer, label, input { display: inline !important; }
        button { all: unset !important; }
      `,
    });
    await page.waitForTimeout(100);
    const afterStyles = await snap();
    assert.deepEqual(diffMaps(clean, afterStyles), [], 'overlay styles unchanged by host CSS');
    const boxes = await page.evaluate(overlayBoxes);
    assert.ok(inViewport(boxes.pill, boxes.vw, boxes.vh), 'pill still inside the viewport');
    // Control: the same stylesheet does restyle the host page.
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('[data-fx-root]')).color), 'rgb(255, 0, 0)');
    await page.close();
  });

  test('(b) keys typed into the overlay never reach the host page', async () => {
    const page = await withExt.context.newPage();
    await page.goto('https://ads.tiktok.com/i18n/account/payment?aadvid=7301100000000000001&lang=en');
    await fxReady(page);
    await waitOverlay(page, { pageId: 'ads.payment' });
    await page.evaluate(() => {
      window.__keys = [];
      for (const type of ['keydown', 'keyup', 'keypress']) {
        window.addEventListener(type, (e) => window.__keys.push(`window ${type} ${e.key}`));
        document.addEventListener(type, (e) => window.__keys.push(`document ${type} ${e.key}`));
        document.body.addEventListener(type, (e) => window.__keys.push(`body ${type} ${e.key}`));
      }
    });
    const pill = page.locator('adready-overlay [data-testid="pill"]');
    await pill.focus();
    for (const k of ['a', '/', '?', 'k', 'g', 'ArrowDown', 'Shift+A']) await page.keyboard.press(k);
    await page.keyboard.press('Enter'); // opens the panel, which takes the focus
    await page.locator('adready-overlay [data-testid="panel"]').waitFor();
    for (const k of ['j', 'x', 'ArrowUp', 'Home']) await page.keyboard.press(k);
    const box = page.locator('adready-overlay [data-testid="panel"] input[type="checkbox"]').first();
    let typedInControl = 0;
    if (await box.count()) {
      await box.focus();
      for (const k of ['Space', 'Space', 'q', 'Enter']) await page.keyboard.press(k);
      typedInControl = 4;
    }
    const close = page.locator('adready-overlay [data-testid="close"]');
    await close.focus();
    await page.keyboard.press('s');
    await page.keyboard.press('Escape'); // closes, focus back on the pill
    await pill.waitFor();
    await page
      .waitForFunction(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('data-testid') === 'pill', null, { timeout: 2000 })
      .catch(() => assert.fail('focus goes back to the pill'));
    assert.deepEqual(await page.evaluate(() => window.__keys), [], `host listeners saw no overlay key (${typedInControl} typed in a checklist control)`);
    // Control: a key typed in the page itself reaches the same listeners.
    await page.evaluate(() => document.activeElement?.blur());
    await page.locator('[data-fx-root]').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('z');
    assert.ok((await page.evaluate(() => window.__keys)).includes('window keydown z'), 'host listeners work');
    await page.close();
  });

  test('(c) a reader that throws, or a page that mutates mid-read, leaves everything else working', async (t) => {
    const { context, extId } = withExt;
    let injected = 0;
    // Fault 1: a value nested 12,000 elements deep (built by the page's own script once the fragment renders, before
    // AdReady reads it) makes the label reader overflow the stack: the read must fail softly.
    const deep = (depth) => {
      const mo = new MutationObserver(() => {
        const dd = Array.from(document.querySelectorAll('[data-fx-root] dd')).find((d) => d.previousElementSibling?.textContent.trim() === 'Account name');
        if (!dd || dd.dataset.deep) return;
        dd.dataset.deep = '1';
        let cur = document.createElement('span');
        cur.style.display = 'none';
        dd.append(cur);
        for (let i = 0; i < depth; i++) {
          const s = document.createElement('span');
          cur.append(s);
          cur = s;
        }
        cur.textContent = 'deep';
      });
      document.addEventListener('DOMContentLoaded', () => mo.observe(document.body, { childList: true, subtree: true }));
    };
    const url = 'https://ads.tiktok.com/i18n/account/info?aadvid=7399000000000000003&lang=en';
    const a = await without.context.newPage();
    await a.addInitScript(deep, 12000);
    await a.goto(url);
    await fxReady(a);
    await a.waitForFunction(() => document.querySelector('[data-deep]'));
    const baseDom = await a.evaluate(hostDomFingerprint);
    await a.close();

    const page = await context.newPage();
    await page.addInitScript(deep, 12000);
    await page.goto(url);
    await fxReady(page);
    await waitOverlay(page, { pageId: 'ads.account-setup' });
    const pill = page.locator('adready-overlay [data-testid="pill"]');
    await pill.click();
    const err = page.locator('adready-overlay [data-testid="read-error"]');
    await err.waitFor({ timeout: 10000 }).catch(() => {});
    assert.equal(await err.count(), 1, 'fault injected: the reader threw and the panel says it could not read (if this fails, the reader no longer overflows: pick a new fault)');
    injected++;
    assert.match(await err.innerText(), /could not read/i);
    assert.deepEqual({ ...(await page.evaluate(hostDomFingerprint)), overlays: 0 }, { ...baseDom, overlays: 0 }, 'host DOM unchanged apart from <adready-overlay>');
    await page.keyboard.press('Escape');
    await pill.waitFor();
    // The popup still works and knows this page.
    const popup = await openPopup(context, extId);
    await popup.locator('[data-testid="current-page"]').waitFor();
    assert.equal(await popup.locator('[data-testid="current-page"]').getAttribute('data-page'), 'ads.account-setup');
    assert.ok(['ready', 'at-risk', 'blocked', 'unknown'].includes(await popup.locator('[data-testid="readiness"]').getAttribute('data-state')));
    await popup.close();
    // Another page in the same tab reads normally.
    await page.goto('https://ads.tiktok.com/i18n/account/payment?aadvid=7301100000000000001&lang=en');
    await waitOverlay(page, { pageId: 'ads.payment' });
    await page.locator('adready-overlay [data-testid="pill"]').click();
    await page.locator('adready-overlay [data-testid="panel"]').waitFor();
    await page.waitForTimeout(800);
    assert.equal(await page.locator('adready-overlay [data-testid="read-error"]').count(), 0, 'the next page reads');
    await page.close();

    // Fault 2: the page re-renders in the middle of a read. A custom element in the error banner replaces the whole app
    // root the moment anyone clones it — which the Seller Center reader does while it reads the banner.
    const mutator = () => {
      window.__ce = 0;
      customElements.define(
        'x-rerender',
        class extends HTMLElement {
          constructor() {
            super();
            if (++window.__ce > 1) document.querySelector('[data-fx-root]')?.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Re-rendered' }));
          }
        },
      );
      const mo = new MutationObserver(() => {
        const alert = document.querySelector('[data-fx-root] .theme-arco-alert-content');
        if (!alert || alert.dataset.mut) return;
        alert.dataset.mut = '1';
        alert.append(document.createElement('x-rerender'));
      });
      document.addEventListener('DOMContentLoaded', () => mo.observe(document.body, { childList: true, subtree: true }));
    };
    const p2 = await context.newPage();
    await p2.addInitScript(mutator);
    await p2.goto('https://seller-us.tiktok.com/ads-creation/dashboard?shop_region=US&shop_id=7399000000000000200&type=product&lang=en');
    await fxReady(p2);
    await waitOverlay(p2, { pageId: 'seller.ads' });
    await p2.locator('adready-overlay [data-testid="pill"]').click();
    await p2.locator('adready-overlay [data-testid="panel"]').waitFor();
    await p2.waitForTimeout(800);
    const ce = await p2.evaluate(() => window.__ce);
    if (ce > 1) injected++;
    t.diagnostic(`mid-read re-render ${ce > 1 ? 'happened during the read' : 'did not happen (the reader no longer clones the banner)'}`);
    assert.equal(await p2.locator('adready-overlay').count(), 1);
    assert.ok((await p2.locator('adready-overlay [data-testid="panel"]').innerText()).length > 20, 'the panel still renders');
    await p2.keyboard.press('Escape');
    await p2.locator('adready-overlay [data-testid="pill"]').waitFor();
    await p2.close();

    assert.ok(injected >= 1);
    tally.faults += injected;
    assert.deepEqual(anyErrors(withExt), []);
  });
});

describe('extension reload', () => {
  let env;
  before(async () => {
    env = await launch();
    // Chromium only re-enables a reloaded unpacked extension in developer mode (as a developer reloading it has).
    const ext = await env.context.newPage();
    await ext.goto('chrome://extensions/');
    await ext.evaluate(() => new Promise((res) => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, res)));
    await ext.close();
  });
  after(async () => {
    await env?.close();
  });

  test('(d) after a reload the old overlay goes away without errors and the new script works after a navigation', async () => {
    const page = await env.context.newPage();
    await page.goto('https://ads.tiktok.com/i18n/account/payment?aadvid=7301100000000000001&lang=en');
    await fxReady(page);
    await waitOverlay(page, { pageId: 'ads.payment' });
    await page.locator('adready-overlay [data-testid="pill"]').click();
    await page.locator('adready-overlay [data-testid="panel"]').waitFor();
    const domBefore = await page.evaluate(hostDomFingerprint);
    const errorsBefore = env.errors.length;

    const next = env.context.waitForEvent('serviceworker', { timeout: 15000 });
    await env.sw.evaluate(() => {
      setTimeout(() => chrome.runtime.reload(), 20);
    });
    const sw2 = await next;
    assert.ok(sw2.url().startsWith(`chrome-extension://${env.extId}/`), 'the extension came back');
    // The orphaned content script removes its overlay by itself (no navigation needed)…
    await page.waitForFunction(() => !document.querySelector('adready-overlay'), null, { timeout: 5000 }).catch(() => {});
    assert.equal(await page.locator('adready-overlay').count(), 0, 'the old overlay is gone');
    // …and stays quiet when the page keeps navigating in place.
    await page.evaluate(() => history.pushState({}, '', '/i18n/account/transaction?aadvid=7301100000000000001&tab=2'));
    await page.waitForTimeout(600);
    await page.evaluate(() => history.back());
    await page.waitForTimeout(600);
    assert.equal(await page.locator('adready-overlay').count(), 0, 'no stale overlay after in-page navigation');
    const domAfter = await page.evaluate(hostDomFingerprint);
    assert.equal(domAfter.overlays, 0);
    assert.deepEqual(domAfter.head, domBefore.head, 'nothing of ours left in <head>');
    const late = env.errors.slice(errorsBefore);
    assert.deepEqual(late, [], 'no console or page errors from the old content script');

    // A navigation brings the new content script, which works.
    await page.goto('https://ads.tiktok.com/i18n/account/payment?aadvid=7301100000000000001&lang=en');
    const got = await waitOverlay(page, { pageId: 'ads.payment', account: 'ads:7301100000000000001' });
    assert.equal(got.count, 1);
    await page.locator('adready-overlay [data-testid="pill"]').click();
    await page.locator('adready-overlay [data-testid="panel"]').waitFor();
    const sw = liveSw(env);
    await waitFor(async () => (await sw.evaluate(() => chrome.storage.local.get('acct:ads:7301100000000000001')))['acct:ads:7301100000000000001'], {
      what: 'the new script to report',
    });
    assert.deepEqual(anyErrors(env), []);
    tally.faults++;
    await page.close();
  });
});

// ───────────────────────────────────────────── 4. no data lost ─────────────────────────────────────────────

describe('no data lost', () => {
  let env;
  before(async () => {
    env = await launch();
  });
  after(async () => {
    await env?.close();
  });

  test('three tabs of one account at the same time: the record has the facts of all three pages', async (t) => {
    assert.equal(race.length, 3);
    const key = race[0].expect.account;
    const want = Object.assign({}, ...race.map((f) => f.expect.facts));
    const rounds = 5;
    // A barrier on the fixture content: the three pages get their content at the same instant, so the three
    // content scripts read and report at (nearly) the same moment — a real race for the background writer.
    const raceUrls = new Set(race.map((f) => f.url));
    let waiting = [];
    const barrier = async (route) => {
      const target = new URL(route.request().url()).searchParams.get('u');
      if (!raceUrls.has(target)) return route.fallback();
      await new Promise((release) => {
        waiting.push(release);
        if (waiting.length === raceUrls.size) {
          waiting.forEach((r) => r());
          waiting = [];
        }
      });
      return route.fallback();
    };
    await env.context.route(`**${CONTENT_PATH}?*`, barrier);
    for (let round = 0; round < rounds; round++) {
      const sw = liveSw(env);
      await sw.evaluate((k) => chrome.storage.local.remove(`acct:${k}`), key);
      const pages = await Promise.all(race.map(() => env.context.newPage()));
      const order = round % 2 ? [...race].reverse() : race;
      await Promise.all(pages.map((p, i) => p.goto(order[i].url)));
      await Promise.all(pages.map((p, i) => waitOverlay(p, { pageId: order[i].expect.page, account: key })));
      const rec = await waitFor(
        async () => {
          const r = (await sw.evaluate((k) => chrome.storage.local.get(`acct:${k}`), key))[`acct:${key}`];
          return r && Object.keys(want).every((f) => r.facts?.[f]) ? r : null;
        },
        { timeout: 8000, what: `round ${round}: every page's facts in ${key}` },
      ).catch(async (e) => {
        const r = (await sw.evaluate((k) => chrome.storage.local.get(`acct:${k}`), key))[`acct:${key}`];
        throw new Error(`${e.message}; stored facts: ${Object.keys(r?.facts ?? {}).join(', ')}`);
      });
      for (const [f, v] of Object.entries(want)) assert.deepEqual(rec.facts[f].value, v, `round ${round}: ${f}`);
      assert.equal(rec.name, race[0].expect.name);
      const pagesRead = new Set(Object.values(rec.facts).map((f) => f.page));
      assert.deepEqual([...pagesRead].sort(), race.map((f) => f.expect.page).sort(), `round ${round}: facts from all three pages`);
      await Promise.all(pages.map((p) => p.close()));
    }
    await env.context.unroute(`**${CONTENT_PATH}?*`, barrier);

    // The same three reports, as the content scripts send them, delivered to the background at the same instant
    // for several accounts at once (the tabs above cannot always make them overlap that tightly).
    const ids = Array.from({ length: 6 }, (_, i) => `73990000000000004${String(i).padStart(2, '0')}`);
    const messages = ids.flatMap((id) =>
      race.map((f) => {
        const url = f.url.replace(/aadvid=\d+/, `aadvid=${id}`);
        return { type: 'report', url, match: { site: 'ads', page: f.expect.page, account: `ads:${id}` }, result: { page: f.expect.page, facts: f.expect.facts, unreadable: [], lang: 'en', name: f.expect.name } };
      }),
    );
    const popup = await openPopup(env.context, env.extId);
    const answers = await popup.evaluate((msgs) => Promise.all(msgs.map((m) => chrome.runtime.sendMessage(m))), messages);
    assert.ok(answers.every((a) => a?.ok), `every report accepted: ${JSON.stringify(answers.filter((a) => !a?.ok))}`);
    await popup.close();
    const stored = await storageAll(liveSw(env));
    for (const id of ids) {
      const rec = stored[`acct:ads:${id}`];
      const missing = Object.keys(want).filter((f) => !rec?.facts?.[f]);
      assert.deepEqual(missing, [], `ads:${id}: facts lost when three reports arrive together`);
    }
    tally.faults += rounds + 1;
    t.diagnostic(`${rounds} rounds of three simultaneous tabs + ${messages.length} simultaneous reports for ${ids.length} accounts; facts kept per account: ${Object.keys(want).length}`);
    assert.deepEqual(anyErrors(env), []);
  });

  test('corrupt storage: the dashboard still renders, shows the notice, and keeps the bad values in quarantine', async (t) => {
    const sw = liveSw(env);
    // First, healthy storage: saving a setting is not damage (no quarantine, no notice).
    const settingsPage = await env.context.newPage();
    await settingsPage.goto(`chrome-extension://${env.extId}/dashboard.html#settings`);
    await settingsPage.locator('[data-testid="setting-language"]').selectOption('it');
    await settingsPage.waitForFunction(() => document.documentElement.lang === 'it');
    await settingsPage.locator('[data-testid="setting-language"]').selectOption('auto');
    await settingsPage.waitForTimeout(1200); // the background re-reads settings after every change
    assert.equal((await storageAll(sw)).quarantine, undefined, 'valid settings are never quarantined');
    assert.equal(await settingsPage.locator('[data-testid="quarantine-notice"]').count(), 0);
    await settingsPage.close();

    const now = Date.now();
    const fact = (k, value, page = 'ads.payment') => ({ key: k, value, page, readAt: now, source: 'page' });
    const garbage = {
      'acct:ads:7399000000000000901': 'garbage <img src=x onerror=alert(1)>',
      'acct:ads:7399000000000000902': 42,
      'acct:ads:7399000000000000903': ['not', 'a', 'record'],
      'acct:ads:7399000000000000904': { key: 'ads:7399000000000000999', site: 'ads', facts: {} },
      'acct:ads:7399000000000000905': { key: 'ads:7399000000000000905', site: 'ads', name: 'Half Good', lastSeen: now, facts: { 'billing.option': fact('billing.option', 'manual'), 'billing.threshold': { value: '∞' } } },
      'acct:bc:<script>': { key: 'bc:<script>', site: 'bc', facts: {} },
      settings: 'garbage',
    };
    // A good record (read from a page) must survive next to the garbage.
    const goodKey = race[0].expect.account;
    const visit = await env.context.newPage();
    await visit.goto(race[0].url);
    await waitOverlay(visit, { pageId: race[0].expect.page });
    await waitFor(async () => (await storageAll(sw))[`acct:${goodKey}`]?.facts?.['billing.option'], { what: 'the good record' });
    await visit.close();
    await sw.evaluate((g) => chrome.storage.local.set(g), garbage);
    const dialogs = [];
    const dash = await env.context.newPage();
    dash.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss().catch(() => {})));
    await dash.goto(`chrome-extension://${env.extId}/dashboard.html`);
    await dash.locator('[data-testid="quarantine-notice"]').waitFor({ timeout: 8000 });
    const table = dash.locator('[data-testid="accounts-table"]');
    await table.waitFor();
    assert.equal(await table.locator(`tr[data-account="${goodKey}"]`).count(), 1, 'the good record is still listed');
    assert.equal(await table.locator('tr[data-account="ads:7399000000000000905"]').count(), 1, 'a partly damaged record keeps its good part');
    for (const k of ['ads:7399000000000000901', 'ads:7399000000000000902', 'ads:7399000000000000903', 'ads:7399000000000000904'])
      assert.equal(await table.locator(`tr[data-account="${k}"]`).count(), 0, `${k} not shown`);
    assert.match(await dash.locator('[data-testid="quarantine-notice"]').innerText(), /set aside/);
    // A well-formed record under an odd key (`bc:<script>`) is at worst listed, as text.
    assert.deepEqual(await dash.evaluate(activeContentIn, null), { active: [], handlers: [], bodyScripts: [] });

    const damaged = [
      ...['acct:ads:7399000000000000901', 'acct:ads:7399000000000000902', 'acct:ads:7399000000000000903', 'acct:ads:7399000000000000904'].map((k) => garbage[k]),
      { value: '∞' },
      'garbage',
    ].map(stable);
    // Every damaged value ends up in the quarantine (not only the last batch written).
    const all = await waitFor(
      async () => {
        const a = await storageAll(sw);
        const have = new Set((Array.isArray(a.quarantine) ? a.quarantine : []).map((e) => stable(e.value)));
        return damaged.every((d) => have.has(d)) ? a : null;
      },
      { timeout: 5000, what: 'every damaged value in quarantine' },
    ).catch(async (e) => {
      const a = await storageAll(sw);
      throw new Error(`${e.message}: quarantine holds ${JSON.stringify((a.quarantine ?? []).map((x) => x.value))}`);
    });
    const q = all.quarantine;
    const values = q.map((e) => stable(e.value));
    for (const k of ['acct:ads:7399000000000000901', 'acct:ads:7399000000000000902', 'acct:ads:7399000000000000903', 'acct:ads:7399000000000000904'])
      assert.ok(values.includes(stable(garbage[k])), `${k}'s value is kept in quarantine`);
    assert.ok(values.includes(stable({ value: '∞' })), 'the damaged fact is kept in quarantine');
    assert.ok(values.includes(stable('garbage')), 'the damaged settings are kept in quarantine');
    assert.equal(typeof all.settings, 'object', 'settings replaced by working defaults');
    assert.equal(all['acct:ads:7399000000000000905'].facts['billing.option'].value, 'manual');
    // The faces keep working: detail of the damaged record, settings, export, popup.
    await dash.evaluate(() => (location.hash = 'account/ads%3A7399000000000000905'));
    await dash.locator('[data-testid="account-detail"]').waitFor();
    await dash.locator('[data-testid="tab-settings"]').click();
    await dash.locator('[data-testid="settings"]').waitFor();
    const json = JSON.parse(await download(dash, 'export-json'));
    assert.ok(json.accounts.some((a) => a.key === goodKey));
    const popup = await openPopup(env.context, env.extId);
    await popup.locator('[data-testid="current"]').waitFor();
    await popup.close();
    await dash.close();
    assert.deepEqual(dialogs, []);
    assert.deepEqual(anyErrors(env), []);
    const cases = Object.keys(garbage).length;
    tally.faults += cases;
    t.diagnostic(`corrupt values injected: ${cases}; quarantined entries: ${q.length}`);
  });
});

test('summary', (t) => {
  t.diagnostic(
    `hostile strings tried: ${tally.hostileStrings} (checks: ${tally.hostileChecks}); fault cases injected: ${tally.faults}; requests from the extension: ${tally.extensionRequests}`,
  );
});
