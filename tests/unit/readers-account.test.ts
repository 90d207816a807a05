/**
 * Account set-up and access readers (utils/readers/account.ts, bc.ts) against every fixture of the area
 * (tests/fixtures/pages/account, tests/fixtures/pages/bc), each both as the bare fragment and inside its site shell
 * (menus and header in the page's language, as in e2e), plus targeted cases: mixed languages, unknown language,
 * missing fields, ambiguous "own" rows, hostile text, malformed content.
 */
import { describe, expect, it } from 'vitest';
import { server, fragmentDoc, shellDoc, type Expect, type Fixture } from './fixture-docs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectPage } from '../../utils/pages/detect';
import type { ReadResult } from '../../utils/facts/types';
import type { Reader } from '../../utils/readers/types';
import { accountReaders } from '../../utils/readers/account';
import { bcReaders } from '../../utils/readers/bc';
import { readerFor as registryReaderFor, safeRead } from '../../utils/readers/registry';
import { readPagination } from '../../utils/readers/bc';
import { currencyIn, parseCount } from '../../utils/readers/find';

const accountAreaReaders = [...accountReaders, ...bcReaders];

const NOW = Date.parse('2026-11-29T12:00:00Z');
const here = path.dirname(fileURLToPath(import.meta.url));
const AREA = /(^|\/)pages\/(account|bc)\//;

const fixtures = server.loadFixtures().filter((f) => AREA.test(f.file));

function readerFor(page: string): Reader {
  const r = accountAreaReaders.find((x) => x.pages.includes(page as never));
  if (!r) throw new Error(`no account-area reader for ${page}`);
  return r;
}

function run(doc: Document, url: string): ReadResult {
  const match = detectPage(url);
  if (!match) throw new Error(`not an app page: ${url}`);
  return readerFor(match.page).read(doc, { url: new URL(url), match, now: NOW });
}

function check(result: ReadResult, ex: Expect): void {
  for (const [k, v] of Object.entries(ex.facts ?? {})) expect(result.facts[k as keyof ReadResult['facts']], k).toEqual(v);
  if (ex.error) {
    expect(result.error).toBe(ex.error);
    expect(result.facts).toEqual({});
  } else {
    expect(result.error).toBeUndefined();
  }
  expect([...result.unreadable].sort()).toEqual([...(ex.unreadable ?? [])].sort());
  if (ex.name !== undefined) expect(result.name).toBe(ex.name);
  if (ex.lang !== undefined) expect(result.lang).toBe(ex.lang);
  if (ex.rows) {
    expect(result.rows?.length, 'rows read').toBe(ex.rows.length);
    for (const want of ex.rows) {
      const got = result.rows?.find((r) => r.account === want.account);
      expect(got, want.account).toBeDefined();
      if (want.name !== undefined) expect(got!.name, `${want.account} name`).toBe(want.name);
      for (const [k, v] of Object.entries(want.facts)) expect(got!.facts[k as keyof ReadResult['facts']], `${want.account} ${k}`).toEqual(v);
    }
  }
  if (ex.rowsShown !== undefined) expect(result.rowsShown).toBe(ex.rowsShown);
  if (ex.rowsTotal !== undefined) expect(result.rowsTotal).toBe(ex.rowsTotal);
  else if (ex.rows) expect(result.rowsTotal).toBeUndefined();
}

