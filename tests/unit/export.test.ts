import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountRecord, Fact, FactKey, FactMap, FactValues } from '../../utils/facts/types';
import { createTranslator, type Catalog } from '../../utils/i18n';
import type { PageId } from '../../utils/pages/routes';
import type { AccountSummary } from '../../utils/rules/engine';
import { RULES } from '../../utils/rules';
import type { Rule } from '../../utils/rules/types';
import { DEFAULT_SETTINGS } from '../../utils/store/schema';
import { parseAccountRecord } from '../../utils/store/validate';
import {
  CSV_COLUMNS,
  FACT_KEYS,
  MAX_IMPORT_CHARS,
  auditSchema,
  exportFileName,
  mergeImported,
  neutralizeFormula,
  parseImport,
  serializeAuditExport,
  summarizeAll,
  toAuditExport,
  toCsv,
  type AuditExport,
} from '../../utils/export';

const ROOT = resolve(__dirname, '../..');
const SCHEMA_PATH = resolve(ROOT, 'docs/adready-audit.schema.json');
const NOW = Date.UTC(2026, 4, 4, 9, 30, 0); // 2026-05-04T09:30:00Z
const H = 3_600_000;
const VERSION = '0.1.0';

// ───────────────────────────── fixtures ─────────────────────────────

/** One realistic value for every fact key (typed: a new fact key does not compile until it is added here). */
const ALL_VALUES: { [K in FactKey]: FactValues[K] } = {
  'account.name': 'Trattoria Bella Napoli – IT',
  'account.id': '7312456789012345678',
  'account.status': 'approved',
  'account.health': 'good',
  'account.currency': 'EUR',
  'account.timezone': 'Europe/Rome',
  'account.billingCountry': 'IT',
  'account.businessDetails': { companyName: true, address: true, taxId: false },
  'billing.option': 'automatic',
  'billing.methods': [
    { brand: 'visa', funding: 'credit', last4: '4242', expiry: '2027-08', primary: true },
    { brand: 'paypal', funding: 'unknown', primary: false, flaggedInvalid: false },
  ],
  'billing.spendSoFar': { amount: '412.50', currency: 'EUR' },
  'billing.threshold': { amount: '500.00', currency: 'EUR' },
  'billing.billDate': '2026-05-06',
  'billing.cashBalance': { amount: '0.00', currency: 'EUR' },
  'billing.adCredit': { amount: '25.00', currency: 'EUR' },
  'billing.outstanding': { amount: '0.00', currency: 'EUR' },
  'billing.payNowBanner': false,
  'billing.currency': 'EUR',
  'billing.payments': [
    { date: '2026-04-30', kind: 'payment', status: 'success', amount: { amount: '500.00', currency: 'EUR' } },
    { date: '2026-04-12', kind: 'payment', status: 'failed' },
  ],
  'billing.failedPayments': 1,
  'billing.invoices': [{ serial: 'BDUE20260401123', dueDate: '2026-04-15', amount: { amount: '987.65', currency: 'EUR' }, status: 'paid' }],
  'billing.bcManaged': true,
  'billing.balanceAlert': false,
  'access.adRole': 'admin',
  'access.bcBasicRole': 'admin',
  'access.bcFinanceRole': 'manager',
  'access.ownership': 'owned',
  'ads.campaigns': [
    {
      name: 'Cold Brew Launch – Test',
      status: 'limited',
      budget: { amount: '60.00', currency: 'USD' },
      budgetPeriod: 'daily',
      bidStrategy: 'cost-cap',
      bid: { amount: '4.20', currency: 'USD' },
      scheduleStart: '2026-04-26',
      scheduleEnd: '2026-04-30',
    },
  ],
  'bc.pageRead': true,
  'bc.accountsListed': 42,
  'seller.adsEntry': true,
  'seller.roles': ['owner', 'ads-manager'],
  'seller.setupSteps': { businessCenter: 'done', adAccount: 'todo' },
  'seller.errorBanner': { kind: 'bc-admin', text: 'You need admin permission in Business Center to create Shop Ads.' },
  'seller.adAccount': { name: 'Bella Shop Ads', id: '7401234567890123456' },
  'seller.campaigns': [
    {
      name: 'GMV Max – Spring',
      status: 'Active',
      budget: { amount: '50000', currency: 'JPY' },
      budgetPeriod: 'daily',
      bidStrategy: 'roi-target',
      roiTarget: '4.5',
      scheduleStart: '2026-04-01',
      kind: 'gmv-max',
    },
  ],
  'seller.onboarding': { verification: 'done', bankAccount: 'done', addresses: 'todo', productLive: 'todo' },
  'seller.canSell': false,
  'seller.bcBinding': 'own',
  'promote.integrationState': 'in-progress',
};

function fact<K extends FactKey>(key: K, value: FactValues[K], page: PageId, readAt: number, source: 'page' | 'user' = 'page'): Fact<K> {
  return { key, value, page, readAt, source };
}

function facts(...list: Fact[]): FactMap {
  const out: Record<string, Fact> = {};
  for (const f of list) out[f.key] = f;
  return out as FactMap;
}

function record(key: string, name: string | null, lastSeen: number, fm: FactMap, extra: Partial<AccountRecord> = {}): AccountRecord {
  const site = key.split(':')[0] as AccountRecord['site'];
  return { key, site, name, lastSeen, facts: fm, ...extra };
}

/** Every fact key on one ads account (readAt spread over the last hours). */
function everything(key: string): AccountRecord {
  const fm: Record<string, Fact> = {};
  FACT_KEYS.forEach((k, i) => {
    fm[k] = { key: k, value: ALL_VALUES[k], page: 'ads.payment', readAt: NOW - (i + 1) * 60_000, source: i % 7 === 0 ? 'user' : 'page' } as Fact;
  });
  return record(key, 'Everything Store', NOW - 60_000, fm as FactMap, { ticks: { 'autopay.card-added': true, 'autopay.threshold-known': false } });
}

