/**
 * Seller Center readers against every fixture of the area (tests/fixtures/pages/seller), each read twice: with a
 * hand-built Arco left menu (the shell's `p-menu` markup, with and without the Ads link) and inside the real
 * Seller Center shell of tests/fixtures/shells (so the two agree). Then targeted cases: menus without links or
 * collapsed, unknown language, mixed languages, hostile and malformed content, the banner phrase table in every
 * language, users without a "you" mark, empty tables, `ready()`. The SellerPanel render test is at the end.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { h, render } from 'preact';
import { detectPage } from '../../utils/pages/detect';
import type { AccountRecord, FactKey, FactValues, ReadResult } from '../../utils/facts/types';
import type { Reader } from '../../utils/readers/types';
import { bannerKind, sellerAdsReader, sellerHomeReader, sellerReaders, sellerUsersReader } from '../../utils/readers/seller';
import { BANNER_PHRASES } from '../../utils/readers/labels/seller';
import { readerFor } from '../../utils/readers/registry';
import { createTranslator, type Catalog } from '../../utils/i18n';
import { DEFAULT_SETTINGS } from '../../utils/store/schema';
import { SellerPanel } from '../../components/overlay/panels/SellerPanel';
import type { PanelProps } from '../../components/overlay/panels/types';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.resolve(here, '../fixtures');

interface Expect {
  page: string | null;
  account?: string;
  facts?: Record<string, unknown>;
  unreadable?: string[];
  error?: string;
}
interface Fixture {
  file: string;
  url: string;
  lang: string;
  htmlLang: string | null;
  expect: Expect | null;
  html: string;
  sellerMenu?: { ads?: boolean };
  meta?: { sellerMenu?: { ads?: boolean } };
}
interface ServerModule {
  loadFixtures(): Fixture[];
}
interface ShellModule {
  sellerShell: {
    chrome(o: { url: URL; lang: string | null; accountName?: string | null; meta?: unknown }): { header: { html: string }; menu: { html: string } };
    layout(o: { chrome: { header: { html: string }; menu: { html: string } }; root: string }): string;
  };
}

/** The shared fixture server when present; else a minimal front-matter parse of this area's files. */
async function loadFixtures(): Promise<Fixture[]> {
  try {
    const href = pathToFileURL(path.join(FIXTURES, 'server.mjs')).href;
    const server = (await import(/* @vite-ignore */ href)) as ServerModule;
    return server.loadFixtures();
  } catch {
    const dir = path.join(FIXTURES, 'pages', 'seller');
    return readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => {
        const text = readFileSync(path.join(dir, f), 'utf8');
        const m = /^\s*<!--fixture\b([\s\S]*?)-->/.exec(text)!;
        const meta = JSON.parse(m[1]!) as { url: string; lang: string; htmlLang?: string | null; expect?: Expect; sellerMenu?: { ads?: boolean } };
        return {
          file: `pages/seller/${f}`,
          url: meta.url,
          lang: meta.lang,
          htmlLang: meta.htmlLang === null ? null : (meta.htmlLang ?? meta.lang),
          expect: meta.expect ?? null,
          html: text.slice(m.index + m[0].length).trim(),
          meta,
        };
      });
  }
}

async function loadShell(): Promise<ShellModule | null> {
  try {
    const href = pathToFileURL(path.join(FIXTURES, 'shells', 'seller.mjs')).href;
    return (await import(/* @vite-ignore */ href)) as ShellModule;
  } catch {
    return null;
  }
}

