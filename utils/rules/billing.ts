/**
 * Billing rules (DESIGN §4, domain/tiktok-reference.md §2). Pure: facts → verdicts.
 *
 * Applicability: "automatic only" rules apply when the billing option is automatic, or — when the option was not
 * read — when a billing threshold was shown (a threshold means the account pays automatically). Applicability is
 * decided on the value even when it is stale (`peek`), so a stale account still gets its rules, which then say
 * `unknown` (the engine marks them stale). When nothing says how the account pays, these rules are left out and
 * `billing.option-known` says `unknown`.
 */
import type { FactKey, PaymentMethod } from '../facts/types';
import { compareMoney, dayNumber, dayOf, daysUntil, isExpired, moneyText, percentOf, signOf } from './money';
import type { Fix, Rule, RuleContext, Verdict } from './types';

// ─── Shared helpers ──────────────────────────────────────────────────────────────────────────────────────

/** true / false from the (possibly stale) facts; undefined when nothing says. */
export function paysAutomatically(ctx: RuleContext): boolean | undefined {
  const o = ctx.peek('billing.option');
  if (o) return o === 'automatic';
  if (ctx.peek('billing.threshold')) return true;
  return undefined;
}

export type MethodProblem = 'prepaid' | 'expired' | 'invalid';

/** Why a method cannot pay automatically, or null when it looks usable. Funding `unknown` is given the benefit. */
export function methodProblem(m: PaymentMethod, now: number): MethodProblem | null {
  if (m.flaggedInvalid) return 'invalid';
  if (isExpired(m.expiry, now)) return 'expired';
  if (m.funding === 'prepaid') return 'prepaid';
  return null;
}

export function usable(m: PaymentMethod, now: number): boolean {
  return methodProblem(m, now) === null;
}

export function methodLabel(m: PaymentMethod): string {
  return m.last4 ? `${m.brand} •••• ${m.last4}` : m.brand;
}

/** The primary method; when none is flagged primary and there is exactly one method, that one. */
export function primaryMethod(methods: PaymentMethod[]): PaymentMethod | undefined {
  return methods.find((m) => m.primary) ?? (methods.length === 1 ? methods[0] : undefined);
}

/**
 * Failed payment attempts on record: the larger of the count the page shows (`billing.failedPayments`) and the
 * failed bill-payment rows of `billing.payments` (kinds `payment` and `other`; a failed card verification or a
 * failed manual top-up does not stop campaigns). undefined when neither fact is fresh.
 */
export function failedPaymentCount(ctx: RuleContext): number | undefined {
  const n = ctx.get('billing.failedPayments');
  const rows = ctx.get('billing.payments');
  if (n === undefined && rows === undefined) return undefined;
  const fromRows = rows ? rows.filter((r) => r.status === 'failed' && (r.kind === 'payment' || r.kind === 'other')).length : 0;
  return Math.max(n ?? 0, fromRows);
}

function unreadable(ctx: RuleContext, key: FactKey): boolean {
  const u = ctx.record.unreadable;
  return !!u && Object.values(u).some((keys) => keys?.includes(key));
}

function bcManaged(ctx: RuleContext): boolean {
  return ctx.peek('billing.bcManaged') === true;
}

const WHO_FINANCE = 'who.financeManager';

function methodFix(ctx: RuleContext): Fix {
  return bcManaged(ctx)
    ? { page: 'bc.payment', steps: ['fix.autopay.openBcPayment', 'fix.autopay.addMethod', 'fix.autopay.makePrimary', 'fix.autopay.removeInvalid'], who: WHO_FINANCE }
    : { page: 'ads.payment', steps: ['fix.autopay.openPayment', 'fix.autopay.addMethod', 'fix.autopay.makePrimary', 'fix.autopay.removeInvalid'], who: WHO_FINANCE };
}

const READ_PAYMENT: Fix = { page: 'ads.payment', steps: ['fix.read.openPayment'] };

function unknown(message: string, evidence: FactKey[], fix: Fix | null = READ_PAYMENT, params?: Verdict['params']): Verdict {
  return { status: 'unknown', evidence, fix, message, ...(params ? { params } : {}) };
}

