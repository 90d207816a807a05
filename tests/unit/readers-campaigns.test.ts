/**
 * Ads Manager campaign readers (utils/readers/campaigns.ts) against every fixture of the two page kinds
 * (tests/fixtures/pages/ads-campaigns and the base ads-campaigns.* / ads-creation.*), each read as the bare
 * fragment and inside the Ads Manager shell; `expect` is the oracle. Then: which hints each fixture's campaigns
 * give (utils/rules/hints.ts), the level rules (an ad-group / ad list is not read as campaigns), honesty (no table,
 * unknown language, unparseable values), hostile content, the shared row helpers, the label tables, the kit, and the
 * CampaignsPanel render.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { h, render } from 'preact';
import { fragmentDoc, server, shellDoc, type Fixture } from './fixture-docs';
import { detectPage } from '../../utils/pages/detect';
import type { AccountRecord, Campaign, FactKey, FactValues, ReadResult } from '../../utils/facts/types';
import { MAX_ROWS, adsCampaignsReader, adsCreationReader, campaignReaders } from '../../utils/readers/campaigns';
import { bidIn, cellSegments, type CampaignCtx } from '../../utils/readers/campaigns-shared';
import * as LABELS from '../../utils/readers/labels/campaigns';
import { readerFor, safeRead } from '../../utils/readers/registry';
import { READER_LANGS } from '../../utils/readers/lang';
import { campaignHints, type HintId } from '../../utils/rules/hints';
import { KIT_PAGES } from '../../utils/content/kit';
import { kit as adsKit } from '../../utils/content/kits/ads-campaigns';
import { createTranslator, type Catalog } from '../../utils/i18n';
import { DEFAULT_SETTINGS } from '../../utils/store/schema';
import { CampaignsPanel } from '../../components/overlay/panels/CampaignsPanel';
import { PANELS } from '../../components/overlay/panels';
import type { PanelProps } from '../../components/overlay/panels/types';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../..');

const all = server.loadFixtures();
const PAGES = new Set(['ads.campaigns', 'ads.creation']);
const fixtures = all.filter((f) => PAGES.has(f.expect?.page ?? ''));
const area = fixtures.filter((f) => f.file.startsWith('pages/ads-campaigns/'));
const byName = (name: string): Fixture => {
  const fx = fixtures.find((f) => f.file.endsWith(`/${name}`));
  if (!fx) throw new Error(`no fixture ${name}`);
  return fx;
};

function run(url: string, doc: Document): ReadResult {
  const match = detectPage(url);
  if (!match) throw new Error(`not an app page: ${url}`);
  return readerFor(match.page).read(doc, { url: new URL(url), match, now: NOW });
}

function checkAgainst(fx: Fixture, r: ReadResult, how: string): void {
  const exp = fx.expect!;
  if (exp.error) {
    expect(r.error, `${fx.file} (${how})`).toBe(exp.error);
    expect(r.facts, `${fx.file} (${how})`).toEqual({});
    return;
  }
  expect(r.error, `${fx.file} (${how})`).toBeUndefined();
  for (const [k, v] of Object.entries(exp.facts ?? {})) {
    expect(r.facts[k as FactKey], `${fx.file} (${how}): ${k}`).toEqual(v);
    expect(r.unreadable, `${fx.file} (${how}): ${k} read but reported unreadable`).not.toContain(k);
  }
  for (const k of exp.unreadable ?? []) expect(r.unreadable, `${fx.file} (${how}): ${k} should be unreadable`).toContain(k);
  if (exp.lang !== undefined) expect(r.lang).toBe(exp.lang);
}

function readBoth(fx: Fixture): { bare: ReadResult; shell: ReadResult } {
  const bare = run(fx.url, fragmentDoc(fx.html, fx.htmlLang));
  const doc = shellDoc(fx);
  if (!doc) throw new Error('no shell');
  return { bare, shell: run(fx.url, doc) };
}

const hintIds = (campaigns: readonly Campaign[] | undefined) => (campaigns ? campaignHints(campaigns, NOW, { page: 'ads.campaigns' }) : []);

// ───────────────────────────── fixtures ─────────────────────────────

describe('campaign fixtures', () => {
  it('the area has lists that trigger each hint, healthy lists, creation drafts, in en, fr, ja and de', () => {
    expect(area.length).toBeGreaterThanOrEqual(12);
    const langs = new Set(area.map((f) => f.lang));
    for (const l of ['en', 'fr', 'ja', 'de']) expect(langs, l).toContain(l);
    const pages = new Set(area.map((f) => f.expect?.page));
    expect(pages).toContain('ads.campaigns');
    expect(pages).toContain('ads.creation');
    // every hint of hints.ts is triggered by some fixture's expected campaigns (written from the page)
    const seen = new Set<HintId>();
    for (const f of area) for (const hnt of hintIds(f.expect?.facts?.['ads.campaigns'] as Campaign[] | undefined)) seen.add(hnt.id);
    expect([...seen].sort()).toEqual(['budget-below-minimum', 'cost-cap-low-bid', 'live-schedule', 'schedule-too-short']);
  });

  for (const fx of fixtures) {
    it(`${fx.file}: ready, and read as expect says (bare and in the shell)`, () => {
      const match = detectPage(fx.url)!;
      expect(match.page).toBe(fx.expect!.page);
      if (fx.expect!.account) expect(match.account).toBe(fx.expect!.account);
      const bareDoc = fragmentDoc(fx.html, fx.htmlLang);
      const reader = readerFor(match.page);
      expect(reader.ready(bareDoc)).toBe(true);
      const { bare, shell } = readBoth(fx);
      checkAgainst(fx, bare, 'bare');
      checkAgainst(fx, shell, 'shell');
      // the shell's chrome (top nav "Campaigns", account switcher) never changes what is read
      expect(shell.facts).toEqual(bare.facts);
    });
  }

  it('the base fixtures the reader reads now carry their campaigns in expect', () => {
    for (const name of ['ads-campaigns.en.html', 'ads-campaigns.fr.html', 'ads-campaigns.it.html', 'ads-creation.en.html', 'ads-creation.it.html'])
      expect(byName(name).expect?.facts?.['ads.campaigns'], name).toBeDefined();
  });
});

// ───────────────────────────── hints per fixture ─────────────────────────────

describe('hints the fixtures give', () => {
  const cases: [string, { id: HintId; campaign: string; certainty?: 'likely' | 'unknown'; legacy?: boolean }[]][] = [
    ['list-cost-cap-low.en.html', [{ id: 'cost-cap-low-bid', campaign: 'Espresso Pods – Purchases' }]],
    ['list-short-schedule.fr.html', [{ id: 'schedule-too-short', campaign: 'Vente flash Noël' }, { id: 'budget-below-minimum', campaign: 'Vente flash Noël', certainty: 'unknown' }, { id: 'budget-below-minimum', campaign: 'Rouge à lèvres – Conversions', certainty: 'unknown' }]],
    ['list-low-budget.ja.html', [{ id: 'budget-below-minimum', campaign: '冬の新作 – コンバージョン' }, { id: 'budget-below-minimum', campaign: '年末セール' }]],
    ['list-unknown-currency.ja.html', [{ id: 'budget-below-minimum', campaign: 'クリスマスケーキ予約', certainty: 'unknown' }]],
    ['list-live-legacy.en.html', [{ id: 'live-schedule', campaign: 'Friday LIVE – Tasting session', legacy: true }]],
    [
      'list-all-hints.de.html',
      [
        { id: 'cost-cap-low-bid', campaign: 'Adventskalender – Blitzaktion' },
        { id: 'schedule-too-short', campaign: 'Adventskalender – Blitzaktion' },
        { id: 'budget-below-minimum', campaign: 'Adventskalender – Blitzaktion' },
      ],
    ],
    ['list-healthy.en.html', []],
    ['list-healthy.de.html', []],
    ['list-empty.fr.html', []],
    [
      'creation-draft-hints.en.html',
      [
        { id: 'cost-cap-low-bid', campaign: 'Holiday Gift Sets – Flash' },
        { id: 'schedule-too-short', campaign: 'Holiday Gift Sets – Flash' },
        { id: 'budget-below-minimum', campaign: 'Holiday Gift Sets – Flash' },
      ],
    ],
    ['creation-draft-healthy.ja.html', []],
    ['ads-campaigns.en.html', [{ id: 'schedule-too-short', campaign: 'Cold Brew Launch – Test' }]],
  ];
  for (const [name, want] of cases) {
    it(name, () => {
      const fx = byName(name);
      const { shell } = readBoth(fx);
      const got = hintIds(shell.facts['ads.campaigns']).map((x) => ({
        id: x.id,
        campaign: x.evidence.campaign,
        certainty: x.certainty,
        legacy: !!x.legacy,
      }));
      expect(got).toEqual(want.map((w) => ({ id: w.id, campaign: w.campaign, certainty: w.certainty ?? 'likely', legacy: !!w.legacy })));
    });
  }

  it('evidence carries the values compared', () => {
    const fx = byName('list-cost-cap-low.en.html');
    const [hint] = hintIds(readBoth(fx).shell.facts['ads.campaigns']);
    expect(hint!.evidence.values).toEqual({ bidStrategy: 'cost-cap', budget: '50.00 USD', bid: '8.00 USD' });
  });
});

// ───────────────────────────── levels and steps ─────────────────────────────

describe('levels: only the Campaign level is read as campaigns', () => {
  it('the Ad group tab (selected in the page) is not read, and not reported unreadable', () => {
    const { bare, shell } = readBoth(byName('list-adgroup-tab.en.html'));
    for (const r of [bare, shell]) {
      expect(r.facts['ads.campaigns']).toBeUndefined();
      expect(r.unreadable).toEqual([]);
      expect(r.lang).toBe('en');
    }
  });
  it('the ad-group route (base ads-campaigns.id) is not read', () => {
    const { shell } = readBoth(byName('ads-campaigns.id.html'));
    expect(shell.facts['ads.campaigns']).toBeUndefined();
    expect(shell.unreadable).toEqual([]);
  });
  it('an ad-group list without tabs is told by its "Ad group name" column', () => {
    const url = 'https://ads.tiktok.com/i18n/perf?aadvid=7089362853240553474&lang=en';
    const doc = fragmentDoc('<table><thead><tr><th>Ad group name</th><th>Status</th><th>Budget</th></tr></thead><tbody><tr><td>G1</td><td>Active</td><td>25.00 USD / day</td></tr></tbody></table>', 'en');
    expect(run(url, doc).facts['ads.campaigns']).toBeUndefined();
  });
  it('the selected tab wins over the route (SPA tab change without a route change)', () => {
    const fx = byName('list-cost-cap-low.en.html');
    const html = fx.html.replace('class="vi-tab vi-tab-active" aria-selected="true">Campaign', 'class="vi-tab" aria-selected="false">Campaign').replace('class="vi-tab" aria-selected="false">Ad group', 'class="vi-tab vi-tab-active" aria-selected="true">Ad group');
    expect(run(fx.url, fragmentDoc(html, 'en')).facts['ads.campaigns']).toBeUndefined();
  });
  it('creation: the ad-group and ad steps are not read as the campaign (base id, fr)', () => {
    for (const name of ['ads-creation.id.html', 'ads-creation.fr.html']) {
      const { shell } = readBoth(byName(name));
      expect(shell.facts['ads.campaigns'], name).toBeUndefined();
      expect(shell.unreadable, name).toEqual([]);
    }
  });
});

// ───────────────────────────── honesty ─────────────────────────────

describe('honesty', () => {
  const LIST = 'https://ads.tiktok.com/i18n/perf/campaign?aadvid=7089362853240553474&lang=en';
  const CREATE = 'https://ads.tiktok.com/i18n/creation/campaign?aadvid=7089362853240553474&lang=en';

  it('a campaign-level page whose list cannot be found → unreadable, nothing guessed', () => {
    const r = run(LIST, fragmentDoc('<div class="vi-manage"><div role="tablist"><button role="tab" aria-selected="true">Campaign</button><button role="tab">Ad group</button></div><div class="cards"><div>EU Winter Blend</div><div>150.00 USD</div></div></div>', 'en'));
    expect(r.facts['ads.campaigns']).toBeUndefined();
    expect(r.unreadable).toEqual(['ads.campaigns']);
  });

  it('a campaign step without a name field → unreadable; a name not typed yet → nothing, not unreadable', () => {
    const noField = run(CREATE, fragmentDoc('<ol><li class="vi-step vi-step-active">Campaign</li><li>Ad group</li></ol><form><div><span>Advertising objective</span><span>Traffic</span></div></form>', 'en'));
    expect(noField.unreadable).toEqual(['ads.campaigns']);
    const empty = run(CREATE, fragmentDoc('<ol><li class="vi-step vi-step-active">Campaign</li><li>Ad group</li></ol><form><label><span>Campaign name</span><input value=""></label></form>', 'en'));
    expect(empty.facts).toEqual({});
    expect(empty.unreadable).toEqual([]);
  });

  it('values that cannot be parsed are left out (amount without currency, garbled date), the rest is read', () => {
    const html = '<table><thead><tr><th>Campaign name</th><th>Status</th><th>Budget</th><th>Bid strategy</th><th>Schedule</th></tr></thead><tbody><tr><td>A</td><td>Something new</td><td>50</td><td>Bid cap</td><td>soon – later</td></tr></tbody></table>';
    const [c] = run(LIST, fragmentDoc(html, 'en')).facts['ads.campaigns']!;
    expect(c).toEqual({ name: 'A', status: 'Something new', bidStrategy: 'other' });
  });

  it('a language without a table (Korean) → no-label-table and no fact (stored fixture)', () => {
    const r = readBoth(byName('list-unknown-lang.ko.html'));
    for (const x of [r.bare, r.shell]) {
      expect(x.error).toBe('no-label-table');
      expect(x.facts).toEqual({});
    }
  });

  it('a page that declares no language is read by the labels it shows', () => {
    const fx = byName('list-short-schedule.fr.html');
    const url = fx.url.replace('&lang=fr', '');
    const r = run(url, fragmentDoc(fx.html, null));
    expect(r.lang).toBe('fr');
    expect(r.facts['ads.campaigns']).toEqual(fx.expect!.facts!['ads.campaigns']);
  });

  it(`a list of thousands of rows is read up to its first ${MAX_ROWS} rows (bounded time and storage)`, () => {
    const rows = Array.from({ length: MAX_ROWS + 50 }, (_, i) => `<tr><td>C${i}</td><td>Active</td><td>${60 + (i % 10)}.00 USD / day</td><td>Maximum Delivery</td></tr>`).join('');
    const doc = fragmentDoc(`<div role="tablist"><button role="tab" aria-selected="true" class="vi-tab-active">Campaign</button></div><table><thead><tr><th>Name</th><th>Status</th><th>Budget</th><th>Bid strategy</th></tr></thead><tbody>${rows}</tbody></table>`, 'en');
    const list = run(LIST, doc).facts['ads.campaigns']!;
    expect(list).toHaveLength(MAX_ROWS);
    expect(list[0]).toEqual({ name: 'C0', status: 'active', budget: { amount: '60.00', currency: 'USD' }, budgetPeriod: 'daily', bidStrategy: 'max-delivery' });
  });

  it('a French page showing English column names (mixed) still reads', () => {
    const fx = byName('list-cost-cap-low.en.html');
    const url = fx.url.replace('lang=en', 'lang=fr');
    const r = run(url, fragmentDoc(fx.html, 'fr'));
    expect(r.facts['ads.campaigns']).toEqual(fx.expect!.facts!['ads.campaigns']);
  });
});

// ───────────────────────────── hostile content ─────────────────────────────

describe('hostile content', () => {
  const HOSTILE = ['<img src=x onerror=alert(1)> "Quoted"', '\u202Eevil\u202C 🚀 Café', '=HYPERLINK("http://x")', 'x'.repeat(5000)];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

  it('campaign names are read verbatim, as text', () => {
    const fx = byName('list-cost-cap-low.en.html');
    for (const name of HOSTILE) {
      const doc = shellDoc(fx)!;
      const cell = Array.from(doc.querySelectorAll('.vi-cell-name')).find((e) => e.textContent === 'Espresso Pods – Purchases')!;
      cell.innerHTML = esc(name);
      const r = run(fx.url, doc);
      expect(r.facts['ads.campaigns']![0]!.name).toBe(name.replace(/\s+/g, ' ').trim());
      expect(doc.querySelectorAll('[data-fx-root] img, [data-fx-root] script').length).toBe(0);
    }
  });

  const bodies: Record<string, string> = {
    'live script and handlers': '<script>throw new Error("x")</script><img src=x onerror="throw 1"><table><tr><td colspan="-5" rowspan="99999">x</td></tr></table>',
    'broken tables': '<table><thead><tr><th>Name</th><th>Budget</th></tr></thead><tbody><tr></tr><tr><td></td></tr><tr><td>a</td><td>７３９９０００</td><td>extra</td></tr></tbody></table>',
    'deep nesting': '<div>'.repeat(2000) + 'Campaign name' + '</div>'.repeat(2000),
    'label soup': Array.from({ length: 300 }, (_, i) => `<dt>Campaign name</dt><dd>${'y'.repeat(200)}${i}</dd><dt>Budget</dt><dd>=1+1 USD</dd>`).join(''),
    'empty body': '',
  };
  for (const page of ['ads.campaigns', 'ads.creation'] as const) {
    for (const [kind, body] of Object.entries(bodies)) {
      it(`${page} on ${kind}: never throws`, () => {
        const url = page === 'ads.campaigns' ? 'https://ads.tiktok.com/i18n/perf/campaign?aadvid=7399000000000000001' : 'https://ads.tiktok.com/i18n/creation/campaign?aadvid=7399000000000000001';
        const match = detectPage(url)!;
        const doc = document.implementation.createHTMLDocument('');
        doc.documentElement.setAttribute('lang', 'en');
        doc.body.innerHTML = body;
        const reader = readerFor(page);
        expect(() => reader.ready(doc)).not.toThrow();
        let r: ReadResult | undefined;
        expect(() => (r = reader.read(doc, { url: new URL(url), match, now: NOW }))).not.toThrow();
        expect(r!.page).toBe(page);
        expect(safeRead(reader, doc, { url: new URL(url), match, now: NOW }).page).toBe(page);
      });
    }
  }
});

// ───────────────────────────── shared helpers, labels, kit ─────────────────────────────

describe('shared row helpers (utils/readers/campaigns-shared.ts)', () => {
  const ctx = (lang: 'en' | 'fr' | 'it' | 'id'): CampaignCtx => ({ lang, parseLang: () => lang, now: NOW, hit: () => undefined });
  const cell = (html: string) => {
    const d = document.createElement('td');
    d.innerHTML = html;
    return d;
  };
  it('splits a cell into what it shows, in order', () => {
    expect(cellSegments(cell('Cost Cap<div class="sub">Bid: 12.00 USD</div>'))).toEqual(['Cost Cap', 'Bid: 12.00 USD']);
    expect(cellSegments(cell('Plafond de coût (enchère : 9,00 EUR)'))).toEqual(['Plafond de coût', 'enchère : 9,00 EUR']);
    expect(cellSegments(cell('<div><span>Not delivering</span><div>Campaign budget exceeded</div></div>'))).toEqual(['Not delivering', 'Campaign budget exceeded']);
    expect(cellSegments(cell('Batas Biaya – Bid Rp 45.000'))).toEqual(['Batas Biaya', 'Bid Rp 45.000']);
  });
  it('reads a bid written after a bid word, in several languages', () => {
    const L = { columns: { name: {} }, statuses: {}, kinds: LABELS.LIST_KINDS, strategies: LABELS.LIST_BID_STRATEGIES, period: LABELS.LIST_BUDGET_PERIOD, separators: [], openEnd: {}, bidWords: LABELS.BID_WORDS };
    expect(bidIn(ctx('en'), L, 'Bid: 12.00 USD')).toEqual({ amount: '12.00', currency: 'USD' });
    expect(bidIn(ctx('fr'), L, 'enchère : 9,00 EUR')).toEqual({ amount: '9.00', currency: 'EUR' });
    expect(bidIn(ctx('it'), L, 'offerta 3,50 EUR')).toEqual({ amount: '3.50', currency: 'EUR' });
    expect(bidIn(ctx('id'), L, 'Bid Rp 45.000')).toEqual({ amount: '45000', currency: 'IDR' });
    expect(bidIn(ctx('en'), L, 'Bidding 12.00 USD')).toBeUndefined();
  });
});

describe('label tables (utils/readers/labels/campaigns.ts)', () => {
  type Tables = Record<string, unknown>;
  const isTable = (v: unknown): v is Record<string, readonly string[]> =>
    !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => Array.isArray(x)) && Object.keys(v).length > 0;
  const tables: [string, Record<string, readonly string[]>][] = [];
  for (const [name, v] of Object.entries(LABELS as unknown as Tables)) {
    if (isTable(v)) tables.push([name, v]);
    else if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, t] of Object.entries(v as Tables)) if (isTable(t)) tables.push([`${name}.${k}`, t]);
  }
  it('every table covers the eleven languages', () => {
    expect(tables.length).toBeGreaterThan(25);
    const missing = tables.flatMap(([name, t]) => READER_LANGS.filter((l) => !(t[l]?.length ?? 0)).map((l) => `${name}.${l}`));
    expect(missing).toEqual([]);
  });
  it('every language line is tagged [C] or [I]', () => {
    const src = readFileSync(path.join(ROOT, 'utils/readers/labels/campaigns.ts'), 'utf8');
    const lines = src.split('\n').filter((l) => new RegExp(`^\\s*(?:${READER_LANGS.join('|')}):\\s*\\[`).test(l));
    expect(lines.length).toBeGreaterThan(150);
    expect(lines.filter((l) => !/\/\/ \[(C|I)\]/.test(l))).toEqual([]);
  });
});

describe('kit and registry', () => {
  it('the ads-campaigns kit reads and shows both pages; KIT_PAGES lists them; the registry agrees', () => {
    for (const p of ['ads.campaigns', 'ads.creation'] as const) {
      expect(KIT_PAGES.ads).toContain(p);
      expect(adsKit.panelPages).toContain(p);
      expect(adsKit.readers.some((r) => r.pages.includes(p))).toBe(true);
      expect(PANELS[p]).toBe(CampaignsPanel);
    }
    expect(readerFor('ads.campaigns')).toBe(adsCampaignsReader);
    expect(readerFor('ads.creation')).toBe(adsCreationReader);
    expect(campaignReaders).toEqual([adsCampaignsReader, adsCreationReader]);
  });
  it('ready() waits for content: the shell skeleton alone is not ready', () => {
    const fx = byName('list-cost-cap-low.en.html');
    const doc = shellDoc(fx)!;
    doc.querySelector('[data-fx-root]')!.innerHTML = '<div class="vi-skeleton" role="status" aria-busy="true"><i></i><i></i></div>';
    expect(adsCampaignsReader.ready(doc)).toBe(false);
    expect(adsCreationReader.ready(doc)).toBe(false);
  });
});

// ───────────────────────────── CampaignsPanel ─────────────────────────────

const catalog = (f: string): Catalog => JSON.parse(readFileSync(path.join(ROOT, f), 'utf8')) as Catalog;
const messages: Catalog = { ...catalog('public/i18n/en.json'), ...catalog('docs/messages.campaigns.en.json') };

function recordOf(key: string, facts: Partial<FactValues>, page: 'ads.campaigns' | 'ads.creation' = 'ads.campaigns'): AccountRecord {
  const f: AccountRecord['facts'] = {};
  for (const [k, v] of Object.entries(facts)) (f as Record<string, unknown>)[k] = { key: k, value: v, page, readAt: NOW - 2 * 3_600_000, source: 'page' };
  return { key, site: 'ads', name: null, lastSeen: NOW, facts: f };
}

function renderPanel(url: string, o: { result?: ReadResult | null; stored?: Partial<FactValues> } = {}) {
  const match = detectPage(url)!;
  const host = document.createElement('div');
  document.body.append(host);
  const props: PanelProps = {
    tr: createTranslator('en', messages),
    match,
    result: o.result ?? null,
    record: o.stored ? recordOf(match.account!, o.stored) : null,
    summary: null,
    settings: DEFAULT_SETTINGS,
    now: NOW,
    onTick: () => undefined,
  };
  render(h(CampaignsPanel, props), host);
  return host;
}

describe('CampaignsPanel', () => {
  it('shows each hint with its evidence (campaign name + values) and fix steps', () => {
    const fx = byName('list-all-hints.de.html');
    const result = readBoth(fx).shell;
    const host = renderPanel(fx.url, { result });
    const panel = host.querySelector('[data-testid="campaigns-panel"]')!;
    expect(panel.getAttribute('data-state')).toBe('hints');
    const items = Array.from(host.querySelectorAll('[data-testid="campaign-hints"] > li'));
    expect(items.map((e) => e.getAttribute('data-hint'))).toEqual(['cost-cap-low-bid', 'schedule-too-short', 'budget-below-minimum']);
    const first = items[0]!;
    expect(first.querySelector('[data-testid="hint-evidence"]')!.textContent).toContain('Adventskalender – Blitzaktion');
    expect(first.textContent).toContain('40.00 USD');
    expect(first.textContent).toContain('6.00 USD');
    expect(first.textContent).toContain('Cost Cap');
    expect(first.querySelectorAll('ol li').length).toBeGreaterThan(0);
    expect(first.querySelector('a')!.getAttribute('href')).toBe('https://ads.tiktok.com/i18n/perf/campaign?aadvid=7412093847561029384');
    expect(host.textContent).toContain('3 signs of under-performance:');
    expect(host.textContent).not.toMatch(/panel\.campaigns\.|hint\.|fix\.hint\./);
  });

  it('"no hint" state says how many campaigns were checked', () => {
    const fx = byName('list-healthy.en.html');
    const host = renderPanel(fx.url, { result: readBoth(fx).shell });
    expect(host.querySelector('[data-testid="campaigns-panel"]')!.getAttribute('data-state')).toBe('none');
    expect(host.querySelector('[data-testid="campaigns-none"]')!.textContent).toBe('No sign of under-performance in the 3 campaigns checked.');
    expect(host.querySelector('[data-testid="campaign-hints"]')).toBeNull();
  });

  it('an empty list says so', () => {
    const fx = byName('list-empty.fr.html');
    const host = renderPanel(fx.url, { result: readBoth(fx).shell });
    expect(host.querySelector('[data-testid="campaigns-none"]')!.textContent).toBe(messages['panel.campaigns.empty']);
  });

  it('LIVE Shopping Ads guidance is shown apart, marked legacy with its date', () => {
    const fx = byName('list-live-legacy.en.html');
    const host = renderPanel(fx.url, { result: readBoth(fx).shell, stored: { 'account.timezone': 'UTC+01:00' } });
    expect(host.querySelector('[data-testid="campaign-hints"]')).toBeNull();
    const legacy = host.querySelector('[data-testid="legacy-hints"]')!;
    const li = legacy.querySelector('li[data-hint="live-schedule"]')!;
    expect(li.getAttribute('data-legacy')).toBe('2025-07-01');
    expect(li.textContent).toContain('legacy since');
    expect(li.textContent).toContain('Friday LIVE – Tasting session');
    expect(li.textContent).toContain('LIVE Shopping Ads');
    expect(li.textContent).toContain('UTC+01:00');
  });

  it('the campaign being set up (creation flow) is checked, with fixes on the creation page', () => {
    const fx = byName('creation-draft-hints.en.html');
    const host = renderPanel(fx.url, { result: readBoth(fx).shell });
    expect(host.querySelector('[data-testid="campaigns-source"]')!.textContent).toBe(messages['panel.campaigns.draft']);
    expect(host.querySelectorAll('[data-testid="campaign-hints"] > li').length).toBe(3);
    expect(host.querySelector('[data-testid="campaign-hints"] a')!.getAttribute('href')).toContain('/i18n/creation/campaign?aadvid=');
  });

  it('other currencies are said to be not compared, not judged', () => {
    const fx = byName('list-unknown-currency.ja.html');
    const host = renderPanel(fx.url, { result: readBoth(fx).shell });
    const li = host.querySelector('li[data-hint="budget-below-minimum"]')!;
    expect(li.getAttribute('data-certainty')).toBe('unknown');
    expect(li.textContent).toContain(messages['panel.campaigns.uncertain']);
  });

  it('nothing read yet → says so and links to the campaign list', () => {
    const host = renderPanel('https://ads.tiktok.com/i18n/perf/campaign?aadvid=7089362853240553474');
    const note = host.querySelector('[data-testid="campaigns-note"]')!;
    expect(note.getAttribute('data-note')).toBe('notRead');
    expect(note.querySelector('a')!.getAttribute('href')).toBe('https://ads.tiktok.com/i18n/perf/campaign?aadvid=7089362853240553474');
  });

  it('on the Ad group tab: says campaigns are checked on the Campaign tab, and shows the stored campaigns with when they were read', () => {
    const fx = byName('list-adgroup-tab.en.html');
    const stored = { 'ads.campaigns': byName('list-cost-cap-low.en.html').expect!.facts!['ads.campaigns'] as Campaign[] };
    const host = renderPanel(fx.url, { result: readBoth(fx).shell, stored });
    expect(host.querySelector('[data-testid="campaigns-note"]')!.getAttribute('data-note')).toBe('otherLevel');
    expect(host.querySelector('[data-testid="campaigns-source"]')!.textContent).toContain('2 hours ago');
    expect(host.querySelector('li[data-hint="cost-cap-low-bid"]')).not.toBeNull();
  });

  it('a list that could not be read is said so', () => {
    const url = 'https://ads.tiktok.com/i18n/perf/campaign?aadvid=7089362853240553474&lang=en';
    const result: ReadResult = { page: 'ads.campaigns', facts: {}, unreadable: ['ads.campaigns'], lang: 'en' };
    const host = renderPanel(url, { result });
    expect(host.querySelector('[data-testid="campaigns-note"]')!.getAttribute('data-note')).toBe('unreadable');
  });

  it('renders without throwing on every fixture of both pages, and never shows a raw key', () => {
    for (const fx of fixtures) {
      const host = renderPanel(fx.url, { result: readBoth(fx).shell });
      expect(host.querySelector('[data-testid="campaigns-panel"]'), fx.file).not.toBeNull();
      expect(host.textContent, fx.file).not.toMatch(/panel\.campaigns\.|\bhint\.[a-z]|fix\.hint\./);
    }
  });
});