const fixtures = (await loadFixtures()).filter((f) => /(^|\/)pages\/seller\//.test(f.file));
const shell = await loadShell();

const menuAds = (fx: Fixture) => (fx.sellerMenu ?? fx.meta?.sellerMenu)?.ads !== false;

/**
 * The Seller Center left menu as the fixture shell renders it (tests/fixtures/shells/seller.mjs): `div.p-menu`
 * (role=menu) with top items `a.p-menu-item` and inline groups `div.p-menu-inline` (header + content), titles in
 * `div.p-menu-item-title-txt`, real hrefs. Marketing → Promotions / Ads; the Ads link only when `ads`.
 */
const MENU_TEXT: Record<string, Record<string, string>> = {
  en: { home: 'Home', orders: 'Orders', products: 'Products', marketing: 'Marketing', promotions: 'Promotions', ads: 'Ads', myAccount: 'My Account', users: 'User Management' },
  zh: { home: '首页', orders: '订单', products: '商品', marketing: '营销', promotions: '促销工具', ads: '店铺广告', myAccount: '我的账户', users: '用户管理' },
};
function menuHtml(url: string, lang: string | null, ads: boolean): string {
  const u = new URL(url);
  const keep = new URLSearchParams();
  for (const k of ['shop_region', 'shop_id', 'lang']) {
    const v = u.searchParams.get(k);
    if (v) keep.set(k, v);
  }
  const q = keep.toString() ? `?${keep}` : '';
  const t = MENU_TEXT[lang?.startsWith('zh') ? 'zh' : 'en']!;
  const item = (key: string, p: string, depth: number) =>
    `<a class="p-menu-item theme-arco-menu-item" href="${p}${q}" role="menuitem" style="padding-left:${depth ? 48 : 20}px"><div class="p-menu-item-title-txt">${t[key]}</div></a>`;
  const group = (key: string, children: string) =>
    `<div class="p-menu-inline theme-arco-menu-inline"><div class="p-menu-inline-header theme-arco-menu-inline-header" role="menuitem" aria-expanded="true"><div class="p-menu-item-title-txt">${t[key]}</div></div><div class="p-menu-inline-content theme-arco-menu-inline-content">${children}</div></div>`;
  return `<aside class="theme-arco-layout-sider sc-sider"><div class="p-menu theme-arco-menu theme-arco-menu-vertical" role="menu"><div class="theme-arco-menu-inner">${item('home', '/homepage', 0)}${item('orders', '/order', 0)}${item('products', '/product/manage', 0)}${group(
    'marketing',
    item('promotions', '/promotion/marketing-tools/management', 1) + (ads ? item('ads', '/ads-creation/dashboard', 1) : ''),
  )}${group('myAccount', item('users', '/account/user-management', 1))}</div></div></aside>`;
}

function makeDoc(body: string, lang: string | null): Document {
  const doc = document.implementation.createHTMLDocument('');
  if (lang) doc.documentElement.setAttribute('lang', lang);
  doc.body.innerHTML = body;
  return doc;
}

function readerOf(page: string): Reader {
  const r = sellerReaders.find((x) => (x.pages as readonly string[]).includes(page));
  if (!r) throw new Error(`no seller reader for ${page}`);
  return r;
}

function run(url: string, doc: Document): ReadResult {
  const match = detectPage(url);
  if (!match) throw new Error(`not an app page: ${url}`);
  return readerOf(match.page).read(doc, { url: new URL(url), match, now: NOW });
}

function checkAgainst(fx: Fixture, result: ReadResult): void {
  const exp = fx.expect!;
  if (exp.error) {
    // A page in a language without a label table: nothing is read, and the reader says why.
    expect(result.error, fx.file).toBe(exp.error);
    expect(result.facts, fx.file).toEqual({});
    return;
  }
  expect(result.error).toBeUndefined();
  for (const [k, v] of Object.entries(exp.facts ?? {})) {
    expect(result.facts[k as FactKey], `${fx.file}: ${k}`).toEqual(v);
    expect(result.unreadable, `${fx.file}: ${k} read but reported unreadable`).not.toContain(k);
  }
  for (const k of exp.unreadable ?? []) expect(result.unreadable, `${fx.file}: ${k} should be unreadable`).toContain(k);
}

describe('seller fixtures (menu built in the test)', () => {
  it('has fixtures of the area on at least five hosts, every page kind', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    const hosts = new Set(fixtures.map((f) => new URL(f.url).hostname));
    for (const h of ['seller-us.tiktok.com', 'seller-uk.tiktok.com', 'seller-eu.tiktok.com', 'seller-id.tokopedia.com', 'seller-vn.tiktok.com', 'seller-th.tiktok.com', 'seller-my.tiktok.com'])
      expect(hosts, h).toContain(h);
    const pages = new Set(fixtures.map((f) => f.expect?.page));
    for (const p of ['seller.ads', 'seller.ads-creation', 'seller.users', 'seller.home', 'seller.onboarding']) expect(pages, p).toContain(p);
  });

  for (const fx of fixtures) {
    it(fx.file, () => {
      const exp = fx.expect!;
      const match = detectPage(fx.url);
      expect(match?.page ?? null).toBe(exp.page);
      if (exp.account) expect(match?.account).toBe(exp.account);
      const doc = makeDoc(menuHtml(fx.url, fx.htmlLang ?? fx.lang, menuAds(fx)) + fx.html, fx.htmlLang);
      const reader = readerOf(match!.page);
      expect(reader.ready(doc)).toBe(true);
      checkAgainst(fx, run(fx.url, doc));
    });
  }
});