describe('account-area fixtures', () => {
  it('exist for every page kind, state and language the area promises', () => {
    const files = fixtures.map((f) => f.file);
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const lang of ['en', 'it', 'id', 'fr']) for (const s of ['approved', 'in-review', 'suspended', 'incomplete']) expect(files).toContain(`pages/account/setup-${s}.${lang}.html`);
    for (const lang of ['es', 'de']) expect(files.some((f) => f.startsWith('pages/account/setup-') && f.endsWith(`.${lang}.html`))).toBe(true);
    for (const lang of ['en', 'fr', 'id'])
      for (const s of ['admin-none', 'admin-manager', 'standard-analyst', 'standard-none']) expect(files).toContain(`pages/bc/members-${s}.${lang}.html`);
    for (const n of [3, 25, 200]) expect(files.filter((f) => f.startsWith(`pages/bc/ad-accounts-${n}.`)).length).toBeGreaterThanOrEqual(2);
  });

  it('have distinct account ids per state (a language set shows ONE account in every language)', () => {
    // pages/<area>/lang-<state>.<lang>.html (and its -mixed variant) is the same account seen in several UI
    // languages: one id per set; every other fixture has its own.
    const setOf = (file: string) => /\/lang-([a-z-]+?)(?:-mixed)?\.[a-z-]+\.html$/.exec(file)?.[1] ?? file;
    const owner = new Map<string, string>();
    for (const f of fixtures) {
      const acc = f.expect?.account;
      if (!acc) continue;
      const set = setOf(f.file);
      expect(owner.get(acc) ?? set, `${f.file}: ${acc}`).toBe(set);
      owner.set(acc, set);
    }
  });

  it('are all handled by this area through the registry', () => {
    for (const fx of fixtures) {
      const match = detectPage(fx.url)!;
      expect(match.page).toBe(fx.expect!.page);
      expect(accountAreaReaders).toContain(registryReaderFor(match.page));
    }
  });

  it('no reader is ready on the shell alone (menus and skeleton, before the content renders)', () => {
    if (!server.renderDocument) return;
    for (const fx of fixtures) {
      const doc = new DOMParser().parseFromString(server.renderDocument(fx), 'text/html');
      const match = detectPage(fx.url)!;
      expect(readerFor(match.page).ready(doc), fx.file).toBe(false);
    }
  });

  describe.each(fixtures.map((f) => [f.file, f] as const))('%s', (_file, fx) => {
    const ex = fx.expect!;
    it('detects the page and its account', () => {
      const m = detectPage(fx.url);
      expect(m?.page).toBe(ex.page);
      if (ex.account) expect(m?.account).toBe(ex.account);
    });
    it('reads the fragment as expected', () => {
      const doc = fragmentDoc(fx.html, fx.htmlLang ?? null);
      const match = detectPage(fx.url)!;
      const reader = readerFor(match.page);
      // Readiness is structural: a page in a language without a label table is ready too (and then read at once
      // as no-label-table, instead of making the content script wait for its timeout).
      expect(reader.ready(doc)).toBe(true);
      check(run(doc, fx.url), ex);
    });
    it('reads the page inside its shell as expected', () => {
      const doc = shellDoc(fx);
      if (!doc) return;
      check(run(doc, fx.url), ex);
    });
  });
});

