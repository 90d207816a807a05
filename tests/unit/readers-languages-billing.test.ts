/**
 * Language-proof billing readers: the same state of a page, shown in each of the eleven reader languages (en, it,
 * id, fr, es, de, pt = pt-BR, ja, vi, th, zh = zh-CN), yields exactly the same facts — only the account name, which
 * the advertiser chooses, may differ. The states are fixture sets (tests/fixtures/pages, one file per language,
 * markup varying between languages as different UI builds would):
 *   ads-billing/payment-auto-healthy.<lang>.html, ads-billing/transactions-three-failed.<lang>.html,
 *   bc-payment/payment-3-accounts.<lang>.html.
 * Each is read as the bare fragment and inside its site shell (menus in the page's language, as in e2e).
 *
 * Also: a page in a language without a label table (ko) yields no facts and `error: 'no-label-table'`, never a
 * wrong value; pages mixing two languages, or declaring one language and showing another, still read the same;
 * the label tables have a row for every language, never collide with the shells' menu items, and never map one
 * string to two values.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { detectPage } from '../../utils/pages/detect';
import type { ReadResult } from '../../utils/facts/types';
import type { Reader } from '../../utils/readers/types';
import { billingReaders } from '../../utils/readers/billing';
import { READER_LANGS } from '../../utils/readers/lang';
import { norm } from '../../utils/readers/dom';
import * as B from '../../utils/readers/labels/billing';

const NOW = Date.parse('2026-11-29T12:00:00Z');
const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.resolve(here, '../fixtures');

interface Expect {
  page: string | null;
  account?: string;
  name?: string;
  facts?: Record<string, unknown>;
  unreadable?: string[];
  error?: string;
  rows?: { account: string; name?: string; facts: Record<string, unknown> }[];
}
interface Fixture {
  file: string;
  url: string;
  lang: string;
  htmlLang: string | null;
  expect: Expect | null;
  html: string;
}
interface ServerModule {
  loadFixtures(): Fixture[];
  renderDocument(fx: Fixture): string;
}
type ShellTable = Record<string, Record<string, string>>;

const server = (await import(pathToFileURL(path.join(FIXTURES, 'server.mjs')).href)) as ServerModule;
const shellLabels = (await import(pathToFileURL(path.join(FIXTURES, 'shells/labels.mjs')).href)) as Record<string, unknown>;
const fixtures = server.loadFixtures().filter((f) => /(^|\/)pages\/(ads-billing|bc-payment)\//.test(f.file));

const LANGS = [...READER_LANGS].sort();
const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0]!;

const STATES = [
  { state: 'payment-auto-healthy', dir: 'ads-billing' },
  { state: 'transactions-three-failed', dir: 'ads-billing' },
  { state: 'payment-3-accounts', dir: 'bc-payment' },
] as const;

/** The fixtures of one state: `<dir>/<state>.<lang tag>.html` (variants such as `fr-undeclared` are other states). */
function stateSet(dir: string, state: string): Fixture[] {
  const re = new RegExp(`pages/${dir}/${state}\\.([a-z]{2}(?:-[A-Z]{2})?)\\.html$`);
  return fixtures.filter((f) => re.test(f.file)).sort((a, b) => base(a.lang).localeCompare(base(b.lang)));
}

// ───────────────────────────── reading ─────────────────────────────

function fragmentDoc(html: string, lang: string | null): Document {
  const doc = document.implementation.createHTMLDocument('');
  if (lang) doc.documentElement.setAttribute('lang', lang);
  doc.body.innerHTML = html;
  return doc;
}

/** The fixture inside its shell, as e2e renders it once the fragment has arrived. */
function shellDoc(fx: Fixture, html = fx.html): Document {
  const doc = new DOMParser().parseFromString(server.renderDocument(fx), 'text/html');
  const root = doc.querySelector('[data-fx-root]');
  if (!root) throw new Error(`no app root in the shell of ${fx.file}`);
  root.innerHTML = html;
  return doc;
}

function readerFor(page: string): Reader {
  const r = billingReaders.find((x) => x.pages.includes(page as never));
  if (!r) throw new Error(`no billing reader for ${page}`);
  return r;
}