// ─── billing.option-known ─────────────────────────────────────────────────────────────────────────────────

/** pass when the billing option was read (or a threshold shows it is automatic); unknown otherwise. */
export const billingOptionKnown: Rule = {
  id: 'billing.option-known',
  sites: ['ads'],
  weight: 5,
  evaluate(ctx) {
    const o = ctx.get('billing.option');
    if (o) return { status: 'pass', evidence: ['billing.option'], fix: null, message: 'rule.billing.option-known.pass', params: { option: `@billingOption.${o}` } };
    if (!ctx.has('billing.option') && ctx.get('billing.threshold'))
      return { status: 'pass', evidence: ['billing.threshold'], fix: null, message: 'rule.billing.option-known.inferred', params: { option: '@billingOption.automatic' } };
    return unknown('rule.billing.option-known.unknown', ['billing.option']);
  },
};

// ─── billing.autopay-method-valid ─────────────────────────────────────────────────────────────────────────

/**
 * Automatic only. fail: no method that is non-prepaid, not expired (expiry month before now's month) and not
 * flagged invalid by the page. warn: the primary is unusable but a usable backup exists. unknown: methods not read
 * (or the page's list could not be read).
 */
export const autopayMethodValid: Rule = {
  id: 'billing.autopay-method-valid',
  sites: ['ads'],
  weight: 20,
  evaluate(ctx) {
    if (paysAutomatically(ctx) !== true) return null;
    ctx.get('billing.option');
    const evidence: FactKey[] = ['billing.option', 'billing.methods'];
    const methods = ctx.get('billing.methods');
    const fix = methodFix(ctx);
    if (!methods) {
      return unknown(unreadable(ctx, 'billing.methods') ? 'rule.billing.autopay-method-valid.unreadable' : 'rule.billing.autopay-method-valid.unknown', evidence);
    }
    if (methods.length === 0) return { status: 'fail', evidence, fix, message: 'rule.billing.autopay-method-valid.none' };
    const valid = methods.filter((m) => usable(m, ctx.now));
    const primary = primaryMethod(methods);
    if (valid.length === 0) {
      const m = primary ?? methods[0]!;
      return { status: 'fail', evidence, fix, message: 'rule.billing.autopay-method-valid.fail', params: { method: methodLabel(m), reason: `@methodProblem.${methodProblem(m, ctx.now)}` } };
    }
    if (primary && !usable(primary, ctx.now)) {
      return {
        status: 'warn',
        evidence,
        fix,
        message: 'rule.billing.autopay-method-valid.backup',
        params: { method: methodLabel(primary), reason: `@methodProblem.${methodProblem(primary, ctx.now)}`, backup: methodLabel(valid[0]!) },
      };
    }
    return { status: 'pass', evidence, fix: null, message: 'rule.billing.autopay-method-valid.pass', params: { method: methodLabel(primary ?? valid[0]!) } };
  },
};

// ─── billing.threshold-headroom ───────────────────────────────────────────────────────────────────────────

/**
 * Automatic only. fail: an outstanding balance > 0, the "Pay now" banner, or spend so far ≥ 100 % of the
 * threshold. warn: spend ≥ settings.thresholdPct %. pass below. unknown: spend or threshold not read, or shown in
 * different currencies. Percent = floor(spend × 100 / threshold), exact.
 */
