/**
 * The fixture sandbox (tests/fixtures, format in docs/fixtures.md): every fragment under tests/fixtures/pages is
 * well-formed, its `expect` agrees with page detection, and the server renders, routes and falls back as
 * documented. Covers every engineer's fragments, not only the base ones.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { detectPage } from '../../utils/pages/detect';

interface Expect {
  page: string | null;
  account?: string;
  name?: string;
  facts?: Record<string, unknown>;
  unreadable?: string[];
}
interface Fixture {
  file: string | null;
  url: string;
  lang: string;
  htmlLang: string | null;
  title: string | null;
  delayMs: number;
  assumptions: string[];
  expect: Expect | null;
  html: string;
  meta: Record<string, unknown>;
  extraScript?: string;
}
interface Content {
  url: string;
  match: 'exact' | 'path+lang' | 'path' | 'none';
  fixture: Fixture | null;
  html: string;
  lang: string;
  htmlLang: string | null;
}
interface Payload {
  match: string;
  fixture: string | null;
  shell: string;
  html: string;
  chrome: Record<string, { key: string; html: string }>;
}
interface Shell {
  id: string;
}
interface Server {
  loadFixtures(opts?: { dir?: string }): Fixture[];
  parseFixture(text: string, file?: string): Fixture;
  renderDocument(fx: Fixture, opts?: { delayMs?: number }): string;
  contentFor(url: string, opts?: { fixtures?: Fixture[]; lang?: string; exact?: boolean }): Content;
  contentPayload(url: string, opts?: { fixtures?: Fixture[]; lang?: string; exact?: boolean }): Payload;
  placeholderFixture(url: string, lang?: string | null): Fixture;
  busyPageFixture(opts?: { rows?: number; intervalMs?: number; batch?: number }): Fixture;
  cspFor(host: string): string;
  shellFor(url: string | URL, meta?: Record<string, unknown>): Shell;
  isTikTokHost(host: string): boolean;
  CONTENT_PATH: string;
}
type LabelTable = Record<string, Record<string, string>>;
interface Labels {
  SHELL_LANGS: string[];
  ADS_LABELS: LabelTable;
  BC_LABELS: LabelTable;
  SELLER_LABELS: LabelTable;
  COMMON_LABELS: LabelTable;
  label(table: LabelTable, key: string, lang: string): string;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.resolve(HERE, '../fixtures');
const server = (await import(pathToFileURL(path.join(FIXTURES, 'server.mjs')).href)) as Server;
const labels = (await import(pathToFileURL(path.join(FIXTURES, 'shells/labels.mjs')).href)) as Labels;

const fixtures = server.loadFixtures();

/** Fact keys of `FactValues` in utils/facts/types.ts (read as text: the interface is types only). */
const FACT_KEYS: Set<string> = (() => {
  const src = readFileSync(path.resolve(HERE, '../../utils/facts/types.ts'), 'utf8');
  const body = /export interface FactValues \{([\s\S]*?)\n\}/.exec(src)?.[1] ?? '';
  return new Set(Array.from(body.matchAll(/^\s*'([\w.]+)'\??:/gm), (m) => m[1]!));
})();

const SITE_OF_PAGE = (page: string) => page.split('.')[0];
const LANG_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, 'text/html');
}