describe.skipIf(!shell)('seller fixtures inside the real Seller Center shell', () => {
  for (const fx of fixtures) {
    it(fx.file, () => {
      const url = new URL(fx.url);
      const chrome = shell!.sellerShell.chrome({ url, lang: fx.htmlLang ?? fx.lang, accountName: null, meta: fx.meta ?? { sellerMenu: fx.sellerMenu } });
      const doc = makeDoc(shell!.sellerShell.layout({ chrome, root: fx.html }), fx.htmlLang);
      checkAgainst(fx, run(fx.url, doc));
    });
  }

  it('shell menu without content (skeleton) is not ready; with the fragment it is', () => {
    const fx = fixtures.find((f) => f.file.endsWith('users-owner.en.html'))!;
    const url = new URL(fx.url);
    const chrome = shell!.sellerShell.chrome({ url, lang: 'en', meta: {} });
    const skeleton = '<div class="fx-skel theme-arco-skeleton" role="status" aria-busy="true"><i></i><i></i></div>';
    expect(sellerUsersReader.ready(makeDoc(shell!.sellerShell.layout({ chrome, root: skeleton }), 'en'))).toBe(false);
    expect(sellerUsersReader.ready(makeDoc(shell!.sellerShell.layout({ chrome, root: fx.html }), 'en'))).toBe(true);
  });
});

// ─────────────────────────────────────────────── targeted cases ─────────────────────────────────────────────

const ADS_URL = 'https://seller-us.tiktok.com/ads-creation/dashboard?shop_region=US&type=product&lang=en';
const USERS_URL = 'https://seller-us.tiktok.com/account/user-management?shop_region=US';
const HOME_URL = 'https://seller-us.tiktok.com/homepage?shop_region=US';

describe('the Ads entry in the menu', () => {
  const content = '<h2>Welcome</h2>';
  it('is found by link target, not by text (a renamed entry still counts)', () => {
    const menu = menuHtml(HOME_URL, 'en', true).replace('>Ads<', '>Promote your shop<');
    expect(run(HOME_URL, makeDoc(menu + content, 'en')).facts['seller.adsEntry']).toBe(true);
  });
  it('an "Ads" text without the link target does not count', () => {
    const menu = menuHtml(HOME_URL, 'en', false).replace('>Promotions<', '>Ads<');
    expect(run(HOME_URL, makeDoc(menu + content, 'en')).facts['seller.adsEntry']).toBe(false);
  });
  it('an /ads-creation/ link in the page content (not the menu) does not count', () => {
    const doc = makeDoc(menuHtml(HOME_URL, 'en', false) + '<h2>Hi</h2><a href="/ads-creation/dashboard?shop_region=US">Try Shop Ads</a>', 'en');
    expect(run(HOME_URL, doc).facts['seller.adsEntry']).toBe(false);
  });
  it('works the same in any language (zh menu)', () => {
    expect(run(HOME_URL, makeDoc(menuHtml(HOME_URL, 'zh', true) + content, 'zh')).facts['seller.adsEntry']).toBe(true);
    expect(run(HOME_URL, makeDoc(menuHtml(HOME_URL, 'zh', false) + content, 'zh')).facts['seller.adsEntry']).toBe(false);
  });
  it('no menu at all → unreadable, not false', () => {
    const r = run(HOME_URL, makeDoc(content, 'en'));
    expect(r.facts['seller.adsEntry']).toBeUndefined();
    expect(r.unreadable).toContain('seller.adsEntry');
  });
  it('a collapsed group whose children are not rendered → unreadable', () => {
    const menu = menuHtml(HOME_URL, 'en', false)
      .replace('aria-expanded="true"><div class="p-menu-item-title-txt">Marketing', 'aria-expanded="false"><div class="p-menu-item-title-txt">Marketing')
      .replace(/<a [^>]*promotion[^>]*>.*?<\/a>/, '');
    const r = run(HOME_URL, makeDoc(menu + content, 'en'));
    expect(r.unreadable).toContain('seller.adsEntry');
  });
  it('a group whose content is not rendered (collapsed, lazy) → unreadable', () => {
    const menu = menuHtml(HOME_URL, 'en', false).replace(/<div class="p-menu-inline-content[^"]*">.*?<\/a><\/div>/, '');
    expect(menu).not.toContain('Promotions');
    const r = run(HOME_URL, makeDoc(menu + content, 'en'));
    expect(r.unreadable).toContain('seller.adsEntry');
  });
  it('a menu without link targets falls back to the item titles of every language', () => {
    const m = (ads: boolean) =>
      `<div class="p-menu" role="menu"><div class="p-menu-item"><div class="p-menu-item-title-txt">首页</div></div><div class="p-menu-item"><div class="p-menu-item-title-txt">营销</div></div>${ads ? '<div class="p-menu-item"><div class="p-menu-item-title-txt">店铺广告</div></div>' : ''}</div>`;
    expect(run(HOME_URL, makeDoc(m(true) + content, 'en')).facts['seller.adsEntry']).toBe(true);
    expect(run(HOME_URL, makeDoc(m(false) + content, 'en')).facts['seller.adsEntry']).toBe(false);
  });
});