function run(doc: Document, url: string): ReadResult {
  const match = detectPage(url);
  if (!match) throw new Error(`not an app page: ${url}`);
  return readerFor(match.page).read(doc, { url: new URL(url), match, now: NOW });
}

/** What a result says about the state, without the account's display name (the one thing allowed to differ). */
function canonical(r: ReadResult) {
  const { ['account.name']: _name, ...facts } = r.facts;
  return {
    page: r.page,
    account: r.account ?? null,
    facts,
    unreadable: [...r.unreadable].sort(),
    error: r.error ?? null,
    rows: r.rows?.map((row) => ({ account: row.account, facts: row.facts })) ?? null,
    rowsShown: r.rowsShown ?? null,
    rowsTotal: r.rowsTotal ?? null,
  };
}

/** The oracle of a fixture without the account name. */
function oracle(ex: Expect) {
  const { ['account.name']: _name, ...facts } = ex.facts ?? {};
  return {
    page: ex.page,
    account: ex.account ?? null,
    facts,
    unreadable: [...(ex.unreadable ?? [])].sort(),
    error: ex.error ?? null,
    rows: ex.rows?.map((row) => ({ account: row.account, facts: row.facts })) ?? null,
  };
}

function checkAgainstOracle(r: ReadResult, ex: Expect): void {
  for (const [k, v] of Object.entries(ex.facts ?? {})) expect(r.facts[k as keyof ReadResult['facts']], k).toEqual(v);
  expect(r.error).toBeUndefined();
  expect([...r.unreadable].sort()).toEqual([...(ex.unreadable ?? [])].sort());
  if (ex.name !== undefined) expect(r.name).toBe(ex.name);
  if (ex.rows !== undefined) expect(r.rows).toEqual(ex.rows);
}

/** Element structure of a fragment (tags and classes, no text): how different two languages' markup is. */
function skeleton(html: string): string {
  const doc = fragmentDoc(html, null);
  const walk = (el: Element): string =>
    `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''}(${Array.from(el.children).map(walk).join(',')})`;
  return Array.from(doc.body.children).map(walk).join(';');
}

// ───────────────────────────── the same state in every language ─────────────────────────────

describe.each(STATES)('$dir/$state in every language', ({ dir, state }) => {
  const set = stateSet(dir, state);
  const en = set.find((f) => base(f.lang) === 'en');

  it('has one fixture per reader language, each at its own URL and declaring its language', () => {
    expect(set.map((f) => base(f.lang)).sort()).toEqual(LANGS);
    expect(new Set(set.map((f) => f.url)).size).toBe(set.length);
    for (const f of set) {
      const declared = new URL(f.url).searchParams.get('lang');
      expect(declared && base(declared), f.file).toBe(base(f.lang));
    }
  });

  it('has the same oracle in every language, apart from the account name', () => {
    expect(en?.expect).toBeTruthy();
    const want = oracle(en!.expect!);
    for (const f of set) expect(oracle(f.expect!), f.file).toEqual(want);
  });

  it('varies the markup between languages (at least 3 page structures)', () => {
    const shapes = new Set(set.map((f) => skeleton(f.html)));
    expect(shapes.size).toBeGreaterThanOrEqual(3);
  });

  describe.each(set.map((f) => [base(f.lang), f] as const))('%s', (lang, fx) => {
    it('reads the fragment as the oracle says, in its own language', () => {
      const doc = fragmentDoc(fx.html, fx.htmlLang);
      expect(readerFor(fx.expect!.page!).ready(doc)).toBe(true);
      const r = run(doc, fx.url);
      expect(r.lang).toBe(lang);
      checkAgainstOracle(r, fx.expect!);
    });

    it('reads the same inside the site shell', () => {
      const r = run(shellDoc(fx), fx.url);
      expect(r.lang).toBe(lang);
      checkAgainstOracle(r, fx.expect!);
    });
  });

  it('yields exactly the same facts in every language (all facts, not only the listed ones)', () => {
    const want = canonical(run(fragmentDoc(en!.html, en!.htmlLang), en!.url));
    expect(Object.keys(want.facts).length + (want.rows?.length ?? 0)).toBeGreaterThan(1);
    for (const f of set) {
      expect(canonical(run(fragmentDoc(f.html, f.htmlLang), f.url)), `${f.file} (fragment)`).toEqual(want);
      expect(canonical(run(shellDoc(f), f.url)), `${f.file} (in the shell)`).toEqual(want);
    }
  });
});

