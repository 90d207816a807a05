import { describe, expect, it } from 'vitest';
import type { AccountRecord, FactKey, FactValues, PaymentMethod } from '../../utils/facts/types';
import { evaluateRules } from '../../utils/rules/engine';
import {
  autopayMethodValid,
  bcManagedTopup,
  billDateSoon,
  billingOptionKnown,
  manualBalance,
  noFailedPayments,
  thresholdHeadroom,
  unpaidInvoices,
} from '../../utils/rules/billing';
import type { Finding, Rule } from '../../utils/rules/types';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/store/schema';

const NOW = Date.UTC(2026, 10, 29, 12); // 2026-11-29 12:00 UTC
const H = 3_600_000;
const usd = (amount: string) => ({ amount, currency: 'USD' });

interface Opts {
  /** Age of every fact (ms). */
  age?: number;
  /** Per-key age (ms), overrides `age`. */
  ageOf?: Partial<Record<FactKey, number>>;
  unreadable?: AccountRecord['unreadable'];
  settings?: Partial<Settings>;
}

function record(facts: Partial<FactValues>, o: Opts = {}): AccountRecord {
  const fm: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(facts)) {
    const age = o.ageOf?.[k as FactKey] ?? o.age ?? H;
    fm[k] = { key: k, value: v, page: 'ads.payment', readAt: NOW - age, source: 'page' };
  }
  return { key: 'ads:7089362853240553474', site: 'ads', name: 'Acme', lastSeen: NOW, facts: fm as AccountRecord['facts'], ...(o.unreadable ? { unreadable: o.unreadable } : {}) };
}

function run(rule: Rule, facts: Partial<FactValues>, o: Opts = {}): Finding | undefined {
  return evaluateRules([rule], record(facts, o), { ...DEFAULT_SETTINGS, ...o.settings }, NOW)[0];
}

const visa = (p: Partial<PaymentMethod> = {}): PaymentMethod => ({ brand: 'visa', funding: 'credit', last4: '4242', expiry: '2028-04', primary: true, ...p });
const auto = { 'billing.option': 'automatic' } as const;

type Case = [name: string, facts: Partial<FactValues>, status: Finding['status'] | 'n/a', message?: string, o?: Opts];

function table(rule: Rule, cases: Case[]) {
  it.each(cases)('%s', (_n, facts, status, message, o) => {
    const f = run(rule, facts, o);
    if (status === 'n/a') {
      expect(f).toBeUndefined();
      return;
    }
    expect(f?.status).toBe(status);
    if (message) expect(f?.message).toBe(message);
    expect(f?.lost).toBe(rule.weight * { pass: 0, warn: 0.5, fail: 1, unknown: 0.25 }[status]);
  });
}

describe('billing.option-known', () => {
  table(billingOptionKnown, [
    ['automatic read', auto, 'pass', 'rule.billing.option-known.pass'],
    ['manual read', { 'billing.option': 'manual' }, 'pass'],
    ['monthly read', { 'billing.option': 'monthly' }, 'pass'],
    ['threshold shown → automatic', { 'billing.threshold': usd('180') }, 'pass', 'rule.billing.option-known.inferred'],
    ['nothing read', {}, 'unknown', 'rule.billing.option-known.unknown'],
    ['stale option (25 h)', auto, 'unknown', undefined, { age: 25 * H }],
    ['stale option, fresh threshold → still unknown (stale wins)', { ...auto, 'billing.threshold': usd('180') }, 'unknown', undefined, { ageOf: { 'billing.option': 25 * H } }],
  ]);

  it('marks a stale verdict', () => {
    const f = run(billingOptionKnown, auto, { age: 25 * H });
    expect(f?.stale).toBe(true);
    expect(f?.evidence).toContain('billing.option');
  });

  it('user-entered facts never go stale', () => {
    const rec = record(auto, { age: 100 * H });
    (rec.facts['billing.option'] as { source: string }).source = 'user';
    expect(evaluateRules([billingOptionKnown], rec, DEFAULT_SETTINGS, NOW)[0]?.status).toBe('pass');
  });
});

