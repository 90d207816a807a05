/**
 * Language-proof readers: the same page state yields the same facts in every language AdReady reads (en, it, id,
 * fr, es, de, pt-BR, ja, vi, th, zh-CN), whatever the markup.
 *
 * Table-driven over the LANGUAGE SETS (tests/fixtures/pages/<area>/lang-*, written by
 * tests/fixtures/pages/account/_generate/languages.mjs from one state per page, never from reader output):
 *   - every language's fixture is read (as the bare fragment and inside its site shell) into exactly the same
 *     facts — deep-equal across languages once the texts a UI localises are set aside (country and time-zone
 *     names, ad-account and campaign names) — and into the facts its `expect` lists;
 *   - a page in a language without a label table (Korean), in every layout of the set, yields NO facts and says
 *     so (`no-label-table`), never a wrong value;
 *   - a page mixing two languages (the stored -mixed fixture, and every language mixed with another one here)
 *     still reads the same facts.
 * Plus: the label tables cover all eleven languages and every entry is tagged [C] or [I]; the onboarding tasks
 * of the base fixtures (Arco steps / table / list shapes) are read in full; readiness is structural.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { detectPage } from '../../utils/pages/detect';
import type { FactKey, ReadResult } from '../../utils/facts/types';
import { readerFor } from '../../utils/readers/registry';
import { READER_LANGS } from '../../utils/readers/lang';
import * as ACCOUNT_LABELS from '../../utils/readers/labels/account';
import * as SELLER_LABELS from '../../utils/readers/labels/seller';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.resolve(here, '../fixtures');
const NOW = Date.parse('2026-12-01T10:00:00Z');
const LANGS = [...READER_LANGS];

interface Expect {
  page: string | null;
  account?: string;
  name?: string;
  facts?: Record<string, unknown>;
  unreadable?: string[];
  error?: string;
  lang?: string | null;
}
interface Fixture {
  file: string | null;
  url: string;
  lang: string;
  htmlLang: string | null;
  expect: Expect | null;
  html: string;
  meta: Record<string, unknown>;
}
interface Server {
  loadFixtures(): Fixture[];
  parseFixture(text: string, file?: string): Fixture;
  renderDocument(fx: Fixture): string;
}
type Render = (lang: string, o?: Record<string, unknown>) => string;
interface Generator {
  LANGS: string[];
  TAG: Record<string, string>;
  SETUP: Record<string, { layout: string; f: Record<string, string>; approved: string }>;
  MEMBERS: Record<string, { layout: string; admin: string; standard: string; manager: string; analyst: string }>;
  ADS: Record<string, { layout: string; cols: Record<string, string>; active: string; roiTarget: string; maxRev: string }>;
  HOME: Record<string, { layout: string; tasks: string[] }>;
  setupHtml: Render;
  membersHtml: Render;
  adsHtml: Render;
  homeHtml: Render;
}

const load = async <T,>(rel: string): Promise<T> => (await import(/* @vite-ignore */ pathToFileURL(path.join(FIXTURES, rel)).href)) as T;
const server = await load<Server>('server.mjs');
const gen = await load<Generator>('pages/account/_generate/languages.mjs');
const all = server.loadFixtures();

// ───────────── reading a fixture as e2e does (inside its shell) and as the bare fragment ─────────────

function shellDoc(fx: Fixture): Document {
  const doc = new DOMParser().parseFromString(server.renderDocument(fx), 'text/html');
  doc.querySelector('[data-fx-root]')!.innerHTML = fx.html;
  return doc;
}

function fragmentDoc(fx: Fixture): Document {
  const doc = document.implementation.createHTMLDocument('');
  if (fx.htmlLang) doc.documentElement.setAttribute('lang', fx.htmlLang);
  doc.body.innerHTML = fx.html;
  return doc;
}

function read(fx: Fixture, doc: Document): ReadResult {
  const match = detectPage(fx.url);
  if (!match) throw new Error(`not an app page: ${fx.url}`);
  const reader = readerFor(match.page);
  expect(reader.ready(doc), `${fx.file ?? fx.url}: ready`).toBe(true);
  return reader.read(doc, { url: new URL(fx.url), match, now: NOW });
}

