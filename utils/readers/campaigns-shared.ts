/**
 * Campaign-table reading shared by the Seller Center Ads dashboard (./seller.ts, `seller.campaigns`) and the Ads
 * Manager campaign list / creation flow (./campaigns.ts, `ads.campaigns`). Moved here from seller.ts so that both
 * read a campaign row the same way: name without tags and "ID: …" lines, status / type / bid strategy through
 * per-language enum tables, budget with its period, bid, ROI target, schedule start/end.
 *
 * The label tables are passed in (`CampaignLabels`): each site keeps its own wording (./labels/seller.ts,
 * ./labels/campaigns.ts). The caller passes a small context (`CampaignCtx`): which language to try first, which
 * language amounts and dates are written in, the currency of bare amounts, and a hook told which language each
 * label found speaks. Pure over the DOM; never throws on odd markup.
 */
import type { Campaign, Money } from '../facts/types';
import { parseDate, parseMoney } from '../format';
import { norm, text } from './dom';
import { columnIndex, labelsFor, readTable, type LabelTable } from './find';
import { isReaderLang, type ReaderLang } from './lang';

/* ───────────────────────────── which language a label speaks ─────────────────────────────────────────── */

/** A table's labels normalised (`norm`), per language; computed once per table (tables are module data). */
const normTables = new WeakMap<LabelTable, [ReaderLang, ReadonlySet<string>][]>();
export function normTable(table: LabelTable): [ReaderLang, ReadonlySet<string>][] {
  let t = normTables.get(table);
  if (!t) {
    t = (Object.entries(table) as [ReaderLang, readonly string[] | undefined][]).map(([l, labels]) => [l, new Set((labels ?? []).map(norm))]);
    normTables.set(table, t);
  }
  return t;
}

/** Which language of `table` has `candidate` as a label (declared language first), or null. */
export function labelLang(candidate: string, table: LabelTable, lang: string | null): ReaderLang | null {
  const c = norm(candidate);
  if (!c) return null;
  const t = normTable(table);
  if (lang && isReaderLang(lang) && t.some(([l, set]) => l === lang && set.has(c))) return lang;
  for (const [l, set] of t) if (set.has(c)) return l;
  return null;
}

/**
 * The language a label found on the page speaks, as EVIDENCE of the page's language: null when the text is a
 * label of two or more languages of the table ("Status", "ROI", "GMV Max", "Admin" …): such words are on pages in
 * any language, so they never make a page in an uncovered language look readable.
 */
export function evidence(candidate: string, table: LabelTable, lang: string | null): ReaderLang | null {
  const l = labelLang(candidate, table, lang);
  if (!l) return null;
  const c = norm(candidate);
  return normTable(table).filter(([, set]) => set.has(c)).length > 1 ? null : l;
}

/* ───────────────────────────── cells ─────────────────────────────────────────────────────────────────── */

/** Empty cell markers ("-", "—", "/"). */
export const DASH = /^[-–—\s/]*$/;

/** Cell text without tags and "ID: 123" lines (the name as a person would copy it). */
export function nameOf(cell: Element): string {
  const clone = cell.cloneNode(true) as Element;
  clone.querySelectorAll('[class*="tag"], button, svg, input').forEach((c) => c.remove());
  for (const el of Array.from(clone.querySelectorAll('*'))) {
    if (/^ID\s*[:：]?\s*\d{3,}$/i.test(text(el))) el.remove();
  }
  return text(clone).replace(/\s*ID\s*[:：]?\s*\d{6,}\s*$/i, '').trim();
}

/** Texts of the innermost tag elements of a cell (status tags, type tags beside a name). */
export function tagTexts(cell: Element): string[] {
  return Array.from(cell.querySelectorAll('[class*="tag"]'))
    .filter((t) => !t.querySelector('[class*="tag"]'))
    .map((t) => text(t))
    .filter(Boolean);
}

/** Separators inside one cell: "Cost Cap (bid: 9.00 EUR)", "Limite di costo · offerta 3,50 EUR", "Batas Biaya – Bid Rp 45.000". */
const SEGMENT_SEP = /\s*[(（)）·•|]\s*|\s+[–—-]\s+/;

/**
 * The parts a cell shows, in order: each text node and each child element's text (a value with a sub-line
 * "Cost Cap" + "Bid: 12.00 USD", a status with its reason "Not delivering" + "Campaign budget exceeded"), each
 * split at the separators above. A cell that only wraps one element is read through it.
 */