function visibleText(doc: Document): string {
  const body = doc.body.cloneNode(true) as HTMLElement;
  body.querySelectorAll('style, template').forEach((e) => e.remove());
  return (body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('fixture set', () => {
  it('loads fragments, base and non-app ones included', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    expect(fixtures.filter((f) => f.file?.startsWith('pages/base/')).length).toBeGreaterThanOrEqual(40);
    expect(fixtures.filter((f) => f.file?.startsWith('pages/nonapp/')).length).toBeGreaterThanOrEqual(8);
  });

  it('has unique URLs', () => {
    const keys = fixtures.map((f) => {
      const u = new URL(f.url);
      u.hash = '';
      return u.href;
    });
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('knows the fact keys of utils/facts/types.ts', () => {
    expect(FACT_KEYS.has('billing.option')).toBe(true);
    expect(FACT_KEYS.has('bc.pageRead')).toBe(true);
    expect(FACT_KEYS.size).toBeGreaterThan(30);
  });

  it('covers every base page id in at least two languages', () => {
    const base = fixtures.filter((f) => f.file?.startsWith('pages/base/'));
    const langs = new Map<string, Set<string>>();
    for (const f of base) {
      const p = f.expect?.page;
      if (!p) continue;
      if (!langs.has(p)) langs.set(p, new Set());
      langs.get(p)!.add(f.lang);
    }
    for (const p of ['ads.home', 'ads.dashboard', 'ads.campaigns', 'ads.creation', 'ads.account-health', 'ads.events'])
      expect([...(langs.get(p) ?? [])].sort(), p).toEqual(['en', 'fr', 'id', 'it']);
    for (const p of [
      'bc.select',
      'bc.overview',
      'bc.partners',
      'bc.tiktok-accounts',
      'bc.invoices',
      'bc.billing-info',
      'seller.ads-creation',
      'seller.home',
      'seller.onboarding',
    ])
      expect(langs.get(p)?.size ?? 0, p).toBeGreaterThanOrEqual(2);
  });
});

describe.each(fixtures.map((f) => [f.file ?? f.url, f] as const))('%s', (_name, fx) => {
  it('has a valid front-matter', () => {
    expect(fx.expect, 'expect').toBeTruthy();
    expect(fx.lang).toMatch(LANG_TAG);
    if (fx.htmlLang !== null) expect(fx.htmlLang).toMatch(LANG_TAG);
    expect(Array.isArray(fx.assumptions)).toBe(true);
    expect(fx.delayMs).toBeGreaterThanOrEqual(0);
    for (const k of Object.keys(fx.expect?.facts ?? {})) expect(FACT_KEYS.has(k), `unknown fact key ${k}`).toBe(true);
    for (const k of fx.expect?.unreadable ?? []) expect(FACT_KEYS.has(k), `unknown fact key ${k}`).toBe(true);
  });

  it('expects what detectPage says', () => {
    const m = detectPage(fx.url);
    expect(fx.expect?.page ?? null).toBe(m?.page ?? null);
    const acc = fx.expect?.account;
    if (acc !== undefined) {
      if (m?.account) expect(acc).toBe(m.account);
      // No id in the URL: the account is read from the page; it must still be an account of the page's site.
      else expect(acc.startsWith(`${m?.site}:`), `${acc} on a ${m?.site ?? 'non-app'} page`).toBe(true);
    }
    if (fx.expect?.page === null) expect(acc).toBeUndefined();
  });

  it('has a fragment without scripts and with visible text', () => {
    expect(fx.html).not.toMatch(/<script\b/i);
    const doc = parseHtml(fx.html);
    expect(doc.querySelectorAll('script').length).toBe(0);
    const handlers = Array.from(doc.body.querySelectorAll('*')).flatMap((el) =>
      Array.from(el.attributes)
        .filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))
        .map((a) => `${el.tagName.toLowerCase()}[${a.name}]`),
    );
    expect(handlers, 'inline handlers / javascript: URLs (behaviour lives in the shell)').toEqual([]);
    expect(visibleText(doc).length).toBeGreaterThan(0);
  });

  it('renders as a synthetic document in its language and shell', () => {
    const html = server.renderDocument(fx);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const root = doc.documentElement;
    expect(root.getAttribute('data-fixture')).toBe('synthetic');
    expect(root.getAttribute('lang')).toBe(fx.htmlLang);
    expect(doc.title.length).toBeGreaterThan(0);
    expect(doc.querySelector('[data-fx-root]')).not.toBeNull();
    expect(doc.querySelector('[data-fx-root] [aria-busy="true"]'), 'skeleton before the late render').not.toBeNull();
    expect(doc.getElementById('__fx-config')).not.toBeNull();
    // The fragment itself arrives later, from /__fixture__/content.
    const shell = server.shellFor(fx.url, fx.meta);
    const page = fx.expect?.page;
    if (page) expect(shell.id).toBe(SITE_OF_PAGE(page));
    if (fx.file?.startsWith('pages/nonapp/')) expect(shell.id).toBe('plain');
    const header = doc.querySelector('[data-fx-chrome="header"]')?.textContent ?? '';
    expect(header).toContain(labels.label(labels.COMMON_LABELS, 'languageName', fx.lang));
  });
});

describe('shell', () => {
  it('has every label in every shell language', () => {
    for (const table of [labels.ADS_LABELS, labels.BC_LABELS, labels.SELLER_LABELS, labels.COMMON_LABELS])
      for (const [key, row] of Object.entries(table))
        for (const l of labels.SHELL_LANGS) expect(row[l], `${key}.${l}`).toBeTruthy();
  });

  const ads = server.parseFixture(
    '<!--fixture {"url":"https://ads.tiktok.com/i18n/account/payment?aadvid=7000000000000000001&lang=it&tab=1","lang":"it","expect":{"page":"ads.payment","name":"Conto Prova"}} --><p>x</p>',
    'ads.html',
  );

  it('builds the Ads Manager menu in the page language, keeping aadvid and lang', () => {
    const doc = new DOMParser().parseFromString(server.renderDocument(ads), 'text/html');
    const links = Array.from(doc.querySelectorAll('[data-fx-shell] a[href]')).map((a) => a.getAttribute('href')!);
    expect(links).toContain('/i18n/account/payment?aadvid=7000000000000000001&lang=it');
    expect(links).toContain('/i18n/account/payment_invoice?aadvid=7000000000000000001&lang=it');
    expect(links).toContain('/i18n/account/transaction?aadvid=7000000000000000001&lang=it');
    expect(links).toContain('/i18n/account/info?aadvid=7000000000000000001&lang=it');
    expect(links).toContain('/i18n/account/health?aadvid=7000000000000000001&lang=it');
    expect(links).toContain('/i18n/dashboard?aadvid=7000000000000000001&lang=it');
    expect(links).toContain('/i18n/perf/campaign?aadvid=7000000000000000001&lang=it');
    expect(links).toContain('/i18n/events_manager/datasource/list?aadvid=7000000000000000001&lang=it');
    expect(links.every((h) => !h.includes('tab='))).toBe(true);
    const menu = doc.querySelector('[data-fx-chrome="menu"]')!;
    expect(menu.textContent).toContain('Pagamento');
    expect(menu.textContent).toContain('Fatture');
    expect(menu.querySelector('[aria-current="page"]')?.textContent).toBe('Pagamento');
    expect(doc.querySelector('[data-fx-chrome="header"]')?.textContent).toContain('Conto Prova');
    expect(doc.querySelector('[data-fx-chrome="header"]')?.textContent).toContain('Strumenti');
  });

  it('shows no settings sidebar outside the account pages', () => {
    const dash = { ...ads, url: 'https://ads.tiktok.com/i18n/dashboard?aadvid=7000000000000000001&lang=it' };
    const doc = new DOMParser().parseFromString(server.renderDocument(dash), 'text/html');
    const menu = doc.querySelector('[data-fx-chrome="menu"]')!;
    expect(menu.hasAttribute('hidden')).toBe(true);
    expect(menu.textContent).toBe('');
  });

  it('builds the Business Center bui-menu keeping org_id', () => {
    const bc = server.parseFixture(
      '<!--fixture {"url":"https://business.tiktok.com/manage/billing/v2?org_id=7000000000000000002","lang":"fr","expect":{"page":"bc.invoices"}} --><p>x</p>',
    );
    const doc = new DOMParser().parseFromString(server.renderDocument(bc), 'text/html');
    const hrefs = Array.from(doc.querySelectorAll('.bui-menu a[href]')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      '/manage/overview?org_id=7000000000000000002',
      '/manage/users/members?org_id=7000000000000000002',
      '/manage/users/partners?org_id=7000000000000000002',
      '/manage/accounts/adv?org_id=7000000000000000002',
      '/manage/accounts/tiktok-accounts?org_id=7000000000000000002',
      '/manage/payment/v2?org_id=7000000000000000002',
      '/manage/billing/v2?org_id=7000000000000000002',
      '/manage/financeRole?org_id=7000000000000000002',
      '/manage/add-billing-info?org_id=7000000000000000002',
    ]);
    expect(doc.querySelector('.bui-menu-item-selected')?.textContent).toBe('Factures');
    const picker = { ...bc, url: 'https://business.tiktok.com/select' };
    const pdoc = new DOMParser().parseFromString(server.renderDocument(picker), 'text/html');
    expect(pdoc.querySelector('.bui-menu')).toBeNull();
  });

  it('builds the Seller Center Arco menu, with the Ads entry unless the fixture hides it', () => {
    const mk = (extra: string) =>
      server.parseFixture(
        `<!--fixture {"url":"https://seller-vn.tiktok.com/homepage?shop_region=VN&shop_id=7000000000000000003","lang":"vi",${extra}"expect":{"page":"seller.home"}} --><p>x</p>`,
      );
    const withAds = new DOMParser().parseFromString(server.renderDocument(mk('')), 'text/html');
    const titles = Array.from(withAds.querySelectorAll('div.p-menu-inline .p-menu-item-title-txt')).map((e) => e.textContent);
    expect(titles).toContain('Tiếp thị');
    expect(titles).toContain('Quảng cáo');
    expect(withAds.querySelector('.theme-arco-menu a[href^="/ads-creation/dashboard"]')?.getAttribute('href')).toBe(
      '/ads-creation/dashboard?shop_region=VN&shop_id=7000000000000000003',
    );
    const noAds = new DOMParser().parseFromString(server.renderDocument(mk('"sellerMenu":{"ads":false},')), 'text/html');
    expect(noAds.querySelector('a[href^="/ads-creation"]')).toBeNull();
    expect(Array.from(noAds.querySelectorAll('.p-menu-item-title-txt')).map((e) => e.textContent)).toContain('Tiếp thị');
  });

  it('declares no language when htmlLang is null', () => {
    const fx = server.parseFixture(
      '<!--fixture {"url":"https://ads.tiktok.com/i18n/dashboard?aadvid=7000000000000000004","lang":"fr","htmlLang":null,"expect":{"page":"ads.dashboard"}} --><p>x</p>',
    );
    expect(fx.htmlLang).toBeNull();
    const doc = new DOMParser().parseFromString(server.renderDocument(fx), 'text/html');
    expect(doc.documentElement.hasAttribute('lang')).toBe(false);
    expect(doc.documentElement.getAttribute('data-fixture')).toBe('synthetic');
  });

  it('serves non-app pages and unknown hosts with the plain shell', () => {
    expect(server.shellFor('https://ads.tiktok.com/help/article/x?lang=en').id).toBe('plain');
    expect(server.shellFor('https://ads.tiktok.com/i18n/login?lang=en').id).toBe('plain');
    expect(server.shellFor('https://seller-us-accounts.tiktok.com/account/login').id).toBe('plain');
    expect(server.shellFor('https://seller-us.tiktok.com/university/essay?knowledge_id=1').id).toBe('plain');
    expect(server.shellFor('https://business.tiktok.com/').id).toBe('plain');
    expect(server.shellFor('https://seller-id.tokopedia.com/homepage?shop_region=ID').id).toBe('seller');
    expect(server.shellFor('https://ads.tiktok.com/i18n/analytics/custom-report').id).toBe('ads');
  });

  it('has a strict-ish CSP and answers only TikTok hosts', () => {
    const csp = server.cspFor('ads.tiktok.com');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).not.toContain('*');
    expect(server.isTikTokHost('seller-id.tokopedia.com')).toBe(true);
    expect(server.isTikTokHost('ads.tiktok.com')).toBe(true);
    expect(server.isTikTokHost('ads.tiktok.com.example.net')).toBe(false);
    expect(server.isTikTokHost('tokopedia.com')).toBe(false);
  });
});

