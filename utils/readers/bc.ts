/**
 * Business Center readers: Members and Finance roles (the signed-in user's basic and finance role), Ad accounts
 * (bulk audit: every row shown becomes an `ads:<id>` record), Billing information, Overview and the BC picker.
 *
 * Tables are found by structure (`table`, `.bui-table`, `[role=table|grid]`, read with `readTable`) and their
 * columns by header labels per language; values through enum tables. The user's own row is found by a marker
 * ("(You)", "(Anda)", "(Vous)" …, a tag saying so, or a `data-self`-like attribute); when no single row is marked,
 * the roles are unreadable, never taken from someone else's row.
 */
import type { FactKey, FactValues, Money, ReadResult } from '../facts/types';
import type { Reader, ReaderContext } from './types';
import { declaredLang, isReaderLang } from './lang';
import { norm, text } from './dom';
import {
  allLabels,
  buildLabelIndex,
  columnIndexLoose,
  detailsFields,
  findFieldSlot,
  filledText,
  idIn,
  labelsForCached,
  matchEnum,
  normSet,
  parseCount,
  pickReadingLang,
  readTable,
  textField,
  valueText,
  type LabelIndex,
  type LabelTable,
  type TableData,
} from './find';
import {
  ACCOUNT_STATUSES,
  AD_ACCOUNT_ID_COL,
  AD_ACCOUNT_NAME_COL,
  BALANCE_COL,
  BC_BASIC_ROLES,
  BC_BILLING_FIELDS,
  BC_FINANCE_ROLES,
  BC_ID_LABEL,
  BC_NAME_LABEL,
  BILLING_COUNTRY_LABEL,
  EMPTY_VALUES,
  FINANCE_COL,
  MEMBER_COL,
  NO_FINANCE_ROLE,
  OWNERSHIP_COL,
  OWNERSHIP_VALUES,
  ROLE_COL,
  SELF_MARKERS,
  STATUS_COL,
  TOTAL_WORDS,
} from './labels/account';
import { parseMoney } from '../format';

import { CHROME, contentRendered, distinctLabelOnPage, isPlaceholder, noTable } from './structure';

const EMPTY = allLabels(EMPTY_VALUES);


// ───────────── tables ─────────────

const TABLE_SEL = 'table, .bui-table, [role="table"], [role="grid"]';

interface FoundTable {
  el: Element;
  data: TableData;
}

/** The data table whose headers match the most of `columns` (outermost table elements only). */
function pickTable(root: ParentNode, columns: readonly LabelTable[], lang: string | null): FoundTable | null {
  const all = Array.from(root.querySelectorAll(TABLE_SEL));
  const outer = all.filter((el) => !all.some((o) => o !== el && o.contains(el)));
  let best: FoundTable | null = null;
  let bestScore = -1;
  for (const el of outer) {
    const data = readTable(el);
    if (!data.rows.length && !data.headers.length) continue;
    const score = columns.filter((c) => columnIndexLoose(data.headers, c, lang) >= 0).length;
    if (score > bestScore) [best, bestScore] = [{ el, data }, score];
  }
  return best;
}

function rowElement(cells: Element[]): Element | null {
  return cells[0]?.parentElement ?? null;
}

/** Text with a space between elements; only ASCII whitespace is folded (no-break spaces group digits). */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
    else if (n.nodeType === 1) {
      parts.push(' ');
      for (const c of Array.from(n.childNodes)) walk(c);
      parts.push(' ');
    }
  };
  walk(el);
  return parts.join('').replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Tables where the host paginates: "1-50 of 200", "1–50 dari 200", "Total 200". */