describe('billing.autopay-method-valid', () => {
  table(autopayMethodValid, [
    ['manual account → not applicable', { 'billing.option': 'manual', 'billing.methods': [] }, 'n/a'],
    ['monthly account → not applicable', { 'billing.option': 'monthly' }, 'n/a'],
    ['nothing known → not applicable', {}, 'n/a'],
    ['valid primary credit card', { ...auto, 'billing.methods': [visa()] }, 'pass', 'rule.billing.autopay-method-valid.pass'],
    ['valid debit card', { ...auto, 'billing.methods': [visa({ funding: 'debit' })] }, 'pass'],
    ['paypal with unknown funding', { ...auto, 'billing.methods': [{ brand: 'paypal', funding: 'unknown', primary: true }] }, 'pass'],
    ['card expiring this month is still valid', { ...auto, 'billing.methods': [visa({ expiry: '2026-11' })] }, 'pass'],
    ['threshold implies automatic', { 'billing.threshold': usd('180'), 'billing.methods': [visa()] }, 'pass'],
    ['no methods', { ...auto, 'billing.methods': [] }, 'fail', 'rule.billing.autopay-method-valid.none'],
    ['only prepaid', { ...auto, 'billing.methods': [visa({ funding: 'prepaid' })] }, 'fail', 'rule.billing.autopay-method-valid.fail'],
    ['only expired (2026-10)', { ...auto, 'billing.methods': [visa({ expiry: '2026-10' })] }, 'fail'],
    ['only flagged invalid', { ...auto, 'billing.methods': [visa({ flaggedInvalid: true })] }, 'fail'],
    ['prepaid + expired', { ...auto, 'billing.methods': [visa({ funding: 'prepaid' }), visa({ primary: false, expiry: '2024-01' })] }, 'fail'],
    ['primary prepaid, valid backup', { ...auto, 'billing.methods': [visa({ funding: 'prepaid' }), visa({ primary: false, brand: 'mastercard', last4: '5555' })] }, 'warn', 'rule.billing.autopay-method-valid.backup'],
    ['primary expired, valid backup', { ...auto, 'billing.methods': [visa({ expiry: '2025-01' }), { brand: 'paypal', funding: 'unknown', primary: false }] }, 'warn'],
    ['primary flagged invalid, valid backup', { ...auto, 'billing.methods': [visa({ flaggedInvalid: true }), visa({ primary: false })] }, 'warn'],
    ['no primary flagged, one valid among several', { ...auto, 'billing.methods': [visa({ primary: false, funding: 'prepaid' }), visa({ primary: false })] }, 'pass'],
    ['methods not read', auto, 'unknown', 'rule.billing.autopay-method-valid.unknown'],
    ['methods unreadable on the page', auto, 'unknown', 'rule.billing.autopay-method-valid.unreadable', { unreadable: { 'ads.payment': ['billing.methods'] } }],
    ['methods stale', { ...auto, 'billing.methods': [visa()] }, 'unknown', undefined, { ageOf: { 'billing.methods': 30 * H } }],
    ['option stale but was automatic → rule still applies, unknown', { ...auto, 'billing.methods': [visa()] }, 'unknown', undefined, { age: 30 * H }],
  ]);

  it('fix points at Ads Manager Payment, or at BC Payment management when BC-managed', () => {
    const a = run(autopayMethodValid, { ...auto, 'billing.methods': [] });
    expect(a?.fix?.page).toBe('ads.payment');
    expect(a?.fix?.who).toBe('who.financeManager');
    const b = run(autopayMethodValid, { ...auto, 'billing.methods': [], 'billing.bcManaged': true });
    expect(b?.fix?.page).toBe('bc.payment');
  });

  it('params name the methods and the reason', () => {
    const f = run(autopayMethodValid, { ...auto, 'billing.methods': [visa({ funding: 'prepaid' }), visa({ primary: false, brand: 'mastercard', last4: '5555' })] });
    expect(f?.params).toEqual({ method: 'visa •••• 4242', reason: '@methodProblem.prepaid', backup: 'mastercard •••• 5555' });
  });
});