describe('contentFor', () => {
  const fx = (url: string, lang: string, extra = '') =>
    server.parseFixture(`<!--fixture {"url":"${url}","lang":"${lang}",${extra}"expect":{"page":null}} --><p>${lang} ${url}</p>`, url);
  const set = [
    fx('https://ads.tiktok.com/i18n/account/payment?aadvid=111&lang=en', 'en'),
    fx('https://ads.tiktok.com/i18n/account/payment?aadvid=222&lang=it', 'it'),
    fx('https://ads.tiktok.com/i18n/account/payment?aadvid=333&lang=it', 'it'),
    fx('https://ads.tiktok.com/i18n/account/payment?aadvid=222&lang=it&fx=prepaid', 'it'),
    fx('https://ads.tiktok.com/i18n/account/transaction?aadvid=111&lang=fr', 'fr'),
    fx('https://ads.tiktok.com/i18n/perf/campaign?aadvid=111&fx=busy', 'en', '"noFallback":true,'),
  ];

  it('returns the exact URL first (hash ignored)', () => {
    const c = server.contentFor('https://ads.tiktok.com/i18n/account/payment?aadvid=333&lang=it#top', { fixtures: set });
    expect(c.match).toBe('exact');
    expect(c.fixture?.url).toContain('aadvid=333');
  });

  it('falls back to the same path in the same language, preferring the same account and plain variants', () => {
    const c = server.contentFor('https://ads.tiktok.com/i18n/account/payment/?aadvid=222&lang=it&tab=2', { fixtures: set });
    expect(c.match).toBe('path+lang');
    expect(c.fixture?.url).toBe('https://ads.tiktok.com/i18n/account/payment?aadvid=222&lang=it');
    const other = server.contentFor('https://ads.tiktok.com/i18n/account/payment?aadvid=999&lang=en', { fixtures: set });
    expect(other.match).toBe('path+lang');
    expect(other.lang).toBe('en');
  });

  it("uses the page's current language when the URL has no lang param", () => {
    const c = server.contentFor('https://ads.tiktok.com/i18n/account/payment?aadvid=999', { fixtures: set, lang: 'it-IT' });
    expect(c.match).toBe('path+lang');
    expect(c.lang).toBe('it');
  });

  it('falls back to the same path in any language', () => {
    const c = server.contentFor('https://ads.tiktok.com/i18n/account/transaction?aadvid=111&lang=de', { fixtures: set });
    expect(c.match).toBe('path');
    expect(c.lang).toBe('fr');
  });

  it('ends with a "not in the fixture sandbox" placeholder', () => {
    const c = server.contentFor('https://ads.tiktok.com/i18n/account/health?aadvid=111&lang=id', { fixtures: set });
    expect(c.match).toBe('none');
    expect(c.fixture).toBeNull();
    expect(c.lang).toBe('id');
    expect(c.html).toContain('not in the fixture sandbox');
    // other host, same path: no fallback across hosts
    expect(server.contentFor('https://business.tiktok.com/i18n/account/payment?lang=en', { fixtures: set }).match).toBe('none');
    // fixtures marked noFallback are served only at their own URL
    expect(server.contentFor('https://ads.tiktok.com/i18n/perf/campaign?aadvid=111', { fixtures: set }).match).toBe('none');
  });

  it('with exact: true (a full page load) skips the fallbacks', () => {
    const c = server.contentFor('https://ads.tiktok.com/i18n/account/payment?aadvid=999&lang=en', { fixtures: set, exact: true });
    expect(c.match).toBe('none');
  });

  it('sends chrome for the requested URL and names only the account the fragment belongs to', () => {
    const named = [
      server.parseFixture(
        '<!--fixture {"url":"https://ads.tiktok.com/i18n/dashboard?aadvid=555&lang=en","lang":"en","expect":{"page":"ads.dashboard","name":"Acme Ads"}} --><p>hi</p>',
      ),
    ];
    const same = server.contentPayload('https://ads.tiktok.com/i18n/dashboard?aadvid=555&lang=en', { fixtures: named });
    expect(same.shell).toBe('ads');
    expect(same.chrome.header!.html).toContain('Acme Ads');
    const other = server.contentPayload('https://ads.tiktok.com/i18n/dashboard?aadvid=556&lang=en', { fixtures: named });
    expect(other.match).toBe('path+lang');
    expect(other.chrome.header!.html).not.toContain('Acme Ads');
    expect(other.chrome.header!.html).toContain('/i18n/dashboard?aadvid=556&amp;lang=en');
    const plain = server.contentPayload('https://ads.tiktok.com/help/article/x?lang=en', { fixtures: named });
    expect(plain.shell).toBe('plain');
  });

  it('works on the real set: an in-page route without its own fixture still gets content', () => {
    const first = fixtures.find((f) => f.expect?.page === 'ads.campaigns' && f.lang === 'it');
    expect(first).toBeTruthy();
    const u = new URL(first!.url);
    u.searchParams.set('aadvid', '7000000000000000099');
    const c = server.contentFor(u.href, { fixtures });
    expect(c.match).toBe('path+lang');
  });
});