describe('languages', () => {
  it('unknown language, nothing matched → no facts, error no-label-table', () => {
    const doc = makeDoc(menuHtml(ADS_URL, 'en', true) + '<h2>샵 광고</h2><div class="arco-alert arco-alert-error">알 수 없는 오류</div>', 'ko');
    const url = 'https://seller-us.tiktok.com/ads-creation/dashboard?shop_region=US&lang=ko';
    const r = run(url, doc);
    expect(r.error).toBe('no-label-table');
    expect(r.facts).toEqual({});
    expect(r.lang).toBeNull();
  });
  it('unknown declared language but labels of a known one → reads with that table', () => {
    const doc = makeDoc(menuHtml(USERS_URL, 'en', true) + '<table><thead><tr><th>Name</th><th>Role</th></tr></thead><tbody><tr><td>Kim (You)</td><td>Ads manager</td></tr></tbody></table>', 'ko');
    const r = run(USERS_URL, doc);
    expect(r.error).toBeUndefined();
    expect(r.lang).toBe('en');
    expect(r.facts['seller.roles']).toEqual(['ads-manager']);
  });
  it('a declared language the seller tables do not cover, nothing matched → no-label-table', () => {
    const url = 'https://seller-my.tiktok.com/homepage?shop_region=MY&lang=ms';
    const r = run(url, makeDoc(menuHtml(url, 'en', true) + '<h2>Selamat datang kembali</h2>', 'ms'));
    expect(r.error).toBe('no-label-table');
    expect(r.facts).toEqual({});
  });
  it('no declared language: dates and amounts follow the language of the labels found', () => {
    const url = 'https://seller-id.tokopedia.com/ads-creation/dashboard?shop_region=ID';
    const html = '<h2>Iklan</h2><a class="theme-arco-btn" href="/ads-creation/creation">Buat kampanye</a><table><thead><tr><th>Nama kampanye</th><th>Anggaran harian</th><th>Jadwal</th></tr></thead><tbody><tr><td>A</td><td>Rp 250.000</td><td>05/11/2026 - 09/11/2026</td></tr></tbody></table>';
    const r = run(url, makeDoc(menuHtml(url, null, true) + html, null));
    expect(r.lang).toBe('id');
    expect(r.facts['seller.campaigns']).toEqual([{ name: 'A', budget: { amount: '250000', currency: 'IDR' }, budgetPeriod: 'daily', scheduleStart: '2026-11-05', scheduleEnd: '2026-11-09' }]);
  });
  it('no declared language: the language comes from the labels found', () => {
    const fx = fixtures.find((f) => f.file.endsWith('users-ads-manager.id.html'))!;
    const r = run(fx.url, makeDoc(menuHtml(fx.url, null, true) + fx.html, null));
    expect(r.lang).toBe('id');
  });
  it('a known language with nothing recognised reports the fields unreadable (the page changed)', () => {
    const r = run(ADS_URL, makeDoc(menuHtml(ADS_URL, 'en', true) + '<h2>Something new</h2><div class="x">Totally redesigned</div>', 'en'));
    expect(r.error).toBeUndefined();
    expect(r.unreadable).toEqual(expect.arrayContaining(['seller.setupSteps', 'seller.adAccount', 'seller.errorBanner']));
    expect(r.facts['seller.adsEntry']).toBe(true);
  });
});

describe('error banners', () => {
  const kinds = Object.keys(BANNER_PHRASES) as (keyof typeof BANNER_PHRASES)[];
  for (const kind of kinds) {
    for (const lang of ['en', 'it', 'id', 'fr', 'es', 'de', 'pt', 'ja', 'vi', 'th', 'zh'] as const) {
      it(`${kind} in ${lang}: every phrase of the table is recognised as that kind`, () => {
        const phrases = BANNER_PHRASES[kind][lang] ?? [];
        expect(phrases.length).toBeGreaterThan(0);
        for (const p of phrases) expect(bannerKind(`  ${p.toUpperCase()} — Learn more`)?.kind, p).toBe(kind);
      });
    }
  }

  it('typographic apostrophes and full-width brackets still match', () => {
    expect(bannerKind('This shop hasn’t completed the product selling process')?.kind).toBe('onboarding');
  });

  it('an unknown error banner is kept verbatim as kind unknown; info alerts are not errors', () => {
    const body = `${menuHtml(ADS_URL, 'en', true)}<h2>Shop Ads</h2>
      <div class="theme-arco-alert theme-arco-alert-info" role="alert"><div class="theme-arco-alert-content">Tip: GMV Max is the only campaign type.</div></div>
      <div class="theme-arco-alert theme-arco-alert-error"><div class="theme-arco-alert-content">Error 5001: quota   exceeded</div><button>Close</button></div>`;
    const r = run(ADS_URL, makeDoc(body, 'en'));
    expect(r.facts['seller.errorBanner']).toEqual({ kind: 'unknown', text: 'Error 5001: quota exceeded' });
  });

  it('a known banner wins over an unknown one; an info alert alone gives null', () => {
    const both = `${menuHtml(ADS_URL, 'en', true)}<h2>Shop Ads</h2><div class="arco-alert arco-alert-error">Oops</div><div class="arco-alert arco-alert-warning">${BANNER_PHRASES['bc-admin'].en![0]}</div>`;
    expect(run(ADS_URL, makeDoc(both, 'en')).facts['seller.errorBanner']?.kind).toBe('bc-admin');
    const info = `${menuHtml(ADS_URL, 'en', true)}<h2>Shop Ads</h2><a class="theme-arco-btn" href="/ads-creation/creation">Create campaign</a><div class="arco-alert arco-alert-info">All good</div>`;
    expect(run(ADS_URL, makeDoc(info, 'en')).facts['seller.errorBanner']).toBeNull();
  });

  it('hostile banner text stays text (markup-looking text is not parsed, scripts are ignored)', () => {
    const hostile = '&lt;img src=x onerror=alert(1)&gt; This shop is already bound to another Business Center';
    const body = `${menuHtml(ADS_URL, 'en', true)}<h2>Shop Ads</h2><div class="arco-alert arco-alert-error"><script>window.__x=1</script>${hostile}</div>`;
    const r = run(ADS_URL, makeDoc(body, 'en'));
    expect(r.facts['seller.errorBanner']).toEqual({ kind: 'bc-bound-elsewhere', text: '<img src=x onerror=alert(1)> This shop is already bound to another Business Center' });
    expect(r.facts['seller.bcBinding']).toBe('other');
  });

  it('a very long unknown banner is truncated, not dropped', () => {
    const long = 'x'.repeat(5000);
    const body = `${menuHtml(ADS_URL, 'en', true)}<h2>Shop Ads</h2><div class="arco-alert arco-alert-error">${long}</div>`;
    const b = run(ADS_URL, makeDoc(body, 'en')).facts['seller.errorBanner'];
    expect(b?.kind).toBe('unknown');
    expect(b?.text.length).toBe(500);
  });
});