export function cellSegments(cell: Element): string[] {
  let node: Element = cell;
  for (let depth = 0; depth < 4; depth++) {
    const kids = Array.from(node.childNodes).filter((n) => (n.nodeType === 3 ? (n.nodeValue ?? '').trim() !== '' : n.nodeType === 1 && text(n as Element) !== ''));
    if (kids.length === 1 && kids[0]!.nodeType === 1) node = kids[0] as Element;
    else break;
  }
  const parts: string[] = [];
  for (const n of Array.from(node.childNodes)) {
    const t = n.nodeType === 3 ? (n.nodeValue ?? '').replace(/\s+/g, ' ').trim() : n.nodeType === 1 ? text(n as Element) : '';
    if (t) parts.push(t);
  }
  return parts.flatMap(textSegments);
}

/** One text split at the separators of `cellSegments` ("Plafond de coût (enchère : 9,00 EUR)" → two parts). */
export function textSegments(t: string): string[] {
  return t
    .split(SEGMENT_SEP)
    .map((s) => s.trim())
    .filter((s) => s && !DASH.test(s));
}

/* ───────────────────────────── the context of one read ───────────────────────────────────────────────── */

export interface CampaignCtx {
  /** Declared language we have tables for: its labels are tried first (null: every language alike). */
  lang: ReaderLang | null;
  /** Language amounts and dates are written in; asked each time (it may firm up while the page is read). */
  parseLang(): string | null;
  /** Currency of amounts shown without one (a shop's region currency), when known. */
  currency?: string;
  /** epoch ms (dates without a year). */
  now: number;
  /** Told which language each label found speaks (null: a label several languages share). */
  hit(lang: ReaderLang | null): void;
}

/** The wording of one site's campaign table (see ./labels/seller.ts and ./labels/campaigns.ts). */
export interface CampaignLabels {
  columns: {
    name: LabelTable;
    status?: LabelTable;
    type?: LabelTable;
    budget?: LabelTable;
    bidStrategy?: LabelTable;
    bid?: LabelTable;
    roiTarget?: LabelTable;
    /** A combined "Bid / ROI target" column: money → bid, bare number → ROI target. */
    bidOrRoi?: LabelTable;
    schedule?: LabelTable;
  };
  statuses: Record<string, LabelTable>;
  kinds: Record<NonNullable<Campaign['kind']>, LabelTable>;
  strategies: Record<NonNullable<Campaign['bidStrategy']>, LabelTable>;
  /** Budget period words found in a budget cell or its header ("contains", case-folded). */
  period: Record<'daily' | 'lifetime', LabelTable>;
  /** Words between the two dates of a schedule range. */
  separators: readonly string[];
  /** "No end date" wording of a schedule. */
  openEnd: LabelTable;
  /** Words before a bid amount inside a bid-strategy cell ("Bid: 12.00 USD", "enchère : 9,00 EUR"). */
  bidWords?: LabelTable;
}

/* ───────────────────────────── values ────────────────────────────────────────────────────────────────── */

export function moneyIn(ctx: CampaignCtx, raw: string): Money | undefined {
  const t = raw.trim();
  if (!t || DASH.test(t)) return undefined;
  const r = parseMoney(t, { lang: ctx.parseLang(), currency: ctx.currency });
  return r.ok ? { amount: r.value.amount, currency: r.value.currency } : undefined;
}

/** The key of `tables` that has `t` as a label (declared language first), telling `ctx` which language it speaks. */
export function matchIn<K extends string>(t: string, tables: Record<K, LabelTable>, ctx: Pick<CampaignCtx, 'lang' | 'hit'>): K | null {
  for (const [k, table] of Object.entries(tables) as [K, LabelTable][]) {
    if (labelLang(t, table, ctx.lang)) return ctx.hit(evidence(t, table, ctx.lang)), k;
  }
  return null;
}

/** Period words contained in a budget cell ("50.00 USD / day", "Daily: $50"), removed before parsing. */
export function splitPeriod(ctx: CampaignCtx, labels: CampaignLabels, raw: string): { rest: string; period?: 'daily' | 'lifetime' } {
  const f = raw.toLowerCase();
  for (const period of ['daily', 'lifetime'] as const) {
    for (const w of labelsFor(labels.period[period], ctx.lang)) {
      const i = f.indexOf(w.toLowerCase());
      if (i >= 0) {
        const rest = (raw.slice(0, i) + raw.slice(i + w.length)).replace(/^[\s:：/·|-]+|[\s:：/·|-]+$/g, '');
        return { rest, period };
      }
    }
  }
  return { rest: raw };
}

export function dateOf(ctx: CampaignCtx, raw: string): string | undefined {
  let t = raw
    .replace(/\((?:UTC|GMT)[^)]*\)/gi, '')
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?\b/g, '')
    .trim();
  if (!t) return undefined;
  const lang = ctx.parseLang();
  let r = parseDate(t, { lang, now: ctx.now });
  if (!r.ok) {
    t = t.replace(/^[^\d]*?(?=\d)/u, '');
    r = parseDate(t, { lang, now: ctx.now });
  }
  return r.ok ? r.value : undefined;
}

