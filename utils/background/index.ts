/**
 * Background service worker: the single writer of account records, the catalogue server for content scripts,
 * the badge, and (see ./reminders.ts) the alarms. Listeners are registered synchronously.
 */
import { browser } from 'wxt/browser';
import type { Request } from '../messaging/protocol';
import { KEYS, accountStorageKey } from '../store/schema';
import { applyRead } from '../store/merge';
import { mergeImported } from '../export/import';
import { parseAccountRecord } from '../store/validate';
import { readAll, readRecord, readSettings, serialized, writeRecord, migrate } from './repo';
import { getCatalog } from './catalog';
import { updateBadge } from './badge';
import { RULES } from '../rules';
import { summarize, type AccountSummary } from '../rules/engine';
import { INDEX_KEY, INDEX_VERSION, POPUP_KEY, VIEW_PREFIX, popupIndex, toIndexEntry, urgentFindings, type AccountIndex, type AccountView } from '../rules/account-index';
import { reconcileAlarms, startReminders } from './reminders';
import { detectPage } from '../pages/detect';
import type { AccountRecord, ReadResult } from '../facts/types';
import { ACCOUNT_PREFIX } from '../store/schema';

let badgeTimer: ReturnType<typeof setTimeout> | undefined;
function scheduleBadge() {
  clearTimeout(badgeTimer);
  badgeTimer = setTimeout(() => void refreshDerived(), 60);
}

const derivedHooks: (() => Promise<void>)[] = [];
/** Other modules (reminders) recompute after writes. */
export function onDerived(fn: () => Promise<void>) {
  derivedHooks.push(fn);
}

async function refreshDerived() {
  const [records, settings] = await Promise.all([readAll(), readSettings()]);
  const now = Date.now();
  const summaries = records.map((r) => summarize(RULES, r, settings, now));
  await writeIndex(records, summaries, now);
  await updateBadge(records, settings, summaries);
  await reconcileAlarms(records, settings).catch(() => undefined);
  for (const h of derivedHooks) await h().catch(() => undefined);
}

/** The account index for the popup and the dashboard (utils/rules/account-index.ts), in session storage. */
const lastFindings = new Map<string, string>();

async function writeIndex(records: AccountRecord[], summaries: AccountSummary[], now: number) {
  if (!browser.storage.session) return;
  const entries = records.map((r, i) => toIndexEntry(r, summaries[i]!));
  const index: AccountIndex = { v: INDEX_VERSION, at: now, entries };
  const items: Record<string, unknown> = { [INDEX_KEY]: index, [POPUP_KEY]: popupIndex(entries, now) };
  // Per-account views, written only when they changed (the popup reads the current account's alone).
  const keep = new Set<string>();
  records.forEach((r, i) => {
    const key = VIEW_PREFIX + r.key;
    keep.add(key);
    const value: AccountView = { entry: entries[i]!, findings: urgentFindings(summaries[i]!) };
    const json = JSON.stringify(value);
    if (lastFindings.get(key) !== json) {
      items[key] = value;
      lastFindings.set(key, json);
    }
  });
  const gone = [...lastFindings.keys()].filter((k) => !keep.has(k));
  gone.forEach((k) => lastFindings.delete(k));
  await browser.storage.session.set(items).catch(() => undefined);
  if (gone.length) await browser.storage.session.remove(gone).catch(() => undefined);
}

async function handleReport(msg: Extract<Request, { type: 'report' }>, tabId?: number) {
  const check = detectPage(msg.url);
  if (!check || check.page !== msg.match.page) return { ok: false as const, error: 'url does not match page' };
  const result = msg.result as ReadResult;
  const account = result.account ?? check.account;
  const now = Date.now();
  let rows = 0;
  await serialized(async () => {
    // One storage write per report: every storage.local.set reaches the storage.onChanged listener of every
    // TikTok tab's content script, so a 200-row Business Center table written row by row cost each open tab
    // ~23 ms of main-thread time in 200 small tasks; one write of the same records costs ~8 ms (docs/performance.md).
    const writes: Record<string, AccountRecord> = {};
    const current = async (key: string) => writes[accountStorageKey(key)] ?? (await readRecord(key));
    if (account && account.startsWith(`${check.site}:`)) {
      writes[accountStorageKey(account)] = applyRead(await current(account), account, check.site, result, now);
    }
    for (const row of result.rows ?? []) {
      if (typeof row.account !== 'string' || !/^(ads|bc|seller):/.test(row.account)) continue;
      const site = row.account.split(':')[0] as AccountRecord['site'];
      const rec = await current(row.account);
      writes[accountStorageKey(row.account)] = applyRead(rec, row.account, site, { page: result.page, facts: row.facts, unreadable: [], name: row.name }, now);
      rows++;
    }
    await browser.storage.local.set({
      ...writes,
      [KEYS.lastDetected]: { tabId, url: msg.url, page: check.page, account, at: now },
    });
  });
  scheduleBadge();
  return { ok: true as const, account, rows };
}