describe('ads dashboard details', () => {
  const table = (rows: string) =>
    `<div class="arco-table"><table><thead><tr><th class="arco-table-th">Campaign name</th><th class="arco-table-th">Bid strategy</th><th class="arco-table-th">Budget</th><th class="arco-table-th">Schedule</th></tr></thead><tbody>${rows}</tbody></table></div>`;
  const head = `${menuHtml(ADS_URL, 'en', true)}<h2>Shop Ads</h2><a class="theme-arco-btn" href="/ads-creation/creation?shop_region=US">Create campaign</a>`;

  it('an empty campaign table → [] ; no table while set-up is done → campaigns unreadable', () => {
    expect(run(ADS_URL, makeDoc(head + table(''), 'en')).facts['seller.campaigns']).toEqual([]);
    const r = run(ADS_URL, makeDoc(head, 'en'));
    expect(r.unreadable).toContain('seller.campaigns');
    expect(r.facts['seller.setupSteps']).toEqual({ businessCenter: 'done', adAccount: 'done', tiktokAccount: 'done' });
  });

  it('unparseable money and dates are left out, not guessed; odd strategies are "other"', () => {
    const rows = '<tr class="arco-table-tr"><td>Odd one</td><td>Something new</td><td>lots of money</td><td>soon-ish</td></tr>';
    const c = run(ADS_URL, makeDoc(head + table(rows), 'en')).facts['seller.campaigns'];
    expect(c).toEqual([{ name: 'Odd one', bidStrategy: 'other' }]);
  });

  it('budget period from the cell ("/day"), lifetime budgets, shop currency from the region', () => {
    const rows =
      '<tr class="arco-table-tr"><td>A</td><td>Cost cap</td><td>$60.00/day</td><td>2026-11-01 ~ 2026-11-03</td></tr>' +
      '<tr class="arco-table-tr"><td>B</td><td>Max delivery</td><td>Lifetime: 900.00</td><td>2026-11-01 - 2026-11-30</td></tr>';
    const c = run(ADS_URL, makeDoc(head + table(rows), 'en')).facts['seller.campaigns'];
    expect(c).toEqual([
      { name: 'A', bidStrategy: 'cost-cap', budget: { amount: '60.00', currency: 'USD' }, budgetPeriod: 'daily', scheduleStart: '2026-11-01', scheduleEnd: '2026-11-03' },
      { name: 'B', bidStrategy: 'max-delivery', budget: { amount: '900.00', currency: 'USD' }, budgetPeriod: 'lifetime', scheduleStart: '2026-11-01', scheduleEnd: '2026-11-30' },
    ]);
  });

  it('set-up step states from checkboxes; a step without any state is left out', () => {
    const body = `${menuHtml(ADS_URL, 'en', true)}<h2>Shop Ads</h2><ul>
      <li><input type="checkbox" checked> <span>Connect Business Center</span></li>
      <li><input type="checkbox"> <span>Link Ads Manager account</span></li>
      <li><span>Connect TikTok account</span></li></ul>`;
    const r = run(ADS_URL, makeDoc(body, 'en'));
    expect(r.facts['seller.setupSteps']).toEqual({ businessCenter: 'done', adAccount: 'todo' });
    expect(r.facts['seller.adAccount']).toBeNull();
  });

  it('ads-creation page without an error → errorBanner null', () => {
    const url = 'https://seller-us.tiktok.com/ads-creation/creation?shop_region=US&lang=en';
    const r = run(url, makeDoc(menuHtml(url, 'en', true) + '<h2>Create GMV Max campaign</h2><form><label>Campaign name</label><input></form>', 'en'));
    expect(r.facts).toEqual({ 'seller.adsEntry': true, 'seller.errorBanner': null });
  });
});