// ───────────────────────────── a language without a label table ─────────────────────────────

describe('a page in a language without a label table (ko)', () => {
  const ko = fixtures.find((f) => f.file.endsWith('ads-billing/payment-auto.ko.html'));

  function expectNothingRead(r: ReadResult): void {
    expect(r).toMatchObject({ facts: {}, unreadable: [], lang: null, error: 'no-label-table' });
    expect(r.rows).toBeUndefined();
    expect(r.name).toBeUndefined();
    // not one of the values the page shows leaks into the result
    expect(JSON.stringify(r)).not.toMatch(/42[.,]10|180|automatic|visa|4242/i);
  }

  it('payment page: no facts, no-label-table (fragment and inside the shell, whose menus fall back to English)', () => {
    expect(ko).toBeTruthy();
    expectNothingRead(run(fragmentDoc(ko!.html, 'ko'), ko!.url));
    expectNothingRead(run(shellDoc(ko!), ko!.url));
  });

  it('transactions and Business Center pages in Korean: nothing read either', () => {
    const tx =
      '<table><thead><tr><th>날짜</th><th>유형</th><th>금액</th><th>상태</th></tr></thead><tbody>' +
      '<tr><td>2026-11-28</td><td>청구서 결제</td><td>180.00 USD</td><td>실패</td></tr>' +
      '<tr><td>2026-11-12</td><td>청구서 결제</td><td>180.00 USD</td><td>성공</td></tr></tbody></table>';
    expectNothingRead(run(fragmentDoc(tx, 'ko'), 'https://ads.tiktok.com/i18n/account/transaction?aadvid=7301200000000000097&tab=2&lang=ko'));
    const bc =
      '<div class="bui-table"><table><thead><tr><th>계정 이름</th><th>결제 옵션</th><th>기준액</th><th>잔액 알림</th></tr></thead><tbody>' +
      '<tr class="bui-table-row"><td>루멘 ID: 7301400000000000078</td><td>자동 결제</td><td>180.00 USD</td><td>아니요</td></tr></tbody></table></div>';
    expectNothingRead(run(fragmentDoc(bc, 'ko'), 'https://business.tiktok.com/manage/payment/v2?org_id=7301400000000000077&lang=ko'));
  });
});

// ───────────────────────────── pages mixing languages ─────────────────────────────

