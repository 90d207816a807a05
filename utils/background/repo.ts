/**
 * The account repository, used by the background only (the single writer). Every write goes through one
 * promise queue, so concurrent reports from several tabs for the same account are applied one after another
 * and none is lost. Corrupt values are set aside in `quarantine` (kept for export) and replaced.
 */
import { browser } from 'wxt/browser';
import type { AccountRecord } from '../facts/types';
import { parseAccountRecord } from '../store/validate';
import { ACCOUNT_PREFIX, KEYS, SCHEMA_VERSION, accountStorageKey, sanitizeSettings, type QuarantineEntry, type Settings } from '../store/schema';
import { UI_LANGS } from '../i18n';

let queue: Promise<unknown> = Promise.resolve();

/** Runs `fn` after every write queued before it; errors do not break the queue. */
export function serialized<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

const MAX_QUARANTINE = 50;

let quarantineQueue: Promise<unknown> = Promise.resolve();

/**
 * Appends to the quarantine. Its own queue (callers may already hold the write queue): two reads that each find
 * damage at the same time (readAll and readSettings run together) must not overwrite each other's entries.
 */
export function quarantine(entries: QuarantineEntry[]): Promise<void> {
  if (!entries.length) return Promise.resolve();
  const run = quarantineQueue.then(async () => {
    const cur = (await browser.storage.local.get(KEYS.quarantine))[KEYS.quarantine];
    const list = Array.isArray(cur) ? (cur as QuarantineEntry[]) : [];
    await browser.storage.local.set({ [KEYS.quarantine]: [...list, ...entries].slice(-MAX_QUARANTINE) });
  });
  quarantineQueue = run.catch(() => undefined);
  return run;
}

export async function readRecord(account: string): Promise<AccountRecord | undefined> {
  const key = accountStorageKey(account);
  const raw = (await browser.storage.local.get(key))[key];
  if (raw === undefined) return undefined;
  const { record, dropped } = parseAccountRecord(key, raw);
  await quarantine(dropped.map((d) => ({ key: `${key}#${d.part}`, value: d.value, reason: d.reason, at: Date.now() })));
  return record ?? undefined;
}

export async function writeRecord(rec: AccountRecord): Promise<void> {
  await browser.storage.local.set({ [accountStorageKey(rec.key)]: rec });
}

/** All account records; corrupt ones are quarantined and dropped from the result (and from storage). */
export async function readAll(): Promise<AccountRecord[]> {
  const all = await browser.storage.local.get(null);
  const out: AccountRecord[] = [];
  const bad: QuarantineEntry[] = [];
  const fixed: Record<string, AccountRecord> = {};
  const removed: string[] = [];
  for (const [k, v] of Object.entries(all)) {
    if (!k.startsWith(ACCOUNT_PREFIX)) continue;
    const { record, dropped } = parseAccountRecord(k, v);
    for (const d of dropped) bad.push({ key: `${k}#${d.part}`, value: d.value, reason: d.reason, at: Date.now() });
    if (record) {
      out.push(record);
      if (dropped.length) fixed[k] = record;
    } else removed.push(k);
  }
  if (bad.length) {
    await quarantine(bad);
    if (Object.keys(fixed).length) await browser.storage.local.set(fixed);
    if (removed.length) await browser.storage.local.remove(removed);
  }
  return out;
}

export async function readSettings(): Promise<Settings> {
  const raw = (await browser.storage.local.get(KEYS.settings))[KEYS.settings];
  const s = sanitizeSettings(raw, UI_LANGS);
  // Compared field by field: storage.local hands objects back with their keys sorted, so JSON text would differ.
  const r = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  const valid = !!r && Object.keys(r).length === Object.keys(s).length && Object.entries(s).every(([k, v]) => r[k] === v);
  if (raw !== undefined && !valid) {
    await quarantine([{ key: KEYS.settings, value: raw, reason: 'invalid settings', at: Date.now() }]);
    await browser.storage.local.set({ [KEYS.settings]: s });
  }
  return s;
}

/** Schema migrations, run by the background on install/update/start. Idempotent. */
export async function migrate(): Promise<void> {
  const meta = (await browser.storage.local.get(KEYS.meta))[KEYS.meta] as { schema?: number } | undefined;
  const from = typeof meta?.schema === 'number' ? meta.schema : 0;
  if (from === SCHEMA_VERSION) return;
  // v0 → v1: nothing stored before v1; only the marker is written. Later versions add steps here
  // (utils/store/migrations.ts) and a frozen sample per version in tests/unit/store.
  await browser.storage.local.set({ [KEYS.meta]: { schema: SCHEMA_VERSION } });
}