// The shared base fixtures of the pages this area reads (written by another engineer, from the same reference):
// every fact they list must be read as listed, in the fragment and inside the shell.
const basePages = new Set<string>([...accountReaders, ...bcReaders].flatMap((r) => [...r.pages]));
const baseFixtures = server
  .loadFixtures()
  .filter((f) => /(^|\/)pages\/base\//.test(f.file) && f.expect?.page && basePages.has(f.expect.page));

describe('base fixtures of these pages', () => {
  it('exist', () => expect(baseFixtures.length).toBeGreaterThan(0));
  describe.each(baseFixtures.map((f) => [f.file, f] as const))('%s', (_file, fx) => {
    it('reads every listed fact, fragment and shell', () => {
      for (const doc of [fragmentDoc(fx.html, fx.htmlLang ?? null), shellDoc(fx)]) {
        if (!doc) continue;
        const r = run(doc, fx.url);
        expect(r.error).toBeUndefined();
        for (const [k, v] of Object.entries(fx.expect!.facts ?? {})) expect(r.facts[k as keyof ReadResult['facts']], k).toEqual(v);
        if (fx.expect!.unreadable) expect([...r.unreadable].sort()).toEqual([...fx.expect!.unreadable].sort());
      }
    });
  });
});

// ───────────── targeted cases ─────────────

const SETUP_URL = 'https://ads.tiktok.com/i18n/account/info?aadvid=7111111111111111111&lang=en';
const MEMBERS_URL = 'https://business.tiktok.com/manage/users/members?org_id=7222222222222222222&lang=en';
const ADS_URL = 'https://business.tiktok.com/manage/accounts/adv?org_id=7222222222222222222&lang=en';

describe('ads.account-setup reader', () => {
  it('never guesses: an unknown status word, an id without digits and a currency without a code are unreadable', () => {
    const doc = fragmentDoc(
      `<dl><dt>Account status</dt><dd>Pending magic</dd><dt>Account name</dt><dd>Acme</dd><dt>Account ID</dt><dd>n/a</dd>
       <dt>Currency</dt><dd>US Dollar</dd><dt>Time zone</dt><dd>—</dd><dt>Billing country</dt><dd>Not provided</dd></dl>`,
      'en',
    );
    const r = run(doc, SETUP_URL);
    expect(r.facts).toEqual({ 'account.name': 'Acme' });
    expect(r.unreadable.sort()).toEqual(
      ['account.billingCountry', 'account.businessDetails', 'account.currency', 'account.id', 'account.status', 'account.timezone'].sort(),
    );
  });

  it('takes the declared language first but reads labels of other languages on a mixed page', () => {
    const doc = fragmentDoc(
      `<div><span>Statut du compte</span><span>Suspendu</span></div><div><span>Account name</span><span>Mixte</span></div>
       <div><span>Nom du compte</span><span>Mixte</span></div><div><span>VAT number</span><span>-</span></div>`,
      'fr',
    );
    const r = run(doc, 'https://ads.tiktok.com/i18n/account/info?aadvid=7111111111111111111&lang=fr');
    expect(r.lang).toBe('fr');
    expect(r.facts['account.status']).toBe('suspended');
    expect(r.facts['account.name']).toBe('Mixte');
    expect(r.facts['account.businessDetails']).toEqual({ taxId: false });
  });

  it('an unknown language with nothing matched gives no facts and says why', () => {
    const doc = fragmentDoc('<dl><dt>계정 상태</dt><dd>승인됨</dd></dl>', 'ko');
    const r = run(doc, 'https://ads.tiktok.com/i18n/account/info?aadvid=7111111111111111111&lang=ko');
    expect(r).toMatchObject({ facts: {}, unreadable: [], lang: null, error: 'no-label-table' });
  });

  it('an unknown declared language whose page still shows English labels is read (untranslated UI)', () => {
    const doc = fragmentDoc('<dl><dt>Account status</dt><dd>Approved</dd><dt>Account name</dt><dd>Seoul</dd></dl>', 'ko');
    const r = run(doc, 'https://ads.tiktok.com/i18n/account/info?aadvid=7111111111111111111&lang=ko');
    expect(r.error).toBeUndefined();
    expect(r.lang).toBe('en');
    expect(r.facts['account.status']).toBe('approved');
  });

  it('a known language with nothing matched lists every expected field as unreadable (the page changed)', () => {
    const r = run(fragmentDoc('<main><p>Something else entirely</p></main>', 'en'), SETUP_URL);
    expect(r.error).toBeUndefined();
    expect(r.facts).toEqual({});
    expect(r.unreadable).toHaveLength(7);
  });

  it('an empty field never borrows the next field’s value', () => {
    const doc = fragmentDoc('<dl><dt>Tax ID</dt><dd></dd><dt>Company website</dt><dd>https://x.example</dd><dt>Company name</dt><dt>Industry</dt><dd>Retail</dd></dl>', 'en');
    const r = run(doc, SETUP_URL);
    expect(r.facts['account.businessDetails']).toEqual({ taxId: false, website: true, companyName: false, industry: true });
  });

  it('the account key comes from the page when the URL has none', () => {
    const doc = fragmentDoc('<dl><dt>Account ID</dt><dd>7089362853240553474</dd></dl>', 'en');
    const r = run(doc, 'https://ads.tiktok.com/i18n/account/info?lang=en');
    expect(r.account).toBe('ads:7089362853240553474');
  });

  it('keeps hostile names verbatim, as text', () => {
    const name = '<img src=x onerror=alert(1)> \u202Eevil 🚀';
    const doc = fragmentDoc('<dl><dt>Account name</dt><dd></dd></dl>', 'en');
    doc.querySelector('dd')!.textContent = name;
    const r = run(doc, SETUP_URL);
    expect(r.facts['account.name']).toBe(name);
    expect(r.name).toBe(name);
    expect(doc.querySelector('img')).toBeNull();
  });

  it('is ready on rendered content in a language without a label table (structure, not labels)', () => {
    const ko = fragmentDoc('<section><h1>계정 설정</h1><div class="row"><span>계정 상태</span><span>승인됨</span></div><div class="row"><span>계정 이름</span><span>서울 커피</span></div></section>', 'ko');
    expect(readerFor('ads.account-setup').ready(ko)).toBe(true);
    expect(readerFor('ads.account-health').ready(ko)).toBe(true);
    expect(readerFor('bc.billing-info').ready(ko)).toBe(true);
    expect(readerFor('bc.overview').ready(ko)).toBe(true);
    const table = fragmentDoc('<table><thead><tr><th>구성원</th><th>역할</th></tr></thead><tbody><tr><td>김민지 (나)</td><td>관리자</td></tr></tbody></table>', 'ko');
    expect(readerFor('bc.members').ready(table)).toBe(true);
    expect(readerFor('bc.ad-accounts').ready(table)).toBe(true);
    const r = run(ko, 'https://ads.tiktok.com/i18n/account/info?aadvid=7111111111111111111&lang=ko');
    expect(r).toMatchObject({ facts: {}, lang: null, error: 'no-label-table' });
  });

  it('a table whose rows have not arrived is not ready; placeholders and chrome do not count', () => {
    const head = fragmentDoc('<table><thead><tr><th>Member</th><th>Role</th></tr></thead><tbody></tbody></table>', 'en');
    expect(readerFor('bc.members').ready(head)).toBe(false);
    const busy = fragmentDoc('<div aria-busy="true"><dl><dt>Account name</dt><dd>x</dd></dl></div><aside><dl><dt>Menu</dt><dd>y</dd></dl></aside>', 'en');
    expect(readerFor('ads.account-setup').ready(busy)).toBe(false);
    expect(readerFor('bc.billing-info').ready(busy)).toBe(false);
  });

  it('is not ready while only the shell skeleton is there', () => {
    const doc = fragmentDoc('<div class="skeleton"><span>Loading…</span></div><nav><a>Account Setup</a><a>Account health</a></nav>', 'en');
    expect(readerFor('ads.account-setup').ready(doc)).toBe(false);
    expect(readerFor('ads.account-health').ready(doc)).toBe(false);
  });
});

describe('ads.account-health reader', () => {
  it('ignores the sidebar item carrying the same words as the label', () => {
    const doc = fragmentDoc(
      `<ul><li><span>Payment</span></li><li><span>Account health</span></li><li><span>Customer review</span></li></ul>
       <section><div><span>Account health</span><span class="tag">Poor</span></div></section>`,
      'en',
    );
    const r = run(doc, 'https://ads.tiktok.com/i18n/account/health?aadvid=7111111111111111111&lang=en');
    expect(r.facts['account.health']).toBe('poor');
  });
  it('health missing → unreadable', () => {
    const r = run(fragmentDoc('<section><div><span>Account health</span><span>Loading</span></div></section>', 'en'), 'https://ads.tiktok.com/i18n/account/health?aadvid=7111111111111111111&lang=en');
    expect(r.unreadable).toEqual(['account.health']);
  });
});

function membersTable(rows: string): string {
  return `<table class="bui-table"><thead><tr><th>Member</th><th>Role</th><th>Finance role</th></tr></thead><tbody>${rows}</tbody></table>`;
}

describe('bc.members / bc.finance-roles reader', () => {
  it('two rows marked as the user’s own → unreadable (never someone else’s roles)', () => {
    const doc = fragmentDoc(
      membersTable('<tr><td>Ann (You)</td><td>Admin</td><td>Finance Manager</td></tr><tr><td>Bob (You)</td><td>Standard</td><td>—</td></tr>'),
      'en',
    );
    const r = run(doc, MEMBERS_URL);
    expect(r.facts['access.bcBasicRole']).toBeUndefined();
    expect(r.unreadable.sort()).toEqual(['access.bcBasicRole', 'access.bcFinanceRole']);
  });

  it('a "You" written inside a name is not a marker; a bracketed one is', () => {
    const doc = fragmentDoc(membersTable('<tr><td>Youssef You</td><td>Admin</td><td>—</td></tr><tr><td>Me Lin (you)</td><td>Standard</td><td>Finance Analyst</td></tr>'), 'en');
    const r = run(doc, MEMBERS_URL);
    expect(r.facts).toMatchObject({ 'access.bcBasicRole': 'standard', 'access.bcFinanceRole': 'analyst' });
  });

  it('an unrecognised finance-role value is unreadable, not "none"', () => {
    const doc = fragmentDoc(membersTable('<tr><td>Ann (You)</td><td>Admin</td><td>Budget Wizard</td></tr>'), 'en');
    const r = run(doc, MEMBERS_URL);
    expect(r.facts['access.bcBasicRole']).toBe('admin');
    expect(r.unreadable).toEqual(['access.bcFinanceRole']);
  });

  it('data-self="false" is not a marker', () => {
    const doc = fragmentDoc(membersTable('<tr data-self="false"><td>Ann</td><td>Admin</td><td>—</td></tr>'), 'en');
    expect(run(doc, MEMBERS_URL).unreadable).toHaveLength(2);
  });

  it('the finance-roles page expects only the finance role', () => {
    const doc = fragmentDoc('<table><thead><tr><th>Member</th><th>Finance role</th></tr></thead><tbody><tr><td>Ann (You)</td><td>-</td></tr></tbody></table>', 'en');
    const r = run(doc, 'https://business.tiktok.com/manage/financeRole?org_id=7222222222222222222&lang=en');
    expect(r.facts['access.bcFinanceRole']).toBe('none');
    expect(r.unreadable).toEqual([]);
  });
});

describe('bc.ad-accounts reader (bulk audit)', () => {
  const table = (rows: string, extra = '') =>
    `<table class="bui-table"><thead><tr><th>Account name</th><th>Account ID</th><th>Status</th><th>Ownership</th></tr></thead><tbody>${rows}</tbody></table>${extra}`;

  it('reads what is shown and says how much that is', () => {
    const doc = fragmentDoc(
      table(
        '<tr><td>A</td><td>7000000000000000001</td><td>Approved</td><td>Owned by partner</td></tr><tr><td>B</td><td>7000000000000000002</td><td>Suspended</td><td>Owned by this Business Center</td></tr>',
        '<div class="bui-pagination"><span>1-2 of 1,000</span></div>',
      ),
      'en',
    );
    const r = run(doc, ADS_URL);
    expect(r.rows).toHaveLength(2);
    expect(r.rowsShown).toBe(2);
    expect(r.rowsTotal).toBe(1000);
    expect(r.facts['bc.accountsListed']).toBe(1000);
    expect(r.rows![0]).toEqual({ account: 'ads:7000000000000000001', name: 'A', facts: { 'account.id': '7000000000000000001', 'account.name': 'A', 'account.status': 'approved', 'access.ownership': 'partner' } });
  });

  it('a row without a readable id is shown but not turned into an account; duplicate ids count once', () => {
    const doc = fragmentDoc(
      table('<tr><td>A</td><td>—</td><td>Approved</td><td></td></tr><tr><td>B</td><td>7000000000000000002</td><td>Weird</td><td></td></tr><tr><td>B2</td><td>7000000000000000002</td><td>Approved</td><td></td></tr>'),
      'en',
    );
    const r = run(doc, ADS_URL);
    expect(r.rowsShown).toBe(3);
    expect(r.rows).toEqual([{ account: 'ads:7000000000000000002', name: 'B', facts: { 'account.id': '7000000000000000002', 'account.name': 'B' } }]);
  });

  it('an empty list reads 0 accounts', () => {
    const doc = fragmentDoc(table('') + '<div class="bui-empty">No data</div>', 'en');
    const r = run(doc, ADS_URL);
    expect(r.rows).toEqual([]);
    expect(r.facts['bc.accountsListed']).toBe(0);
  });

  it('no table at all → accountsListed unreadable', () => {
    const r = run(fragmentDoc('<main><h2>Ad accounts</h2><p>Status</p></main>', 'en'), ADS_URL);
    expect(r.unreadable).toEqual(['bc.accountsListed']);
    expect(r.rows).toBeUndefined();
  });

  it('survives malformed and hostile markup without throwing', () => {
    const nasty = [
      '<table><tr><td>',
      '<div class="bui-table"><div class="bui-table-row"></div></div>',
      table('<tr><td><svg><foreignObject><a href="javascript:alert(1)">x</a></foreignObject></svg></td><td>' + '9'.repeat(5000) + '</td></tr>'),
      '<div class="bui-pagination">1-99999999999999999999 of 2</div>' + table(''),
      table('<tr><td colspan="9">' + '<span>'.repeat(500) + 'deep' + '</span>'.repeat(500) + '</td></tr>'),
    ];
    for (const html of nasty) {
      const doc = fragmentDoc(html, 'en');
      for (const page of ['bc.ad-accounts', 'bc.members', 'bc.billing-info', 'bc.overview', 'bc.select'] as const) {
        const url = `https://business.tiktok.com${{ 'bc.ad-accounts': '/manage/accounts/adv', 'bc.members': '/manage/users/members', 'bc.billing-info': '/manage/add-billing-info', 'bc.overview': '/manage/overview', 'bc.select': '/select' }[page]}?org_id=7222222222222222222&lang=en`;
        const match = detectPage(url)!;
        const r = safeRead(readerFor(page), doc, { url: new URL(url), match, now: NOW });
        expect(r.error).not.toBe('reader-failed');
      }
    }
  });
});

describe('helpers', () => {
  it('parseCount', () => {
    expect(parseCount('200')).toBe(200);
    expect(parseCount('1,000')).toBe(1000);
    expect(parseCount('1.000')).toBe(1000);
    expect(parseCount('1 000')).toBe(1000);
    expect(parseCount('1,0')).toBeNull();
    expect(parseCount('abc')).toBeNull();
  });
  it('readPagination: ranges and totals in several languages; nonsense ignored', () => {
    const p = (html: string, lang = 'en') => readPagination(fragmentDoc(html, lang).body, lang);
    expect(p('<div class="bui-pagination">1-20 of 200</div>')).toEqual({ from: 1, to: 20, total: 200 });
    expect(p('<div class="bui-pagination">Menampilkan 1–20 dari 200</div>', 'id')).toEqual({ from: 1, to: 20, total: 200 });
    expect(p('<div class="bui-pagination">21 - 40 sur 1\u202f200</div>', 'fr')).toEqual({ from: 21, to: 40, total: 1200 });
    expect(p('<div class="bui-pagination">Gesamt: 75</div>', 'de')).toEqual({ total: 75 });
    expect(p('<div class="bui-pagination">30-20 of 10</div>')).toEqual({});
    expect(p('<div>1-20 of 200</div>')).toEqual({});
  });
  it('currencyIn', () => {
    expect(currencyIn('US Dollar (USD)')).toBe('USD');
    expect(currencyIn('IDR - Rupiah Indonesia')).toBe('IDR');
    expect(currencyIn('Euro')).toBeNull();
    expect(currencyIn('THE BEST')).toBeNull();
  });
});

// ───────────── panels (render with a real translator over the English catalogue) ─────────────

import { h, render } from 'preact';
import { createTranslator, type Catalog } from '../../utils/i18n';
import { DEFAULT_SETTINGS } from '../../utils/store/schema';
import type { AccountRecord } from '../../utils/facts/types';
import type { PanelProps } from '../../components/overlay/panels/types';
import { AccountPanel, accessVerdict } from '../../components/overlay/panels/AccountPanel';
import { BcPanel, bulkSummary } from '../../components/overlay/panels/BcPanel';
import { PANELS } from '../../components/overlay/panels';

function loadCatalog(): Catalog {
  const flat: Record<string, string> = {};
  for (const f of [path.resolve(here, '../../public/i18n/en.json'), path.resolve(here, '../../docs/messages.account.en.json')]) {
    try {
      Object.assign(flat, JSON.parse(readFileSync(f, 'utf8')) as Record<string, string>);
    } catch {
      /* the shared catalogue may not exist yet */
    }
  }
  return flat;
}
const tr = createTranslator('en', loadCatalog());

function fx(file: string): Fixture {
  const f = fixtures.find((x) => x.file === `pages/${file}`);
  if (!f) throw new Error(`fixture ${file} missing`);
  return f;
}

function panelFor(file: string, extra: Partial<PanelProps> = {}) {
  const f = fx(file);
  const match = detectPage(f.url)!;
  const result = run(fragmentDoc(f.html, f.htmlLang), f.url);
  const ticks: { item: string; value: boolean | null }[] = [];
  const props: PanelProps = {
    tr,
    match,
    result,
    record: null,
    summary: null,
    settings: DEFAULT_SETTINGS,
    now: NOW,
    onTick: (item, value) => ticks.push({ item, value }),
    ...extra,
  };
  const el = document.createElement('div');
  document.body.append(el);
  const Panel = PANELS[match.page]!;
  render(h(Panel, props), el);
  return { el, ticks, result };
}

function noRawKeys(el: Element) {
  expect(el.textContent).not.toMatch(/\b(panel|check|fact|page|bcRole|adRole|bcFinanceRole|accountStatus|who|fix)\.[a-z][\w.-]*\b/);
}

describe('AccountPanel', () => {
  it('is registered for Account setup and Account health', () => {
    expect(PANELS['ads.account-setup']).toBe(AccountPanel);
    expect(PANELS['ads.account-health']).toBe(AccountPanel);
  });

  it('ticks the set-up checklist from the page and leaves page-decided items untickable', () => {
    const { el } = panelFor('account/setup-incomplete.en.html');
    const list = el.querySelector('[data-testid="setup-checklist"]')!;
    const state = (id: string) => list.querySelector(`li[data-item="${id}"]`)?.getAttribute('data-state');
    expect(state('account.status-approved')).toBe('done');
    expect(state('account.business-details')).toBe('todo');
    expect(state('account.tax')).toBe('todo');
    expect(state('account.currency')).toBe('done');
    for (const li of Array.from(list.querySelectorAll('li.adr-check'))) {
      const input = li.querySelector('input[type="checkbox"]') as HTMLInputElement;
      expect(li.querySelector('label')?.getAttribute('for')).toBe(input.id);
      expect(input.disabled).toBe(['done', 'todo'].includes(li.getAttribute('data-state')!));
    }
    noRawKeys(el);
  });

  it('diagnoses access from the role table: ad-account Admin can pay, Analyst cannot', () => {
    const admin = panelFor('account/setup-approved.en.html').el.querySelector('[data-testid="access-diagnosis"]')!;
    expect(admin.getAttribute('data-verdict')).toBe('can');
    const analyst = panelFor('account/setup-suspended.it.html').el.querySelector('[data-testid="access-diagnosis"]')!;
    expect(analyst.getAttribute('data-verdict')).toBe('ad-role');
    expect(analyst.querySelector('ol')).not.toBeNull();
    const none = panelFor('account/setup-in-review.en.html').el.querySelector('[data-testid="access-diagnosis"]')!;
    expect(none.getAttribute('data-verdict')).toBe('unknown');
    expect(none.querySelectorAll('[data-testid="access-rules"] li')).toHaveLength(3);
  });

  it('access verdicts cover BC roles and partner ownership', () => {
    expect(accessVerdict({ 'access.ownership': 'partner', 'access.adRole': 'admin' })).toBe('partner');
    expect(accessVerdict({ 'access.bcBasicRole': 'admin', 'access.bcFinanceRole': 'none' })).toBe('bc-no-finance');
    expect(accessVerdict({ 'access.bcBasicRole': 'admin' })).toBe('finance-unknown');
    expect(accessVerdict({ 'access.bcBasicRole': 'standard', 'access.bcFinanceRole': 'manager' })).toBe('can');
    expect(accessVerdict({ 'access.bcBasicRole': 'standard', 'access.bcFinanceRole': 'analyst' })).toBe('view-only');
    expect(accessVerdict({})).toBe('unknown');
  });

  it('shows the Promote guide with the facts to compare, and the state only when a page showed it', () => {
    const { el } = panelFor('account/setup-approved.id.html');
    const guide = el.querySelector('[data-testid="promote-guide"]')!;
    expect(guide.getAttribute('data-state')).toBe('in-progress');
    expect(guide.querySelector('[data-testid="promote-in-progress"]')).not.toBeNull();
    expect(guide.querySelector('[data-fact="account.name"]')!.textContent).toBe('Toko Batik Sari');
    expect(guide.querySelector('[data-fact="account.currency"]')!.textContent).toBe('IDR');
    expect(guide.querySelector('[data-testid="promote-identical"]')).not.toBeNull();
    expect(guide.querySelectorAll('[data-testid="promote-checklist"] li.adr-check')).toHaveLength(6);

    const other = panelFor('account/setup-approved.fr.html').el.querySelector('[data-testid="promote-guide"]')!;
    expect(other.getAttribute('data-state')).toBe('unknown');
    expect(other.querySelector('[data-testid="promote-state-unknown"]')).not.toBeNull();
    expect(other.querySelector('[data-testid="promote-in-progress"]')).toBeNull();
  });

  it('lets the user tick what the page cannot show', () => {
    const { el, ticks } = panelFor('account/setup-approved.fr.html');
    const input = el.querySelector('[data-testid="promote-checklist"] li[data-item="promote.authorise"] input') as HTMLInputElement;
    expect(input.disabled).toBe(false);
    input.checked = true;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(ticks).toEqual([{ item: 'promote.authorise', value: true }]);
  });

  it('renders page values as text, never markup', () => {
    const hostile = '<img src=x onerror=alert(1)> \u202Eevil 🚀';
    const record: AccountRecord = {
      key: 'ads:7111111111111111111',
      site: 'ads',
      name: hostile,
      lastSeen: NOW,
      facts: { 'account.billingCountry': { key: 'account.billingCountry', value: hostile, page: 'ads.account-setup', readAt: NOW, source: 'page' } },
    };
    const url = 'https://ads.tiktok.com/i18n/account/health?aadvid=7111111111111111111&lang=en';
    const el = document.createElement('div');
    render(h(AccountPanel, { tr, match: detectPage(url)!, result: null, record, summary: null, settings: DEFAULT_SETTINGS, now: NOW, onTick: () => undefined }), el);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('[data-fact="account.name"]')!.textContent).toBe(hostile);
    expect(el.querySelector('[data-fact="account.billingCountry"]')!.textContent).toBe(hostile);
    expect(el.querySelector('[data-testid="account-health"]')!.getAttribute('data-state')).toBe('unknown');
  });

  it('shows account health on the health page', () => {
    const { el } = panelFor('account/health-attention.en.html');
    const s = el.querySelector('[data-testid="account-health"]')!;
    expect(s.getAttribute('data-state')).toBe('attention');
    expect(s.querySelector('.adr-warnbox')).not.toBeNull();
    noRawKeys(el);
  });
});

