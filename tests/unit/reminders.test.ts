import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { planReminders, reminderTime, ALARM_PREFIX } from '../../utils/rules/reminders';
import { reconcileAlarms } from '../../utils/background/reminders';
import { factsFrom } from '../../utils/store/merge';
import { DEFAULT_SETTINGS } from '../../utils/store/schema';
import { badgeFor } from '../../utils/background/badge';
import type { AccountRecord, FactValues } from '../../utils/facts/types';

const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);
const rec = (key: string, facts: Partial<FactValues>, name = 'Acme'): AccountRecord => ({
  key,
  site: 'ads',
  name,
  lastSeen: NOW,
  facts: factsFrom(facts, 'ads.payment', NOW - 60_000),
});
const usd = (amount: string) => ({ amount, currency: 'USD' });

describe('reminderTime', () => {
  it('is 09:00 local on the bill date minus the window', () => {
    expect(reminderTime('2026-12-05', 2, 0)).toBe(Date.UTC(2026, 11, 3, 9));
    expect(reminderTime('2026-12-05', 0, -60)).toBe(Date.UTC(2026, 11, 5, 8));
    expect(reminderTime('2026-13-05', 2, 0)).toBeNull();
    expect(reminderTime('soon', 2, 0)).toBeNull();
  });
});

describe('planReminders', () => {
  const cases: { name: string; facts: Partial<FactValues>; settings?: Partial<typeof DEFAULT_SETTINGS>; want: string[] }[] = [
    { name: 'automatic, bill date ahead', facts: { 'billing.option': 'automatic', 'billing.billDate': '2026-12-10' }, want: ['bill-date'] },
    { name: 'bill date inside the window already passed', facts: { 'billing.option': 'automatic', 'billing.billDate': '2026-11-30' }, want: [] },
    { name: 'manual payment has no bill reminders', facts: { 'billing.option': 'manual', 'billing.billDate': '2026-12-10' }, want: [] },
    { name: 'spend at 85 % crosses 80 %', facts: { 'billing.option': 'automatic', 'billing.threshold': usd('180.00'), 'billing.spendSoFar': usd('153.00') }, want: ['threshold'] },
    { name: 'spend at 79 % does not', facts: { 'billing.option': 'automatic', 'billing.threshold': usd('180.00'), 'billing.spendSoFar': usd('142.20') }, want: [] },
    { name: 'custom 70 %', facts: { 'billing.threshold': usd('100'), 'billing.spendSoFar': usd('71') }, settings: { thresholdPct: 70 }, want: ['threshold'] },
    { name: 'currency mismatch is no reminder', facts: { 'billing.option': 'automatic', 'billing.threshold': usd('100'), 'billing.spendSoFar': { amount: '99', currency: 'EUR' } }, want: [] },
    {
      name: 'both',
      facts: { 'billing.option': 'automatic', 'billing.threshold': usd('100'), 'billing.spendSoFar': usd('100'), 'billing.billDate': '2026-12-20' },
      want: ['bill-date', 'threshold'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const plan = planReminders([rec('ads:1001', c.facts)], { ...DEFAULT_SETTINGS, ...c.settings }, NOW, new Set(), 0);
      expect(plan.map((p) => p.kind).sort()).toEqual(c.want);
      for (const p of plan) expect(p.name.startsWith(ALARM_PREFIX)).toBe(true);
    });
  }
  it('a threshold reminder fires once per cycle', () => {
    const r = rec('ads:1001', { 'billing.threshold': usd('100'), 'billing.spendSoFar': usd('90'), 'billing.billDate': '2026-12-20' });
    const [p] = planReminders([r], DEFAULT_SETTINGS, NOW, new Set(), 0).filter((x) => x.kind === 'threshold');
    expect(planReminders([r], DEFAULT_SETTINGS, NOW, new Set([p!.name]), 0).filter((x) => x.kind === 'threshold')).toEqual([]);
  });
});

describe('background alarms (fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());
  it('creates, keeps and clears alarms to match the plan', async () => {
    const r = rec('ads:1001', { 'billing.option': 'automatic', 'billing.billDate': '2026-12-10', 'billing.threshold': usd('100'), 'billing.spendSoFar': usd('85') });
    await reconcileAlarms([r], DEFAULT_SETTINGS, NOW);
    const names = (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^adr:bill:ads:1001:2026-12-10$/);
    await reconcileAlarms([r], DEFAULT_SETTINGS, NOW);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(2);
    await reconcileAlarms([], DEFAULT_SETTINGS, NOW);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(0);
  });
});

describe('badge', () => {
  it('counts blocked in red, else at-risk in amber, else nothing', () => {
    const blocked = rec('ads:1', { 'billing.option': 'manual', 'billing.cashBalance': usd('0.00'), 'account.status': 'approved' });
    const fine = rec('ads:2', { 'billing.option': 'manual', 'billing.cashBalance': usd('500.00'), 'account.status': 'approved' });
    const review = rec('ads:3', { 'billing.option': 'manual', 'billing.cashBalance': usd('500.00'), 'account.status': 'in-review' });
    expect(badgeFor([blocked, fine, review], DEFAULT_SETTINGS, NOW)).toMatchObject({ text: '1', blocked: 1, atRisk: 1 });
    expect(badgeFor([fine, review], DEFAULT_SETTINGS, NOW)).toMatchObject({ text: '1', blocked: 0, atRisk: 1 });
    expect(badgeFor([fine], DEFAULT_SETTINGS, NOW).text).toBe('');
  });
});