async function handleTick(msg: Extract<Request, { type: 'tick' }>) {
  if (typeof msg.item !== 'string' || !/^[\w.-]{1,64}$/.test(msg.item)) return { ok: false };
  await serialized(async () => {
    const rec = await readRecord(msg.account);
    if (!rec) return;
    const ticks = { ...(rec.ticks ?? {}) };
    if (msg.value === null) delete ticks[msg.item];
    else ticks[msg.item] = msg.value === true;
    await writeRecord({ ...rec, ticks });
  });
  scheduleBadge();
  return { ok: true };
}

async function handleImport(msg: Extract<Request, { type: 'import' }>) {
  if (!Array.isArray(msg.accounts)) return { ok: false };
  return serialized(async () => {
    const incoming: AccountRecord[] = [];
    for (const raw of msg.accounts) {
      const key = typeof raw?.key === 'string' ? raw.key : '';
      const { record } = parseAccountRecord(ACCOUNT_PREFIX + key, raw);
      if (record) incoming.push(record);
    }
    const existing = new Map((await readAll()).map((r) => [r.key, r] as const));
    const res = mergeImported(existing, incoming);
    for (const rec of res.merged) await writeRecord(rec);
    scheduleBadge();
    return { ok: true, added: res.added, updated: res.updated, unchanged: res.unchanged };
  });
}

async function handleSummary(account: unknown) {
  if (typeof account !== 'string' || !/^(ads|bc|seller):/.test(account)) return { summary: null };
  const [rec, settings] = await Promise.all([readRecord(account), readSettings()]);
  return { summary: rec ? summarize(RULES, rec, settings, Date.now()) : null };
}

async function handleClear() {
  await serialized(async () => {
    const all = await browser.storage.local.get(null);
    const keep = new Set<string>([KEYS.settings, KEYS.meta]);
    await browser.storage.local.remove(Object.keys(all).filter((k) => !keep.has(k)));
  });
  scheduleBadge();
  return { ok: true };
}

/** Remembers what each tab shows (session storage) and the most recent TikTok page (popup fallback). */
async function recordDetected(msg: Extract<Request, { type: 'detected' }>, tabId: number | undefined) {
  if (tabId === undefined) return;
  const match = detectPage(msg.url);
  const entry = match ? { tabId, url: msg.url, page: match.page, account: match.account, at: Date.now() } : null;
  if (browser.storage.session) {
    if (entry) await browser.storage.session.set({ [`tab:${tabId}`]: entry });
    else await browser.storage.session.remove(`tab:${tabId}`);
  }
  if (entry) await browser.storage.local.set({ [KEYS.lastDetected]: entry });
}

const RECOMPUTE_ALARM = 'adr-recompute';

export function startBackground(): void {
  startReminders();
  // States age (stale facts become unknown): re-evaluate the index and the badge every hour.
  void browser.alarms.get(RECOMPUTE_ALARM).then((a) => (a ? undefined : browser.alarms.create(RECOMPUTE_ALARM, { periodInMinutes: 60 })));
  browser.alarms.onAlarm.addListener((a) => {
    if (a.name === RECOMPUTE_ALARM) void refreshDerived();
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session?.remove(`tab:${tabId}`));
  browser.runtime.onInstalled.addListener(() => void migrate().then(refreshDerived));
  browser.runtime.onStartup?.addListener(() => void migrate().then(refreshDerived));

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !raw || typeof raw !== 'object') return undefined;
    const msg = raw as Request;
    switch (msg.type) {
      case 'catalog':
        return readSettings().then((s) => getCatalog(s.language));
      case 'detected':
        return recordDetected(msg, sender.tab?.id);
      case 'report':
        return handleReport(msg, sender.tab?.id);
      case 'tick':
        return handleTick(msg);
      case 'import':
        return handleImport(msg);
      case 'clear-all':
        return handleClear();
      case 'summary':
        return handleSummary(msg.account);
      case 'recompute':
        return refreshDerived().then(() => ({ ok: true }));
      case 'open-dashboard':
        return browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') }).then(() => undefined);
      default:
        return undefined;
    }
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (changes[KEYS.settings] || Object.keys(changes).some((k) => k.startsWith(ACCOUNT_PREFIX)))) scheduleBadge();
  });
  void migrate().then(refreshDerived);
}