describe('pages mixing languages still read the same facts', () => {
  const one = (dir: string, state: string, lang: string) => {
    const f = stateSet(dir, state).find((x) => base(x.lang) === lang);
    if (!f) throw new Error(`${dir}/${state}.${lang} missing`);
    return f;
  };
  const sameAsEnglish = (dir: string, state: string, r: ReadResult) => {
    const en = one(dir, state, 'en');
    expect(canonical(r)).toEqual(canonical(run(fragmentDoc(en.html, 'en'), en.url)));
  };

  it('Japanese payment page with two fields left in English', () => {
    const ja = one('ads-billing', 'payment-auto-healthy', 'ja');
    const html = ja.html.replace('>現在までの費用<', '>Spend so far<').replace('>現在までの費用<', '>Spend so far<').replace('>請求値<', '>Billing threshold<');
    expect(html).toContain('Billing threshold');
    const r = run(fragmentDoc(html, ja.htmlLang), ja.url);
    expect(r.lang).toBe('ja');
    sameAsEnglish('ads-billing', 'payment-auto-healthy', r);
  });

  it('Thai transactions with English status words', () => {
    const th = one('ads-billing', 'transactions-three-failed', 'th');
    const html = th.html.replaceAll('>ไม่สำเร็จ<', '>Failed<').replaceAll('>สำเร็จ<', '>Successful<');
    expect(html).toContain('>Failed<');
    const r = run(fragmentDoc(html, th.htmlLang), th.url);
    expect(r.lang).toBe('th');
    sameAsEnglish('ads-billing', 'transactions-three-failed', r);
  });

  it('Chinese Business Center table with English column headers', () => {
    const zh = one('bc-payment', 'payment-3-accounts', 'zh');
    const headers: [string, string][] = [['账户名称', 'Account name'], ['阈值', 'Threshold'], ['可用余额', 'Available balance'], ['余额提醒', 'Balance Alert']];
    let html = zh.html;
    for (const [from, to] of headers) html = html.replace(`>${from}<`, `>${to}<`);
    expect(html).toContain('>Account name<');
    const r = run(fragmentDoc(html, zh.htmlLang), zh.url);
    sameAsEnglish('bc-payment', 'payment-3-accounts', r);
  });

  it('a page declaring English while showing Vietnamese reads as Vietnamese', () => {
    const vi = one('ads-billing', 'payment-auto-healthy', 'vi');
    const url = vi.url.replace('lang=vi', 'lang=en');
    const r = run(fragmentDoc(vi.html, 'en'), url);
    expect(r.lang).toBe('vi');
    sameAsEnglish('ads-billing', 'payment-auto-healthy', r);
  });

  it('a Portuguese page that declares no language at all reads as Portuguese', () => {
    const pt = one('ads-billing', 'payment-auto-healthy', 'pt');
    const url = pt.url.replace(/[?&]lang=pt/, '');
    const r = run(fragmentDoc(pt.html, null), url);
    expect(r.lang).toBe('pt');
    sameAsEnglish('ads-billing', 'payment-auto-healthy', r);
  });
});

// ───────────────────────────── structure that some languages need ─────────────────────────────

describe('scripts without word spaces and wrapped counts', () => {
  const healthy = (lang: string) => stateSet('ads-billing', 'payment-auto-healthy').find((f) => base(f.lang) === lang)!;

  it.each([
    ['zh', '此广告账户由商务中心管理，请在商务中心的支付管理中充值。'],
    ['ja', 'この広告アカウントはビジネスセンターで管理されています。残高の追加は支払い管理から行ってください。'],
    ['th', 'บัญชีโฆษณานี้อยู่ภายใต้การจัดการโดยศูนย์ธุรกิจ จึงต้องเติมยอดเงินในศูนย์ธุรกิจ'],
  ])('%s: a Business Center notice inside a sentence is found', (lang, notice) => {
    const f = healthy(lang);
    const plain = run(fragmentDoc(f.html, f.htmlLang), f.url);
    expect(plain.facts['billing.bcManaged']).toBe(false);
    const withNotice = f.html.replace(/(<div class="vi-account-bar">)/, `<div class="vi-alert vi-alert--info" role="status">${notice}</div>$1`);
    expect(run(fragmentDoc(withNotice, f.htmlLang), f.url).facts['billing.bcManaged']).toBe(true);
  });

  it.each([
    ['zh', '共 57 条'],
    ['ja', '全 57 件'],
    ['th', 'ทั้งหมด 57 รายการ'],
    ['vi', 'Tổng cộng 57 mục'],
  ])('%s: pagination "%s" tells the total', (lang, label) => {
    const f = stateSet('bc-payment', 'payment-3-accounts').find((x) => base(x.lang) === lang)!;
    const html = `${f.html}<div class="bui-pagination"><span class="bui-pagination-total">${label}</span><ul class="bui-pagination-list"><li>1</li><li>2</li><li>3</li></ul></div>`;
    const r = run(fragmentDoc(html, f.htmlLang), f.url);
    expect(r.rowsShown).toBe(3);
    expect(r.rowsTotal).toBe(57);
  });

  it('page buttons alone are no total', () => {
    const f = stateSet('bc-payment', 'payment-3-accounts').find((x) => base(x.lang) === 'zh')!;
    const html = `${f.html}<div class="bui-pagination"><ul class="bui-pagination-list"><li>1</li><li>2</li></ul></div>`;
    expect(run(fragmentDoc(html, f.htmlLang), f.url).rowsTotal).toBeUndefined();
  });
});