export function readPagination(root: ParentNode, lang: string | null): { from?: number; to?: number; total?: number } {
  const areas = Array.from(root.querySelectorAll('.bui-pagination, [class*="pagination"], [class*="total"], [aria-label*="pagination" i]'));
  const outer = areas.filter((el) => !areas.some((o) => o !== el && o.contains(el)));
  // Digits grouped by , . ' or a no-break space; a plain space never groups (it separates "200" from a "100 / page").
  const num = '(\\d[\\d.,\'\\u00a0\\u202f]*)';
  const range = new RegExp(`${num}\\s*[-–—~]\\s*${num}\\s*(?:/|[^\\d\\s/]{1,12})\\s*${num}`, 'u');
  const words = labelsForCached(TOTAL_WORDS, lang)
    .map((w) => w.replace(/[:：]\s*$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .filter(Boolean);
  const total = new RegExp(`(?:^|[^\\p{L}])(?:${words.join('|')})\\s*[:：]?\\s*${num}`, 'iu');
  // Each element on its own first (the "1-50 of 200" span), then the whole control with its parts spaced apart.
  const texts = outer.flatMap((area) => [...Array.from(area.querySelectorAll('*')), area].map(spacedText).filter((t) => t && t.length <= 200));
  for (const t of texts) {
    const r = range.exec(t);
    if (r) {
      const from = parseCount(r[1]!);
      const to = parseCount(r[2]!);
      const tot = parseCount(r[3]!);
      if (from !== null && to !== null && tot !== null && from <= to && to <= tot) return { from, to, total: tot };
    }
    const m = total.exec(t);
    if (m) {
      const tot = parseCount(m[1]!);
      if (tot !== null) return { total: tot };
    }
  }
  return {};
}

// ───────────── the signed-in user's row ─────────────

const SELF_ATTR = '[data-self], [data-is-self], [data-current-user], [data-me], [aria-current="true"]';
const SELF_CLASS = /(^|[\s_-])(self|is-me|myself|current-user|is-current)([\s_-]|$)/i;

let selfMatchers: { words: Set<string>; bracketed: RegExp } | null = null;
function selfMarkers(): { words: Set<string>; bracketed: RegExp } {
  if (!selfMatchers) {
    const words = [...new Set(allLabels(SELF_MARKERS).map(norm))];
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    selfMatchers = { words: new Set(words), bracketed: new RegExp(`[(（\\[]\\s*(?:${escaped.join('|')})\\s*[)）\\]]`, 'u') };
  }
  return selfMatchers;
}

function isSelfRow(row: Element): boolean {
  for (const el of [row, ...Array.from(row.querySelectorAll(SELF_ATTR))]) {
    for (const a of ['data-self', 'data-is-self', 'data-current-user', 'data-me']) {
      const v = el.getAttribute(a);
      if (v !== null && v !== 'false' && v !== '0') return true;
    }
    if (el.getAttribute('aria-current') === 'true') return true;
  }
  if (SELF_CLASS.test(row.getAttribute('class') ?? '')) return true;
  const { words, bracketed } = selfMarkers();
  if (bracketed.test(norm(text(row)))) return true;
  for (const tag of Array.from(row.querySelectorAll('.bui-tag, [class*="tag"], [class*="badge"]'))) {
    const t = norm(text(tag)).replace(/^[(（[]\s*|\s*[)）\]]$/g, '');
    if (words.has(t)) return true;
  }
  return false;
}

// ───────────── bc.members, bc.finance-roles ─────────────

const MEMBER_TABLES: LabelTable[] = [
  MEMBER_COL,
  ROLE_COL,
  FINANCE_COL,
  ...Object.values(BC_BASIC_ROLES),
  ...Object.values(BC_FINANCE_ROLES),
];
const NO_FIN = allLabels(NO_FINANCE_ROLE);

function readMembers(doc: Document, ctx: Pick<ReaderContext, 'url' | 'match'>): ReadResult {
  const page = ctx.match.page;
  const root = doc.body ?? doc.documentElement;
  const declared = declaredLang(doc, ctx.url);
  const ix = buildLabelIndex(root);
  const { order: lang, matched } = pickReadingLang(ix, declared, MEMBER_TABLES);
  if (!isReaderLang(declared) && (!matched || !distinctLabelOnPage(ix, MEMBER_TABLES))) return noTable(page);
  const expected: FactKey[] = page === 'bc.members' ? ['access.bcBasicRole', 'access.bcFinanceRole'] : ['access.bcFinanceRole'];
  const facts: Partial<FactValues> = { 'bc.pageRead': true };

  const table = pickTable(root, [MEMBER_COL, ROLE_COL, FINANCE_COL], lang);
  if (table) {
    const { headers, rows } = table.data;
    const memberCol = columnIndexLoose(headers, MEMBER_COL, lang);
    const roleCol = columnIndexLoose(headers, ROLE_COL, lang);
    const finCol = columnIndexLoose(headers, FINANCE_COL, lang);
    const self = rows.filter((cells) => {
      const r = rowElement(cells);
      return r ? isSelfRow(r) : false;
    });
    // Exactly one row marked as the user's own; otherwise we would be reading somebody else's roles.
    const cells = self.length === 1 ? self[0]! : null;
    if (cells) {
      const others = cells.filter((_, i) => i !== memberCol && i !== finCol);
      const roleScope = roleCol >= 0 && cells[roleCol] ? [cells[roleCol]] : others;
      let basic: FactValues['access.bcBasicRole'] | null = null;
      for (const c of roleScope) basic ??= matchEnum(c, BC_BASIC_ROLES, lang);
      if (basic) facts['access.bcBasicRole'] = basic;

      let fin: FactValues['access.bcFinanceRole'] | null = null;
      const finCell = finCol >= 0 ? cells[finCol] : undefined;
      if (finCell) {
        fin = matchEnum(finCell, BC_FINANCE_ROLES, lang);
        if (!fin) {
          const t = valueText(finCell);
          if (t === '' || normSet(NO_FIN).has(norm(t))) fin = 'none';
        }
      } else {
        for (const c of roleScope) fin ??= matchEnum(c, BC_FINANCE_ROLES, lang);
        // [I] Without a finance-role column, the roles cell lists every role the member has (reference §1.2:
        // "role ("Admin", "Standard", "Finance manager")"): a basic role alone there means no finance role.
        if (!fin && basic) fin = 'none';
      }
      if (fin) facts['access.bcFinanceRole'] = fin;
    }
  }
  const unreadable = expected.filter((k) => facts[k] === undefined);
  return withBcHeader({ page, facts, unreadable, lang: matched }, ix, lang, ctx);
}

/** BC name / id when the page shows them (header or Business Center info). */
const HEADER_STOP = [...allLabels(BC_NAME_LABEL), ...allLabels(BC_ID_LABEL)];

function withBcHeader(result: ReadResult, ix: LabelIndex, lang: string | null, ctx: Pick<ReaderContext, 'match'>): ReadResult {
  const name = textField(ix, BC_NAME_LABEL, lang, HEADER_STOP, EMPTY);
  if (name) result.name = name;
  if (!ctx.match.account) {
    const idText = textField(ix, BC_ID_LABEL, lang, HEADER_STOP, EMPTY);
    const id = idText ? idIn(idText) : null;
    if (id) result.account = `bc:${id}`;
  }
  return result;
}

/**
 * A list page is ready once a data table outside the chrome shows a row (or its empty state): a table whose body
 * has not arrived yet is not read. A page without any table is ready once its content has rendered (a layout
 * without a table is then read, and reports what it cannot find, instead of waiting for the timeout).
 */
function tableReady(doc: Document): boolean {
  const root = doc.body;
  if (!root) return false;
  let tables = 0;
  for (const el of Array.from(root.querySelectorAll(TABLE_SEL))) {
    if (el.closest(CHROME) || isPlaceholder(el)) continue;
    tables++;
    if (el.querySelector('tbody tr td, .bui-table-row .bui-table-cell, [role="row"] [role="cell"], [role="row"] [role="gridcell"]')) return true;
    if (el.querySelector('.bui-empty, [class*="empty"]')) return true;
  }
  return tables === 0 && contentRendered(doc);
}

export const bcMembersReader: Reader = {
  pages: ['bc.members', 'bc.finance-roles'],
  ready: tableReady,
  read: readMembers,
};

// ───────────── bc.ad-accounts (bulk audit) ─────────────

const AD_TABLES: LabelTable[] = [
  AD_ACCOUNT_NAME_COL,
  AD_ACCOUNT_ID_COL,
  STATUS_COL,
  OWNERSHIP_COL,
  BALANCE_COL,
  ...Object.values(ACCOUNT_STATUSES),
  ...Object.values(OWNERSHIP_VALUES),
];

const ID_LINE = /^[^\d]{0,30}?[:：#]?\s*(\d{6,25})$/u;

/** A cell's lines: descend through single wrappers, then one line per child block (or the text itself). */
function cellLines(cell: Element): Element[] {
  let node = cell;
  const hasDirectText = (e: Element) => Array.from(e.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '');
  for (let i = 0; i < 8; i++) {
    const kids = Array.from(node.children).filter((k) => text(k));
    if (hasDirectText(node) || kids.length !== 1) break;
    node = kids[0]!;
  }
  if (hasDirectText(node)) return [node];
  const kids = Array.from(node.children).filter((k) => text(k));
  return kids.length ? kids : [node];
}

function isTagLike(el: Element): boolean {
  return /(^|[\s_-])(bui-tag|tag|badge)([\s_-]|$)/.test(el.getAttribute('class') ?? '') || !!el.querySelector('.bui-tag');
}

function idFromRow(row: Element, cells: Element[], idCol: number, nameCol: number): string | null {
  if (idCol >= 0 && cells[idCol]) {
    const id = idIn(text(cells[idCol]));
    if (id) return id;
  }
  if (nameCol >= 0 && cells[nameCol]) {
    for (const line of cellLines(cells[nameCol])) {
      const m = ID_LINE.exec(text(line));
      if (m) return m[1]!;
    }
  }
  // "Go to Ads Manager" links carry the ad account id in the URL (a language-independent landmark).
  for (const a of Array.from(row.querySelectorAll('a[href]'))) {
    try {
      const u = new URL(a.getAttribute('href') ?? '', 'https://ads.tiktok.com/');
      const v = u.searchParams.get('aadvid') ?? u.searchParams.get('adv_id');
      if (v && /^\d{6,25}$/.test(v)) return v;
    } catch {
      /* not a URL */
    }
  }
  return null;
}

function nameFromCell(cell: Element, lang: string | null): string | null {
  for (const line of cellLines(cell)) {
    const t = text(line);
    if (!t || ID_LINE.test(t)) continue;
    if (line !== cell && isTagLike(line) && (matchEnum(line, ACCOUNT_STATUSES, lang) || matchEnum(line, OWNERSHIP_VALUES, lang))) continue;
    return t;
  }
  return null;
}

function moneyIn(cell: Element, lang: string | null): Money | null {
  const t = valueText(cell);
  if (!t || normSet(EMPTY).has(norm(t))) return null;
  try {
    const r = parseMoney(t, { lang: lang ?? 'en' });
    return r.ok ? r.value : null;
  } catch {
    return null;
  }
}

function readAdAccounts(doc: Document, ctx: Pick<ReaderContext, 'url' | 'match'>): ReadResult {
  const page = ctx.match.page;
  const root = doc.body ?? doc.documentElement;
  const declared = declaredLang(doc, ctx.url);
  const ix = buildLabelIndex(root);
  const { order: lang, matched } = pickReadingLang(ix, declared, AD_TABLES);
  if (!isReaderLang(declared) && (!matched || !distinctLabelOnPage(ix, AD_TABLES))) return noTable(page);
  const facts: Partial<FactValues> = { 'bc.pageRead': true };
  const table = pickTable(root, [AD_ACCOUNT_NAME_COL, AD_ACCOUNT_ID_COL, STATUS_COL, OWNERSHIP_COL], lang);
  const result = withBcHeader({ page, facts, unreadable: [], lang: matched }, ix, lang, ctx);
  if (!table) {
    result.unreadable = ['bc.accountsListed'];
    return result;
  }
  const { headers, rows } = table.data;
  const nameCol = columnIndexLoose(headers, AD_ACCOUNT_NAME_COL, lang);
  const idColRaw = columnIndexLoose(headers, AD_ACCOUNT_ID_COL, lang);
  const idCol = idColRaw === nameCol ? -1 : idColRaw;
  const statusCol = columnIndexLoose(headers, STATUS_COL, lang);
  const ownCol = columnIndexLoose(headers, OWNERSHIP_COL, lang);
  const balCol = columnIndexLoose(headers, BALANCE_COL, lang);

  const out: NonNullable<ReadResult['rows']> = [];
  const seen = new Set<string>();
  for (const cells of rows) {
    const row = rowElement(cells);
    if (!row) continue;
    const id = idFromRow(row, cells, idCol, nameCol);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const rf: Partial<FactValues> = { 'account.id': id };
    const nameCell = nameCol >= 0 ? cells[nameCol] : undefined;
    const name = nameCell ? nameFromCell(nameCell, lang) : null;
    if (name) rf['account.name'] = name;

    let status: FactValues['account.status'] | null = statusCol >= 0 && cells[statusCol] ? matchEnum(cells[statusCol], ACCOUNT_STATUSES, lang) : null;
    if (!status && statusCol < 0) {
      for (const tag of Array.from(row.querySelectorAll('.bui-tag, [class*="status"]'))) status ??= matchEnum(tag, ACCOUNT_STATUSES, lang);
    }
    if (status) rf['account.status'] = status;

    let own: FactValues['access.ownership'] | null = ownCol >= 0 && cells[ownCol] ? matchEnum(cells[ownCol], OWNERSHIP_VALUES, lang) : null;
    if (!own && ownCol < 0) {
      for (const c of cells) if (c !== nameCell || isTagLike(c)) own ??= matchEnum(c, OWNERSHIP_VALUES, lang);
      if (!own && nameCell) for (const tag of Array.from(nameCell.querySelectorAll('.bui-tag'))) own ??= matchEnum(tag, OWNERSHIP_VALUES, lang);
    }
    if (own) rf['access.ownership'] = own;

    if (balCol >= 0 && cells[balCol]) {
      const m = moneyIn(cells[balCol], lang);
      if (m) rf['billing.cashBalance'] = m;
    }
    out.push({ account: `ads:${id}`, ...(name ? { name } : {}), facts: rf });
  }
  const pg = readPagination(root, lang);
  result.rows = out;
  result.rowsShown = rows.length;
  if (pg.total !== undefined) result.rowsTotal = pg.total;
  facts['bc.accountsListed'] = pg.total ?? rows.length;
  return result;
}

export const bcAdAccountsReader: Reader = {
  pages: ['bc.ad-accounts'],
  ready: tableReady,
  read: readAdAccounts,
};

// ───────────── bc.billing-info ─────────────

const BILLING_TABLES: LabelTable[] = [...Object.values(BC_BILLING_FIELDS), BILLING_COUNTRY_LABEL];
const BILLING_STOP = BILLING_TABLES.flatMap(allLabels);

function readBillingInfo(doc: Document, ctx: Pick<ReaderContext, 'url' | 'match'>): ReadResult {
  const page = ctx.match.page;
  const root = doc.body ?? doc.documentElement;
  const declared = declaredLang(doc, ctx.url);
  const ix = buildLabelIndex(root);
  const { order: lang, matched } = pickReadingLang(ix, declared, BILLING_TABLES);
  if (!isReaderLang(declared) && (!matched || !distinctLabelOnPage(ix, BILLING_TABLES))) return noTable(page);
  const facts: Partial<FactValues> = { 'bc.pageRead': true };
  const details = detailsFields(ix, BC_BILLING_FIELDS, lang, BILLING_STOP, EMPTY);
  const countrySlot = findFieldSlot(ix, BILLING_COUNTRY_LABEL, lang, BILLING_STOP);
  const country = countrySlot ? filledText(countrySlot.value, EMPTY) : null;
  if (details || countrySlot) facts['account.businessDetails'] = { ...(details ?? {}), ...(countrySlot ? { country: !!country } : {}) };
  if (country) facts['account.billingCountry'] = country;
  const unreadable: FactKey[] = facts['account.businessDetails'] ? [] : ['account.businessDetails'];
  return withBcHeader({ page, facts, unreadable, lang: matched }, ix, lang, ctx);
}

export const bcBillingInfoReader: Reader = {
  pages: ['bc.billing-info'],
  ready: contentRendered,
  read: readBillingInfo,
};

// ───────────── bc.overview, bc.select ─────────────

const OVERVIEW_TABLES: LabelTable[] = [BC_NAME_LABEL, BC_ID_LABEL];

function readOverview(doc: Document, ctx: Pick<ReaderContext, 'url' | 'match'>): ReadResult {
  const page = ctx.match.page;
  const root = doc.body ?? doc.documentElement;
  const declared = declaredLang(doc, ctx.url);
  const ix = buildLabelIndex(root);
  const { order: lang, matched } = pickReadingLang(ix, declared, OVERVIEW_TABLES);
  const result: ReadResult = { page, facts: { 'bc.pageRead': true }, unreadable: [], lang: matched };
  withBcHeader(result, ix, lang, ctx);
  if (!result.name) {
    // The overview header card uses the picker's structure ([C-code] reference §1.2).
    const n = root.querySelector('.selection-basic-info__header__name .text-ellipsis span, .selection-basic-info__header__name');
    if (n && text(n)) result.name = text(n);
  }
  const ads = adAccountCounter(root);
  if (ads !== null) result.facts['bc.accountsListed'] = ads;
  if (!matched && !isReaderLang(declared) && !result.name && ads === null) return noTable(page);
  return result;
}

/** The ad-account counter (`icon-ad` next to a number: [C-code] reference §1.2), or null when absent or unclear. */
function adAccountCounter(root: ParentNode): number | null {
  for (const icon of Array.from(root.querySelectorAll('.icon-ad'))) {
    const box = icon.closest('a, li, .bui-card, [class*="count"], [class*="asset"], [class*="stat"]') ?? icon.parentElement;
    if (!box) continue;
    const nums = spacedText(box).match(/\d[\d.,\u00a0\u202f]*/g) ?? [];
    if (nums.length !== 1) continue;
    const n = parseCount(nums[0]!);
    if (n !== null) return n;
  }
  return null;
}

const CARD_SEL = '.selection-item, .bc-card';

function readSelect(doc: Document, ctx: Pick<ReaderContext, 'url' | 'match'>): ReadResult {
  const page = ctx.match.page;
  const root = doc.body ?? doc.documentElement;
  const rows: NonNullable<ReadResult['rows']> = [];
  const seen = new Set<string>();
  for (const card of Array.from(root.querySelectorAll(CARD_SEL))) {
    if (card.parentElement?.closest(CARD_SEL)) continue;
    let id: string | null = null;
    const links = card.matches('a[href]') ? [card] : Array.from(card.querySelectorAll('a[href]'));
    for (const a of links) {
      try {
        const v = new URL(a.getAttribute('href') ?? '', 'https://business.tiktok.com/').searchParams.get('org_id');
        if (v && /^\d{6,25}$/.test(v)) id = v;
      } catch {
        /* not a URL */
      }
    }
    id ??= card.getAttribute('data-org-id') ?? card.getAttribute('data-id');
    if (!id || !/^\d{6,25}$/.test(id)) {
      const idLine = Array.from(card.querySelectorAll('*')).map((e) => text(e)).find((t) => ID_LINE.test(t) && /\bID\b/i.test(t));
      id = idLine ? (ID_LINE.exec(idLine)?.[1] ?? null) : null;
    }
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const nameEl = card.querySelector('.selection-basic-info__header__name .text-ellipsis span, .selection-basic-info__header__name, [class*="name"]');
    const name = nameEl ? text(nameEl) : '';
    const facts: Partial<FactValues> = {};
    for (const item of Array.from(card.querySelectorAll('.selection-basic-info__count__item'))) {
      if (!item.querySelector('.icon-ad')) continue;
      const n = parseCount(text(item).replace(/^\D+|\D+$/g, ''));
      if (n !== null) facts['bc.accountsListed'] = n;
    }
    rows.push({ account: `bc:${id}`, ...(name ? { name } : {}), facts });
  }
  return { page, facts: {}, unreadable: [], lang: declaredLang(doc, ctx.url), rows, rowsShown: rows.length };
}

export const bcOverviewReader: Reader = {
  pages: ['bc.overview'],
  ready: (doc) =>
    contentRendered(doc) ||
    Array.from(doc.body?.querySelectorAll('.selection-basic-info__header__name') ?? []).some((el) => !el.closest(CHROME) && !isPlaceholder(el) && text(el) !== ''),
  read: readOverview,
};

export const bcSelectReader: Reader = {
  pages: ['bc.select'],
  // The picker's cards ([C-code] reference §1.2), or any rendered content (an empty picker, another card markup).
  ready: (doc) => !!doc.body?.querySelector(CARD_SEL) || contentRendered(doc),
  read: readSelect,
};

export const bcReaders: Reader[] = [bcMembersReader, bcAdAccountsReader, bcBillingInfoReader, bcOverviewReader, bcSelectReader];