export const thresholdHeadroom: Rule = {
  id: 'billing.threshold-headroom',
  sites: ['ads'],
  weight: 15,
  evaluate(ctx) {
    if (paysAutomatically(ctx) !== true) return null;
    const fix: Fix = { page: 'ads.payment', steps: ['fix.threshold.openPayment', 'fix.threshold.payNow', 'fix.threshold.checkMethod'], who: WHO_FINANCE };
    const outstanding = ctx.get('billing.outstanding');
    if (outstanding && signOf(outstanding) === 1)
      return { status: 'fail', evidence: ['billing.outstanding'], fix, message: 'rule.billing.threshold-headroom.outstanding', params: { amount: moneyText(outstanding) } };
    if (ctx.get('billing.payNowBanner') === true) return { status: 'fail', evidence: ['billing.payNowBanner'], fix, message: 'rule.billing.threshold-headroom.pay-now' };
    const evidence: FactKey[] = ['billing.spendSoFar', 'billing.threshold'];
    const spend = ctx.get('billing.spendSoFar');
    const threshold = ctx.get('billing.threshold');
    if (!spend || !threshold) return unknown('rule.billing.threshold-headroom.unknown', evidence);
    const percent = percentOf(spend, threshold);
    if (percent === null) return unknown('rule.billing.threshold-headroom.incomparable', evidence, READ_PAYMENT, { spend: moneyText(spend), threshold: moneyText(threshold) });
    const params = { percent, spend: moneyText(spend), threshold: moneyText(threshold) };
    if (percent >= 100) return { status: 'fail', evidence, fix, message: 'rule.billing.threshold-headroom.reached', params };
    if (percent >= ctx.settings.thresholdPct)
      return { status: 'warn', evidence, fix: { page: 'ads.payment', steps: ['fix.threshold.openPayment', 'fix.threshold.checkMethod', 'fix.threshold.expectCharge'], who: WHO_FINANCE }, message: 'rule.billing.threshold-headroom.warn', params };
    return { status: 'pass', evidence, fix: null, message: 'rule.billing.threshold-headroom.pass', params };
  },
};

// ─── billing.bill-date-soon ───────────────────────────────────────────────────────────────────────────────

/**
 * Automatic only. The charge comes at the threshold or the bill date, whichever first. warn: the bill date is
 * within settings.reminderDays days and the primary method looks unable to pay (prepaid / expired / flagged
 * invalid / no method, or failed payments on record). pass: outside the window, or inside it with a usable
 * primary and no failures. unknown: no bill date, a bill date in the past (re-read the page), or inside the window
 * with neither methods nor payment history read.
 */
export const billDateSoon: Rule = {
  id: 'billing.bill-date-soon',
  sites: ['ads'],
  weight: 10,
  evaluate(ctx) {
    if (paysAutomatically(ctx) !== true) return null;
    const date = ctx.get('billing.billDate');
    if (!date) return unknown('rule.billing.bill-date-soon.unknown', ['billing.billDate']);
    const days = daysUntil(date, ctx.now);
    if (days === null) return unknown('rule.billing.bill-date-soon.unknown', ['billing.billDate']);
    if (days < 0) return unknown('rule.billing.bill-date-soon.past', ['billing.billDate'], READ_PAYMENT, { date });
    if (days > ctx.settings.reminderDays) return { status: 'pass', evidence: ['billing.billDate'], fix: null, message: 'rule.billing.bill-date-soon.pass', params: { date, days } };
    const evidence: FactKey[] = ['billing.billDate', 'billing.methods'];
    const methods = ctx.get('billing.methods');
    const failed = failedPaymentCount(ctx);
    if (failed !== undefined) evidence.push(ctx.has('billing.failedPayments') ? 'billing.failedPayments' : 'billing.payments');
    const primary = methods ? primaryMethod(methods) : undefined;
    let reason: string | null = null;
    if (methods && methods.length === 0) reason = '@methodProblem.none';
    else if (primary && !usable(primary, ctx.now)) reason = `@methodProblem.${methodProblem(primary, ctx.now)}`;
    else if (failed !== undefined && failed > 0) reason = '@methodProblem.failed';
    if (reason) return { status: 'warn', evidence, fix: methodFix(ctx), message: 'rule.billing.bill-date-soon.warn', params: { date, days, reason } };
    if (!methods && failed === undefined) return unknown('rule.billing.bill-date-soon.unknown-method', evidence, READ_PAYMENT, { date, days });
    return { status: 'pass', evidence, fix: null, message: 'rule.billing.bill-date-soon.ok', params: { date, days } };
  },
};

// ─── billing.no-failed-payments ───────────────────────────────────────────────────────────────────────────