/** "2026-11-20 ~ 2026-11-26", "01/11/2026 – No end date", "2026-12-01": start and end dates when readable. */
export function scheduleOf(ctx: CampaignCtx, labels: CampaignLabels, raw: string): { start?: string; end?: string } {
  const t = raw.trim();
  if (!t || DASH.test(t)) return {};
  for (const sep of labels.separators) {
    const i = t.indexOf(sep);
    if (i > 0) {
      const a = t.slice(0, i);
      const b = t.slice(i + sep.length);
      const start = dateOf(ctx, a);
      const end = labelLang(b, labels.openEnd, ctx.lang) ? undefined : dateOf(ctx, b);
      if (start || end) return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
    }
  }
  const start = dateOf(ctx, t);
  return start ? { start } : {};
}

export function roiOf(raw: string): string | undefined {
  const m = raw.match(/(\d+(?:[.,]\d+)?)/);
  return m ? m[1]!.replace(',', '.') : undefined;
}

/** A bid written in a segment: the amount itself, or after a bid word ("Bid: 12.00 USD", "offerta 3,50 EUR"). */
export function bidIn(ctx: CampaignCtx, labels: CampaignLabels, segment: string): Money | undefined {
  const direct = moneyIn(ctx, segment);
  if (direct) return direct;
  if (!labels.bidWords) return undefined;
  const f = segment.toLowerCase();
  for (const w of labelsFor(labels.bidWords, ctx.lang).sort((a, b) => b.length - a.length)) {
    const lw = w.toLowerCase();
    if (!f.startsWith(lw)) continue;
    const next = segment.charAt(w.length);
    if (next && /\p{L}/u.test(next)) continue; // "Bidding …" is not "Bid …"
    const m = moneyIn(ctx, segment.slice(w.length).replace(/^[\s:：=]+/, ''));
    if (m) {
      ctx.hit(evidence(w, labels.bidWords, ctx.lang));
      return m;
    }
  }
  return undefined;
}

/* ───────────────────────────── rows ──────────────────────────────────────────────────────────────────── */

export interface CampaignColumns {
  name: number;
  status: number;
  type: number;
  budget: number;
  strategy: number;
  bid: number;
  roi: number;
  bidOrRoi: number;
  schedule: number;
}

/** Column indexes of a campaign table's headers (-1: no such column); null when no header names the campaign. */
export function campaignColumns(headers: string[], labels: CampaignLabels, ctx: CampaignCtx): CampaignColumns | null {
  const C = labels.columns;
  const col = (t: LabelTable | undefined) => (t ? columnIndex(headers, t, ctx.lang) : -1);
  const name = col(C.name);
  if (name < 0) return null;
  ctx.hit(evidence(headers[name] ?? '', C.name, ctx.lang));
  return {
    name,
    status: col(C.status),
    type: col(C.type),
    budget: col(C.budget),
    strategy: col(C.bidStrategy),
    bid: col(C.bid),
    roi: col(C.roiTarget),
    bidOrRoi: col(C.bidOrRoi),
    schedule: col(C.schedule),
  };
}

/**
 * One campaign row → a `Campaign`, or null when the row has no name. Only what the cells show is set: an
 * unreadable amount or date is left out, never guessed; an unknown status is kept verbatim.
 */