describe('billing.threshold-headroom', () => {
  const t = (spend: string, threshold = '180') => ({ ...auto, 'billing.spendSoFar': usd(spend), 'billing.threshold': usd(threshold) });
  table(thresholdHeadroom, [
    ['manual → n/a', { 'billing.option': 'manual', 'billing.spendSoFar': usd('10') }, 'n/a'],
    ['10 % → pass', t('18'), 'pass', 'rule.billing.threshold-headroom.pass'],
    ['79.99 % → pass', t('143.98'), 'pass'],
    ['exactly 80 % → warn', t('144'), 'warn', 'rule.billing.threshold-headroom.warn'],
    ['99 % → warn', t('179.99'), 'warn'],
    ['100 % → fail', t('180'), 'fail', 'rule.billing.threshold-headroom.reached'],
    ['over → fail', t('185'), 'fail'],
    ['custom threshold 90 %: 85 % passes', t('153'), 'pass', undefined, { settings: { thresholdPct: 90 } }],
    ['custom threshold 90 %: 90 % warns', t('162'), 'warn', undefined, { settings: { thresholdPct: 90 } }],
    ['outstanding > 0 → fail even at low spend', { ...t('10'), 'billing.outstanding': usd('25.50') }, 'fail', 'rule.billing.threshold-headroom.outstanding'],
    ['outstanding 0 → by percent', { ...t('10'), 'billing.outstanding': usd('0.00') }, 'pass'],
    ['Pay now banner → fail', { ...t('10'), 'billing.payNowBanner': true }, 'fail', 'rule.billing.threshold-headroom.pay-now'],
    ['outstanding without spend → fail', { ...auto, 'billing.outstanding': usd('3') }, 'fail'],
    ['spend missing → unknown', { ...auto, 'billing.threshold': usd('180') }, 'unknown', 'rule.billing.threshold-headroom.unknown'],
    ['currencies differ → unknown', { ...auto, 'billing.spendSoFar': usd('10'), 'billing.threshold': { amount: '180', currency: 'EUR' } }, 'unknown', 'rule.billing.threshold-headroom.incomparable'],
    ['JPY integers', { ...auto, 'billing.spendSoFar': { amount: '16000', currency: 'JPY' }, 'billing.threshold': { amount: '20000', currency: 'JPY' } }, 'warn'],
    ['stale spend → unknown', t('10'), 'unknown', undefined, { ageOf: { 'billing.spendSoFar': 48 * H } }],
  ]);

  it('params carry the exact floored percent', () => {
    expect(run(thresholdHeadroom, t('179.99'))?.params).toEqual({ percent: 99, spend: '179.99 USD', threshold: '180 USD' });
  });
});

describe('billing.bill-date-soon', () => {
  const d = (date: string, more: Partial<FactValues> = {}) => ({ ...auto, 'billing.billDate': date, ...more });
  table(billDateSoon, [
    ['manual → n/a', { 'billing.option': 'manual', 'billing.billDate': '2026-11-30' }, 'n/a'],
    ['far away → pass', d('2026-12-12', { 'billing.methods': [visa({ funding: 'prepaid' })] }), 'pass', 'rule.billing.bill-date-soon.pass'],
    ['in 3 days (window 2) → pass', d('2026-12-02', { 'billing.methods': [visa({ funding: 'prepaid' })] }), 'pass'],
    ['in 2 days, prepaid primary → warn', d('2026-12-01', { 'billing.methods': [visa({ funding: 'prepaid' })] }), 'warn', 'rule.billing.bill-date-soon.warn'],
    ['today, expired primary → warn', d('2026-11-29', { 'billing.methods': [visa({ expiry: '2026-01' })] }), 'warn'],
    ['tomorrow, flagged invalid → warn', d('2026-11-30', { 'billing.methods': [visa({ flaggedInvalid: true })] }), 'warn'],
    ['tomorrow, no method → warn', d('2026-11-30', { 'billing.methods': [] }), 'warn'],
    ['tomorrow, good card but failed payments → warn', d('2026-11-30', { 'billing.methods': [visa()], 'billing.failedPayments': 1 }), 'warn'],
    ['tomorrow, good card, no failures → pass', d('2026-11-30', { 'billing.methods': [visa()], 'billing.failedPayments': 0 }), 'pass', 'rule.billing.bill-date-soon.ok'],
    ['tomorrow, methods and history unknown → unknown', d('2026-11-30'), 'unknown', 'rule.billing.bill-date-soon.unknown-method'],
    ['in 5 days with window 7, prepaid → warn', d('2026-12-04', { 'billing.methods': [visa({ funding: 'prepaid' })] }), 'warn', undefined, { settings: { reminderDays: 7 } }],
    ['bill date passed → unknown (re-read)', d('2026-11-20', { 'billing.methods': [visa()] }), 'unknown', 'rule.billing.bill-date-soon.past'],
    ['no bill date → unknown', { ...auto, 'billing.methods': [visa()] }, 'unknown', 'rule.billing.bill-date-soon.unknown'],
    ['stale bill date → unknown', d('2026-11-30', { 'billing.methods': [visa()] }), 'unknown', undefined, { age: 26 * H }],
  ]);
});

