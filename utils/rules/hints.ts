/**
 * Shop Ads under-performance hints (French source 002 "usual reasons"; domain/tiktok-reference.md §6). Pure:
 * campaigns as read from the page → hints with evidence (campaign name + the values compared). Money compared
 * exactly (./money.ts).
 *
 * - cost-cap-low-bid:      Cost Cap with budget < 10 × bid (TikTok: budget ≥ 10 × bid; if Cost Cap cannot spend,
 *                          the bid is likely too low — raise it or switch to Maximum Delivery).
 * - schedule-too-short:    scheduled for < 7 days: too short to leave the learning phase (50 conversions in a week).
 * - live-schedule:         LIVE Shopping Ads: the schedule must match the broadcast (time zone / DST). Legacy
 *                          since 2025-07 (GMV Max is the only Shop Ads type), marked `legacy`.
 * - budget-below-minimum:  daily budget < 50 USD per campaign (20 USD per ad group); lifetime budget < the
 *                          minimum × scheduled days. Compared only in USD; other currencies → certainty `unknown`.
 */
import type { Campaign, Money } from '../facts/types';
import type { PageId } from '../pages/routes';
import { GMV_MAX_ONLY_SINCE } from './seller';
import { dayNumber, lessThanScaled, moneyText } from './money';

export type HintId = 'cost-cap-low-bid' | 'schedule-too-short' | 'live-schedule' | 'budget-below-minimum';

export interface Hint {
  id: HintId;
  /** Message key (`hint.<id>` or a variant) and its params. */
  message: string;
  params: Record<string, string | number>;
  /** `likely`: the values show it; `unknown`: it could not be compared (say so rather than guess). */
  certainty: 'likely' | 'unknown';
  evidence: { campaign: string; values: Record<string, string> };
  fix: { page: PageId; steps: string[] };
  /** The advice is about a campaign type that can no longer be created (GMV Max only since 2025-07). */
  legacy?: { since: string };
}

export interface HintOptions {
  /** Budget level of the rows: campaign (minimum 50 USD/day) or ad group (minimum 20 USD/day). */
  level?: 'campaign' | 'ad-group';
  /** Where the campaigns were read (fix page). Default `seller.ads`. */
  page?: PageId;
  /** Account time zone as the page shows it, for the LIVE schedule hint. */
  timezone?: string;
}

export const LEARNING_DAYS = 7;
export const BID_BUDGET_FACTOR = 10;
export const MIN_DAILY_USD = { campaign: 50, 'ad-group': 20 } as const;

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Scheduled length in days. Plain dates are inclusive calendar days (01 → 07 runs 7 days); date-times are the
 * exact span, floored to whole days (01T10:00 → 07T10:00 is 6 days). null when unreadable or reversed.
 */
export function scheduleDays(c: Pick<Campaign, 'scheduleStart' | 'scheduleEnd'>): number | null {
  if (!c.scheduleStart || !c.scheduleEnd) return null;
  const s = c.scheduleStart.trim();
  const e = c.scheduleEnd.trim();
  if (PLAIN_DATE.test(s) && PLAIN_DATE.test(e)) {
    const a = dayNumber(s);
    const b = dayNumber(e);
    if (a === null || b === null || b < a) return null;
    return b - a + 1;
  }
  const a = Date.parse(s);
  const b = Date.parse(e);
  if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) return null;
  return Math.floor((b - a) / 86_400_000);
}

function usd(amount: number): Money {
  return { amount: String(amount), currency: 'USD' };
}

