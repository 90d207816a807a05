/**
 * Ads Manager campaign readers (domain/tiktok-reference.md §1.1, §6, §7):
 *   - `ads.campaigns` (/i18n/perf/…, /i18n/manage/…): the campaign list at the CAMPAIGN level → `ads.campaigns`,
 *     one `Campaign` per row: name, status, budget + daily/lifetime, bid strategy + bid, schedule start/end;
 *   - `ads.creation` (/i18n/creation/…): on the campaign step (or the one-page editor's campaign card), the
 *     campaign being set up → `ads.campaigns` with that one campaign.
 *
 * Rows are read by ./campaigns-shared.ts (the same row reading as the Seller Center's Shop Ads table) with the
 * Ads Manager wording of ./labels/campaigns.ts. The level (Campaign / Ad group / Ad) is told by the selected level
 * tab or creation step, then the route, then the columns: an ad-group or ad list is NOT read as campaigns (its
 * budgets are ad-group budgets, with another minimum, §6) and is not reported unreadable either.
 *
 * Honesty: a campaign-level page without a readable list reports `ads.campaigns` unreadable; amounts and dates
 * that cannot be parsed are left out, never guessed; a page in a language without a table where no label matches
 * yields nothing and `no-label-table`. Pure over a Document; never throws on odd markup.
 */
import type { Campaign, FactKey, FactValues, ReadResult } from '../facts/types';
import type { Reader, ReaderContext } from './types';
import { norm, text } from './dom';
import { buildLabelIndex, findFieldSlot, labelsForCached, normSet, pickReadingLang, valueText, type LabelIndex, type LabelTable } from './find';
import { declaredLang, isReaderLang, type ReaderLang } from './lang';
import { CHROME, contentRendered, distinctLabelOnPage, isPlaceholder, noTable } from './structure';
import {
  DASH,
  bidIn,
  labelLang,
  matchIn,
  moneyIn,
  readCampaignTables,
  scheduleOf,
  splitPeriod,
  tableHeaderCells,
  tableHeaders,
  textSegments,
  type CampaignCtx,
  type CampaignLabels,
} from './campaigns-shared';
import {
  AD_GROUP_NAME_COLUMN,
  BID_WORDS,
  CREATION_FIELDS,
  LEVELS,
  LIST_BID_STRATEGIES,
  LIST_BUDGET_PERIOD,
  LIST_COLUMNS,
  LIST_KINDS,
  LIST_OPEN_END,
  LIST_RANGE_SEPARATORS,
  LIST_STATUSES,
  TOTAL_ROW,
} from './labels/campaigns';

export type CampaignLevel = keyof typeof LEVELS;

/** The Ads Manager campaign list's wording, for ./campaigns-shared.ts. */
export const ADS_CAMPAIGN_LABELS: CampaignLabels = {
  columns: LIST_COLUMNS,
  statuses: LIST_STATUSES,
  kinds: LIST_KINDS,
  strategies: LIST_BID_STRATEGIES,
  period: LIST_BUDGET_PERIOD,
  separators: LIST_RANGE_SEPARATORS,
  openEnd: LIST_OPEN_END,
  bidWords: BID_WORDS,
};

/** Tables that tell which language the page speaks (columns, level tabs, creation fields). */
const LANG_TABLES: LabelTable[] = [
  ...Object.values(LIST_COLUMNS),
  ...Object.values(LEVELS),
  AD_GROUP_NAME_COLUMN,
  CREATION_FIELDS.name,
  CREATION_FIELDS.budget,
  ...Object.values(LIST_STATUSES),
  ...Object.values(LIST_BID_STRATEGIES),
];

/* ───────────────────────────── one read ──────────────────────────────────────────────────────────────── */

interface Scan {
  doc: Document;
  url: URL;
  ix: LabelIndex;
  /** Language whose labels are tried first. */
  order: ReaderLang | null;
  /** Language of the label table that matched best, or null. */
  matched: ReaderLang | null;
  ctx: CampaignCtx;
}

