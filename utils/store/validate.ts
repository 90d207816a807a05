/**
 * Defensive parsing of stored values. Anything that does not have the expected shape is reported so that the
 * background can set it aside (quarantine, kept for export) instead of crashing a face or showing a false state.
 */
import type { AccountRecord, Fact, FactMap } from '../facts/types';
import { PAGE_IDS, type Site } from '../pages/routes';

const SITES: readonly Site[] = ['ads', 'bc', 'seller'];
const PAGES = new Set<string>(PAGE_IDS);

export interface ParsedRecord {
  record: AccountRecord | null;
  /** Parts that were dropped, with why. */
  dropped: { part: string; reason: string; value: unknown }[];
}

function isObj(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function validFact(k: string, f: unknown): f is Fact {
  return (
    isObj(f) &&
    f.key === k &&
    typeof f.readAt === 'number' &&
    Number.isFinite(f.readAt) &&
    typeof f.page === 'string' &&
    PAGES.has(f.page) &&
    (f.source === 'page' || f.source === 'user') &&
    'value' in f &&
    f.value !== undefined
  );
}

export function parseAccountRecord(storageKey: string, raw: unknown): ParsedRecord {
  const dropped: ParsedRecord['dropped'] = [];
  const key = storageKey.replace(/^acct:/, '');
  if (!isObj(raw)) return { record: null, dropped: [{ part: 'record', reason: 'not an object', value: raw }] };
  if (raw.key !== key || typeof raw.site !== 'string' || !SITES.includes(raw.site as Site) || !key.startsWith(`${raw.site}:`)) {
    return { record: null, dropped: [{ part: 'record', reason: 'key or site mismatch', value: raw }] };
  }
  const facts: FactMap = {};
  if (isObj(raw.facts)) {
    for (const [k, f] of Object.entries(raw.facts)) {
      if (validFact(k, f)) (facts as Record<string, Fact>)[k] = f;
      else dropped.push({ part: `facts.${k}`, reason: 'malformed fact', value: f });
    }
  } else if (raw.facts !== undefined) {
    dropped.push({ part: 'facts', reason: 'not an object', value: raw.facts });
  }
  const ticks: Record<string, boolean> = {};
  if (isObj(raw.ticks)) for (const [k, v] of Object.entries(raw.ticks)) if (typeof v === 'boolean') ticks[k] = v;
  const unreadable: AccountRecord['unreadable'] = {};
  if (isObj(raw.unreadable)) {
    for (const [p, list] of Object.entries(raw.unreadable)) {
      if (PAGES.has(p) && Array.isArray(list)) (unreadable as Record<string, unknown>)[p] = list.filter((x) => typeof x === 'string');
    }
  }
  const record: AccountRecord = {
    key,
    site: raw.site as Site,
    name: typeof raw.name === 'string' ? raw.name : null,
    lastSeen: typeof raw.lastSeen === 'number' && Number.isFinite(raw.lastSeen) ? raw.lastSeen : 0,
    facts,
    ticks,
    unreadable,
  };
  if (typeof raw.lastPage === 'string' && PAGES.has(raw.lastPage)) record.lastPage = raw.lastPage as AccountRecord['lastPage'];
  return { record, dropped };
}