describe('billing.no-failed-payments', () => {
  const fail = { kind: 'payment', status: 'failed', date: '2026-11-20' } as const;
  const ok = { kind: 'payment', status: 'success', date: '2026-11-10' } as const;
  table(noFailedPayments, [
    ['count 0 → pass', { 'billing.failedPayments': 0 }, 'pass', 'rule.billing.no-failed-payments.pass'],
    ['count 1 → warn', { 'billing.failedPayments': 1 }, 'warn', 'rule.billing.no-failed-payments.warn'],
    ['count 2 → warn', { 'billing.failedPayments': 2 }, 'warn'],
    ['count 3 → fail', { 'billing.failedPayments': 3 }, 'fail', 'rule.billing.no-failed-payments.fail'],
    ['records: 1 failed, 1 ok → warn', { 'billing.payments': [fail, ok] }, 'warn'],
    ['records: 3 failed → fail', { 'billing.payments': [fail, fail, fail] }, 'fail'],
    ['records: failed verification only → pass', { 'billing.payments': [{ kind: 'verification', status: 'failed' }] }, 'pass'],
    ['records: failed top-up only → pass', { 'billing.payments': [{ kind: 'add-balance', status: 'failed' }] }, 'pass'],
    ['count and rows disagree → the larger', { 'billing.failedPayments': 1, 'billing.payments': [fail, fail, fail] }, 'fail'],
    ['nothing read (automatic) → unknown', auto, 'unknown'],
    ['nothing read (manual) → n/a', { 'billing.option': 'manual' }, 'n/a'],
    ['stale records → unknown', { 'billing.option': 'manual', 'billing.failedPayments': 0 }, 'unknown', undefined, { ageOf: { 'billing.failedPayments': 30 * H } }],
  ]);

  it('fix: pay now in Transactions', () => {
    const f = run(noFailedPayments, { 'billing.failedPayments': 1 });
    expect(f?.fix?.page).toBe('ads.transactions');
    expect(f?.fix?.steps).toContain('fix.failed.payNow');
  });
});

