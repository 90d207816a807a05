/** Pure table model for the dashboard: filter, search, sort, page. Fast for thousands of accounts. */
import type { AccountRecord } from '../../utils/facts/types';
import type { Site } from '../../utils/pages/routes';
import { URGENCY, type AccountSummary } from '../../utils/rules/engine';
import type { Readiness } from '../../utils/rules/types';

export interface Row {
  r: AccountRecord;
  s: AccountSummary;
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

export function toRows(records: AccountRecord[], summarize: (r: AccountRecord) => AccountSummary): Row[] {
  return records.map((r) => ({ r, s: summarize(r), hay: `${r.name ?? ''} ${r.key}`.toLowerCase() }));
}

export function applyQuery(rows: Row[], q: Query, now: number): { rows: Row[]; total: number; matched: number } {
  const text = q.text.trim().toLowerCase();
  const day = 86_400_000;
  const out = rows.filter((x) => {
    if (q.site !== 'all' && x.r.site !== q.site) return false;
    if (q.state !== 'all' && x.s.readiness !== q.state) return false;
    if (q.rule !== 'all' && !x.s.findings.some((f) => f.rule === q.rule && f.status !== 'pass')) return false;
    const age = now - x.r.lastSeen;
    if (q.seen === 'day' && age > day) return false;
    if (q.seen === 'week' && age > 7 * day) return false;
    if (q.seen === 'older' && age <= 7 * day) return false;
    return !text || x.hay.includes(text);
  });
  const cmp: Record<SortKey, (a: Row, b: Row) => number> = {
    urgency: (a, b) => URGENCY[a.s.readiness] - URGENCY[b.s.readiness] || a.s.score - b.s.score,
    name: (a, b) => (a.r.name ?? a.r.key).localeCompare(b.r.name ?? b.r.key),
    score: (a, b) => a.s.score - b.s.score,
    lastSeen: (a, b) => b.r.lastSeen - a.r.lastSeen,
    site: (a, b) => a.r.site.localeCompare(b.r.site),
  };
  const c = cmp[q.sort];
  out.sort((a, b) => q.dir * c(a, b) || a.r.key.localeCompare(b.r.key));
  const start = q.page * q.pageSize;
  return { rows: out.slice(start, start + q.pageSize), total: rows.length, matched: out.length };
}