/** A fixture built here (mixed or unknown-language variants of a set's page), served like a stored one. */
function synthetic(base: Fixture, html: string, o: { lang?: string; htmlLang?: string; url?: string } = {}): Fixture {
  const meta = { ...base.meta, url: o.url ?? base.url, lang: o.lang ?? base.lang, htmlLang: o.htmlLang ?? o.lang ?? base.htmlLang };
  return server.parseFixture(`<!--fixture ${JSON.stringify(meta)} -->${html}`, `${base.file}#synthetic`);
}

// ───────────── the key pages ─────────────

interface KeyPage {
  page: string;
  /** pages/<area>/lang-<state> */
  set: string;
  /** Facts whose values a UI localises (names): left out of the cross-language comparison, checked per file. */
  localised: (facts: Record<string, unknown>) => Record<string, unknown>;
  render: Render;
  /** Layouts the set uses (each is rendered in Korean too). */
  layouts: () => string[];
  /** Options that put the words of `other` into `lang`'s page (a page mixing two languages). */
  mix: (lang: string, other: string) => Record<string, unknown>;
  /** Facts read from the site's chrome (the Seller Center left menu): not in a bare fragment. */
  chrome: string[];
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

const KEY_PAGES: KeyPage[] = [
  {
    page: 'ads.account-setup',
    chrome: [],
    set: 'pages/account/lang-setup-approved',
    localised: (f) => {
      const o = clone(f);
      delete o['account.timezone'];
      delete o['account.billingCountry'];
      return o;
    },
    render: gen.setupHtml,
    layouts: () => [...new Set(Object.values(gen.SETUP).map((t) => t.layout))],
    mix: (lang, other) => {
      const f = gen.SETUP[other]!.f;
      return { labels: { company: f.company, website: f.website, address: f.address, industry: f.industry, tax: f.tax, tz: f.tz }, approved: gen.SETUP[other]!.approved };
    },
  },
  {
    page: 'bc.members',
    chrome: [],
    set: 'pages/bc/lang-members-admin-manager',
    localised: (f) => clone(f),
    render: gen.membersHtml,
    layouts: () => [...new Set(Object.values(gen.MEMBERS).map((t) => t.layout))],
    mix: (_lang, other) => {
      const t = gen.MEMBERS[other]!;
      return { words: { admin: t.admin, standard: t.standard, manager: t.manager, analyst: t.analyst } };
    },
  },
  {
    page: 'seller.ads',
    chrome: ['seller.adsEntry'],
    set: 'pages/seller/lang-ads-gmvmax',
    localised: (f) => {
      const o = clone(f) as Record<string, { name?: string }[] | { name?: string }>;
      const acct = o['seller.adAccount'] as { name?: string } | undefined;
      if (acct) delete acct.name;
      for (const c of (o['seller.campaigns'] as { name?: string }[] | undefined) ?? []) delete c.name;
      return o;
    },
    render: gen.adsHtml,
    layouts: () => [...new Set(Object.values(gen.ADS).map((t) => t.layout))],
    mix: (lang, other) => {
      const o = gen.ADS[other]!;
      // The campaign table of `other`, in the layout of `lang` (a combined Bid / ROI column only in 'plain'). The
      // budget header stays `lang`'s: some layouts say "daily" in the header, others in the cell.
      const mine = gen.ADS[lang]!.cols;
      const cols = { ...o.cols, bidOrRoi: o.cols.bidOrRoi ?? mine.bidOrRoi, budget: mine.budget };
      return { words: { active: o.active, roiTarget: o.roiTarget, maxRev: o.maxRev }, cols };
    },
  },
  {
    page: 'seller.home',
    chrome: ['seller.adsEntry'],
    set: 'pages/seller/lang-home-no-ads',
    localised: (f) => clone(f),
    render: gen.homeHtml,
    layouts: () => [...new Set(Object.values(gen.HOME).map((t) => t.layout))],
    mix: (_lang, other) => ({ words: { tasks: gen.HOME[other]!.tasks } }),
  },
];

function setFixture(k: KeyPage, lang: string, variant = ''): Fixture {
  const f = all.find((x) => x.file === `${k.set}${variant}.${lang}.html`);
  if (!f) throw new Error(`missing fixture ${k.set}${variant}.${lang}.html`);
  return f;
}

/** Markup without its texts: what stays the same when only the language changes. */
function shape(html: string): string {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = html;
  return Array.from(doc.body.querySelectorAll('*'))
    .map((el) => `${el.tagName}.${(el.getAttribute('class') ?? '').replace(/\d+/g, '')}[${el.getAttribute('role') ?? ''}]`)
    .join(' ');
}

describe.each(KEY_PAGES.map((k) => [k.page, k] as const))('%s: the language set', (_page, k) => {
  const fixtures = LANGS.map((l) => setFixture(k, l));

  it('has one fixture per language, each declaring its language, at distinct URLs', () => {
    expect(fixtures.map((f) => f.lang)).toEqual(LANGS);
    for (const f of fixtures) {
      expect(f.expect?.page, f.file!).toBe(k.page);
      expect(detectPage(f.url)?.page, f.file!).toBe(k.page);
      expect(f.htmlLang, f.file!).toBe(gen.TAG[f.lang] ?? f.lang);
    }
    expect(new Set(fixtures.map((f) => f.url)).size).toBe(LANGS.length);
  });

  it('varies the markup: at least three layouts across the languages', () => {
    expect(new Set(fixtures.map((f) => shape(f.html))).size).toBeGreaterThanOrEqual(3);
    expect(k.layouts().length).toBeGreaterThanOrEqual(3);
  });

  it('states one state: the expected facts are the same in every language (localised names aside)', () => {
    const ref = k.localised(fixtures[0]!.expect!.facts!);
    expect(Object.keys(ref).length).toBeGreaterThan(0);
    for (const f of fixtures) expect(k.localised(f.expect!.facts!), f.file!).toEqual(ref);
  });

  describe.each(['shell', 'fragment'] as const)('read %s', (how) => {
    let memo: { f: Fixture; r: ReadResult }[] | null = null;
    const results = () => (memo ??= fixtures.map((f) => ({ f, r: read(f, how === 'shell' ? shellDoc(f) : fragmentDoc(f)) })));

    // A bare fragment has no site chrome: facts read from the menu are not there (and say so).
    const skip = how === 'fragment' ? k.chrome : [];

    it.each(fixtures.map((f, i) => [f.lang, i] as const))('%s: reads what the page shows', (_l, i) => {
      const { f, r } = results()[i]!;
      expect(r.error).toBeUndefined();
      for (const [key, v] of Object.entries(f.expect!.facts ?? {})) if (!skip.includes(key)) expect(r.facts[key as FactKey], `${f.file}: ${key}`).toEqual(v);
      expect(r.unreadable, f.file!).toEqual(skip);
    });

    it('every language yields exactly the same facts (localised names aside)', () => {
      const ref = k.localised(results()[0]!.r.facts as Record<string, unknown>);
      for (const { f, r } of results()) expect(k.localised(r.facts as Record<string, unknown>), f.file!).toEqual(ref);
    });
  });

  it('a page in a language without a label table (Korean) yields no facts, in every layout of the set', () => {
    const stored = setFixture(k, 'ko');
    expect(stored.expect?.error).toBe('no-label-table');
    const pages = [stored, ...k.layouts().map((layout) => synthetic(stored, k.render('ko', { layout, words: { layout } })))];
    for (const fx of pages) {
      for (const doc of [shellDoc(fx), fragmentDoc(fx)]) {
        const r = read(fx, doc);
        expect(r.error, fx.file!).toBe('no-label-table');
        expect(r.facts, fx.file!).toEqual({});
      }
    }
  });

  /** Reads `fx` inside its shell and as the bare fragment; `want` are the facts to find (chrome facts only in the shell). */
  function readsAs(fx: Fixture, want: Record<string, unknown>): void {
    for (const [how, doc] of [['shell', shellDoc(fx)], ['fragment', fragmentDoc(fx)]] as const) {
      const r = read(fx, doc);
      const skip = how === 'fragment' ? k.chrome : [];
      const got = k.localised(r.facts as Record<string, unknown>);
      const exp = k.localised(want);
      for (const key of skip) delete exp[key];
      expect(r.error, `${fx.file} (${how})`).toBeUndefined();
      expect(got, `${fx.file} (${how})`).toEqual(exp);
      expect(r.unreadable, `${fx.file} (${how})`).toEqual(skip);
    }
  }

  it('a page mixing two languages still reads (the stored mixed page)', () => {
    const mixed = all.find((f) => f.file?.startsWith(`${k.set}-mixed.`));
    expect(mixed, `${k.set}-mixed.*.html`).toBeDefined();
    expect(k.localised(mixed!.expect!.facts!)).toEqual(k.localised(fixtures[0]!.expect!.facts!));
    readsAs(mixed!, mixed!.expect!.facts!);
  });

  it.each(LANGS.map((l, i) => [l, LANGS[(i + 3) % LANGS.length]!] as const))(
    'a %s page showing part of its words in %s still reads the same facts',
    (lang, other) => {
      const base = setFixture(k, lang);
      const fx = synthetic(base, k.render(lang, k.mix(lang, other)), { url: `${base.url}&fx=mix-${other}` });
      readsAs(fx, base.expect!.facts!);
    },
  );
});

// ───────────── onboarding tasks in the shapes the Seller Center renders them (fix for the base fixtures) ─────────────

describe('onboarding tasks: Arco steps, tables and lists, any wording', () => {
  const base = all.filter((f) => /^pages\/base\/seller-onboarding\./.test(f.file ?? ''));

  it.each(base.map((f) => [f.file!, f] as const))('%s: every task is read, inside the shell', (_file, fx) => {
    const r = read(fx, shellDoc(fx));
    expect(r.facts['seller.onboarding']).toEqual(fx.expect!.facts!['seller.onboarding']);
    expect(Object.keys(r.facts['seller.onboarding'] ?? {})).toHaveLength(4);
  });

  const url = 'https://seller-us.tiktok.com/settle/verification?shop_region=US&lang=en';
  const run = (html: string, lang = 'en') => {
    const fx = server.parseFixture(`<!--fixture ${JSON.stringify({ url: url.replace('lang=en', `lang=${lang}`), lang, expect: { page: 'seller.onboarding' } })} -->${html}`, 'inline');
    return read(fx, shellDoc(fx));
  };
  const steps = (items: [string, string][]) =>
    `<h1>Setup</h1><div class="arco-steps arco-steps-vertical">${items.map(([t, s]) => `<div class="arco-steps-item arco-steps-item-${s}"><div class="arco-steps-item-content"><div class="arco-steps-item-title">${t}</div></div></div>`).join('')}</div>`;

  it('state comes from the Arco state classes (finish / process / wait / error), titles in any wording', () => {
    const r = run(steps([['Confirm your business details (verification)', 'finish'], ['Payout bank details', 'process'], ['Return and warehouse address', 'wait'], ['Publish a product', 'error']]));
    expect(r.facts['seller.onboarding']).toEqual({ verification: 'done', bankAccount: 'todo', addresses: 'todo', productLive: 'todo' });
    expect(r.facts['seller.canSell']).toBe(false);
  });

  it('works in every language with wordings that are not in the label table', () => {
    const titles: Record<string, [string, string, string, string]> = {
      it: ['Verifica della tua attività', 'Conto bancario per i pagamenti', 'Indirizzo del magazzino', 'Il tuo primo prodotto'],
      es: ['Verificación de tu negocio', 'Datos bancarios para pagos', 'Dirección del almacén', 'Tu primer producto'],
      de: ['Verifizierung abschließen', 'Bankkonto für Auszahlungen', 'Lageradresse angeben', 'Dein erstes Produkt'],
      pt: ['Verificação do seu negócio', 'Conta bancária para repasses', 'Endereço do armazém', 'Seu primeiro produto'],
      ja: ['本人確認を完了する', '振込先の銀行口座', '倉庫の住所', 'はじめての商品'],
      vi: ['Hoàn tất xác minh', 'Ngân hàng nhận tiền', 'Địa chỉ lấy hàng tại kho hàng', 'Sản phẩm đầu tiên của bạn'],
      th: ['ยืนยันตัวตนผู้ขาย', 'ธนาคารสำหรับรับเงิน', 'ที่อยู่คลังสินค้า', 'สินค้าชิ้นแรกของคุณ'],
      zh: ['完成实名认证', '收款银行卡', '仓库地址', '第一个商品'],
    };
    for (const [lang, t] of Object.entries(titles)) {
      const r = run(steps([[t[0], 'finish'], [t[1], 'finish'], [t[2], 'process'], [t[3], 'wait']]), lang);
      expect(r.facts['seller.onboarding'], lang).toEqual({ verification: 'done', bankAccount: 'done', addresses: 'todo', productLive: 'todo' });
    }
  });

  it('a title naming two tasks is neither; a list of links naming tasks is not a task list', () => {
    const r = run(steps([['Verify your bank account', 'finish'], ['Set warehouse address', 'finish'], ['List your first product', 'wait']]));
    expect(r.facts['seller.onboarding']).toEqual({ addresses: 'done', productLive: 'todo' });
    const news = run(
      `<h1>News</h1><ul><li><a href="/n/1">New product listing rules</a></li><li><a href="/n/2">Bank holiday shipping times</a></li><li><a href="/n/3">Live shopping tips</a></li><li><a href="/n/4">Seller awards</a></li><li><a href="/n/5">Fee changes</a></li></ul>`,
    );
    expect(news.facts['seller.onboarding']).toBeUndefined();
    expect(news.unreadable).toContain('seller.onboarding');
  });
});

// ───────────── readiness: structure, never labels ─────────────

describe('ready() is structural for every reader of these pages', () => {
  it('each Korean page of the sets is ready as soon as it has rendered (no waiting for the timeout)', () => {
    for (const k of KEY_PAGES) {
      const fx = setFixture(k, 'ko');
      const reader = readerFor(detectPage(fx.url)!.page);
      expect(reader.ready(shellDoc(fx)), fx.file!).toBe(true);
      expect(reader.ready(new DOMParser().parseFromString(server.renderDocument(fx), 'text/html')), `${fx.file} skeleton`).toBe(false);
    }
  });

  it('the stored Korean Account Setup page (another author\u2019s fixture) is ready', () => {
    const fx = all.find((f) => f.file === 'pages/account/setup-unknown-lang.ko.html')!;
    expect(readerFor('ads.account-setup').ready(shellDoc(fx))).toBe(true);
  });
});

// ───────────── the label tables ─────────────

type Tables = Record<string, unknown>;
const isTable = (v: unknown): v is Record<string, readonly string[]> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => (LANGS as string[]).includes(k));