const HOSTILE_NAME = '<img src=x onerror=alert(1)> "Quoted", \u202Eevil\u202C 🚀👩‍👩‍👧 Café';

function richRecords(): AccountRecord[] {
  return [
    record('ads:7312456789012345678', 'Trattoria Bella Napoli', NOW - H, facts(
      fact('account.status', 'approved', 'ads.account-setup', NOW - H),
      fact('billing.option', 'automatic', 'ads.payment', NOW - H),
      fact('billing.spendSoFar', { amount: '412.50', currency: 'EUR' }, 'ads.payment', NOW - H),
      fact('billing.threshold', { amount: '500.00', currency: 'EUR' }, 'ads.payment', NOW - H),
    ), { lastPage: 'ads.payment', ticks: { 'autopay.card-added': true } }),
    record('ads:7298765432109876543', 'Ramen Ichiban 東京', NOW - 2 * H, facts(
      fact('account.status', 'suspended', 'ads.account-setup', NOW - 2 * H),
      fact('billing.spendSoFar', { amount: '12345', currency: 'JPY' }, 'ads.payment', NOW - 2 * H),
    )),
    record('ads:7301111111111111111', 'Agência Sol', NOW - 3 * H, facts(fact('account.status', 'in-review', 'ads.account-setup', NOW - 3 * H))),
    record('ads:7302222222222222222', null, NOW - 4 * H, facts(fact('billing.option', 'manual', 'ads.payment', NOW - 4 * H))),
    record('bc:7123456789012345678', 'Northwind Media BC', NOW - 5 * H, facts(
      fact('bc.pageRead', true, 'bc.overview', NOW - 5 * H),
      fact('access.bcFinanceRole', 'none', 'bc.finance-roles', NOW - 5 * H),
    )),
    record('seller:seller-us.tiktok.com:7495021234567890123', HOSTILE_NAME, NOW - 6 * H, facts(
      fact('seller.adsEntry', false, 'seller.home', NOW - 6 * H),
      fact('seller.roles', ['marketing'], 'seller.users', NOW - 6 * H),
      fact('seller.errorBanner', { kind: 'bc-admin', text: '=HYPERLINK("http://x")' }, 'seller.ads', NOW - 6 * H),
    )),
    record('seller:seller-id.tokopedia.com:ID', '=cmd|\' /C calc\'!A0', NOW - 7 * H, facts()),
    everything('ads:7309999999999999999'),
  ];
}

/**
 * A fixed rule set, so these tests do not move when the real catalogue grows (the real one is checked against
 * the schema separately). Same shape as the real `account.status-approved`.
 */
const TEST_RULES: Rule[] = [
  {
    id: 'account.status-approved',
    sites: ['ads'],
    weight: 25,
    evaluate(ctx) {
      const status = ctx.get('account.status');
      const fix = { page: 'ads.account-setup' as const, steps: ['fix.status.open', 'fix.status.review', 'fix.status.appeal'], who: 'who.adAdmin' };
      if (status === undefined) return { status: 'unknown', evidence: ['account.status'], fix: null, message: 'rule.account.status-approved.unknown' };
      if (status === 'approved') return { status: 'pass', evidence: ['account.status'], fix: null, message: 'rule.account.status-approved.pass' };
      if (status === 'in-review') return { status: 'warn', evidence: ['account.status'], fix, message: 'rule.account.status-approved.review' };
      return { status: 'fail', evidence: ['account.status'], fix, message: 'rule.account.status-approved.fail', params: { status: `@accountStatus.${status}` } };
    },
  },
];

function loadSchema(): object {
  return JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object;
}

function validator() {
  return new Ajv({ allErrors: true }).compile(loadSchema());
}

function build(records = richRecords(), rules: readonly Rule[] = TEST_RULES): AuditExport {
  return toAuditExport(records, DEFAULT_SETTINGS, NOW, { version: VERSION, rules });
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

type Path = (string | number)[];
const DELETE = Symbol('delete');
type Bag = Record<string | number, unknown>;

/** The value at `path` inside parsed JSON. */
function at(root: unknown, path: Path): unknown {
  let cur = root;
  for (const p of path) cur = (cur as Bag)[p];
  return cur;
}

/** Sets (or with DELETE removes) the value at `path` inside parsed JSON. */
function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = at(root, path.slice(0, -1)) as Bag;
  const last = path[path.length - 1]!;
  if (value === DELETE) delete parent[last];
  else parent[last] = value;
}

function accountAt(x: AuditExport, key: string): Bag {
  return x.accounts.find((a) => a.key === key) as unknown as Bag;
}

// ───────────────────────────── JSON export ─────────────────────────────

