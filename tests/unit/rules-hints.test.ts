import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../utils/facts/types';
import { campaignHints, scheduleDays } from '../../utils/rules/hints';

const NOW = Date.UTC(2026, 10, 29, 12);
const usd = (amount: string) => ({ amount, currency: 'USD' });
const base: Campaign = { name: 'Autumn sale', budget: usd('500'), budgetPeriod: 'daily', bidStrategy: 'max-delivery', kind: 'gmv-max', scheduleStart: '2026-11-01', scheduleEnd: '2026-12-31' };
const ids = (c: Partial<Campaign>, opts?: Parameters<typeof campaignHints>[2], now = NOW) => campaignHints([{ ...base, ...c }], now, opts).map((h) => `${h.id}:${h.certainty}`);

describe('campaignHints', () => {
  it.each<[string, Partial<Campaign>, string[], Parameters<typeof campaignHints>[2]?]>([
    ['healthy GMV Max campaign → none', {}, []],
    ['cost cap, budget < 10 × bid', { bidStrategy: 'cost-cap', bid: usd('60'), budget: usd('500') }, ['cost-cap-low-bid:likely']],
    ['cost cap, budget = 10 × bid → fine', { bidStrategy: 'cost-cap', bid: usd('50'), budget: usd('500') }, []],
    ['cost cap, currencies differ → not compared', { bidStrategy: 'cost-cap', bid: { amount: '60', currency: 'EUR' } }, []],
    ['max delivery with a low bid → not a cost-cap hint', { bid: usd('60') }, []],
    ['schedule of 6 days', { scheduleStart: '2026-12-01', scheduleEnd: '2026-12-06' }, ['schedule-too-short:likely']],
    ['schedule of 7 days → fine', { scheduleStart: '2026-12-01', scheduleEnd: '2026-12-07' }, []],
    ['schedule 6.5 days as date-times', { scheduleStart: '2026-12-01T00:00:00Z', scheduleEnd: '2026-12-07T12:00:00Z' }, ['schedule-too-short:likely']],
    ['no end date → not short', { scheduleEnd: undefined }, []],
    ['reversed schedule → ignored', { scheduleStart: '2026-12-10', scheduleEnd: '2026-12-01' }, []],
    ['daily budget 49.99 USD', { budget: usd('49.99') }, ['budget-below-minimum:likely']],
    ['daily budget 50 USD → fine', { budget: usd('50') }, []],
    ['ad group 20 USD → fine', { budget: usd('20') }, [], { level: 'ad-group' }],
    ['ad group 19 USD', { budget: usd('19') }, ['budget-below-minimum:likely'], { level: 'ad-group' }],
    ['EUR budget → unknown (not compared)', { budget: { amount: '10', currency: 'EUR' } }, ['budget-below-minimum:unknown']],
    ['lifetime 300 USD over 7 days → below 50/day', { budgetPeriod: 'lifetime', budget: usd('300'), scheduleStart: '2026-12-01', scheduleEnd: '2026-12-07' }, ['budget-below-minimum:likely']],
    ['lifetime 350 USD over 7 days → fine', { budgetPeriod: 'lifetime', budget: usd('350'), scheduleStart: '2026-12-01', scheduleEnd: '2026-12-07' }, []],
    ['lifetime without schedule → not compared', { budgetPeriod: 'lifetime', budget: usd('10'), scheduleEnd: undefined }, []],
    ['LIVE campaign → schedule hint, legacy', { kind: 'live' }, ['live-schedule:likely']],
    ['all at once', { kind: 'live', bidStrategy: 'cost-cap', bid: usd('10'), budget: usd('40'), scheduleStart: '2026-12-01', scheduleEnd: '2026-12-02' }, ['cost-cap-low-bid:likely', 'schedule-too-short:likely', 'live-schedule:likely', 'budget-below-minimum:likely']],
  ])('%s', (_n, c, expected, opts) => {
    expect(ids(c, opts)).toEqual(expected);
  });

  it('evidence names the campaign and the values compared', () => {
    const [h] = campaignHints([{ ...base, bidStrategy: 'cost-cap', bid: usd('60') }], NOW);
    expect(h?.evidence).toEqual({ campaign: 'Autumn sale', values: { bidStrategy: 'cost-cap', budget: '500 USD', bid: '60 USD' } });
    expect(h?.params).toMatchObject({ campaign: 'Autumn sale', factor: 10 });
    expect(h?.fix.page).toBe('seller.ads');
  });

  it('LIVE hint is legacy since 2025-07 (and not before)', () => {
    const [after] = campaignHints([{ ...base, kind: 'live' }], NOW, { timezone: 'UTC+07:00' });
    expect(after?.legacy).toEqual({ since: '2025-07-01' });
    expect(after?.message).toBe('hint.live-schedule.legacy');
    expect(after?.evidence.values.timezone).toBe('UTC+07:00');
    const [before] = campaignHints([{ ...base, kind: 'live' }], Date.UTC(2025, 2, 1));
    expect(before?.legacy).toBeUndefined();
    expect(before?.message).toBe('hint.live-schedule');
  });

  it('fix page follows where the campaigns were read', () => {
    expect(campaignHints([{ ...base, budget: usd('1') }], NOW, { page: 'ads.campaigns' })[0]?.fix.page).toBe('ads.campaigns');
  });

  it('empty list → no hints', () => {
    expect(campaignHints([], NOW)).toEqual([]);
  });

  it.each([
    ['2026-12-01', '2026-12-01', 1],
    ['2026-12-01', '2026-12-07', 7],
    ['2026-12-01T10:00', '2026-12-07T10:00', 6],
  ])('scheduleDays(%s, %s) = %i', (s, e, d) => {
    expect(scheduleDays({ scheduleStart: s, scheduleEnd: e })).toBe(d);
  });
});
