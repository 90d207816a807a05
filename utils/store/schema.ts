/**
 * Storage schema (browser.storage.local), version 1. Only the background writes account records (one writer,
 * one queue: tabs writing the same account at once lose nothing). See docs/architecture.md.
 *
 *   meta            { schema: number }
 *   settings        Settings
 *   acct:<key>      AccountRecord           one per account (ads:…, bc:…, seller:…)
 *   quarantine      QuarantineEntry[]       corrupt values set aside, kept for export
 *   lastDetected    LastDetected            the TikTok tab whose page was detected most recently
 */
import type { UiLang } from '../i18n';

export const SCHEMA_VERSION = 1;
export const ACCOUNT_PREFIX = 'acct:';
export const KEYS = {
  meta: 'meta',
  settings: 'settings',
  quarantine: 'quarantine',
  lastDetected: 'lastDetected',
} as const;

export interface Settings {
  /** 'auto' follows the browser's UI language. */
  language: 'auto' | UiLang;
  /** Days before a known bill date to remind. */
  reminderDays: number;
  /** Spend-so-far share of the threshold that triggers the reminder and the at-risk state, in %. */
  thresholdPct: number;
  /** Billing facts older than this are stale (hours). */
  staleBillingHours: number;
  /** Other facts older than this are stale (days). */
  staleOtherDays: number;
  /** Browser notifications (needs the optional permission, asked from a click). */
  notifications: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  reminderDays: 2,
  thresholdPct: 80,
  staleBillingHours: 24,
  staleOtherDays: 7,
  notifications: false,
};

export interface QuarantineEntry {
  key: string;
  value: unknown;
  reason: string;
  at: number;
}

export interface LastDetected {
  tabId?: number;
  url: string;
  page: string;
  account?: string;
  at: number;
}

export function accountStorageKey(account: string): string {
  return ACCOUNT_PREFIX + account;
}

function clampInt(v: unknown, min: number, max: number, dflt: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : dflt;
}

/** Any stored value → valid settings (unknown fields dropped, out-of-range numbers clamped). */
export function sanitizeSettings(raw: unknown, langs: readonly string[]): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const language =
    typeof r.language === 'string' && (r.language === 'auto' || langs.includes(r.language))
      ? (r.language as Settings['language'])
      : DEFAULT_SETTINGS.language;
  return {
    language,
    reminderDays: clampInt(r.reminderDays, 0, 30, DEFAULT_SETTINGS.reminderDays),
    thresholdPct: clampInt(r.thresholdPct, 50, 99, DEFAULT_SETTINGS.thresholdPct),
    staleBillingHours: clampInt(r.staleBillingHours, 1, 24 * 7, DEFAULT_SETTINGS.staleBillingHours),
    staleOtherDays: clampInt(r.staleOtherDays, 1, 90, DEFAULT_SETTINGS.staleOtherDays),
    notifications: r.notifications === true,
  };
}
