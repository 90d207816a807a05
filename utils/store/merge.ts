/**
 * Pure merging of what a page showed into an account record, and of two records (import). The rule is the
 * same everywhere: a fact is replaced only by a fact read at the same time or later.
 */
import type { Site } from '../pages/routes';
import type { AccountRecord, Fact, FactKey, FactMap, FactValues, ReadResult } from '../facts/types';
import type { PageId } from '../pages/routes';

export function emptyRecord(key: string, site: Site, now: number): AccountRecord {
  return { key, site, name: null, lastSeen: now, facts: {} };
}

/** Returns `{...facts}` with each fact of `incoming` that is not older than the one it replaces. */
export function mergeFactMaps(base: FactMap, incoming: FactMap): FactMap {
  const out: FactMap = { ...base };
  for (const k of Object.keys(incoming) as FactKey[]) {
    const inc = incoming[k];
    if (!inc) continue;
    const cur = out[k];
    if (!cur || inc.readAt >= cur.readAt) (out as Record<string, Fact>)[k] = inc as Fact;
  }
  return out;
}

/**
 * Storage cap (docs/security.md, "Quota"): AdReady keeps only the current value of each fact (no history of
 * values), and the list-valued facts keep at most this many entries, the most recent first. Current facts are
 * never pruned; only the oldest records of a long list are.
 */
export const LIST_CAPS: Partial<Record<FactKey, number>> = {
  'billing.payments': 100,
  'billing.invoices': 100,
  'billing.methods': 20,
  'seller.campaigns': 300,
  'ads.campaigns': 300,
  'seller.roles': 20,
};

function recency(item: unknown): string {
  if (!item || typeof item !== 'object') return '';
  const o = item as Record<string, unknown>;
  const d = o.date ?? o.dueDate ?? o.scheduleStart;
  return typeof d === 'string' ? d : '';
}

/** Caps a list-valued fact to its most recent entries (by date where entries have one; else the first shown). */
export function capValue<K extends FactKey>(key: K, value: FactValues[K]): FactValues[K] {
  const cap = LIST_CAPS[key];
  if (!cap || !Array.isArray(value) || value.length <= cap) return value;
  const dated = value.some((x) => recency(x) !== '');
  const list = dated ? [...value].sort((a, b) => recency(b).localeCompare(recency(a))) : value;
  return list.slice(0, cap) as FactValues[K];
}

export function factsFrom(values: Partial<FactValues>, page: PageId, readAt: number, source: 'page' | 'user' = 'page'): FactMap {
  const out: FactMap = {};
  for (const k of Object.keys(values) as FactKey[]) {
    const v = values[k];
    if (v === undefined) continue;
    (out as Record<string, Fact>)[k] = { key: k, value: capValue(k, v as never), page, readAt, source } as Fact;
  }
  return out;
}

/** Applies one reader result for `key` (the page's own account) to its record. */
export function applyRead(
  record: AccountRecord | undefined,
  key: string,
  site: Site,
  result: Pick<ReadResult, 'page' | 'facts' | 'unreadable' | 'name'>,
  now: number,
): AccountRecord {
  const base = record ?? emptyRecord(key, site, now);
  const facts = mergeFactMaps(base.facts, factsFrom(result.facts, result.page, now));
  const unreadable = { ...(base.unreadable ?? {}) };
  if (result.unreadable.length) unreadable[result.page] = [...result.unreadable];
  else delete unreadable[result.page];
  return {
    ...base,
    name: result.name ?? base.name,
    lastSeen: Math.max(base.lastSeen, now),
    lastPage: result.page,
    facts,
    unreadable,
  };
}

/** Import merge: per fact by read time, name from the newer record, ticks united (newer wins per item). */
export function mergeRecords(a: AccountRecord, b: AccountRecord): AccountRecord {
  const newer = b.lastSeen >= a.lastSeen ? b : a;
  const older = newer === b ? a : b;
  return {
    key: a.key,
    site: a.site,
    name: newer.name ?? older.name,
    lastSeen: Math.max(a.lastSeen, b.lastSeen),
    lastPage: newer.lastPage ?? older.lastPage,
    facts: mergeFactMaps(a.facts, b.facts),
    ticks: { ...(older.ticks ?? {}), ...(newer.ticks ?? {}) },
    unreadable: { ...(older.unreadable ?? {}), ...(newer.unreadable ?? {}) },
  };
}