function startScan(doc: Document, ctx: ReaderContext, ix: LabelIndex): Scan | ReadResult {
  const page = ctx.match.page;
  const declared = declaredLang(doc, ctx.url);
  const { order, matched } = pickReadingLang(ix, declared, LANG_TABLES);
  if (!isReaderLang(declared) && (!matched || !distinctLabelOnPage(ix, LANG_TABLES))) return noTable(page);
  const lang = isReaderLang(order) ? order : null;
  const parse = matched ?? declared;
  return {
    doc,
    url: ctx.url,
    ix,
    order: lang,
    matched,
    ctx: { lang, parseLang: () => parse, now: ctx.now, hit: () => undefined },
  };
}

function finish(scan: Scan, page: ReadResult['page'], facts: Partial<FactValues>, unreadable: FactKey[]): ReadResult {
  return { page, facts, unreadable, lang: scan.matched ?? scan.order };
}

/* ───────────────────────────── level: Campaign / Ad group / Ad ──────────────────────────────────────── */

const SELECTED_CLASS = /(^|[\s_-])(active|selected|current|checked)($|[\s_-])/i;
/** Elements that may be the selected tab / step (filtered further by SELECTED_CLASS and their text). */
const SELECTED_CANDIDATES = '[aria-selected="true"], [aria-current]:not([aria-current="false"]), [class*="active"], [class*="selected"], [class*="current"]';

/** The level the selected level tab / creation step names, or null (no level control, or none selected). */
function selectedLevel(scan: Scan): CampaignLevel | null {
  const levels = Object.keys(LEVELS) as CampaignLevel[];
  for (const el of Array.from(scan.doc.querySelectorAll(SELECTED_CANDIDATES))) {
    const marked =
      el.getAttribute('aria-selected') === 'true' || (el.hasAttribute('aria-current') && el.getAttribute('aria-current') !== 'false') || SELECTED_CLASS.test(el.getAttribute('class') ?? '');
    if (!marked || el.closest(CHROME) || isPlaceholder(el)) continue;
    const t = text(el);
    if (!t || t.length > 40) continue;
    for (const level of levels) if (labelLang(t, LEVELS[level], scan.order)) return level;
  }
  return null;
}

/** The level the route names (/i18n/perf/adgroup, /i18n/creation/creative …), or null. */
function routeLevel(url: URL): CampaignLevel | null {
  const segs = url.pathname.toLowerCase().split('/').filter(Boolean);
  const last = segs.slice(2).reverse();
  for (const s of last) {
    if (s === 'campaign') return 'campaign';
    if (s === 'adgroup' || s === 'ad_group' || s === 'ad-group') return 'ad-group';
    if (s === 'ad' || s === 'creative' || s === 'ads') return 'ad';
  }
  return null;
}

/* ───────────────────────────── campaign list ─────────────────────────────────────────────────────────── */

/** Data tables of the page content (not the app chrome, not our overlay), outermost first. */
function dataTables(doc: Document): Element[] {
  const all = Array.from(doc.querySelectorAll('table, [role="table"], [role="grid"]'));
  return all.filter((t) => !t.closest(CHROME) && !all.some((o) => o !== t && o.contains(t) && tableHeaderCells(o).length > 0));
}

/** The first rows of a list are read: far more than a page of the real list shows (it paginates), and the most
 * `seller.campaigns` keeps in storage; a virtualised list of thousands of rows costs no more than this. */
export const MAX_ROWS = 300;

const LABEL_CANDIDATES = 'label, dt, th, span, div, p, h1, h2, h3, h4, h5, h6, strong, b, td, li, legend, button, a, [role="columnheader"], [role="tab"]';

/**
 * The label index of a list page (what `buildLabelIndex` builds), from the page OUTSIDE its data tables plus the
 * tables' header cells: the language is told by the columns, tabs and toolbar, and a table of thousands of rows is
 * not walked.
 */
