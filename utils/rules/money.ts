/**
 * Exact decimal arithmetic for money comparisons (pure). Amounts are decimal strings as the page shows them
 * (`"12345"` JPY, `"1234.56"` USD, `"-5.00"`); they are scaled to BigInt on a common scale, never to floats.
 */
import type { Money } from '../facts/types';

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

export interface Scaled {
  /** The amount × 10^scale, exactly. */
  units: bigint;
  scale: number;
}

/** `"1234.56"` → `{ units: 123456n, scale: 2 }`; null when the string is not a plain decimal. */
export function parseDecimal(amount: string): Scaled | null {
  const m = DECIMAL.exec(amount.trim());
  if (!m) return null;
  const frac = m[3] ?? '';
  const units = BigInt((m[2] ?? '0') + frac);
  return { units: m[1] === '-' ? -units : units, scale: frac.length };
}

function rescale(a: Scaled, scale: number): bigint {
  return a.units * 10n ** BigInt(scale - a.scale);
}

/** Both amounts on one scale, or null when either is not a decimal. */
export function align(a: string, b: string): [bigint, bigint] | null {
  const pa = parseDecimal(a);
  const pb = parseDecimal(b);
  if (!pa || !pb) return null;
  const s = Math.max(pa.scale, pb.scale);
  return [rescale(pa, s), rescale(pb, s)];
}

/** -1 / 0 / 1, or null when the strings are not decimals. */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 | null {
  const x = align(a, b);
  if (!x) return null;
  return x[0] < x[1] ? -1 : x[0] > x[1] ? 1 : 0;
}

export function sameCurrency(a: Money, b: Money): boolean {
  return a.currency.trim().toUpperCase() === b.currency.trim().toUpperCase();
}

/** Compares two money values; null when currencies differ or an amount is not a decimal. */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 | null {
  if (!sameCurrency(a, b)) return null;
  return compareDecimal(a.amount, b.amount);
}

/** Sign of an amount: -1 / 0 / 1, or null when not a decimal. */
export function signOf(m: Money | string): -1 | 0 | 1 | null {
  const p = parseDecimal(typeof m === 'string' ? m : m.amount);
  if (!p) return null;
  return p.units < 0n ? -1 : p.units > 0n ? 1 : 0;
}

/**
 * Is `a × ka < b × kb`? Exact (integers `ka`, `kb`); null when currencies differ or amounts are not decimals.
 * Used for "budget < 10 × bid", "balance ≤ spend", "spend ≥ 80 % of threshold".
 */
export function lessThanScaled(a: Money, ka: number, b: Money, kb: number): boolean | null {
  if (!sameCurrency(a, b)) return null;
  const x = align(a.amount, b.amount);
  if (!x) return null;
  return x[0] * BigInt(ka) < x[1] * BigInt(kb);
}

/** floor(part × 100 / whole) as an integer percent; null when not comparable or whole ≤ 0. */
export function percentOf(part: Money, whole: Money): number | null {
  if (!sameCurrency(part, whole)) return null;
  const x = align(part.amount, whole.amount);
  if (!x || x[1] <= 0n) return null;
  const p = (x[0] * 100n) / x[1];
  return Number(x[0] < 0n && (x[0] * 100n) % x[1] !== 0n ? p - 1n : p);
}

/** Sum of two amounts of the same currency (exact), or null. */
export function addMoney(a: Money, b: Money): Money | null {
  if (!sameCurrency(a, b)) return null;
  const pa = parseDecimal(a.amount);
  const pb = parseDecimal(b.amount);
  if (!pa || !pb) return null;
  const s = Math.max(pa.scale, pb.scale);
  return { amount: formatScaled({ units: rescale(pa, s) + rescale(pb, s), scale: s }), currency: a.currency };
}

export function formatScaled(v: Scaled): string {
  const neg = v.units < 0n;
  const digits = (neg ? -v.units : v.units).toString().padStart(v.scale + 1, '0');
  const int = digits.slice(0, digits.length - v.scale);
  const frac = v.scale ? '.' + digits.slice(digits.length - v.scale) : '';
  return (neg ? '-' : '') + int + frac;
}

/** `"1234.56 USD"`: the amount verbatim, for message params (the UI formats money itself where it can). */
export function moneyText(m: Money): string {
  return `${m.amount} ${m.currency}`;
}

// ─── Calendar dates (exact, UTC calendar days; no time-of-day arithmetic) ─────────────────────────────────

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** `YYYY-MM-DD…` → days since 1970-01-01 (UTC calendar), or null. */
export function dayNumber(iso: string): number | null {
  const m = ISO_DAY.exec(iso.trim());
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

/** The UTC calendar day of an epoch-ms instant, as a day number. */
export function dayOf(now: number): number {
  return Math.floor(now / 86_400_000);
}

/** Whole calendar days from `now`'s day to `iso`'s day (negative when past), or null. */
export function daysUntil(iso: string, now: number): number | null {
  const d = dayNumber(iso);
  return d === null ? null : d - dayOf(now);
}

/** `YYYY-MM` of `now` (UTC). */
export function monthOf(now: number): string {
  return new Date(now).toISOString().slice(0, 7);
}

/** A card expiring `YYYY-MM` is valid through the end of that month; expired when that month is before now's. */
export function isExpired(expiry: string | undefined, now: number): boolean {
  if (!expiry) return false;
  const m = ISO_MONTH.exec(expiry.trim());
  if (!m) return false;
  return expiry.trim() < monthOf(now);
}
