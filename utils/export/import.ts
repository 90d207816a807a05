/**
 * Import of an audit export (docs/export-format.md §Import). Pure and total: any input gives a result, never a
 * throw. The whole file is rejected (nothing changes) when its top level is wrong or no account in it is valid;
 * single malformed accounts are skipped and counted; single malformed facts are dropped and counted. Derived
 * fields (readiness, score, findings) are ignored: they are recomputed from the facts.
 */
import type { AccountRecord, Fact, FactKey } from '../facts/types';
import { PAGE_IDS, type Site } from '../pages/routes';
import { mergeRecords } from '../store/merge';
import { parseAccountRecord } from '../store/validate';
import { ACCOUNT_KEY, EXPORT_FORMAT, EXPORT_VERSION, FORBIDDEN_KEYS, accountIdOf, isFactKey, isPlainObject, parseFactValue } from './json';

/** Largest file accepted, in characters of text (UTF-16 code units; about 20 MB of ASCII JSON). */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;
/** The same limit for `File.size` (bytes), to check before reading a file at all. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ImportError = 'too-large' | 'not-json' | 'wrong-format' | 'unsupported-version' | 'no-accounts' | 'invalid-accounts';

export type ImportResult =
  | {
      ok: true;
      records: AccountRecord[];
      /** Accounts left out because they were malformed. */
      skipped: number;
      /** Facts left out of otherwise valid accounts because they were malformed or of an unknown key. */
      droppedFacts: number;
      /** Facts (and last-seen times) dated after `now`, brought back to `now`. */
      clampedToNow: number;
    }
  | { ok: false; error: ImportError; detail?: string };

export interface ImportOptions {
  /** Import time (epoch ms). Read times after it are clamped to it: a fact from the future would otherwise win
   *  over every real read until that date. Default: Date.now(). */
  now?: number;
}

const SITES: readonly Site[] = ['ads', 'bc', 'seller'];
const PAGES: ReadonlySet<string> = new Set(PAGE_IDS);
const KEY_RE = new RegExp(ACCOUNT_KEY);
/** ISO 8601 date-time with a zone (what the export writes, and what a careful hand edit keeps). */
const ISO_IN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function msOf(v: unknown): number | null {
  if (typeof v !== 'string' || !ISO_IN.test(v)) return null;
  const ms = Date.parse(v);
  return Number.isFinite(ms) ? ms : null;
}

interface AccountParse {
  record: AccountRecord | null;
  reason?: string;
  droppedFacts: number;
  clamped: number;
}

/** One exported account → an AccountRecord, or null with why. */
export function parseExportedAccount(raw: unknown, now: number): AccountParse {
  const fail = (reason: string): AccountParse => ({ record: null, reason, droppedFacts: 0, clamped: 0 });
  if (!isPlainObject(raw)) return fail('not an object');
  const { key, site, id } = raw;
  if (typeof key !== 'string' || !KEY_RE.test(key)) return fail('bad key');
  if (typeof site !== 'string' || !SITES.includes(site as Site) || !key.startsWith(`${site}:`)) return fail('key does not match site');
  if (typeof id !== 'string' || id !== accountIdOf(key)) return fail('key does not match id');
  if (raw.name !== null && raw.name !== undefined && typeof raw.name !== 'string') return fail('bad name');
  let lastSeen = msOf(raw.lastSeen);
  if (lastSeen === null) return fail('bad lastSeen');
  let clamped = 0;
  if (lastSeen > now) {
    lastSeen = now;
    clamped++;
  }
  if (raw.facts !== undefined && !isPlainObject(raw.facts)) return fail('facts is not an object');
  if (raw.ticks !== undefined && !isPlainObject(raw.ticks)) return fail('ticks is not an object');

  let droppedFacts = 0;
  const facts: Record<string, Fact> = {};
  for (const [k, f] of Object.entries(raw.facts ?? {})) {
    if (!isFactKey(k) || !isPlainObject(f)) {
      droppedFacts++;
      continue;
    }
    const value = parseFactValue(k, f.value);
    let readAt = msOf(f.readAt);
    const source = f.source === undefined ? 'page' : f.source;
    if (value === undefined || readAt === null || typeof f.page !== 'string' || !PAGES.has(f.page) || (source !== 'page' && source !== 'user')) {
      droppedFacts++;
      continue;
    }
    if (readAt > now) {
      readAt = now;
      clamped++;
    }
    facts[k] = { key: k, value, page: f.page, readAt, source } as Fact;
  }
  const ticks: Record<string, boolean> = {};
  for (const [k, v] of Object.entries(raw.ticks ?? {})) if (typeof v === 'boolean' && !FORBIDDEN_KEYS.has(k)) ticks[k] = v;

  // The store's own record check, on the shape it stores.
  const parsed = parseAccountRecord(key, { key, site, name: typeof raw.name === 'string' ? raw.name : null, lastSeen, facts, ticks });
  if (!parsed.record) return fail(parsed.dropped[0]?.reason ?? 'invalid record');
  const record = parsed.record;
  delete record.unreadable;
  return { record, droppedFacts: droppedFacts + parsed.dropped.length, clamped };
}