describe('BcPanel', () => {
  it('is registered for members, finance roles and ad accounts', () => {
    for (const p of ['bc.members', 'bc.finance-roles', 'bc.ad-accounts'] as const) expect(PANELS[p]).toBe(BcPanel);
  });

  it.each([
    ['bc/members-admin-none.en.html', 'admin', 'none', { manageFinance: 'false', viewFinance: 'false', manageMembers: 'true' }],
    ['bc/members-admin-manager.fr.html', 'admin', 'manager', { manageFinance: 'true', manageMembers: 'true' }],
    ['bc/members-standard-analyst.id.html', 'standard', 'analyst', { manageFinance: 'false', viewFinance: 'true', manageMembers: 'false' }],
    ['bc/members-standard-none.en.html', 'standard', 'none', { manageFinance: 'false', addPartners: 'false' }],
  ])('%s: roles and what they allow', (file, basic, fin, caps) => {
    const { el } = panelFor(file);
    const s = el.querySelector('[data-testid="bc-roles"]')!;
    expect(s.getAttribute('data-basic')).toBe(basic);
    expect(s.getAttribute('data-finance')).toBe(fin);
    for (const [c, v] of Object.entries(caps)) expect(s.querySelector(`[data-cap="${c}"]`)?.getAttribute('data-can'), c).toBe(v);
    expect(!!s.querySelector('[data-testid="bc-finance-grant"]')).toBe(fin !== 'manager');
    noRawKeys(el);
  });

  it('says so when the user’s own row was not found', () => {
    const { el } = panelFor('bc/members-no-self-marker.en.html');
    expect(el.querySelector('[data-testid="bc-roles-unread"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="bc-capabilities"]')).toBeNull();
  });

  it('finance-roles page: finance capabilities known, the rest not', () => {
    const { el } = panelFor('bc/finance-roles-manager.en.html');
    const s = el.querySelector('[data-testid="bc-roles"]')!;
    expect(s.querySelector('[data-cap="manageFinance"]')!.getAttribute('data-can')).toBe('true');
    expect(s.querySelector('[data-cap="manageMembers"]')!.getAttribute('data-can')).toBe('unknown');
  });

  it('bulk audit: read N of M shown / T total, K need attention, with the pagination note', () => {
    const { el, result } = panelFor('bc/ad-accounts-200.en.html');
    const s = el.querySelector('[data-testid="bc-bulk-summary"]')!;
    const attention = result.rows!.filter((r) => r.facts['account.status'] !== 'approved').length;
    expect(s.getAttribute('data-read')).toBe('50');
    expect(s.getAttribute('data-shown')).toBe('50');
    expect(s.getAttribute('data-total')).toBe('200');
    expect(s.getAttribute('data-attention')).toBe(String(attention));
    expect(s.textContent).toContain('Read 50 ad accounts (of 50 shown, 200 in total).');
    expect(s.querySelector('[data-testid="bc-pagination-note"]')).not.toBeNull();
    noRawKeys(el);
  });

  it('bulk audit without pagination has no pagination note; hostile names stay text', () => {
    const { el } = panelFor('bc/ad-accounts-25.en.html');
    const s = el.querySelector('[data-testid="bc-bulk-summary"]')!;
    expect(s.getAttribute('data-read')).toBe('25');
    expect(s.querySelector('[data-testid="bc-pagination-note"]')).toBeNull();
    expect(el.querySelector('img, b')).toBeNull();
    expect(Array.from(s.querySelectorAll('dt')).map((d) => d.textContent)).toContain('<img src=x onerror=alert(1)> Café \u202Egnp.exe 🚀🔥');
  });

  it('bulkSummary counts only what was read', () => {
    expect(bulkSummary(null)).toBeNull();
    expect(
      bulkSummary({ page: 'bc.ad-accounts', facts: {}, unreadable: [], lang: 'en', rowsShown: 3, rows: [{ account: 'ads:1', facts: { 'account.status': 'suspended', 'access.ownership': 'partner' } }, { account: 'ads:2', facts: {} }] }),
    ).toEqual({ read: 2, shown: 3, total: null, attention: [{ account: 'ads:1', name: null, status: 'suspended' }], partner: 1, noStatus: 1 });
  });
});