describe('users page', () => {
  const tbl = (rows: string) =>
    `<div class="theme-arco-table"><table><thead><tr><th>Name</th><th>Email</th><th>Role</th></tr></thead><tbody>${rows}</tbody></table></div>`;
  it('no "you" mark and no signed-in e-mail → roles unreadable', () => {
    const r = run(USERS_URL, makeDoc(menuHtml(USERS_URL, 'en', true) + tbl('<tr><td>A</td><td>a@x.example</td><td>Shop owner</td></tr><tr><td>B</td><td>b@x.example</td><td>Ads manager</td></tr>'), 'en'));
    expect(r.facts['seller.roles']).toBeUndefined();
    expect(r.unreadable).toContain('seller.roles');
  });
  it('two rows marked "you" → unreadable (ambiguous, never guessed)', () => {
    const r = run(USERS_URL, makeDoc(menuHtml(USERS_URL, 'en', true) + tbl('<tr><td>A (You)</td><td>a@x.example</td><td>Shop owner</td></tr><tr><td>B (You)</td><td>b@x.example</td><td>Ads manager</td></tr>'), 'en'));
    expect(r.unreadable).toContain('seller.roles');
  });
  it('the signed-in e-mail shown in the header names the row', () => {
    const body = `<header><span class="account-email">b@x.example</span></header>${menuHtml(USERS_URL, 'en', true)}${tbl('<tr><td>A</td><td>a@x.example</td><td>Shop owner</td></tr><tr><td>B</td><td>b@x.example</td><td>Marketing specialist, Affiliate manager</td></tr>')}`;
    expect(run(USERS_URL, makeDoc(body, 'en')).facts['seller.roles']).toEqual(['marketing', 'affiliate']);
  });
  it('an unknown role name is "other"', () => {
    const r = run(USERS_URL, makeDoc(menuHtml(USERS_URL, 'en', true) + tbl('<tr><td>A (You)</td><td>a@x.example</td><td>Live host</td></tr>'), 'en'));
    expect(r.facts['seller.roles']).toEqual(['other']);
  });
});

describe('home / onboarding', () => {
  it('home page without onboarding tasks reports nothing about onboarding (not unreadable)', () => {
    const r = run(HOME_URL, makeDoc(menuHtml(HOME_URL, 'en', true) + '<h2>Welcome back</h2>', 'en'));
    expect(r.facts['seller.onboarding']).toBeUndefined();
    expect(r.unreadable).not.toContain('seller.onboarding');
  });
  it('the onboarding page without tasks → unreadable', () => {
    const url = 'https://seller-us.tiktok.com/settle/verification?is_new_connect=0&shop_region=US';
    const r = sellerHomeReader.read(makeDoc(menuHtml(url, 'en', true) + '<h2>Verify</h2>', 'en'), { url: new URL(url), match: detectPage(url)!, now: NOW });
    expect(r.unreadable).toEqual(expect.arrayContaining(['seller.onboarding', 'seller.canSell']));
  });
  it('some tasks done, none to do, others not shown → canSell unreadable', () => {
    const body = `${menuHtml(HOME_URL, 'en', true)}<h2>Setup</h2><ul><li class="task is-done"><span>Business verification</span></li><li class="task is-done"><span>Bank account</span></li></ul>`;
    const r = run(HOME_URL, makeDoc(body, 'en'));
    expect(r.facts['seller.onboarding']).toEqual({ verification: 'done', bankAccount: 'done' });
    expect(r.unreadable).toContain('seller.canSell');
  });
});