export function campaignHints(campaigns: readonly Campaign[], now: number, opts: HintOptions = {}): Hint[] {
  const page = opts.page ?? 'seller.ads';
  const level = opts.level ?? 'campaign';
  const min = MIN_DAILY_USD[level];
  const today = new Date(now).toISOString().slice(0, 10);
  const legacyNow = today >= GMV_MAX_ONLY_SINCE;
  const out: Hint[] = [];

  for (const c of campaigns) {
    const name = c.name;

    // Cost Cap with a bid too low for the budget.
    if (c.bidStrategy === 'cost-cap' && c.budget && c.bid) {
      const low = lessThanScaled(c.budget, 1, c.bid, BID_BUDGET_FACTOR);
      if (low === true)
        out.push({
          id: 'cost-cap-low-bid',
          message: 'hint.cost-cap-low-bid',
          params: { campaign: name, budget: moneyText(c.budget), bid: moneyText(c.bid), factor: BID_BUDGET_FACTOR },
          certainty: 'likely',
          evidence: { campaign: name, values: { bidStrategy: 'cost-cap', budget: moneyText(c.budget), bid: moneyText(c.bid) } },
          fix: { page, steps: ['fix.hint.raiseBid', 'fix.hint.orMaxDelivery', 'fix.hint.budgetSteps'] },
        });
    }

    // Schedule too short to leave the learning phase.
    const days = scheduleDays(c);
    if (days !== null && days < LEARNING_DAYS) {
      out.push({
        id: 'schedule-too-short',
        message: 'hint.schedule-too-short',
        params: { campaign: name, days, min: LEARNING_DAYS },
        certainty: 'likely',
        evidence: { campaign: name, values: { scheduleStart: c.scheduleStart!, scheduleEnd: c.scheduleEnd!, days: String(days) } },
        fix: { page, steps: ['fix.hint.extendSchedule', 'fix.hint.waitLearning'] },
      });
    }

    // LIVE Shopping Ads: schedule must coincide with the broadcast (legacy type since 2025-07).
    if (c.kind === 'live') {
      const values: Record<string, string> = { kind: 'live' };
      if (c.scheduleStart) values.scheduleStart = c.scheduleStart;
      if (c.scheduleEnd) values.scheduleEnd = c.scheduleEnd;
      if (opts.timezone) values.timezone = opts.timezone;
      out.push({
        id: 'live-schedule',
        message: legacyNow ? 'hint.live-schedule.legacy' : 'hint.live-schedule',
        params: { campaign: name, timezone: opts.timezone ?? '—' },
        certainty: 'likely',
        evidence: { campaign: name, values },
        fix: { page, steps: legacyNow ? ['fix.hint.liveMatch', 'fix.hint.liveTimezone', 'fix.hint.moveToGmvMax'] : ['fix.hint.liveMatch', 'fix.hint.liveTimezone'] },
        ...(legacyNow ? { legacy: { since: GMV_MAX_ONLY_SINCE } } : {}),
      });
    }

    // Budget under the minimum (USD only).
    if (c.budget && c.budgetPeriod) {
      const cur = c.budget.currency.trim().toUpperCase();
      const values: Record<string, string> = { budget: moneyText(c.budget), budgetPeriod: c.budgetPeriod };
      if (cur !== 'USD') {
        out.push({
          id: 'budget-below-minimum',
          message: 'hint.budget-below-minimum.unknown-currency',
          params: { campaign: name, budget: moneyText(c.budget), min, currency: cur },
          certainty: 'unknown',
          evidence: { campaign: name, values },
          fix: { page, steps: ['fix.hint.checkMinimum'] },
        });
      } else if (c.budgetPeriod === 'daily') {
        if (lessThanScaled(c.budget, 1, usd(min), 1) === true)
          out.push({
            id: 'budget-below-minimum',
            message: level === 'campaign' ? 'hint.budget-below-minimum' : 'hint.budget-below-minimum.ad-group',
            params: { campaign: name, budget: moneyText(c.budget), min },
            certainty: 'likely',
            evidence: { campaign: name, values },
            fix: { page, steps: ['fix.hint.raiseBudget'] },
          });
      } else if (days !== null) {
        values.days = String(days);
        if (lessThanScaled(c.budget, 1, usd(min), days) === true)
          out.push({
            id: 'budget-below-minimum',
            message: 'hint.budget-below-minimum.lifetime',
            params: { campaign: name, budget: moneyText(c.budget), min, days },
            certainty: 'likely',
            evidence: { campaign: name, values },
            fix: { page, steps: ['fix.hint.raiseBudget'] },
          });
      }
    }
  }
  return out;
}