/**
 * 0 → pass; 1–2 → warn; > 2 → fail (TikTok may stop campaigns after more than two failed attempts).
 * Not applicable to a manual-payment account with no payment records (nothing is charged automatically).
 */
export const noFailedPayments: Rule = {
  id: 'billing.no-failed-payments',
  sites: ['ads'],
  weight: 10,
  evaluate(ctx) {
    const evidence: FactKey[] = ['billing.failedPayments', 'billing.payments'];
    const n = failedPaymentCount(ctx);
    if (n === undefined) {
      if (ctx.has('billing.failedPayments') || ctx.has('billing.payments')) return unknown('rule.billing.no-failed-payments.unknown', evidence, { page: 'ads.transactions', steps: ['fix.read.openTransactions'] });
      if (ctx.peek('billing.option') === 'manual') return null;
      return unknown('rule.billing.no-failed-payments.unknown', evidence, { page: 'ads.transactions', steps: ['fix.read.openTransactions'] });
    }
    const used = evidence.filter((k) => ctx.has(k));
    const fix: Fix = { page: 'ads.transactions', steps: ['fix.failed.openTransactions', 'fix.failed.payNow', 'fix.failed.checkCard', 'fix.failed.retryBrowser'], who: WHO_FINANCE };
    if (n === 0) return { status: 'pass', evidence: used, fix: null, message: 'rule.billing.no-failed-payments.pass' };
    if (n <= 2) return { status: 'warn', evidence: used, fix, message: 'rule.billing.no-failed-payments.warn', params: { count: n } };
    return { status: 'fail', evidence: used, fix, message: 'rule.billing.no-failed-payments.fail', params: { count: n } };
  },
};

// ─── billing.manual-balance ───────────────────────────────────────────────────────────────────────────────

/**
 * Manual only. fail: cash balance ≤ 0 and no ad credit left. warn: cash ≤ 0 but ad credit > 0 (campaigns run on
 * credit until it is used up); Business Center's Balance Alert (balance ≤ 3 × last-7-day average daily spend);
 * balance ≤ spend so far (the only recent-spend figure the facts carry). pass: positive and nothing says low.
 */
export const manualBalance: Rule = {
  id: 'billing.manual-balance',
  sites: ['ads'],
  weight: 35,
  evaluate(ctx) {
    if (ctx.peek('billing.option') !== 'manual') return null;
    ctx.get('billing.option');
    const bc = bcManaged(ctx);
    const fix: Fix = bc
      ? { page: 'bc.payment', steps: ['fix.balance.openBcPayment', 'fix.balance.bcAdjust', 'fix.balance.autoAllocate'], who: 'who.bcFinance' }
      : { page: 'ads.payment', steps: ['fix.balance.openPayment', 'fix.balance.add', 'fix.balance.limits'], who: WHO_FINANCE };
    const balance = ctx.get('billing.cashBalance');
    const alert = ctx.get('billing.balanceAlert');
    if (!balance) {
      if (alert === true) return { status: 'warn', evidence: ['billing.balanceAlert'], fix, message: 'rule.billing.manual-balance.alert' };
      return unknown('rule.billing.manual-balance.unknown', ['billing.cashBalance'], bc ? { page: 'bc.payment', steps: ['fix.read.openBcPayment'] } : READ_PAYMENT);
    }
    const s = signOf(balance);
    if (s === null) return unknown('rule.billing.manual-balance.unknown', ['billing.cashBalance']);
    if (s <= 0) {
      const credit = ctx.get('billing.adCredit');
      if (credit && signOf(credit) === 1)
        return { status: 'warn', evidence: ['billing.cashBalance', 'billing.adCredit'], fix, message: 'rule.billing.manual-balance.credit-only', params: { balance: moneyText(balance), credit: moneyText(credit) } };
      return { status: 'fail', evidence: ['billing.cashBalance'], fix, message: 'rule.billing.manual-balance.fail', params: { balance: moneyText(balance) } };
    }
    if (alert === true) return { status: 'warn', evidence: ['billing.cashBalance', 'billing.balanceAlert'], fix, message: 'rule.billing.manual-balance.alert' };
    const spend = ctx.get('billing.spendSoFar');
    if (spend && (compareMoney(balance, spend) ?? 1) <= 0)
      return { status: 'warn', evidence: ['billing.cashBalance', 'billing.spendSoFar'], fix, message: 'rule.billing.manual-balance.low', params: { balance: moneyText(balance), spend: moneyText(spend) } };
    return { status: 'pass', evidence: ['billing.cashBalance'], fix: null, message: 'rule.billing.manual-balance.pass', params: { balance: moneyText(balance) } };
  },
};

