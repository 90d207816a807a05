/** Pure table model for the dashboard: filter, search, sort, page. Fast for thousands of accounts. */
import type { Site } from '../../utils/pages/routes';
import { URGENCY } from '../../utils/rules/engine';
import type { Readiness } from '../../utils/rules/types';
import type { IndexEntry } from '../../utils/rules/account-index';

export interface Row {
  e: IndexEntry;
  /** lower-cased name + key, for search */
  hay: string;
}

export type SortKey = 'urgency' | 'name' | 'score' | 'lastSeen' | 'site';
export interface Query {
  text: string;
  site: Site | 'all';
  state: Readiness | 'all';
  rule: string | 'all';
  seen: 'all' | 'day' | 'week' | 'older';
  sort: SortKey;
  dir: 1 | -1;
  page: number;
  pageSize: number;
}

export const DEFAULT_QUERY: Query = { text: '', site: 'all', state: 'all', rule: 'all', seen: 'all', sort: 'urgency', dir: 1, page: 0, pageSize: 100 };

export function toRows(entries: readonly IndexEntry[]): Row[] {
  return entries.map((e) => ({ e, hay: `${e.name ?? ''} ${e.key}`.toLowerCase() }));
}

export function applyQuery(rows: Row[], q: Query, now: number): { rows: Row[]; total: number; matched: number } {
  const text = q.text.trim().toLowerCase();
  const day = 86_400_000;
  const out = rows.filter((x) => {
    if (q.site !== 'all' && x.e.site !== q.site) return false;
    if (q.state !== 'all' && x.e.readiness !== q.state) return false;
    if (q.rule !== 'all' && !x.e.rules.includes(q.rule)) return false;
    const age = now - x.e.lastSeen;
    if (q.seen === 'day' && age > day) return false;
    if (q.seen === 'week' && age > 7 * day) return false;
    if (q.seen === 'older' && age <= 7 * day) return false;
    return !text || x.hay.includes(text);
  });
  const cmp: Record<SortKey, (a: Row, b: Row) => number> = {
    urgency: (a, b) => URGENCY[a.e.readiness] - URGENCY[b.e.readiness] || a.e.score - b.e.score,
    name: (a, b) => (a.e.name ?? a.e.key).localeCompare(b.e.name ?? b.e.key),
    score: (a, b) => a.e.score - b.e.score,
    lastSeen: (a, b) => b.e.lastSeen - a.e.lastSeen,
    site: (a, b) => a.e.site.localeCompare(b.e.site),
  };
  const c = cmp[q.sort];
  out.sort((a, b) => q.dir * c(a, b) || (a.e.key < b.e.key ? -1 : a.e.key > b.e.key ? 1 : 0));
  const start = q.page * q.pageSize;
  return { rows: out.slice(start, start + q.pageSize), total: rows.length, matched: out.length };
}