describe('loadFixtures', () => {
  const withDir = (files: Record<string, string>, fn: (dir: string) => void) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fx-'));
    try {
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), text);
      }
      fn(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const ok = (url: string) => `<!--fixture\n{"url":"${url}","lang":"en","expect":{"page":null}}\n-->\n<p>hello</p>\n`;

  it('reads nested folders and strips the front-matter', () => {
    withDir({ 'a/one.html': ok('https://ads.tiktok.com/help/a'), 'b/c/two.html': ok('https://ads.tiktok.com/help/b'), 'note.txt': 'x' }, (dir) => {
      const list = server.loadFixtures({ dir });
      expect(list.map((f) => f.url)).toEqual(['https://ads.tiktok.com/help/a', 'https://ads.tiktok.com/help/b']);
      expect(list[0]!.html).toBe('<p>hello</p>');
      expect(list[0]!.delayMs).toBe(400);
      expect(list[0]!.htmlLang).toBe('en');
    });
  });

  it('throws on a duplicate URL, naming both files', () => {
    withDir({ 'one.html': ok('https://ads.tiktok.com/help/a'), 'two.html': ok('https://ads.tiktok.com/help/a#x') }, (dir) => {
      expect(() => server.loadFixtures({ dir })).toThrow(/duplicate url[\s\S]*one\.html/);
    });
  });

  it('throws on bad JSON or a missing field, naming the file', () => {
    withDir({ 'bad.html': '<!--fixture\n{"url": "https://ads.tiktok.com/help/a", }\n-->\n<p>x</p>' }, (dir) => {
      expect(() => server.loadFixtures({ dir })).toThrow(/bad\.html: front-matter is not valid JSON/);
    });
    withDir({ 'nolang.html': '<!--fixture {"url":"https://ads.tiktok.com/help/a","expect":{"page":null}} --><p>x</p>' }, (dir) => {
      expect(() => server.loadFixtures({ dir })).toThrow(/nolang\.html: "lang" is required/);
    });
    withDir({ 'none.html': '<p>no front-matter</p>' }, (dir) => {
      expect(() => server.loadFixtures({ dir })).toThrow(/none\.html: missing/);
    });
  });
});

describe('busy page', () => {
  it('is an Ads Manager campaign list with its own row-churn script', () => {
    const busy = server.busyPageFixture();
    expect(detectPage(busy.url)?.page).toBe('ads.campaigns');
    expect(busy.url).toBe('https://ads.tiktok.com/i18n/perf/campaign?aadvid=7089362853240553474&fx=busy');
    const html = server.renderDocument(busy);
    expect(html).toContain('fx-busy-rows');
    expect(html).toContain('ROWS=3000');
    expect(html).toContain('EVERY=16');
    expect(fixtures.some((f) => f.url === busy.url)).toBe(false);
  });
});