// ─── billing.unpaid-invoices (extra) ──────────────────────────────────────────────────────────────────────

/**
 * fail: an invoice is overdue (status overdue, or unpaid with a due date before today); warn: unpaid, not yet
 * due; pass: all paid. Left out when invoices were never read, except on monthly invoicing (there they are the
 * bill, so unknown).
 */
export const unpaidInvoices: Rule = {
  id: 'billing.unpaid-invoices',
  sites: ['ads'],
  weight: 5,
  evaluate(ctx) {
    const invoices = ctx.get('billing.invoices');
    const bc = bcManaged(ctx);
    const page = bc ? 'bc.invoices' : 'ads.invoices';
    if (!invoices) {
      if (ctx.has('billing.invoices') || ctx.peek('billing.option') === 'monthly')
        return unknown('rule.billing.unpaid-invoices.unknown', ['billing.invoices'], { page, steps: ['fix.read.openInvoices'] });
      return null;
    }
    const today = dayOf(ctx.now);
    const isOverdue = (i: (typeof invoices)[number]) => {
      if (i.status === 'overdue') return true;
      if (i.status !== 'unpaid' || !i.dueDate) return false;
      const d = dayNumber(i.dueDate);
      return d !== null && d < today;
    };
    const overdue = invoices.filter(isOverdue);
    const unpaid = invoices.filter((i) => i.status === 'unpaid' && !isOverdue(i));
    const fix: Fix = { page, steps: ['fix.invoices.open', 'fix.invoices.filterUnpaid', 'fix.invoices.payNow'], who: WHO_FINANCE };
    const params = (list: typeof invoices) => ({ count: list.length, serial: list[0]!.serial, due: list[0]!.dueDate ?? '—' });
    if (overdue.length) return { status: 'fail', evidence: ['billing.invoices'], fix, message: 'rule.billing.unpaid-invoices.fail', params: params(overdue) };
    if (unpaid.length) return { status: 'warn', evidence: ['billing.invoices'], fix, message: 'rule.billing.unpaid-invoices.warn', params: params(unpaid) };
    return { status: 'pass', evidence: ['billing.invoices'], fix: null, message: 'rule.billing.unpaid-invoices.pass', params: { count: invoices.length } };
  },
};

// ─── billing.bc-managed-topup (informational) ─────────────────────────────────────────────────────────────

/**
 * Informational, weight 0, always `pass`: a manual-payment account managed by a Business Center gets its balance
 * from BC → Finance → Payment management, not from "Add balance" in Ads Manager. It never moves readiness or score
 * (a warn would make every BC-managed account at-risk and double-count `billing.manual-balance`, whose fix already
 * points at Business Center for these accounts). The fix is attached for UIs that show it on a pass.
 */
export const bcManagedTopup: Rule = {
  id: 'billing.bc-managed-topup',
  sites: ['ads'],
  weight: 0,
  evaluate(ctx) {
    if (ctx.peek('billing.bcManaged') !== true || ctx.peek('billing.option') !== 'manual') return null;
    return {
      status: 'pass',
      evidence: ['billing.bcManaged', 'billing.option'],
      fix: { page: 'bc.payment', steps: ['fix.balance.openBcPayment', 'fix.balance.bcAdjust'], who: 'who.bcFinance' },
      message: 'rule.billing.bc-managed-topup.pass',
    };
  },
};

export const billingRules: Rule[] = [
  billingOptionKnown,
  autopayMethodValid,
  thresholdHeadroom,
  billDateSoon,
  noFailedPayments,
  manualBalance,
  unpaidInvoices,
  bcManagedTopup,
];