describe('panel catalogue', () => {
  it('every key the panels use is in docs/messages.account.en.json or the shared catalogue', () => {
    const cat = loadCatalog();
    const has = (k: string) => k in cat || `${k}_other` in cat;
    const src = ['AccountPanel.tsx', 'BcPanel.tsx'].map((f) => readFileSync(path.resolve(here, '../../components/overlay/panels', f), 'utf8')).join('\n');
    const literal = [...src.matchAll(/'((?:panel|check|who|fix|page|fact)\.[\w.-]+)'/g)].map((m) => m[1]!);
    const dynamic = [
      ...['done', 'todo', 'unknown', 'user-done', 'overridden'].map((x) => `panel.account.item.${x}`),
      ...['good', 'attention', 'restricted', 'poor'].map((x) => `panel.account.health.${x}`),
      ...['attention', 'restricted', 'poor'].map((x) => `panel.account.health.${x}.hint`),
      ...['partner', 'can', 'view-only', 'bc-no-finance', 'ad-role', 'finance-unknown', 'unknown'].map((x) => `panel.account.access.verdict.${x}`),
      ...['not-started', 'in-progress', 'done'].map((x) => `panel.account.promote.state.${x}`),
      ...['companyName', 'website', 'address', 'taxId', 'industry', 'email', 'country'].map((x) => `panel.account.field.${x}`),
      ...['manageFinance', 'viewFinance', 'manageMembers', 'addPartners', 'manageAccountSettings'].map((x) => `panel.bc.cap.${x}`),
      ...['approved', 'in-review', 'suspended', 'disapproved', 'disabled', 'not-effective'].map((x) => `accountStatus.${x}`),
      'adRole.admin', 'adRole.operator', 'adRole.analyst', 'bcRole.admin', 'bcRole.standard',
      'bcFinanceRole.manager', 'bcFinanceRole.analyst', 'bcFinanceRole.none',
      'fact.account.name', 'fact.account.id', 'fact.account.billingCountry', 'fact.account.currency', 'fact.account.businessDetails',
    ];
    const own = JSON.parse(readFileSync(path.resolve(here, '../../docs/messages.account.en.json'), 'utf8')) as Record<string, string>;
    for (const k of [...literal, ...dynamic]) {
      if (k.startsWith('panel.')) expect(k in own || `${k}_other` in own, k).toBe(true);
      else if (Object.keys(cat).length > Object.keys(own).length) expect(has(k), k).toBe(true);
    }
  });
});
