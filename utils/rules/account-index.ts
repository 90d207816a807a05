/**
 * The account index: one small line per account (name, state, score, the rules that failed or warned, the top
 * finding, last seen, spend), computed by the background after every write and kept in `storage.session` (which
 * content scripts never receive). The popup and the dashboard list render from it without reading and evaluating
 * every full record; full records are read only where a page needs them (detail, report, export). Pure.
 */
import type { AccountRecord, Money } from '../facts/types';
import type { Site } from '../pages/routes';
import { rollUp, spendOf, type AccountSummary } from './engine';
import type { Finding, Readiness } from './types';

export const INDEX_KEY = 'accountIndex';
/** The popup's first paint: counts and the most urgent accounts only (a few hundred bytes). */
export const POPUP_KEY = 'popupIndex';
/** Per-account view (its index line and its most urgent findings with their fixes): `view:<account key>`. */
export const VIEW_PREFIX = 'view:';
export const INDEX_VERSION = 2;
export const POPUP_OTHERS = 9;

export interface IndexEntry {
  key: string;
  site: Site;
  name: string | null;
  readiness: Readiness;
  score: number;
  lastSeen: number;
  /** Rules whose finding is warn, fail or unknown. */
  rules: string[];
  top: Pick<Finding, 'rule' | 'status' | 'message' | 'params'> | null;
  spend?: Money;
}

/** The most urgent findings that are not a pass, with their fixes (the popup's detail for the current account). */
export const MAX_FINDINGS = 5;

export interface PopupIndex {
  v: number;
  at: number;
  total: number;
  counts: Record<Readiness, number>;
  /** The most urgent accounts, most urgent first (the popup shows them, minus the current one). */
  urgent: IndexEntry[];
}

export interface AccountView {
  entry: IndexEntry;
  findings: Finding[];
}

export function urgentFindings(s: AccountSummary): Finding[] {
  return s.findings.filter((f) => f.status !== 'pass').slice(0, MAX_FINDINGS);
}

const URGENCY_RANK: Record<Readiness, number> = { blocked: 0, 'at-risk': 1, unknown: 2, ready: 3 };

export function popupIndex(entries: readonly IndexEntry[], at: number): PopupIndex {
  const counts: Record<Readiness, number> = { ready: 0, 'at-risk': 0, blocked: 0, unknown: 0 };
  for (const e of entries) counts[e.readiness]++;
  const urgent = [...entries]
    .sort((a, b) => URGENCY_RANK[a.readiness] - URGENCY_RANK[b.readiness] || b.lastSeen - a.lastSeen)
    .slice(0, POPUP_OTHERS);
  return { v: INDEX_VERSION, at, total: entries.length, counts, urgent };
}

export interface AccountIndex {
  v: number;
  /** When the states were evaluated (staleness depends on time). */
  at: number;
  entries: IndexEntry[];
}

export function toIndexEntry(r: AccountRecord, s: AccountSummary): IndexEntry {
  const top = s.findings.find((f) => f.status !== 'pass') ?? null;
  const spend = spendOf(r);
  return {
    key: r.key,
    site: r.site,
    name: r.name,
    readiness: s.readiness,
    score: s.score,
    lastSeen: r.lastSeen,
    rules: s.findings.filter((f) => f.status !== 'pass').map((f) => f.rule),
    top: top ? { rule: top.rule, status: top.status, message: top.message, ...(top.params ? { params: top.params } : {}) } : null,
    ...(spend ? { spend } : {}),
  };
}

/** The dashboard's roll-up: `rollUp` (utils/rules/engine.ts) over index entries. */
export function rollUpEntries(entries: readonly IndexEntry[]) {
  return rollUp(entries.map((e) => ({ summary: e, ...(e.spend ? { spend: e.spend } : {}) })));
}

export function isPopupIndex(v: unknown): v is PopupIndex {
  return !!v && typeof v === 'object' && (v as PopupIndex).v === INDEX_VERSION && Array.isArray((v as PopupIndex).urgent);
}

export function isAccountIndex(v: unknown): v is AccountIndex {
  return !!v && typeof v === 'object' && (v as AccountIndex).v === INDEX_VERSION && Array.isArray((v as AccountIndex).entries);
}
