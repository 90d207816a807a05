/**
 * Rule engine and readiness roll-up (DESIGN §4). Pure: Facts + settings + now → findings → readiness + score.
 */
import type { AccountRecord, FactKey, FactValues, Money } from '../facts/types';
import { isBillingFact } from '../facts/types';
import type { Site } from '../pages/routes';
import type { Settings } from '../store/schema';
import type { Finding, Readiness, Rule, RuleContext } from './types';

export const PENALTY: Record<Finding['status'], number> = { pass: 0, warn: 0.5, fail: 1, unknown: 0.25 };

/** The facts without which a site's account can never be `ready`. */
export const CORE_FACTS: Record<Site, FactKey[]> = {
  ads: ['billing.option', 'account.status'],
  seller: ['seller.adsEntry', 'seller.roles'],
  bc: ['bc.pageRead'],
};

export function isStale(key: FactKey, readAt: number, now: number, s: Settings): boolean {
  const age = now - readAt;
  return isBillingFact(key) ? age > s.staleBillingHours * 3_600_000 : age > s.staleOtherDays * 86_400_000;
}

export function makeContext(record: AccountRecord, settings: Settings, now: number, staleSeen: Set<FactKey>): RuleContext {
  return {
    record,
    now,
    settings,
    get<K extends FactKey>(key: K): FactValues[K] | undefined {
      const f = record.facts[key];
      if (!f) return undefined;
      if (f.source === 'page' && isStale(key, f.readAt, now, settings)) {
        staleSeen.add(key);
        return undefined;
      }
      return f.value as FactValues[K];
    },
    peek<K extends FactKey>(key: K): FactValues[K] | undefined {
      return record.facts[key]?.value as FactValues[K] | undefined;
    },
    has(key) {
      return record.facts[key] !== undefined;
    },
  };
}

function inValidity(rule: Rule, now: number): boolean {
  const t = new Date(now).toISOString().slice(0, 10);
  return (!rule.validFrom || t >= rule.validFrom) && (!rule.validUntil || t < rule.validUntil);
}

export function evaluateRules(rules: readonly Rule[], record: AccountRecord, settings: Settings, now: number): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    if (!rule.sites.includes(record.site) || !inValidity(rule, now)) continue;
    const staleSeen = new Set<FactKey>();
    let v;
    try {
      v = rule.evaluate(makeContext(record, settings, now, staleSeen));
    } catch {
      v = { status: 'unknown' as const, evidence: [], fix: null, message: 'finding.error' };
    }
    if (!v) continue;
    const stale = staleSeen.size > 0 && v.status === 'unknown';
    const evidence = [...new Set([...v.evidence, ...staleSeen])];
    out.push({ ...v, evidence, rule: rule.id, lost: rule.weight * PENALTY[v.status], ...(stale ? { stale: true } : {}) });
  }
  return out;
}

const ORDER: Record<Finding['status'], number> = { fail: 0, warn: 1, unknown: 2, pass: 3 };

export function sortFindings(f: Finding[]): Finding[] {
  return [...f].sort((a, b) => ORDER[a.status] - ORDER[b.status] || b.lost - a.lost || a.rule.localeCompare(b.rule));
}

export interface AccountSummary {
  key: string;
  readiness: Readiness;
  score: number;
  findings: Finding[];
  /** Core facts missing or stale (why an account is `unknown`). */
  missingCore: FactKey[];
}

export function summarize(rules: readonly Rule[], record: AccountRecord, settings: Settings, now: number): AccountSummary {
  const findings = sortFindings(evaluateRules(rules, record, settings, now));
  const ctx = makeContext(record, settings, now, new Set());
  const missingCore = CORE_FACTS[record.site].filter((k) => ctx.get(k) === undefined);
  let readiness: Readiness;
  if (findings.some((f) => f.status === 'fail')) readiness = 'blocked';
  else if (findings.some((f) => f.status === 'warn')) readiness = 'at-risk';
  else if (missingCore.length === 0) readiness = 'ready';
  else readiness = 'unknown';
  const lost = findings.reduce((s, f) => s + f.lost, 0);
  const score = Math.max(0, Math.min(100, Math.round(100 - lost)));
  return { key: record.key, readiness, score, findings, missingCore };
}

export const URGENCY: Record<Readiness, number> = { blocked: 0, 'at-risk': 1, unknown: 2, ready: 3 };

/** Spend so far, when it is a positive, well-formed amount: the roll-up's weight. */
export function spendOf(record: AccountRecord): Money | undefined {
  const v = record.facts['billing.spendSoFar']?.value as Money | undefined;
  if (!v || typeof v.amount !== 'string' || typeof v.currency !== 'string') return undefined;
  if (!/^\d+(\.\d+)?$/.test(v.amount) || !/^[A-Z]{3}$/.test(v.currency) || Number(v.amount) <= 0) return undefined;
  return { amount: v.amount, currency: v.currency };
}

/**
 * Agency roll-up: counts per state and the mean score, weighted by spend so far where it is known. Spends in
 * different currencies cannot be weighed against each other, so the score is weighted only when every known spend
 * is in one currency (else every account weighs 1). The one implementation behind the dashboard, the export and
 * the report.
 */
export function rollUp(items: readonly { summary: Pick<AccountSummary, 'readiness' | 'score'>; spend?: Money }[]) {
  const counts: Record<Readiness, number> = { ready: 0, 'at-risk': 0, blocked: 0, unknown: 0 };
  const currencies = new Set(items.flatMap((i) => (i.spend ? [i.spend.currency] : [])));
  const weighted = currencies.size === 1;
  let wSum = 0;
  let sSum = 0;
  for (const { summary, spend } of items) {
    counts[summary.readiness]++;
    const amount = weighted && spend ? Number(spend.amount) : 0;
    const w = amount > 0 ? amount : 1;
    wSum += w;
    sSum += w * summary.score;
  }
  return { counts, total: items.length, score: items.length ? Math.round(sSum / wSum) : null };
}