function listIndex(doc: Document, tables: readonly Element[]): LabelIndex {
  const texts = new Map<string, Element[]>();
  const order = new Map<Element, number>();
  const add = (el: Element) => {
    const raw = el.textContent ?? '';
    if (raw.length > 400 || order.has(el)) return;
    const t = raw.replace(/\s+/g, ' ').trim();
    if (!t || t.length > 80) return;
    const n = norm(t);
    if (!n) return;
    order.set(el, order.size);
    const list = texts.get(n);
    if (list) list.push(el);
    else texts.set(n, [el]);
  };
  const body = doc.body;
  if (body) {
    const skip = new Set(tables);
    const walker = doc.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */, {
      acceptNode: (n) => (skip.has(n as Element) ? 2 /* FILTER_REJECT: not its subtree */ : 1),
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Element).matches(LABEL_CANDIDATES)) add(n as Element);
  }
  for (const t of tables) for (const c of tableHeaderCells(t)) add(c);
  return { kind: 'label-index', texts, order };
}

/** A totals row ("Total of 5 campaigns", "Totale 3"): a total word followed by a number, and no status. */
function isTotalRow(scan: Scan, cells: Element[], idx: { name: number; status: number }): boolean {
  const name = norm(text(cells[idx.name]));
  if (!name || !/\d/.test(name)) return false;
  if (idx.status >= 0 && text(cells[idx.status]) !== '') return false;
  return [...normSet(labelsForCached(TOTAL_ROW, scan.order))].some((w) => name === w || name.startsWith(w + ' '));
}

function listLevel(scan: Scan, tables: readonly Element[]): CampaignLevel {
  const selected = selectedLevel(scan);
  if (selected) return selected;
  const route = routeLevel(scan.url);
  if (route) return route;
  for (const t of tables) if (tableHeaders(t).some((h) => labelLang(h, AD_GROUP_NAME_COLUMN, scan.order))) return 'ad-group';
  return 'campaign';
}

function readList(doc: Document, rc: ReaderContext): ReadResult {
  const page = rc.match.page;
  const tables = dataTables(doc);
  const scan = startScan(doc, rc, listIndex(doc, tables));
  if (!('ix' in scan)) return scan;
  const level = listLevel(scan, tables);
  if (level !== 'campaign') return finish(scan, page, {}, []);
  const campaigns = readCampaignTables(tables, ADS_CAMPAIGN_LABELS, scan.ctx, (cells, idx) => isTotalRow(scan, cells, idx), MAX_ROWS);
  if (!campaigns) return finish(scan, page, {}, ['ads.campaigns']);
  return finish(scan, page, { 'ads.campaigns': campaigns }, []);
}

/* ───────────────────────────── creation flow ─────────────────────────────────────────────────────────── */

const FIELD_STOP: string[] = Object.values(CREATION_FIELDS).flatMap((t) => Object.values(t).flatMap((v) => [...(v ?? [])]));
/** Containers that hold several fields: never one field's row. */
const NOT_A_ROW = 'dl, form, fieldset, section, table, tbody, tr, ul, ol, body, main';

/** The chosen option of a radio group ("Maximum Delivery ○  Cost Cap ●" → "Cost Cap"), or null when none. */
function checkedChoice(el: Element): string | null {
  const radios = el.querySelectorAll('input[type="radio"], [role="radio"]');
  if (radios.length === 0) return null;
  for (const r of Array.from(radios)) {
    const on = r.getAttribute('role') === 'radio' ? r.getAttribute('aria-checked') === 'true' : (r as HTMLInputElement).checked || r.hasAttribute('checked');
    if (!on) continue;
    const holder = r.getAttribute('role') === 'radio' ? r : (r.closest('label') ?? r.parentElement);
    return holder ? text(holder) : '';
  }
  return '';
}

/** The row holds another field's label too (then it is a group, not this field's row). */
function holdsOtherField(row: Element, label: Element): boolean {
  const stop = normSet(FIELD_STOP);
  return Array.from(row.querySelectorAll('*')).some((e) => e !== label && !e.contains(label) && !label.contains(e) && stop.has(norm(text(e))));
}

/**
 * What a field shows: the chosen option of a radio group; else, when the label shares its row with several
 * controls ("Set campaign budget | Daily ▾ | [ 50.00 ] USD"), the row's text without the label; else the value
 * element next to the label. '' when the field is empty, null when its label is not on the page.
 */