describe('toAuditExport', () => {
  it('writes the envelope of DESIGN §8.2', () => {
    const x = build();
    expect(x.format).toBe('adready-audit');
    expect(x.version).toBe(1);
    expect(x.exportedAt).toBe('2026-05-04T09:30:00.000Z');
    expect(x.generator).toBe('AdReady 0.1.0');
    expect(x.accounts).toHaveLength(8);
    expect(x.summary.total).toBe(8);
    const sum = Object.values(x.summary.counts).reduce((a, b) => a + b, 0);
    expect(sum).toBe(8);
    expect(x.summary.counts.blocked).toBe(1);
    expect(x.summary.counts['at-risk']).toBe(1);
  });

  it('sorts accounts by urgency, then name (no name last)', () => {
    const x = build();
    const order = { blocked: 0, 'at-risk': 1, unknown: 2, ready: 3 } as const;
    for (let i = 1; i < x.accounts.length; i++) {
      expect(order[x.accounts[i - 1]!.readiness]).toBeLessThanOrEqual(order[x.accounts[i]!.readiness]);
    }
    expect(x.accounts[0]!.key).toBe('ads:7298765432109876543');
    expect(x.accounts[1]!.key).toBe('ads:7301111111111111111');
    const unknown = x.accounts.filter((a) => a.readiness === 'unknown').map((a) => a.name);
    expect(unknown.at(-1)).toBeNull();
    const named = unknown.filter((n): n is string => n !== null);
    expect(named).toEqual([...named].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('keeps key, site, id, name verbatim and money as stored decimal strings', () => {
    const x = build();
    const seller = x.accounts.find((a) => a.key === 'seller:seller-us.tiktok.com:7495021234567890123')!;
    expect(seller.site).toBe('seller');
    expect(seller.id).toBe('7495021234567890123');
    expect(seller.name).toBe(HOSTILE_NAME);
    expect(x.accounts.find((a) => a.key === 'seller:seller-id.tokopedia.com:ID')!.id).toBe('ID');
    const jp = x.accounts.find((a) => a.key === 'ads:7298765432109876543')!;
    expect(jp.facts['billing.spendSoFar']).toEqual({
      value: { amount: '12345', currency: 'JPY' },
      readAt: '2026-05-04T07:30:00.000Z',
      page: 'ads.payment',
      source: 'page',
    });
    const it = x.accounts.find((a) => a.key === 'ads:7312456789012345678')!;
    expect(it.facts['billing.spendSoFar']!.value).toEqual({ amount: '412.50', currency: 'EUR' });
    expect(it.lastSeen).toBe('2026-05-04T08:30:00.000Z');
    expect(it.ticks).toEqual({ 'autopay.card-added': true });
    expect(x.accounts.find((a) => a.key === 'ads:7302222222222222222')!.ticks).toEqual({});
  });

  it('exports findings without internal fields, with params and fix', () => {
    const x = build();
    const jp = x.accounts.find((a) => a.key === 'ads:7298765432109876543')!;
    expect(jp.readiness).toBe('blocked');
    expect(jp.score).toBeLessThan(100);
    const f = jp.findings.find((y) => y.rule === 'account.status-approved')!;
    expect(f).toEqual({
      rule: 'account.status-approved',
      status: 'fail',
      evidence: ['account.status'],
      fix: { page: 'ads.account-setup', steps: ['fix.status.open', 'fix.status.review', 'fix.status.appeal'], who: 'who.adAdmin' },
      message: 'rule.account.status-approved.fail',
      params: { status: '@accountStatus.suspended' },
    });
    const pass = x.accounts.find((a) => a.key === 'ads:7312456789012345678')!.findings[0]!;
    expect(pass).toEqual({ rule: 'account.status-approved', status: 'pass', evidence: ['account.status'], fix: null, message: 'rule.account.status-approved.pass' });
  });

  it('exports every fact key of a complete record, readAt as ISO', () => {
    const all = build().accounts.find((a) => a.key === 'ads:7309999999999999999')!;
    expect(Object.keys(all.facts).sort()).toEqual([...FACT_KEYS].sort());
    for (const k of FACT_KEYS) expect(all.facts[k]!.value).toEqual(ALL_VALUES[k]);
    expect(all.facts['account.name']!.readAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('leaves out facts it cannot vouch for (unknown key, malformed value, bad time)', () => {
    const r = record('ads:7300000000000000001', 'X', NOW, {
      'account.status': fact('account.status', 'approved', 'ads.account-setup', NOW),
      'billing.spendSoFar': { key: 'billing.spendSoFar', value: { amount: 12.5, currency: 'USD' }, page: 'ads.payment', readAt: NOW, source: 'page' },
      'billing.threshold': { key: 'billing.threshold', value: { amount: '1', currency: 'USD' }, page: 'ads.payment', readAt: Number.NaN, source: 'page' },
      'made.up': { key: 'made.up', value: 1, page: 'ads.payment', readAt: NOW, source: 'page' },
    } as unknown as FactMap);
    const x = build([r]);
    expect(Object.keys(x.accounts[0]!.facts)).toEqual(['account.status']);
    expect(validator()(x)).toBe(true);
  });

  it('rolls up by spend only when spends share one currency', () => {
    const rules: Rule[] = [
      {
        id: 'test.score',
        sites: ['ads'],
        weight: 50,
        evaluate: (ctx) => ({ status: ctx.get('account.status') === 'approved' ? 'pass' : 'fail', evidence: ['account.status'], fix: null, message: 'm' }),
      },
    ];
    const a = record('ads:1', 'A', NOW, facts(
      fact('account.status', 'approved', 'ads.account-setup', NOW),
      fact('billing.spendSoFar', { amount: '900', currency: 'USD' }, 'ads.payment', NOW),
    ));
    const b = record('ads:2', 'B', NOW, facts(
      fact('account.status', 'suspended', 'ads.account-setup', NOW),
      fact('billing.spendSoFar', { amount: '100', currency: 'USD' }, 'ads.payment', NOW),
    ));
    const one = toAuditExport([a, b], DEFAULT_SETTINGS, NOW, { version: VERSION, rules });
    expect(one.summary.score).toBe(95); // (900 × 100 + 100 × 50) / 1000
    const bJpy = { ...b, facts: { ...b.facts, 'billing.spendSoFar': fact('billing.spendSoFar', { amount: '100', currency: 'JPY' }, 'ads.payment', NOW) } };
    const mixed = toAuditExport([a, bJpy], DEFAULT_SETTINGS, NOW, { version: VERSION, rules });
    expect(mixed.summary.score).toBe(75);
    expect(toAuditExport([], DEFAULT_SETTINGS, NOW, { version: VERSION }).summary).toEqual({
      total: 0,
      counts: { ready: 0, 'at-risk': 0, blocked: 0, unknown: 0 },
      score: null,
    });
  });

  it('names files by UTC date', () => {
    expect(exportFileName('json', NOW)).toBe('adready-audit-2026-05-04.json');
    expect(exportFileName('csv', NOW)).toBe('adready-audit-2026-05-04.csv');
  });
});

// ───────────────────────────── schema ─────────────────────────────

describe('docs/adready-audit.schema.json', () => {
  it('is the schema the code describes (UPDATE_SCHEMA=1 rewrites it)', () => {
    const generated = auditSchema();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_PATH, `${JSON.stringify(generated, null, 2)}\n`);
    expect(loadSchema()).toEqual(generated);
  });

  it('compiles in strict Ajv and accepts a rich export and an empty one', () => {
    const validate = validator();
    const x = clone(build());
    const ok = validate(x);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(validate(clone(toAuditExport([], DEFAULT_SETTINGS, NOW, { version: VERSION })))).toBe(true);
    expect(validate(JSON.parse(serializeAuditExport(build())))).toBe(true);
  });

  it('accepts an export made with the real rule catalogue (rule ids, evidence keys, fix pages)', () => {
    const validate = validator();
    const x = clone(build(richRecords(), RULES));
    const ok = validate(x);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(x.accounts.some((a) => a.findings.length > 1)).toBe(true);
  });

  it('writes a CSV with the real rule catalogue whose every cell is guarded', () => {
    const records = richRecords();
    const text = toCsv(records, summarizeAll(records, DEFAULT_SETTINGS, NOW, RULES), EN);
    const table = parseCsv(text.slice(1));
    expect(table.length).toBeGreaterThan(records.length);
    for (const row of table) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      for (const cell of row) expect(cell).not.toMatch(/^[\s\p{Cf}]*[=+\-@\t\r]/u);
    }
  });

  const A0 = ['accounts', 0];
  const SPEND = [...A0, 'facts', 'billing.spendSoFar'];
  const mutations: [string, Path, unknown][] = [
    ['missing format', ['format'], DELETE],
    ['wrong format', ['format'], 'adready'],
    ['version 2', ['version'], 2],
    ['extra top-level field', ['extra'], true],
    ['missing summary', ['summary'], DELETE],
    ['exportedAt not ISO', ['exportedAt'], 1746351000000],
    ['bad readiness', [...A0, 'readiness'], 'risky'],
    ['bad site', [...A0, 'site'], 'tiktok'],
    ['missing name', [...A0, 'name'], DELETE],
    ['name as number', [...A0, 'name'], 42],
    ['score above 100', [...A0, 'score'], 101],
    ['key without site', [...A0, 'key'], '7298765432109876543'],
    ['extra account field', [...A0, 'lost'], 3],
    ['bad finding status', [...A0, 'findings', 0, 'status'], 'error'],
    ['extra finding field', [...A0, 'findings', 0, 'lost'], 25],
    ['finding without evidence', [...A0, 'findings', 0, 'evidence'], DELETE],
    ['fix on unknown page', [...A0, 'findings', 0, 'fix', 'page'], 'ads.nowhere'],
    ['money as number', [...SPEND, 'value'], 12345],
    ['money amount as number', [...SPEND, 'value', 'amount'], 12345],
    ['money with a thousands separator', [...SPEND, 'value', 'amount'], '12,345'],
    ['currency lower case', [...SPEND, 'value', 'currency'], 'jpy'],
    ['money with an extra field', [...SPEND, 'value', 'cents'], 1234500],
    ['readAt as epoch ms', [...SPEND, 'readAt'], 1746351000000],
    ['unknown fact key', [...A0, 'facts', 'billing.spend'], { value: { amount: '1', currency: 'EUR' }, readAt: '2026-05-04T07:30:00.000Z', page: 'ads.payment', source: 'page' }],
    ['fact value of the wrong enum', [...A0, 'facts', 'account.status', 'value'], 'banned'],
    ['full card number', ['accounts', '#everything', 'facts', 'billing.methods', 'value', 0, 'last4'], '4242424242424242'],
    ['tick not boolean', [...A0, 'ticks'], { a: 'yes' }],
  ];
  it.each(mutations)('rejects an export with %s', (_name, path, value) => {
    const x = clone(build());
    expect(x.accounts[0]!.key).toBe('ads:7298765432109876543');
    const every = x.accounts.findIndex((a) => a.key === 'ads:7309999999999999999');
    expect(validator()(x)).toBe(true);
    setAt(x, path.map((p) => (p === '#everything' ? every : p)), value);
    expect(validator()(x)).toBe(false);
  });

  it('accepts the example in docs/export-format.md, which also imports', () => {
    const md = readFileSync(resolve(ROOT, 'docs/export-format.md'), 'utf8');
    const block = /## 2\. Example[\s\S]*?```json\n([\s\S]*?)```/.exec(md)?.[1];
    expect(block).toBeTruthy();
    const example = JSON.parse(block!) as AuditExport;
    const validate = validator();
    const ok = validate(example);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const res = importOk(block!);
    expect(res).toMatchObject({ skipped: 0, droppedFacts: 0, clampedToNow: 0 });
    expect(res.records.map((r) => r.key)).toEqual(example.accounts.map((a) => a.key));
  });

  it('covers every fact key and every page id', () => {
    const s = loadSchema();
    expect(Object.keys(at(s, ['definitions', 'facts', 'properties']) as object).sort()).toEqual([...FACT_KEYS].sort());
    expect(at(s, ['definitions', 'pageId', 'enum'])).toContain('ads.payment');
    expect(at(s, ['definitions', 'account', 'properties', 'site', 'enum'])).toEqual(['ads', 'bc', 'seller']);
  });
});

// ───────────────────────────── CSV ─────────────────────────────

/** Minimal RFC 4180 parser for the tests (expects CRLF line ends; a field is quoted or has no quote). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  let atRowStart = true;
  while (i < n) {
    atRowStart = false;
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else cell += text[i++];
      }
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      i += 2;
      rows.push(row);
      row = [];
      atRowStart = true;
      continue;
    }
    if (i < n) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (!atRowStart) throw new Error('last row not ended by CRLF');
  return rows;
}

function loadCatalog(): Catalog {
  const base = JSON.parse(readFileSync(resolve(ROOT, 'public/i18n/en.json'), 'utf8')) as Catalog;
  const mine = JSON.parse(readFileSync(resolve(ROOT, 'docs/messages.export.en.json'), 'utf8')) as Catalog;
  return { ...base, ...mine };
}

const EN = createTranslator('en', loadCatalog());

function csvOf(records: AccountRecord[]) {
  const summaries = summarizeAll(records, DEFAULT_SETTINGS, NOW, TEST_RULES);
  const text = toCsv(records, summaries, EN);
  return { text, summaries, table: parseCsv(text.slice(1)) };
}

describe('toCsv', () => {
  it('starts with a UTF-8 BOM, ends rows with CRLF and has a translated header', () => {
    const { text, table } = csvOf(richRecords());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/(^|[^"])\n/); // no bare LF outside quoted cells
    expect(table[0]).toEqual(CSV_COLUMNS.map((c) => EN.t(`csv.${c}`)));
    expect(table[0]![0]).toBe('Account key');
    for (const c of CSV_COLUMNS) expect(EN.has(`csv.${c}`)).toBe(true);
    for (const row of table) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('translates the header with another catalogue', () => {
    const it = createTranslator('it', { 'csv.account': 'Chiave account', 'csv.name': 'Nome' }, loadCatalog());
    const text = toCsv([], [], it);
    expect(parseCsv(text.slice(1))[0]!.slice(0, 4)).toEqual(['Chiave account', 'Site', 'Account ID', 'Nome']);
  });

  it('writes one row per account × finding, one empty-finding row for an account without findings', () => {
    const records = richRecords();
    const { table, summaries } = csvOf(records);
    const body = table.slice(1);
    const expected = records.reduce((n, r) => n + Math.max(1, summaries.get(r.key)!.findings.length), 0);
    expect(body).toHaveLength(expected);
    const col = (c: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(c);
    const bc = body.filter((r) => r[col('account')] === 'bc:7123456789012345678');
    expect(bc).toHaveLength(1);
    expect(bc[0]!.slice(col('rule'))).toEqual(['', '', '', '', '']);
    expect(bc[0]!.slice(0, col('rule'))).toEqual(['bc:7123456789012345678', 'bc', '7123456789012345678', 'Northwind Media BC', summaries.get('bc:7123456789012345678')!.readiness, String(summaries.get('bc:7123456789012345678')!.score), '2026-05-04T04:30:00.000Z']);
    const jp = body.find((r) => r[col('account')] === 'ads:7298765432109876543')!;
    expect(body[0]).toBe(jp); // blocked first
    expect(jp[col('rule')]).toBe('account.status-approved');
    expect(jp[col('status')]).toBe('fail');
    expect(jp[col('finding')]).toBe(EN.t('rule.account.status-approved.fail', { status: EN.t('accountStatus.suspended') }));
    expect(jp[col('finding')]).not.toMatch(/[@{]/);
    expect(jp[col('fixPage')]).toBe('ads.account-setup');
    expect(jp[col('fixSteps')]).toBe(
      [EN.t('fix.status.open'), EN.t('fix.status.review'), EN.t('fix.status.appeal')].join(' | '),
    );
    const noName = body.find((r) => r[col('account')] === 'ads:7302222222222222222')!;
    expect(noName[col('name')]).toBe('');
  });

  it('translates messages, "@" params and steps through the translator', () => {
    const tr = createTranslator('en', {
      'rule.account.status-approved.fail': 'Account {status} — ads stopped',
      'accountStatus.disabled': 'Disabled (by TikTok)',
      'fix.status.open': '=Open setup',
      'fix.status.review': 'Review',
    });
    const r = record('ads:7300000000000000042', 'Disabled Co', NOW, facts(fact('account.status', 'disabled', 'ads.account-setup', NOW)));
    const table = parseCsv(toCsv([r], summarizeAll([r], DEFAULT_SETTINGS, NOW, TEST_RULES), tr).slice(1));
    expect(table[0]![0]).toBe('csv.account'); // missing header key: the key itself
    const row = table[1]!;
    expect(row.slice(7)).toEqual([
      'account.status-approved',
      'fail',
      'Account Disabled (by TikTok) — ads stopped',
      'ads.account-setup',
      "'=Open setup | Review | fix.status.appeal",
    ]);
  });

  it('accepts summaries as a list as well as a map', () => {
    const records = richRecords();
    const map = summarizeAll(records, DEFAULT_SETTINGS, NOW, TEST_RULES);
    const list: AccountSummary[] = [...map.values()];
    expect(toCsv(records, list, EN)).toBe(toCsv(records, map, EN));
  });

  it('keeps hostile names verbatim, apart from the formula guard', () => {
    const long = 'A'.repeat(10_000);
    const names = [
      HOSTILE_NAME,
      long,
      'Line one\r\nLine two\nthree\rfour',
      '"""',
      ',,,',
      '\u202E=1+1',
      'Ünïcödé ñ 日本語 ไทย Tiếng Việt 🇮🇹',
      ' leading and trailing ',
      '',
    ];
    const records = names.map((n, i) => record(`bc:71000000000000000${i}`, n, NOW, facts()));
    const { table } = csvOf(records);
    const got = new Map(table.slice(1).map((r) => [r[0], r[3]]));
    names.forEach((n, i) => expect(got.get(`bc:71000000000000000${i}`)).toBe(neutralizeFormula(n)));
    expect(got.get('bc:710000000000000000')).toBe(HOSTILE_NAME);
    expect(got.get('bc:710000000000000001')).toBe(long);
    expect(got.get('bc:710000000000000005')).toBe("'\u202E=1+1");
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['\tplain', "'\tplain"],
    ['\rplain', "'\rplain"],
    ['   =1+2', "'   =1+2"],
    ['\n-1', "'\n-1"],
    ['\u00A0@x', "'\u00A0@x"],
    ['\u200B=1', "'\u200B=1"],
    ['＝1+1', "'＝1+1"],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['a=b', 'a=b'],
    ['Café - Milano', 'Café - Milano'],
    ['', ''],
    ["'already", "'already"],
  ])('formula guard: %j → %j', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
    const text = toCsv([record('bc:1', input, NOW, facts())], summarizeAll([], DEFAULT_SETTINGS, NOW), EN);
    expect(parseCsv(text.slice(1))[1]![3]).toBe(expected);
  });

  it('guards every column, including translated text from the page', () => {
    const { table } = csvOf(richRecords());
    for (const row of table) for (const cell of row) expect(cell).not.toMatch(/^[\s\p{Cf}]*[=+\-@\t\r]/u);
  });

  it('round-trips any cell (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ maxLength: 30 }), (name, key) => {
        const r = record(`bc:${key.replace(/[:\s]/g, '') || '1'}`, name, NOW, facts());
        const table = parseCsv(toCsv([r], [], EN).slice(1));
        expect(table).toHaveLength(2);
        expect(table[1]![3]).toBe(neutralizeFormula(name));
      }),
      { numRuns: 300 },
    );
  });
});

// ───────────────────────────── import ─────────────────────────────

function exportText(records = richRecords()): string {
  return serializeAuditExport(build(records));
}

function importOk(text: string, now = NOW) {
  const r = parseImport(text, { now });
  if (!r.ok) throw new Error(`import failed: ${r.error} ${r.detail ?? ''}`);
  return r;
}

const comparable = (r: AccountRecord) => ({ key: r.key, site: r.site, name: r.name, lastSeen: r.lastSeen, facts: r.facts, ticks: r.ticks ?? {} });

describe('parseImport', () => {
  it('round-trips an export into equal records (facts, ticks, names)', () => {
    const records = richRecords();
    const res = importOk(exportText(records));
    expect(res.skipped).toBe(0);
    expect(res.droppedFacts).toBe(0);
    expect(res.clampedToNow).toBe(0);
    const byKey = new Map(res.records.map((r) => [r.key, r]));
    expect(byKey.size).toBe(records.length);
    for (const r of records) expect(comparable(byKey.get(r.key)!)).toEqual(comparable(r));
    // every imported record is one the store accepts as is
    for (const r of res.records) expect(parseAccountRecord(`acct:${r.key}`, clone(r)).dropped).toEqual([]);
  });

  it('gives the same export again after a round trip', () => {
    const first = build();
    const again = build(importOk(serializeAuditExport(first)).records);
    expect(again).toEqual(first);
  });

  it('accepts a file with a BOM', () => {
    expect(importOk(`\uFEFF${exportText()}`).records).toHaveLength(8);
  });

  it.each([
    ['not JSON', 'this is not json', 'not-json'],
    ['empty text', '', 'not-json'],
    ['truncated JSON', exportText().slice(0, 200), 'not-json'],
    ['null', 'null', 'wrong-format'],
    ['an array', '[]', 'wrong-format'],
    ['a CSV file', '\uFEFFAccount key,Site\r\n', 'not-json'],
    ['another format', JSON.stringify({ format: 'something-else', version: 1, accounts: [] }), 'wrong-format'],
    ['no format', JSON.stringify({ version: 1, accounts: [] }), 'wrong-format'],
    ['version 2', JSON.stringify({ format: 'adready-audit', version: 2, accounts: [] }), 'unsupported-version'],
    ['version "1"', JSON.stringify({ format: 'adready-audit', version: '1', accounts: [] }), 'unsupported-version'],
    ['no version', JSON.stringify({ format: 'adready-audit', accounts: [] }), 'unsupported-version'],
    ['accounts not an array', JSON.stringify({ format: 'adready-audit', version: 1, accounts: { 'ads:1': {} } }), 'wrong-format'],
    ['no accounts field', JSON.stringify({ format: 'adready-audit', version: 1 }), 'wrong-format'],
    ['no accounts', JSON.stringify({ format: 'adready-audit', version: 1, accounts: [] }), 'no-accounts'],
    ['only invalid accounts', JSON.stringify({ format: 'adready-audit', version: 1, accounts: [null, 1, 'x', { key: 'ads:1' }] }), 'invalid-accounts'],
  ])('rejects %s', (_name, text, error) => {
    const r = parseImport(text, { now: NOW });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe(error);
  });

  it('rejects text over 20 MB without parsing it', () => {
    const big = ' '.repeat(MAX_IMPORT_CHARS + 1);
    const r = parseImport(big, { now: NOW });
    expect(r).toMatchObject({ ok: false, error: 'too-large' });
  });

  it('skips malformed accounts and counts them', () => {
    const x = clone(build());
    const good = x.accounts.length;
    const base = x.accounts[0]!;
    const bad = [
      { ...base, key: 'bc:7298765432109876543' }, // site says ads
      { ...base, id: '123' }, // id is not the key's last part
      { ...base, key: 'ads:', id: '' },
      { ...base, key: 'ads:72 98', id: '98' },
      { ...base, key: 'seller:7495021234567890123', site: 'seller', id: '7495021234567890123' }, // no host
      { ...base, site: 'tiktok' },
      { ...base, name: { first: 'x' } },
      { ...base, lastSeen: 'yesterday' },
      { ...base, facts: [] },
      { ...base, ticks: 'all' },
      null,
      42,
    ];
    (x.accounts as unknown[]).push(...bad);
    const res = importOk(JSON.stringify(x));
    expect(res.records).toHaveLength(good);
    expect(res.skipped).toBe(bad.length);
  });

  it('drops malformed facts and prototype-pollution keys without touching prototypes', () => {
    const x = clone(build());
    expect(x.accounts[0]!.key).toBe('ads:7298765432109876543');
    const text = JSON.stringify(x).replace(
      '"facts":{',
      '"facts":{"__proto__":{"value":{"polluted":true},"readAt":"2026-05-04T08:30:00.000Z","page":"ads.payment","source":"page"},' +
        '"constructor":{"value":1,"readAt":"2026-05-04T08:30:00.000Z","page":"ads.payment"},' +
        '"billing.outstanding":{"value":12345,"readAt":"2026-05-04T08:30:00.000Z","page":"ads.payment","source":"page"},' +
        '"billing.cashBalance":{"value":{"amount":"5.00","currency":"EUR"},"readAt":"not a date","page":"ads.payment"},' +
        '"billing.adCredit":{"value":{"amount":"5.00","currency":"EUR"},"readAt":"2026-05-04T08:30:00.000Z","page":"ads.nowhere"},' +
        '"billing.billDate":{"value":"2026-05-06","readAt":"2026-05-04T08:30:00.000Z","page":"ads.payment","source":"robot"},',
    ).replace('"ticks":{}', '"ticks":{"__proto__":true,"constructor":true,"prototype":false}');
    const res = importOk(text);
    expect(res.skipped).toBe(0);
    const first = res.records.find((r) => r.key === 'ads:7298765432109876543')!;
    expect(Object.getPrototypeOf(first.facts)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(first.ticks)).toBe(Object.prototype);
    expect(Object.keys(first.facts)).toEqual(['account.status', 'billing.spendSoFar']);
    expect(Object.keys(first.ticks ?? {})).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    // the replace above hit the first account's facts only: six dropped facts
    expect(res.droppedFacts).toBe(6);
  });

  it('drops values of the wrong shape: a card number, money as number, unknown enum', () => {
    const x = clone(build());
    const all = accountAt(x, 'ads:7309999999999999999');
    setAt(all, ['facts', 'billing.methods', 'value', 0, 'last4'], '4242424242424242');
    setAt(all, ['facts', 'billing.spendSoFar', 'value'], 412.5);
    setAt(all, ['facts', 'account.status', 'value'], 'banned');
    setAt(all, ['facts', 'billing.failedPayments', 'value'], -1);
    setAt(all, ['facts', 'made.up'], { value: 1, readAt: '2026-05-04T08:30:00.000Z', page: 'ads.payment', source: 'page' });
    const res = importOk(JSON.stringify(x));
    const rec = res.records.find((r) => r.key === 'ads:7309999999999999999')!;
    expect(res.droppedFacts).toBe(5);
    expect(rec.facts['billing.methods']).toBeUndefined();
    expect(rec.facts['billing.spendSoFar']).toBeUndefined();
    expect(rec.facts['account.status']).toBeUndefined();
    expect(Object.keys(rec.facts)).toHaveLength(FACT_KEYS.length - 4);
  });

  it('strips unknown fields inside values, accepts a missing source as page', () => {
    const x = clone(build());
    const acc = accountAt(x, 'ads:7312456789012345678');
    setAt(acc, ['facts', 'billing.spendSoFar', 'value', 'note'], '<b>x</b>');
    setAt(acc, ['facts', 'billing.threshold', 'source'], DELETE);
    const rec = importOk(JSON.stringify(x)).records.find((r) => r.key === 'ads:7312456789012345678')!;
    expect(rec.facts['billing.spendSoFar']!.value).toEqual({ amount: '412.50', currency: 'EUR' });
    expect(rec.facts['billing.threshold']!.source).toBe('page');
  });

  it('brings read times from the future back to the import time', () => {
    const future = record('ads:7305555555555555555', 'Future', NOW + 365 * 24 * H, facts(fact('account.status', 'approved', 'ads.account-setup', NOW + 365 * 24 * H)));
    const res = importOk(exportText([future]));
    expect(res.clampedToNow).toBe(2);
    expect(res.records[0]!.lastSeen).toBe(NOW);
    expect(res.records[0]!.facts['account.status']!.readAt).toBe(NOW);
  });

  it('folds the same account listed twice', () => {
    const x = clone(build());
    const dup = clone(accountAt(x, 'ads:7312456789012345678'));
    setAt(dup, ['facts', 'billing.spendSoFar'], { value: { amount: '480.00', currency: 'EUR' }, readAt: '2026-05-04T09:00:00.000Z', page: 'ads.payment', source: 'page' });
    setAt(dup, ['facts', 'billing.threshold', 'readAt'], '2026-05-01T00:00:00.000Z');
    setAt(dup, ['facts', 'billing.threshold', 'value'], { amount: '1.00', currency: 'EUR' });
    (x.accounts as unknown[]).push(dup);
    const res = importOk(JSON.stringify(x));
    const rec = res.records.filter((r) => r.key === 'ads:7312456789012345678');
    expect(rec).toHaveLength(1);
    expect(rec[0]!.facts['billing.spendSoFar']!.value).toEqual({ amount: '480.00', currency: 'EUR' });
    expect(rec[0]!.facts['billing.threshold']!.value).toEqual({ amount: '500.00', currency: 'EUR' });
  });

  it('never throws, whatever the text (property)', () => {
    const envelope = fc.record({
      format: fc.constantFrom('adready-audit', 'x'),
      version: fc.constantFrom(1, 2, '1'),
      accounts: fc.array(fc.oneof(fc.jsonValue(), fc.record({ key: fc.string(), site: fc.constantFrom('ads', 'bc', 'seller'), id: fc.string(), lastSeen: fc.string(), facts: fc.dictionary(fc.constantFrom(...FACT_KEYS, '__proto__', 'constructor'), fc.jsonValue()) }))),
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), envelope.map((e) => JSON.stringify(e))), (text) => {
        const r = parseImport(text, { now: NOW });
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});

// ───────────────────────────── merge ─────────────────────────────

describe('mergeImported', () => {
  const key = 'ads:7312456789012345678';
  const stored = () =>
    record(key, 'Trattoria Bella Napoli', NOW - H, facts(
      fact('account.status', 'approved', 'ads.account-setup', NOW - H),
      fact('billing.spendSoFar', { amount: '412.50', currency: 'EUR' }, 'ads.payment', NOW - H),
      fact('billing.option', 'automatic', 'ads.payment', NOW - 10 * H),
    ), { ticks: { a: true, b: false }, lastPage: 'ads.payment' });

  it('adds new accounts, updates older ones, leaves equal ones alone', () => {
    const existing = new Map([[key, stored()]]);
    const newer = record(key, 'Trattoria Bella Napoli Srl', NOW, facts(fact('billing.spendSoFar', { amount: '480.00', currency: 'EUR' }, 'ads.payment', NOW)));
    const fresh = record('bc:7123456789012345678', 'Northwind', NOW, facts(fact('bc.pageRead', true, 'bc.overview', NOW)));
    const res = mergeImported(existing, [newer, fresh]);
    expect(res).toMatchObject({ added: 1, updated: 1, unchanged: 0 });
    expect(res.merged).toHaveLength(2);
    const m = res.merged.find((r) => r.key === key)!;
    expect(m.name).toBe('Trattoria Bella Napoli Srl');
    expect(m.facts['billing.spendSoFar']!.value).toEqual({ amount: '480.00', currency: 'EUR' });
    expect(m.facts['account.status']!.value).toBe('approved'); // kept
    expect(m.ticks).toEqual({ a: true, b: false });
    expect(existing.get(key)).toEqual(stored()); // input not modified

    const again = mergeImported(new Map(res.merged.map((r) => [r.key, r])), [newer, fresh]);
    expect(again).toEqual({ merged: [], added: 0, updated: 0, unchanged: 2 });
  });

  it('never lets an older imported fact overwrite a newer stored one', () => {
    const existing = new Map([[key, stored()]]);
    const old = record(key, 'Old name', NOW - 48 * H, facts(
      fact('account.status', 'suspended', 'ads.account-setup', NOW - 48 * H),
      fact('billing.spendSoFar', { amount: '1.00', currency: 'EUR' }, 'ads.payment', NOW - 48 * H),
      fact('billing.option', 'manual', 'ads.payment', NOW - 5 * H), // newer than the stored one
    ), { ticks: { a: false, c: true } });
    const res = mergeImported(existing, [old]);
    expect(res).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    const m = res.merged[0]!;
    expect(m.facts['account.status']!.value).toBe('approved');
    expect(m.facts['billing.spendSoFar']!.value).toEqual({ amount: '412.50', currency: 'EUR' });
    expect(m.facts['billing.option']!.value).toBe('manual');
    expect(m.name).toBe('Trattoria Bella Napoli'); // from the newer record
    expect(m.lastSeen).toBe(NOW - H);
    expect(m.ticks).toEqual({ a: true, b: false, c: true }); // newer record wins per item

    const onlyOld = record(key, 'Old', NOW - 48 * H, facts(fact('account.status', 'suspended', 'ads.account-setup', NOW - 48 * H)));
    expect(mergeImported(existing, [onlyOld])).toMatchObject({ merged: [], updated: 0, unchanged: 1 });
  });

  it('an export of stale data imported over newer data changes nothing (end to end)', () => {
    const cur = stored();
    const oldText = exportText([{ ...cur, lastSeen: NOW - 72 * H, facts: facts(fact('account.status', 'disabled', 'ads.account-setup', NOW - 72 * H)) }]);
    const res = mergeImported(new Map([[key, cur]]), importOk(oldText).records);
    expect(res).toMatchObject({ merged: [], unchanged: 1 });
  });

  it('settles same-time conflicts the same way whichever side is stored', () => {
    const t = NOW - H;
    const a = record(key, 'A', t, facts(
      fact('account.status', 'approved', 'ads.account-setup', t),
      fact('billing.option', 'automatic', 'ads.payment', t),
      fact('billing.spendSoFar', { amount: '10.00', currency: 'EUR' }, 'ads.payment', t, 'user'),
    ));
    const b = record(key, 'A', t, facts(
      fact('account.status', 'in-review', 'ads.account-setup', t),
      fact('billing.option', 'manual', 'ads.payment', t),
      fact('billing.spendSoFar', { amount: '99.00', currency: 'EUR' }, 'ads.payment', t),
    ));
    const ab = mergeImported(new Map([[key, a]]), [b]);
    const ba = mergeImported(new Map([[key, b]]), [a]);
    const factsOf = (res: ReturnType<typeof mergeImported>, fallback: AccountRecord) => (res.merged[0] ?? fallback).facts;
    const x = factsOf(ab, a);
    const y = factsOf(ba, b);
    expect(x).toEqual(y);
    expect(x['billing.spendSoFar']!.source).toBe('user'); // user-entered beats page-read at the same time
    expect(x['account.status']!.value).toBe('in-review'); // then canonical order: stable, not arrival order
    // repeated runs give the same answer
    expect(factsOf(mergeImported(new Map([[key, a]]), [b]), a)).toEqual(x);
  });

  it('folds duplicate incoming records', () => {
    const r1 = record('bc:1', 'One', NOW - H, facts(fact('bc.pageRead', true, 'bc.overview', NOW - H)));
    const r2 = record('bc:1', 'One later', NOW, facts(fact('access.bcFinanceRole', 'manager', 'bc.finance-roles', NOW)));
    const res = mergeImported(new Map(), [r1, r2]);
    expect(res.added).toBe(1);
    expect(Object.keys(res.merged[0]!.facts).sort()).toEqual(['access.bcFinanceRole', 'bc.pageRead']);
    expect(res.merged[0]!.name).toBe('One later');
  });
});