/** Every label table of a module: exported tables and the tables inside exported records (enum values). */
function tablesOf(mod: Tables): [string, Record<string, readonly string[]>][] {
  const out: [string, Record<string, readonly string[]>][] = [];
  for (const [name, v] of Object.entries(mod)) {
    if (isTable(v)) out.push([name, v]);
    else if (v && typeof v === 'object' && !Array.isArray(v))
      for (const [key, t] of Object.entries(v as Tables)) if (isTable(t)) out.push([`${name}.${key}`, t]);
  }
  return out;
}

describe('label tables', () => {
  for (const [file, mod] of [
    ['account', ACCOUNT_LABELS],
    ['seller', SELLER_LABELS],
  ] as const) {
    const tables = tablesOf(mod as unknown as Tables);
    it(`labels/${file}.ts: every table covers the eleven languages`, () => {
      expect(tables.length).toBeGreaterThan(20);
      const missing = tables.flatMap(([name, t]) => LANGS.filter((l) => !(t[l]?.length ?? 0)).map((l) => `${name}.${l}`));
      expect(missing).toEqual([]);
    });
    it(`labels/${file}.ts: every language line is tagged [C] or [I]`, () => {
      const src = readFileSync(path.resolve(here, `../../utils/readers/labels/${file}.ts`), 'utf8');
      const lines = src.split('\n').filter((l) => new RegExp(`^\\s*(?:${LANGS.join('|')}):\\s*\\[`).test(l));
      expect(lines.length).toBeGreaterThan(100);
      expect(lines.filter((l) => !/\/\/ \[(C|I)\]/.test(l))).toEqual([]);
    });
  }
});
