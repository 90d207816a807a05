import { describe, expect, it } from 'vitest';
import { rollUp, spendOf } from '../../utils/rules/engine';
import { rollUpEntries, toIndexEntry } from '../../utils/rules/account-index';
import { rollUpRecords } from '../../utils/export';
import { factsFrom } from '../../utils/store/merge';
import type { AccountRecord, FactValues, Money } from '../../utils/facts/types';
import type { Readiness } from '../../utils/rules/types';
import type { AccountSummary } from '../../utils/rules/engine';

const usd = (amount: string): Money => ({ amount, currency: 'USD' });
const s = (readiness: Readiness, score: number) => ({ readiness, score });

describe('rollUp (the one roll-up behind the dashboard, export and report)', () => {
  const cases: { name: string; items: { summary: ReturnType<typeof s>; spend?: Money }[]; score: number | null; counts: Partial<Record<Readiness, number>> }[] = [
    { name: 'no accounts', items: [], score: null, counts: {} },
    { name: 'plain mean without spend', items: [{ summary: s('ready', 100) }, { summary: s('blocked', 50) }], score: 75, counts: { ready: 1, blocked: 1 } },
    {
      name: 'weighted by spend in one currency',
      items: [{ summary: s('ready', 100), spend: usd('900') }, { summary: s('blocked', 0), spend: usd('100') }],
      score: 90,
      counts: { ready: 1, blocked: 1 },
    },
    {
      name: 'an account without spend weighs 1 beside spends',
      items: [{ summary: s('ready', 100), spend: usd('99') }, { summary: s('unknown', 0) }],
      score: 99,
      counts: { ready: 1, unknown: 1 },
    },
    {
      name: 'mixed currencies: every account weighs 1',
      items: [{ summary: s('ready', 100), spend: usd('900') }, { summary: s('at-risk', 50), spend: { amount: '100', currency: 'EUR' } }],
      score: 75,
      counts: { ready: 1, 'at-risk': 1 },
    },
    {
      name: 'zero spend weighs 1',
      items: [{ summary: s('ready', 80), spend: usd('0') }, { summary: s('ready', 40), spend: usd('0.00') }],
      score: 60,
      counts: { ready: 2 },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = rollUp(c.items);
      expect(r.score).toBe(c.score);
      expect(r.total).toBe(c.items.length);
      expect(r.counts).toEqual({ ready: 0, 'at-risk': 0, blocked: 0, unknown: 0, ...c.counts });
    });
  }
});

describe('spendOf', () => {
  const rec = (facts: Partial<FactValues>): AccountRecord => ({ key: 'ads:1234', site: 'ads', name: null, lastSeen: 1, facts: factsFrom(facts, 'ads.payment', 1) });
  it('takes a positive well-formed spend and nothing else', () => {
    expect(spendOf(rec({ 'billing.spendSoFar': usd('42.10') }))).toEqual(usd('42.10'));
    expect(spendOf(rec({ 'billing.spendSoFar': usd('0.00') }))).toBeUndefined();
    expect(spendOf(rec({ 'billing.spendSoFar': { amount: 'lots', currency: 'USD' } }))).toBeUndefined();
    expect(spendOf(rec({ 'billing.spendSoFar': { amount: '10', currency: 'usd' } }))).toBeUndefined();
    expect(spendOf(rec({}))).toBeUndefined();
  });
});

describe('dashboard, export and report agree', () => {
  const records: AccountRecord[] = [
    { key: 'ads:1001', site: 'ads', name: 'A', lastSeen: 1, facts: factsFrom({ 'billing.spendSoFar': usd('300') }, 'ads.payment', 1) },
    { key: 'ads:1002', site: 'ads', name: 'B', lastSeen: 1, facts: factsFrom({ 'billing.spendSoFar': usd('100') }, 'ads.payment', 1) },
    { key: 'bc:1003', site: 'bc', name: 'C', lastSeen: 1, facts: {} },
  ];
  const summaries = new Map<string, AccountSummary>([
    ['ads:1001', { key: 'ads:1001', readiness: 'ready', score: 100, findings: [], missingCore: [] }],
    ['ads:1002', { key: 'ads:1002', readiness: 'blocked', score: 20, findings: [], missingCore: [] }],
    ['bc:1003', { key: 'bc:1003', readiness: 'unknown', score: 60, findings: [], missingCore: [] }],
  ]);
  it('rollUpEntries over the index equals rollUpRecords over the records', () => {
    const entries = records.map((r) => toIndexEntry(r, summaries.get(r.key)!));
    const a = rollUpEntries(entries);
    const b = rollUpRecords(records, summaries);
    expect(a).toEqual(b);
    expect(b.score).toBe(Math.round((300 * 100 + 100 * 20 + 1 * 60) / 401));
  });
});