/** Parses an exported file. Never throws. */
export function parseImport(text: string, opts: ImportOptions = {}): ImportResult {
  const now = opts.now ?? Date.now();
  if (typeof text !== 'string') return { ok: false, error: 'not-json', detail: 'not text' };
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, error: 'too-large', detail: `${text.length} characters` };
  let top: unknown;
  try {
    top = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, error: 'not-json', detail: e instanceof Error ? e.message : String(e) };
  }
  if (!isPlainObject(top) || top.format !== EXPORT_FORMAT) return { ok: false, error: 'wrong-format', detail: 'format is not adready-audit' };
  if (top.version !== EXPORT_VERSION) return { ok: false, error: 'unsupported-version', detail: `version ${JSON.stringify(top.version) ?? 'missing'}` };
  if (!Array.isArray(top.accounts)) return { ok: false, error: 'wrong-format', detail: 'accounts is not an array' };
  if (top.accounts.length === 0) return { ok: false, error: 'no-accounts' };

  const byKey = new Map<string, AccountRecord>();
  let skipped = 0;
  let droppedFacts = 0;
  let clampedToNow = 0;
  const reasons = new Map<string, number>();
  for (const raw of top.accounts as unknown[]) {
    let p: AccountParse;
    try {
      p = parseExportedAccount(raw, now);
    } catch {
      p = { record: null, reason: 'unreadable', droppedFacts: 0, clamped: 0 };
    }
    if (!p.record) {
      skipped++;
      reasons.set(p.reason ?? 'invalid', (reasons.get(p.reason ?? 'invalid') ?? 0) + 1);
      continue;
    }
    droppedFacts += p.droppedFacts;
    clampedToNow += p.clamped;
    const prev = byKey.get(p.record.key);
    // The same account twice in one file: merged by the import rule, as if imported one after the other.
    byKey.set(p.record.key, prev ? mergeForImport(prev, p.record) : p.record);
  }
  if (byKey.size === 0) {
    const detail = [...reasons].map(([r, n]) => `${n} × ${r}`).join('; ');
    return { ok: false, error: 'invalid-accounts', detail };
  }
  return { ok: true, records: [...byKey.values()], skipped, droppedFacts, clampedToNow };
}

// ───────────────────────────── merge ─────────────────────────────

/** Stable JSON: object keys sorted, so equal data gives equal text whatever the key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isPlainObject(v)) {
    return `{${Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/**
 * Which of two facts read at the same time wins: a user-entered fact over a page-read one, then the greater value
 * in canonical JSON order. Symmetric, so both sides of an exchange end with the same fact.
 */
function tieWinner(a: Fact, b: Fact): Fact {
  if (a.source !== b.source) return a.source === 'user' ? a : b;
  const ca = canonical({ value: a.value, page: a.page });
  const cb = canonical({ value: b.value, page: b.page });
  return cb > ca ? b : a;
}

/**
 * mergeRecords with ties settled: facts by read time (an older fact never replaces a newer one); on the same read
 * time `tieWinner` decides, whichever record is `existing`.
 */
export function mergeForImport(existing: AccountRecord, incoming: AccountRecord): AccountRecord {
  const inc: AccountRecord = { ...incoming, facts: { ...incoming.facts } };
  for (const k of Object.keys(inc.facts) as FactKey[]) {
    const a = existing.facts[k] as Fact | undefined;
    const b = inc.facts[k] as Fact | undefined;
    if (a && b && a.readAt === b.readAt && tieWinner(a, b) === a) delete inc.facts[k];
  }
  return mergeRecords(existing, inc);
}

function sameRecord(a: AccountRecord, b: AccountRecord): boolean {
  const norm = (r: AccountRecord) =>
    canonical({
      key: r.key,
      site: r.site,
      name: r.name,
      lastSeen: r.lastSeen,
      lastPage: r.lastPage,
      facts: r.facts,
      ticks: r.ticks ?? {},
      unreadable: r.unreadable ?? {},
    });
  return norm(a) === norm(b);
}

export interface MergeResult {
  /** The records to write: every added or updated account, merged. Unchanged accounts are left out. */
  merged: AccountRecord[];
  added: number;
  updated: number;
  unchanged: number;
}

/** Merges imported records into the stored ones (`existing`, by account key). Pure: `existing` is not modified. */
export function mergeImported(existing: ReadonlyMap<string, AccountRecord>, incoming: readonly AccountRecord[]): MergeResult {
  const out = new Map<string, AccountRecord>();
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const seen = new Map<string, AccountRecord>();
  for (const rec of incoming) {
    // Several incoming records with one key are folded first.
    const prev = seen.get(rec.key);
    seen.set(rec.key, prev ? mergeForImport(prev, rec) : rec);
  }
  for (const [key, rec] of seen) {
    const cur = existing.get(key);
    if (!cur) {
      added++;
      out.set(key, rec);
      continue;
    }
    if (cur.site !== rec.site) {
      // Same key, different site cannot happen with valid keys (the key starts with the site); keep what is stored.
      unchanged++;
      continue;
    }
    const m = mergeForImport(cur, rec);
    if (sameRecord(cur, m)) unchanged++;
    else {
      updated++;
      out.set(key, m);
    }
  }
  return { merged: [...out.values()], added, updated, unchanged };
}