function fieldText(scan: Scan, table: LabelTable): string | null {
  const slot = findFieldSlot(scan.ix, table, scan.order, FIELD_STOP);
  if (!slot) return null;
  const choice = slot.value ? checkedChoice(slot.value) : null;
  if (choice !== null) return choice;
  const row = slot.label.parentElement;
  if (row && !row.matches(NOT_A_ROW) && !holdsOtherField(row, slot.label)) {
    const label = text(slot.label);
    const all = valueText(row);
    if (all.length <= 200 && all.startsWith(label)) {
      const rest = all.slice(label.length).trim();
      if (rest) return rest;
    }
  }
  return slot.value ? valueText(slot.value) : '';
}

/** The campaign being set up (campaign step / editor card): null when its name field is not on the page. */
function readDraft(scan: Scan): { campaign: Campaign | null; named: boolean } {
  const name = fieldText(scan, CREATION_FIELDS.name);
  if (name === null) return { campaign: null, named: false };
  if (!name.trim()) return { campaign: null, named: true };
  const c: Campaign = { name: name.trim() };
  const ctx = scan.ctx;
  const budgetRaw = fieldText(scan, CREATION_FIELDS.budget);
  if (budgetRaw) {
    const { rest, period } = splitPeriod(ctx, ADS_CAMPAIGN_LABELS, budgetRaw);
    const m = moneyIn(ctx, rest);
    if (m) {
      c.budget = m;
      if (period) c.budgetPeriod = period;
    }
  }
  const strategyRaw = fieldText(scan, CREATION_FIELDS.bidStrategy);
  if (strategyRaw && !DASH.test(strategyRaw)) {
    const [first, ...more] = textSegments(strategyRaw);
    const strategy = matchIn(strategyRaw, ADS_CAMPAIGN_LABELS.strategies, ctx) ?? (first ? matchIn(first, ADS_CAMPAIGN_LABELS.strategies, ctx) : null);
    c.bidStrategy = strategy ?? 'other';
    if (strategy && more.length) {
      const bid = more.map((s) => bidIn(ctx, ADS_CAMPAIGN_LABELS, s)).find((m) => m !== undefined);
      if (bid) c.bid = bid;
    }
  }
  const bidRaw = fieldText(scan, CREATION_FIELDS.bid);
  if (bidRaw) {
    const m = bidIn(ctx, ADS_CAMPAIGN_LABELS, bidRaw);
    if (m) c.bid = m;
  }
  const scheduleRaw = fieldText(scan, CREATION_FIELDS.schedule);
  if (scheduleRaw) {
    const { start, end } = scheduleOf(ctx, ADS_CAMPAIGN_LABELS, scheduleRaw);
    if (start) c.scheduleStart = start;
    if (end) c.scheduleEnd = end;
  }
  return { campaign: c, named: true };
}

function readCreation(doc: Document, rc: ReaderContext): ReadResult {
  const page = rc.match.page;
  const scan = startScan(doc, rc, buildLabelIndex(doc.body ?? doc.documentElement));
  if (!('ix' in scan)) return scan;
  const level = selectedLevel(scan) ?? routeLevel(scan.url) ?? 'campaign';
  if (level !== 'campaign') return finish(scan, page, {}, []);
  const { campaign, named } = readDraft(scan);
  if (campaign) return finish(scan, page, { 'ads.campaigns': [campaign] }, []);
  // A campaign step without its name field: the page changed. A name not typed yet: nothing to read.
  return finish(scan, page, {}, named ? [] : ['ads.campaigns']);
}

/** A creation step has rendered its form controls (outside the chrome and the loading placeholders). */
function formRendered(doc: Document): boolean {
  return Array.from(doc.body?.querySelectorAll('input:not([type="hidden"]), select, textarea, [role="radiogroup"]') ?? []).some(
    (el) => !el.closest(CHROME) && !isPlaceholder(el),
  );
}

/* ───────────────────────────── the readers ───────────────────────────────────────────────────────────── */

export const adsCampaignsReader: Reader = {
  pages: ['ads.campaigns'],
  ready: contentRendered,
  read: readList,
};

export const adsCreationReader: Reader = {
  pages: ['ads.creation'],
  ready: (doc) => contentRendered(doc) || formRendered(doc),
  read: readCreation,
};

/** The Ads Manager campaign readers (utils/readers/registry.ts and the ads kit list them). */
export const campaignReaders: Reader[] = [adsCampaignsReader, adsCreationReader];