// ───────────────────────────── the label tables ─────────────────────────────

type AnyTable = Partial<Record<string, readonly string[]>>;
const isLabelTable = (v: unknown): v is AnyTable =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0 && Object.entries(v).every(([k, x]) => (READER_LANGS as readonly string[]).includes(k) && Array.isArray(x));
const isEnumTable = (v: unknown): v is Record<string, AnyTable> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0 && Object.values(v).every(isLabelTable);

const LABEL_TABLES = Object.entries(B).filter(([, v]) => isLabelTable(v)) as [string, AnyTable][];
const ENUM_TABLES = Object.entries(B).filter(([, v]) => isEnumTable(v)) as [string, Record<string, AnyTable>][];

describe('billing label tables', () => {
  it('are all found (label and enum tables)', () => {
    expect(LABEL_TABLES.length).toBeGreaterThanOrEqual(30);
    expect(ENUM_TABLES.map(([n]) => n).sort()).toEqual(
      ['BILLING_OPTION_VALUES', 'FUNDING_VALUES', 'INVOICE_STATUS_VALUES', 'OWNERSHIP_VALUES', 'PAYMENT_KIND_VALUES', 'PAYMENT_STATUS_VALUES', 'YES_NO_VALUES'].sort(),
    );
  });

  it('have a non-empty row for each of the eleven languages', () => {
    const rows: [string, AnyTable][] = [...LABEL_TABLES, ...ENUM_TABLES.flatMap(([n, t]) => Object.entries(t).map(([v, row]) => [`${n}.${v}`, row] as [string, AnyTable]))];
    for (const [name, table] of rows) {
      const missing = READER_LANGS.filter((l) => !(table[l]?.length && table[l]!.every((x) => x.trim().length > 0)));
      expect(missing, name).toEqual([]);
    }
  });

  it('tag every language row [C] or [I] in the source', () => {
    const src = readFileSync(path.resolve(here, '../../utils/readers/labels/billing.ts'), 'utf8');
    const rowRe = new RegExp(`^\\s+(?:${READER_LANGS.join('|')}): \\[`);
    const untagged = src.split('\n').filter((line) => rowRe.test(line) && !/\/\/ \[(?:C|I)\b/.test(line));
    expect(untagged).toEqual([]);
  });

  it('never map one string to two values of an enum, in any pair of languages', () => {
    for (const [name, table] of ENUM_TABLES) {
      const owner = new Map<string, string>();
      for (const [value, row] of Object.entries(table))
        for (const labels of Object.values(row))
          for (const l of labels ?? []) {
            const n = norm(l);
            const prev = owner.get(n);
            expect(prev === undefined || prev === value, `${name}: "${l}" is both ${prev} and ${value}`).toBe(true);
            owner.set(n, value);
          }
    }
  });

  it('never equal a menu item of the app shells in any language (the skeleton would look ready)', () => {
    const shellTexts = new Map<string, string>();
    for (const [tableName, table] of Object.entries(shellLabels)) {
      if (!tableName.endsWith('_LABELS')) continue;
      for (const [key, row] of Object.entries(table as ShellTable)) for (const [l, t] of Object.entries(row)) shellTexts.set(norm(t), `${tableName}.${key}.${l}`);
    }
    const scoring = { PAYMENT_PAGE_TABLES: B.PAYMENT_PAGE_TABLES, TRANSACTION_TABLES: B.TRANSACTION_TABLES, INVOICE_TABLES: B.INVOICE_TABLES, BC_PAYMENT_TABLES: B.BC_PAYMENT_TABLES };
    const clashes: string[] = [];
    for (const [list, tables] of Object.entries(scoring))
      for (const table of tables)
        for (const [l, labels] of Object.entries(table))
          for (const x of labels ?? []) {
            const hit = shellTexts.get(norm(x));
            if (hit) clashes.push(`${list} ${l} "${x}" = shell ${hit}`);
          }
    expect(clashes).toEqual([]);
  });
});