describe('robustness', () => {
  const docs: [string, string][] = [
    ['empty body', ''],
    ['text only', 'hello'],
    ['unclosed tags', '<div class="arco-alert arco-alert-error"><span>Broken <b>markup'],
    ['deep nesting', '<div>'.repeat(400) + 'Connect Business Center' + '</div>'.repeat(400)],
    ['table without rows', '<table><thead><tr><th>Campaign name</th></tr></thead></table>'],
    ['table with ragged rows', '<table><thead><tr><th>Campaign name</th><th>Budget</th><th>Schedule</th></tr></thead><tbody><tr><td>x</td></tr><tr></tr></tbody></table>'],
    ['hostile attributes', '<a href="javascript:alert(1)" class="p-menu-item">x</a><div role="menu"><a href="https://evil.example/ads-creation/">Ads</a><a href="//evil.example/x">y</a></div>'],
  ];
  for (const [label, html] of docs) {
    for (const r of sellerReaders) {
      for (const page of r.pages) {
        it(`${label} on ${page} does not throw`, () => {
          const url = page === 'seller.users' ? USERS_URL : page === 'seller.home' ? HOME_URL : page === 'seller.onboarding' ? 'https://seller-us.tiktok.com/settle/verification?shop_region=US' : page === 'seller.ads-creation' ? 'https://seller-us.tiktok.com/ads-creation/creation?shop_region=US' : ADS_URL;
          const doc = makeDoc(html, 'en');
          expect(() => r.ready(doc)).not.toThrow();
          const res = r.read(doc, { url: new URL(url), match: detectPage(url)!, now: NOW });
          expect(res.page).toBe(page);
          expect(res.facts['seller.adsEntry']).not.toBe(true); // off-site links never count
        });
      }
    }
  }
});