describe('billing.manual-balance', () => {
  const m = (more: Partial<FactValues>) => ({ 'billing.option': 'manual' as const, ...more });
  table(manualBalance, [
    ['automatic → n/a', { ...auto, 'billing.cashBalance': usd('0') }, 'n/a'],
    ['positive → pass', m({ 'billing.cashBalance': usd('250.00') }), 'pass', 'rule.billing.manual-balance.pass'],
    ['zero → fail', m({ 'billing.cashBalance': usd('0.00') }), 'fail', 'rule.billing.manual-balance.fail'],
    ['negative → fail', m({ 'billing.cashBalance': usd('-12.40') }), 'fail'],
    ['zero cash, ad credit left → warn', m({ 'billing.cashBalance': usd('0'), 'billing.adCredit': usd('50') }), 'warn', 'rule.billing.manual-balance.credit-only'],
    ['zero cash, zero credit → fail', m({ 'billing.cashBalance': usd('0'), 'billing.adCredit': usd('0.00') }), 'fail'],
    ['BC balance alert → warn', m({ 'billing.cashBalance': usd('40'), 'billing.balanceAlert': true }), 'warn', 'rule.billing.manual-balance.alert'],
    ['alert without balance → warn', m({ 'billing.balanceAlert': true }), 'warn'],
    ['balance ≤ recent spend → warn', m({ 'billing.cashBalance': usd('30'), 'billing.spendSoFar': usd('30') }), 'warn', 'rule.billing.manual-balance.low'],
    ['balance > recent spend → pass', m({ 'billing.cashBalance': usd('30.01'), 'billing.spendSoFar': usd('30') }), 'pass'],
    ['spend in another currency is ignored', m({ 'billing.cashBalance': usd('30'), 'billing.spendSoFar': { amount: '300', currency: 'EUR' } }), 'pass'],
    ['IDR precision kept', m({ 'billing.cashBalance': { amount: '1000000', currency: 'IDR' } }), 'pass'],
    ['balance not read → unknown', m({}), 'unknown', 'rule.billing.manual-balance.unknown'],
    ['balance stale → unknown', m({ 'billing.cashBalance': usd('250') }), 'unknown', undefined, { age: 25 * H }],
  ]);

  it('BC-managed accounts top up in Business Center', () => {
    expect(run(manualBalance, m({ 'billing.cashBalance': usd('0'), 'billing.bcManaged': true }))?.fix?.page).toBe('bc.payment');
    expect(run(manualBalance, m({ 'billing.cashBalance': usd('0') }))?.fix?.page).toBe('ads.payment');
  });
});

describe('billing.unpaid-invoices', () => {
  const inv = (status: 'paid' | 'unpaid' | 'overdue', dueDate?: string) => ({ serial: `BDUK2026${status}`, status, ...(dueDate ? { dueDate } : {}) });
  table(unpaidInvoices, [
    ['not read, automatic → n/a', auto, 'n/a'],
    ['not read, monthly → unknown', { 'billing.option': 'monthly' }, 'unknown'],
    ['all paid → pass', { 'billing.invoices': [inv('paid'), inv('paid')] }, 'pass'],
    ['empty list → pass', { 'billing.invoices': [] }, 'pass'],
    ['unpaid, due later → warn', { 'billing.invoices': [inv('paid'), inv('unpaid', '2026-12-15')] }, 'warn', 'rule.billing.unpaid-invoices.warn'],
    ['unpaid, due today → warn', { 'billing.invoices': [inv('unpaid', '2026-11-29')] }, 'warn'],
    ['unpaid, due yesterday → fail', { 'billing.invoices': [inv('unpaid', '2026-11-28')] }, 'fail', 'rule.billing.unpaid-invoices.fail'],
    ['marked overdue → fail', { 'billing.invoices': [inv('overdue')] }, 'fail'],
    ['stale → unknown', { 'billing.invoices': [inv('paid')] }, 'unknown', undefined, { age: 25 * H }],
  ]);
});

describe('billing.bc-managed-topup (informational)', () => {
  table(bcManagedTopup, [
    ['BC-managed manual → pass, weight 0', { 'billing.option': 'manual', 'billing.bcManaged': true }, 'pass', 'rule.billing.bc-managed-topup.pass'],
    ['not BC-managed → n/a', { 'billing.option': 'manual', 'billing.bcManaged': false }, 'n/a'],
    ['BC-managed automatic → n/a', { ...auto, 'billing.bcManaged': true }, 'n/a'],
  ]);
  it('points at BC Payment management and costs nothing', () => {
    const f = run(bcManagedTopup, { 'billing.option': 'manual', 'billing.bcManaged': true });
    expect(f?.fix?.page).toBe('bc.payment');
    expect(f?.lost).toBe(0);
  });
});
