/**
 * Reminder planning (pure): which alarms should exist for the stored facts. The background reconciles the real
 * alarms with this plan on every start and after every write, so alarms survive service-worker restarts.
 *
 * - `bill:<account>:<billDate>` — `settings.reminderDays` days before a known bill date, at 09:00 local time
 *   (only when that moment is still ahead; an automatic-payment account only).
 * - `threshold:<account>:<threshold>:<billDate>` — as soon as spend so far has crossed `settings.thresholdPct` %
 *   of the billing threshold, once per billing cycle (threshold amount + bill date).
 */
import type { AccountRecord, Money } from '../facts/types';
import type { Settings } from '../store/schema';
import { percentOf } from './money';

export const ALARM_PREFIX = 'adr:';

export interface PlannedReminder {
  name: string;
  kind: 'bill-date' | 'threshold';
  account: string;
  /** epoch ms */
  when: number;
  params: Record<string, string | number>;
}

const DAY = 86_400_000;

/** Local 09:00 on `iso` (YYYY-MM-DD) minus `days` days, in epoch ms; null for a malformed date. */
export function reminderTime(iso: string, days: number, tzOffsetMin = new Date().getTimezoneOffset()): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const utcMidnight = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(utcMidnight) || new Date(utcMidnight).toISOString().slice(0, 10) !== iso) return null;
  return utcMidnight + 9 * 3_600_000 + tzOffsetMin * 60_000 - days * DAY;
}

export function planReminders(
  records: readonly AccountRecord[],
  settings: Settings,
  now: number,
  fired: ReadonlySet<string> = new Set(),
  tzOffsetMin?: number,
): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  for (const r of records) {
    if (r.site !== 'ads') continue;
    const option = r.facts['billing.option']?.value;
    const threshold = r.facts['billing.threshold']?.value as Money | undefined;
    const billDate = r.facts['billing.billDate']?.value as string | undefined;
    const spend = r.facts['billing.spendSoFar']?.value as Money | undefined;
    const automatic = option === 'automatic' || (option === undefined && threshold !== undefined);
    if (!automatic) continue;
    const name = r.name ?? r.key.split(':').pop() ?? r.key;
    if (billDate) {
      const when = reminderTime(billDate, settings.reminderDays, tzOffsetMin);
      const key = `${ALARM_PREFIX}bill:${r.key}:${billDate}`;
      if (when !== null && when > now && !fired.has(key)) {
        out.push({ name: key, kind: 'bill-date', account: r.key, when, params: { name, date: billDate, days: settings.reminderDays } });
      }
    }
    if (threshold && spend) {
      const pct = percentOf(spend, threshold);
      const key = `${ALARM_PREFIX}threshold:${r.key}:${threshold.amount}${threshold.currency}:${billDate ?? ''}`;
      if (pct !== null && pct >= settings.thresholdPct && !fired.has(key)) {
        out.push({ name: key, kind: 'threshold', account: r.key, when: now + 1000, params: { name, percent: Math.floor(pct) } });
      }
    }
  }
  return out;
}