describe('wiring and data hygiene', () => {
  it('the registry hands every seller page to its seller reader', () => {
    expect(readerFor('seller.ads')).toBe(sellerAdsReader);
    expect(readerFor('seller.ads-creation')).toBe(sellerAdsReader);
    expect(readerFor('seller.users')).toBe(sellerUsersReader);
    expect(readerFor('seller.home')).toBe(sellerHomeReader);
    expect(readerFor('seller.onboarding')).toBe(sellerHomeReader);
  });
  it('every label line of the seller tables is tagged [C] or [I]', () => {
    const src = readFileSync(path.resolve(here, '../../utils/readers/labels/seller.ts'), 'utf8');
    const untagged = src
      .split('\n')
      .filter((l) => /^\s*(?:'[\w-]+'|\w+):\s*\[/.test(l) && !/\/\/ \[(C|I)/.test(l));
    expect(untagged).toEqual([]);
  });
});

// ─────────────────────────────────────────────── SellerPanel ────────────────────────────────────────────────

/** Panel keys (docs/messages.seller.en.json) merged over every other English catalogue present (rules, checklists, UI). */
const ROOT = path.resolve(here, '../..');
const mine = JSON.parse(readFileSync(path.join(ROOT, 'docs/messages.seller.en.json'), 'utf8')) as Catalog;
const others: Catalog = {};
for (const f of [
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((n) => /\.en\.json$/.test(n) && n !== 'messages.seller.en.json')
    .map((n) => path.join(ROOT, 'docs', n)),
  path.join(ROOT, 'public/i18n/en.json'),
]) {
  try {
    Object.assign(others, JSON.parse(readFileSync(f, 'utf8')) as Catalog);
  } catch {
    /* not there yet */
  }
}
const messages: Catalog = { ...others, ...mine };

function record(key: string, facts: Partial<FactValues>, ticks?: Record<string, boolean>): AccountRecord {
  const f: AccountRecord['facts'] = {};
  for (const [k, v] of Object.entries(facts)) (f as Record<string, unknown>)[k] = { key: k, value: v, page: 'seller.ads', readAt: NOW - 60_000, source: 'page' };
  return { key, site: 'seller', name: null, lastSeen: NOW, facts: f, ...(ticks ? { ticks } : {}) };
}

function renderPanel(url: string, facts: Partial<FactValues>, opts: { ticks?: Record<string, boolean>; result?: ReadResult | null } = {}) {
  const match = detectPage(url)!;
  const host = document.createElement('div');
  document.body.append(host);
  const ticks: [string, boolean | null][] = [];
  const props: PanelProps = {
    tr: createTranslator('en', messages),
    match,
    result: opts.result ?? null,
    record: record(match.account ?? 'seller:x:US', facts, opts.ticks),
    summary: null,
    settings: DEFAULT_SETTINGS,
    now: NOW,
    onTick: (id, v) => ticks.push([id, v]),
  };
  render(h(SellerPanel, props), host);
  return { host, ticks };
}

describe('SellerPanel', () => {
  it('shows the top cause with its fix and who, the other causes ranked, and checklist A ticked from the page', () => {
    const { host } = renderPanel(USERS_URL, { 'seller.adsEntry': false, 'seller.roles': ['customer-service'] });
    const diag = host.querySelector('[data-testid="seller-diagnosis"]')!;
    expect(diag).not.toBeNull();
    const top = diag.querySelector('[data-testid="top-cause"]')!;
    expect(top.getAttribute('data-cause')).toBe('role');
    expect(top.textContent).toContain(messages['cause.role.title'] ?? 'cause.role.title');
    expect(top.querySelectorAll('ol li').length).toBeGreaterThan(0);
    expect(top.textContent).toContain(messages['who.shopOwner'] ?? 'who.shopOwner');
    const list = host.querySelector('[data-testid="shop-ads-checklist"]')!;
    expect(list.getAttribute('data-scenario')).toBe('A');
    const role = list.querySelector('li[data-item="shopads.role"]')!;
    expect(role.getAttribute('data-state')).toBe('todo');
    expect((role.querySelector('input[type=checkbox]') as HTMLInputElement).checked).toBe(false);
    // every panel key used resolves in docs/messages.seller.en.json (no raw keys on screen)
    expect(host.textContent).not.toMatch(/panel\.seller\./);
  });

  it('stale menu cache: role allowed, entry missing', () => {
    const { host } = renderPanel(USERS_URL, { 'seller.adsEntry': false, 'seller.roles': ['admin'] });
    expect(host.querySelector('[data-testid="top-cause"]')!.getAttribute('data-cause')).toBe('stale-menu-cache');
  });

  it('nothing read → "we could not tell" with the one page to open, checklist B (no shop seen)', () => {
    const { host } = renderPanel(HOME_URL, {});
    const diag = host.querySelector('[data-testid="seller-diagnosis"]')!;
    expect(diag.querySelector('[data-testid="top-cause"]')).toBeNull();
    expect(diag.querySelector('[data-testid="could-not-tell"]')).not.toBeNull();
    expect(diag.querySelector('[data-testid="could-not-tell"] a')?.getAttribute('href')).toMatch(/^https:\/\/seller-us\.tiktok\.com\//);
    expect(host.querySelector('[data-testid="shop-ads-checklist"]')!.getAttribute('data-scenario')).toBe('B');
  });

  it('GMV Max is current; legacy items carry their date; hints show their evidence', () => {
    const fx = fixtures.find((f) => f.file.endsWith('ads-hints.en.html'))!;
    const r = run(fx.url, makeDoc(menuHtml(fx.url, 'en', true) + fx.html, 'en'));
    const { host } = renderPanel(fx.url, r.facts, { result: r });
    const list = host.querySelector('[data-testid="shop-ads-checklist"]')!;
    expect(list.querySelector('li[data-item="shopads.gmv-max"]')!.getAttribute('data-state')).toBe('done');
    const legacy = list.querySelector('li[data-item="shopads.legacy-live"]')!;
    expect(legacy.getAttribute('data-legacy')).toBe('2025-07-01');
    expect(legacy.textContent).toContain('2025');
    const hints = host.querySelector('[data-testid="campaign-hints"]')!;
    const ids = Array.from(hints.querySelectorAll('[data-hint]')).map((e) => e.getAttribute('data-hint'));
    expect(ids).toEqual(expect.arrayContaining(['cost-cap-low-bid', 'schedule-too-short', 'live-schedule', 'budget-below-minimum']));
    expect(hints.textContent).toContain('Holiday Cost Cap');
    expect(hints.querySelector('dl.adr-kv')).not.toBeNull();
  });

  it('a healthy GMV Max shop: no cause, no hint', () => {
    const fx = fixtures.find((f) => f.file.endsWith('ads-healthy-gmvmax.en.html'))!;
    const r = run(fx.url, makeDoc(menuHtml(fx.url, 'en', true) + fx.html, 'en'));
    const { host } = renderPanel(fx.url, { ...r.facts, 'seller.roles': ['owner'], 'seller.onboarding': { verification: 'done', bankAccount: 'done', addresses: 'done', productLive: 'done' }, 'seller.canSell': true });
    expect(host.querySelector('[data-testid="top-cause"]')).toBeNull();
    expect(host.querySelector('[data-testid="seller-diagnosis"]')!.getAttribute('data-scenario')).toBe('ok');
    expect(host.querySelector('[data-testid="campaign-hints"] [data-hint]')).toBeNull();
  });

  it('the banner text is shown as text; ticking an unknown item reports the tick', () => {
    const hostile = '<img src=x onerror=alert(1)> weird failure';
    const { host, ticks } = renderPanel(ADS_URL, { 'seller.adsEntry': true, 'seller.errorBanner': { kind: 'unknown', text: hostile } });
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain(hostile);
    const unknownItem = host.querySelector('[data-testid="shop-ads-checklist"] li[data-state="unknown"] input') as HTMLInputElement;
    unknownItem.click();
    expect(ticks.length).toBe(1);
    expect(ticks[0]![1]).toBe(true);
  });

  it('renders on every seller page of the fixtures without throwing', () => {
    for (const fx of fixtures) {
      const r = run(fx.url, makeDoc(menuHtml(fx.url, fx.htmlLang ?? fx.lang, menuAds(fx)) + fx.html, fx.htmlLang));
      const { host } = renderPanel(fx.url, r.facts, { result: r });
      expect(host.querySelector('[data-testid="seller-diagnosis"]'), fx.file).not.toBeNull();
    }
  });
});