export function readCampaignRow(
  cells: Element[],
  idx: CampaignColumns,
  labels: CampaignLabels,
  ctx: CampaignCtx,
  headerPeriod?: 'daily' | 'lifetime',
): Campaign | null {
  const nameCell = cells[idx.name];
  if (!nameCell) return null;
  const name = nameOf(nameCell);
  if (!name) return null;
  const c: Campaign = { name };
  const cell = (i: number) => (i >= 0 ? cells[i] : undefined);

  const st = cell(idx.status);
  if (st) {
    const raw = tagTexts(st)[0] ?? text(st);
    if (raw) {
      let status = matchIn(raw, labels.statuses, ctx);
      // "Not delivering" + its reason on a second line: the first part is the status.
      if (!status) for (const seg of cellSegments(st).slice(0, 1)) status = matchIn(seg, labels.statuses, ctx);
      c.status = status ?? raw;
    }
  }

  const kindSources = [...(cell(idx.type) ? [text(cell(idx.type)!)] : []), ...tagTexts(nameCell)];
  for (const k of kindSources) {
    const kind = matchIn(k, labels.kinds, ctx);
    if (kind) {
      c.kind = kind;
      break;
    }
  }

  const bc = cell(idx.budget);
  if (bc) {
    const { rest, period } = splitPeriod(ctx, labels, text(bc));
    const m = moneyIn(ctx, rest);
    if (m) c.budget = m;
    const p = period ?? headerPeriod;
    if (m && p) c.budgetPeriod = p;
  }

  const sc = cell(idx.strategy);
  let strategyBid: Money | undefined;
  if (sc && text(sc)) {
    let strategy = matchIn(tagTexts(sc)[0] ?? text(sc), labels.strategies, ctx);
    if (!strategy) {
      // "Cost Cap" with its bid in the same cell ("Cost Cap · Bid 4.20 USD").
      const [first, ...more] = cellSegments(sc);
      strategy = first ? matchIn(first, labels.strategies, ctx) : null;
      if (strategy) strategyBid = more.map((seg) => bidIn(ctx, labels, seg)).find((m) => m !== undefined);
    }
    c.bidStrategy = strategy ?? 'other';
  }

  const bidC = cell(idx.bid);
  if (bidC) {
    const m = moneyIn(ctx, text(bidC)) ?? bidIn(ctx, labels, text(bidC));
    if (m) c.bid = m;
  }
  if (!c.bid && strategyBid) c.bid = strategyBid;

  const roiC = cell(idx.roi);
  if (roiC) {
    const r = DASH.test(text(roiC)) ? undefined : roiOf(text(roiC));
    if (r) c.roiTarget = r;
  }
  const both = cell(idx.bidOrRoi);
  if (both && !DASH.test(text(both))) {
    const t = text(both);
    if (c.bidStrategy === 'roi-target' || /^\s*\d+(?:[.,]\d+)?\s*[x×]?\s*$/i.test(t)) {
      const r = roiOf(t);
      if (r) c.roiTarget = r;
    } else {
      const m = moneyIn(ctx, t);
      if (m) c.bid = m;
    }
  }

  const sch = cell(idx.schedule);
  if (sch) {
    const { start, end } = scheduleOf(ctx, labels, text(sch));
    if (start) c.scheduleStart = start;
    if (end) c.scheduleEnd = end;
  }
  return c;
}

/* ───────────────────────────── bounded table reading ───────────────────────────────────────────────── */

// The table shapes of find.ts `readTable` (`<table>`, `[role=table|grid]`, `.bui-table`, `.arco-table`), read up to a
// number of rows: a virtualised list of thousands of rows costs no more than its first rows.
const HEADER_CELLS = 'thead th, [role="columnheader"], .bui-table-header-cell, .arco-table-th';
const ROWS = 'tbody tr, [role="row"], .bui-table-row, tr.arco-table-tr';
const CELLS = ':scope > td, :scope > [role="cell"], :scope > [role="gridcell"], :scope > .bui-table-cell';

/** Header texts of a data table (as find.ts `readTable` reads them). */
export function tableHeaders(table: Element): string[] {
  return Array.from(table.querySelectorAll(HEADER_CELLS)).map((c) => text(c));
}

/** Header cells of a data table. */
export function tableHeaderCells(table: Element): Element[] {
  return Array.from(table.querySelectorAll(HEADER_CELLS));
}

/** The first `max` body rows of a data table, as cells (header rows and empty rows skipped, as `readTable` does). */
export function tableRows(table: Element, max: number): Element[][] {
  const out: Element[][] = [];
  for (const r of Array.from(table.querySelectorAll(ROWS))) {
    if (out.length >= max) break;
    if (r.querySelector('th, [role="columnheader"]')) continue;
    const cells = Array.from(r.querySelectorAll(CELLS));
    if (cells.length) out.push(cells);
  }
  return out;
}

/**
 * The campaigns of the first of `tables` whose headers name the campaign column: null when none does (the page
 * shows no campaign table), [] for an empty one. `skipRow` drops rows that are not campaigns (a totals row);
 * `maxRows` bounds how many rows are read (all when not given).
 */
export function readCampaignTables(
  tables: readonly Element[],
  labels: CampaignLabels,
  ctx: CampaignCtx,
  skipRow?: (cells: Element[], idx: CampaignColumns) => boolean,
  maxRows?: number,
): Campaign[] | null {
  for (const tableEl of tables) {
    const { headers, rows } = maxRows === undefined ? readTable(tableEl) : { headers: tableHeaders(tableEl), rows: tableRows(tableEl, maxRows) };
    const idx = campaignColumns(headers, labels, ctx);
    if (!idx) continue;
    const headerPeriod = idx.budget >= 0 ? splitPeriod(ctx, labels, headers[idx.budget] ?? '').period : undefined;
    const out: Campaign[] = [];
    for (const cells of rows) {
      if (skipRow?.(cells, idx)) continue;
      const c = readCampaignRow(cells, idx, labels, ctx, headerPeriod);
      if (c) out.push(c);
    }
    return out;
  }
  return null;
}
