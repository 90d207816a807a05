/**
 * Whole records through the catalogue (`summarize`), plus catalogue integrity: ids, weights documented in
 * docs/readiness.md, and every message key listed (with its placeholders) in docs/rule-messages.en.json.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AccountRecord, FactValues } from '../../utils/facts/types';
import type { Site } from '../../utils/pages/routes';
import { RULES } from '../../utils/rules';
import { diagnoseSeller } from '../../utils/rules/diagnosis';
import { evaluateRules, summarize } from '../../utils/rules/engine';
import { campaignHints } from '../../utils/rules/hints';
import type { Finding } from '../../utils/rules/types';
import { DEFAULT_SETTINGS } from '../../utils/store/schema';

const ROOT = resolve(__dirname, '../..');
const NOW = Date.UTC(2026, 10, 29, 12);
const H = 3_600_000;
const usd = (amount: string) => ({ amount, currency: 'USD' });

function record(site: Site, facts: Partial<FactValues>, age = H, key?: string): AccountRecord {
  const fm: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(facts)) fm[k] = { key: k, value: v, page: site === 'ads' ? 'ads.payment' : site === 'bc' ? 'bc.members' : 'seller.ads', readAt: NOW - age, source: 'page' };
  return { key: key ?? (site === 'ads' ? 'ads:7089362853240553474' : site === 'bc' ? 'bc:7223495844006363137' : 'seller:seller-us.tiktok.com:7494'), site, name: 'Acme', lastSeen: NOW, facts: fm as AccountRecord['facts'] };
}

const healthyAuto: Partial<FactValues> = {
  'account.status': 'approved',
  'account.name': 'Acme',
  'account.id': '7089362853240553474',
  'account.billingCountry': 'US',
  'account.currency': 'USD',
  'account.businessDetails': { companyName: true, address: true },
  'billing.option': 'automatic',
  'billing.methods': [{ brand: 'visa', funding: 'credit', last4: '4242', expiry: '2028-04', primary: true }],
  'billing.spendSoFar': usd('50.00'),
  'billing.threshold': usd('180.00'),
  'billing.billDate': '2026-12-09',
  'billing.failedPayments': 0,
  'access.adRole': 'admin',
};

const healthySeller: Partial<FactValues> = {
  'seller.adsEntry': true,
  'seller.roles': ['owner'],
  'seller.errorBanner': null,
  'seller.setupSteps': { businessCenter: 'done', adAccount: 'done', tiktokAccount: 'done' },
  'seller.bcBinding': 'own',
  'seller.canSell': true,
  'seller.adAccount': { name: 'Acme Ads', id: '7089' },
};

type Case = [name: string, site: Site, facts: Partial<FactValues>, readiness: string, score: number | null, age?: number];

const CASES: Case[] = [
  ['automatic, everything fine', 'ads', healthyAuto, 'ready', 100],
  ['automatic, prepaid card only', 'ads', { ...healthyAuto, 'billing.methods': [{ brand: 'visa', funding: 'prepaid', primary: true }] }, 'blocked', 80],
  ['automatic, 85 % of threshold', 'ads', { ...healthyAuto, 'billing.spendSoFar': usd('153') }, 'at-risk', 93],
  ['automatic, 2 failed payments + bill date tomorrow', 'ads', { ...healthyAuto, 'billing.failedPayments': 2, 'billing.billDate': '2026-11-30' }, 'at-risk', 90],
  ['automatic, outstanding balance', 'ads', { ...healthyAuto, 'billing.outstanding': usd('12.00') }, 'blocked', 85],
  ['automatic, read 30 h ago (stale billing) → unknown', 'ads', healthyAuto, 'unknown', null, 30 * H],
  ['automatic, account in review', 'ads', { ...healthyAuto, 'account.status': 'in-review' }, 'at-risk', 88],
  ['manual, balance 0', 'ads', { 'account.status': 'approved', 'billing.option': 'manual', 'billing.cashBalance': usd('0.00'), 'access.adRole': 'admin' }, 'blocked', null],
  ['manual BC-managed, positive balance', 'ads', { 'account.status': 'approved', 'billing.option': 'manual', 'billing.bcManaged': true, 'billing.cashBalance': usd('500'), 'access.adRole': 'admin', 'account.billingCountry': 'US', 'account.currency': 'USD', 'account.businessDetails': { a: true } }, 'ready', 100],
  ['ads, nothing read → unknown', 'ads', {}, 'unknown', null],
  ['seller, everything fine', 'seller', healthySeller, 'ready', 100],
  ['seller, no Ads tab, finance role', 'seller', { ...healthySeller, 'seller.adsEntry': false, 'seller.roles': ['finance'] }, 'blocked', 60],
  ['seller, bound to an ex-partner BC', 'seller', { ...healthySeller, 'seller.bcBinding': 'other' }, 'blocked', 85],
  ['seller, facts 8 days old → unknown', 'seller', healthySeller, 'unknown', null, 8 * 24 * H],
  ['bc, finance manager', 'bc', { 'bc.pageRead': true, 'access.bcBasicRole': 'standard', 'access.bcFinanceRole': 'manager' }, 'ready', 100],
  ['bc, admin without finance role', 'bc', { 'bc.pageRead': true, 'access.bcBasicRole': 'admin', 'access.bcFinanceRole': 'none' }, 'at-risk', 98],
];

describe('summarize whole records', () => {
  it.each(CASES)('%s', (_n, site, facts, readiness, score, age) => {
    const s = summarize(RULES, record(site, facts, age), DEFAULT_SETTINGS, NOW);
    expect(s.readiness).toBe(readiness);
    if (score !== null) expect(s.score).toBe(score);
  });

  it('stale billing: findings say unknown and are marked stale; nothing passes on stale facts', () => {
    const s = summarize(RULES, record('ads', healthyAuto, 30 * H), DEFAULT_SETTINGS, NOW);
    const billing = s.findings.filter((f) => f.rule.startsWith('billing.'));
    expect(billing.length).toBeGreaterThan(0);
    for (const f of billing) {
      expect(f.status).toBe('unknown');
      expect(f.stale).toBe(true);
    }
    expect(s.missingCore).toContain('billing.option');
  });

  it('the prepaid-only account: the first finding is the failing rule, with its fix page', () => {
    const s = summarize(RULES, record('ads', { ...healthyAuto, 'billing.methods': [{ brand: 'visa', funding: 'prepaid', primary: true }] }), DEFAULT_SETTINGS, NOW);
    expect(s.findings[0]).toMatchObject({ rule: 'billing.autopay-method-valid', status: 'fail', lost: 20, fix: { page: 'ads.payment' } });
  });
});

// ─── catalogue integrity ─────────────────────────────────────────────────────────────────────────────────

const DESIGN_MINIMUM = [
  'billing.option-known',
  'billing.autopay-method-valid',
  'billing.threshold-headroom',
  'billing.bill-date-soon',
  'billing.no-failed-payments',
  'billing.manual-balance',
  'account.status-approved',
  'access.finance-permission',
  'seller.ads-entry-visible',
  'seller.role-allows-ads',
  'seller.bc-admin-permission',
  'seller.bc-binding',
  'seller.onboarding-complete',
  'seller.ad-account-linked',
  'promote.integration-ready',
];

describe('rule catalogue', () => {
  it('has every DESIGN §4 rule id, each once', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of DESIGN_MINIMUM) expect(ids).toContain(id);
  });

  it('weights match docs/readiness.md', () => {
    const doc = readFileSync(join(ROOT, 'docs/readiness.md'), 'utf8');
    for (const r of RULES) {
      const m = new RegExp('\\| `' + r.id.replace(/\./g, '\\.') + '` \\| (\\d+)').exec(doc);
      expect(m, `${r.id} documented`).not.toBeNull();
      expect(Number(m![1]), r.id).toBe(r.weight);
    }
  });

  it('automatic-payment ad-account rules and seller rules each total 100', () => {
    const w = (ids: string[]) => RULES.filter((r) => ids.includes(r.id)).reduce((s, r) => s + r.weight, 0);
    expect(w(['account.status-approved', 'billing.option-known', 'billing.autopay-method-valid', 'billing.threshold-headroom', 'billing.bill-date-soon', 'billing.no-failed-payments', 'billing.unpaid-invoices', 'access.finance-permission', 'promote.integration-ready'])).toBe(100);
    expect(RULES.filter((r) => r.sites.includes('seller')).reduce((s, r) => s + r.weight, 0)).toBe(100);
  });
});

describe('message keys (docs/rule-messages.en.json)', () => {
  const catalog = JSON.parse(readFileSync(join(ROOT, 'docs/rule-messages.en.json'), 'utf8')) as Record<string, string>;
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

  const files = [
    ...readdirSync(join(ROOT, 'utils/rules')).filter((f) => f.endsWith('.ts')).map((f) => join(ROOT, 'utils/rules', f)),
    ...readdirSync(join(ROOT, 'utils/checklists')).filter((f) => f.endsWith('.ts')).map((f) => join(ROOT, 'utils/checklists', f)),
  ];

  it('every literal key in utils/rules and utils/checklists is listed', () => {
    const missing: string[] = [];
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/'@?((?:rule|fix|who|check|cause|hint)\.[A-Za-z0-9.-]+|[a-zA-Z]+\.[A-Za-z0-9-]+)'/g)) {
        const key = m[1]!;
        if (!/^(rule|fix|who|check|cause|hint|billingOption|methodProblem|adRole|bcRole|bcFinanceRole|sellerRole|onboardingTask|promoteField|accountStatus)\./.test(key)) continue;
        if (/^(rule|fix|who|check|cause|hint)\.$/.test(key)) continue;
        if (!(key in catalog)) missing.push(`${key} (${f.split('/').pop()})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('enum labels used through "@" params exist for every value', () => {
    const enums: Record<string, string[]> = {
      billingOption: ['automatic', 'manual', 'monthly'],
      methodProblem: ['prepaid', 'expired', 'invalid', 'none', 'failed'],
      adRole: ['admin', 'operator', 'analyst'],
      bcRole: ['admin', 'standard'],
      bcFinanceRole: ['manager', 'analyst', 'none'],
      sellerRole: ['owner', 'admin', 'ads-manager', 'finance', 'marketing', 'affiliate', 'customer-service', 'fulfillment', 'product', 'other'],
      onboardingTask: ['verification', 'bankAccount', 'addresses', 'productLive'],
      promoteField: ['name', 'id', 'billingCountry', 'currency', 'businessDetails'],
      accountStatus: ['approved', 'in-review', 'suspended', 'disapproved', 'disabled', 'not-effective'],
      cause: ['role', 'stale-menu-cache', 'bc-admin', 'bc-not-connected', 'bc-bound-elsewhere', 'onboarding', 'ad-account-unlinked', 'unrecognised-error'],
    };
    for (const [ns, values] of Object.entries(enums))
      for (const v of values) expect(catalog, `${ns}.${v}`).toHaveProperty(ns === 'cause' ? `cause.${v}.title` : `${ns}.${v}`);
  });

  it('findings over many records: message exists and its placeholders are exactly the params given', () => {
    const samples: [Site, Partial<FactValues>][] = CASES.map(([, site, facts]) => [site, facts]);
    samples.push(
      ['ads', { ...healthyAuto, 'billing.methods': [{ brand: 'visa', funding: 'prepaid', primary: true }, { brand: 'paypal', funding: 'unknown', primary: false }] }],
      ['ads', { ...healthyAuto, 'billing.spendSoFar': usd('190'), 'billing.invoices': [{ serial: 'B1', status: 'unpaid', dueDate: '2026-12-30' }] }],
      ['ads', { ...healthyAuto, 'billing.invoices': [{ serial: 'B2', status: 'overdue' }], 'billing.payNowBanner': true, 'billing.failedPayments': 5 }],
      ['ads', { ...healthyAuto, 'billing.spendSoFar': { amount: '5', currency: 'EUR' }, 'billing.billDate': '2026-11-01' }],
      ['ads', { 'billing.option': 'automatic', 'billing.billDate': '2026-11-30' }],
      ['ads', { 'billing.option': 'automatic', 'billing.billDate': '2026-11-30', 'billing.methods': [] }],
      ['ads', { 'billing.option': 'manual', 'billing.cashBalance': usd('0'), 'billing.adCredit': usd('5') }],
      ['ads', { 'billing.option': 'manual', 'billing.balanceAlert': true }],
      ['ads', { 'billing.option': 'manual', 'billing.cashBalance': usd('20'), 'billing.balanceAlert': true }],
      ['ads', { 'billing.option': 'manual', 'billing.cashBalance': usd('20'), 'billing.spendSoFar': usd('40') }],
      ['ads', { 'billing.option': 'monthly', 'account.status': 'suspended', 'access.adRole': 'operator', 'account.billingCountry': '' }],
      ['ads', { 'billing.threshold': usd('100'), 'access.bcBasicRole': 'admin', 'promote.integrationState': 'in-progress' }],
      ['ads', { 'access.bcBasicRole': 'admin', 'access.bcFinanceRole': 'analyst', 'promote.integrationState': 'done' }],
      ['ads', { 'access.ownership': 'partner' }],
      ['seller', { 'seller.adsEntry': false, 'seller.roles': ['owner'], 'seller.errorBanner': { kind: 'bc-admin', text: 't' }, 'seller.onboarding': { bankAccount: 'todo' }, 'seller.setupSteps': { adAccount: 'todo', businessCenter: 'todo' } }],
      ['seller', { 'seller.adsEntry': false, 'seller.errorBanner': { kind: 'onboarding', text: 't' }, 'seller.canSell': false, 'seller.adAccount': null }],
      ['seller', { 'seller.errorBanner': { kind: 'ad-account-unlinked', text: 't' }, 'seller.bcBinding': 'none' }],
      ['seller', {}],
    );
    const problems: string[] = [];
    const check = (where: string, key: string, params: Record<string, unknown> | undefined) => {
      if (!(key in catalog)) return problems.push(`${where}: ${key} missing`);
      const want = placeholders(catalog[key]!);
      const got = Object.keys(params ?? {}).sort();
      if (JSON.stringify(want) !== JSON.stringify(got)) problems.push(`${where}: ${key} wants {${want}} got {${got}}`);
      for (const v of Object.values(params ?? {})) if (typeof v === 'string' && v.startsWith('@') && !(v.slice(1) in catalog)) problems.push(`${where}: ${v} missing`);
      return 0;
    };
    const checkFix = (where: string, f: { steps: string[]; who?: string } | null | undefined) => {
      if (!f) return;
      for (const s of f.steps) if (!(s in catalog)) problems.push(`${where}: step ${s} missing`);
      if (f.who && !(f.who in catalog)) problems.push(`${where}: who ${f.who} missing`);
    };
    let findings = 0;
    for (const [site, facts] of samples) {
      for (const age of [H, 9 * 24 * H]) {
        for (const f of evaluateRules(RULES, record(site, facts, age), DEFAULT_SETTINGS, NOW) as Finding[]) {
          findings++;
          check(f.rule, f.message, f.params);
          checkFix(f.rule, f.fix);
        }
      }
      if (site === 'seller') {
        for (const c of diagnoseSeller(facts).causes) {
          check(c.id, c.message, c.params);
          check(c.id, c.title, undefined);
          checkFix(c.id, c.fix);
        }
        for (const c of diagnoseSeller(facts).conflicts) check('conflict', c.message, undefined);
      }
    }
    const hints = campaignHints(
      [
        { name: 'a', bidStrategy: 'cost-cap', bid: usd('50'), budget: usd('40'), budgetPeriod: 'daily', scheduleStart: '2026-12-01', scheduleEnd: '2026-12-02', kind: 'live' },
        { name: 'b', budget: usd('40'), budgetPeriod: 'lifetime', scheduleStart: '2026-12-01', scheduleEnd: '2026-12-02' },
        { name: 'c', budget: { amount: '40', currency: 'EUR' }, budgetPeriod: 'daily' },
      ],
      NOW,
      { timezone: 'UTC+0' },
    ).concat(campaignHints([{ name: 'd', budget: usd('5'), budgetPeriod: 'daily', kind: 'live' }], Date.UTC(2025, 0, 1), { level: 'ad-group' }));
    for (const h of hints) {
      check(h.id, h.message, h.params);
      checkFix(h.id, { steps: h.fix.steps });
    }
    expect(findings).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('every listed key is used (no orphans), except enum labels', () => {
    const src = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const orphans = Object.keys(catalog).filter((k) => /^(rule|fix|who|check|cause|hint)\./.test(k) && !k.endsWith('.title') && !src.includes(`'${k}'`));
    expect(orphans).toEqual([]);
  });
});

