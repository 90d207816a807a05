/**
 * Finding fields by label (per-language tables) plus structure, never by one brittle selector.
 *
 * A "field" on these apps is a label element and a value element that sit together: label and value siblings
 * (`<dt>/<dd>`, `<span>label</span><span>value</span>`), a label in a card header with the value in the card
 * body, a table header cell and the cell below it. `findField` tries those shapes in order and returns the value
 * element, or null (the reader then reports the field as unreadable).
 */
import { labelMatches, norm, text } from './dom';
import type { ReaderLang } from './lang';

export type LabelTable = Partial<Record<ReaderLang, readonly string[]>>;

/** Labels for the page's language first, then every other language (pages mix languages). */
export function labelsFor(table: LabelTable, lang: string | null): string[] {
  const first = lang && lang in table ? [...(table[lang as ReaderLang] ?? [])] : [];
  const rest = Object.entries(table)
    .filter(([l]) => l !== lang)
    .flatMap(([, v]) => [...(v ?? [])]);
  return [...first, ...rest];
}

const LABEL_CANDIDATES = 'label, dt, th, span, div, p, h1, h2, h3, h4, h5, h6, strong, b, td, li, legend';

/** Elements whose own text (not counting children that carry other text) is one of `labels`. */
export function findLabelElements(root: ParentNode, labels: readonly string[]): Element[] {
  const out: Element[] = [];
  if (!labels.length) return out;
  for (const el of Array.from(root.querySelectorAll(LABEL_CANDIDATES))) {
    const t = text(el);
    if (t.length === 0 || t.length > 80) continue;
    if (!labelMatches(t, labels)) continue;
    // Prefer the innermost element carrying the label.
    if (Array.from(el.children).some((c) => labelMatches(text(c), labels))) continue;
    out.push(el);
  }
  return out;
}

function valueNear(labelEl: Element): Element | null {
  // 1. explicit association
  const forId = labelEl.getAttribute('for');
  if (forId) {
    const target = labelEl.ownerDocument.getElementById(forId);
    if (target) return target;
  }
  // 2. table header → same column in the first body row
  if (labelEl.tagName === 'TH' || labelEl.getAttribute('role') === 'columnheader') {
    return null; // tables are read with readTable()
  }
  // 3. next element sibling with text
  let sib = labelEl.nextElementSibling;
  while (sib && !text(sib)) sib = sib.nextElementSibling;
  if (sib) return sib;
  // 4. climb: the label's ancestor's next sibling (label wrapped in its own div)
  let node: Element | null = labelEl;
  for (let depth = 0; depth < 3 && node; depth++) {
    const parent: Element | null = node.parentElement;
    if (!parent) break;
    let next = node.nextElementSibling;
    while (next && !text(next)) next = next.nextElementSibling;
    if (next) return next;
    node = parent;
  }
  return null;
}

/** The value element for the first label found, or null. */
export function findField(root: ParentNode, table: LabelTable, lang: string | null): Element | null {
  for (const el of findLabelElements(root, labelsFor(table, lang))) {
    const v = valueNear(el);
    if (v && text(v)) return v;
  }
  return null;
}

export function findFieldText(root: ParentNode, table: LabelTable, lang: string | null): string | null {
  const v = findField(root, table, lang);
  return v ? text(v) : null;
}

/** Which language's table matches the most labels on the page (used to confirm or correct the declared one). */
export function detectTableLang(root: ParentNode, tables: readonly LabelTable[]): ReaderLang | null {
  const scores = new Map<ReaderLang, number>();
  const all = Array.from(root.querySelectorAll(LABEL_CANDIDATES)).map((e) => norm(text(e))).filter((t) => t && t.length <= 80);
  const seen = new Set(all);
  for (const table of tables) {
    for (const [lang, labels] of Object.entries(table) as [ReaderLang, readonly string[]][]) {
      if (labels.some((l) => seen.has(norm(l)))) scores.set(lang, (scores.get(lang) ?? 0) + 1);
    }
  }
  let best: ReaderLang | null = null;
  let bestScore = 0;
  for (const [l, s] of scores) if (s > bestScore) [best, bestScore] = [l, s];
  return best;
}

export interface TableData {
  headers: string[];
  rows: Element[][];
}

/** Reads a data table: `<table>`, `[role=table|grid]`, or the hosts' div tables (`.bui-table`, `.arco-table`). */
export function readTable(table: Element): TableData {
  const headerCells = Array.from(table.querySelectorAll('thead th, [role="columnheader"], .bui-table-header-cell, .arco-table-th'));
  const headers = headerCells.map((c) => text(c));
  const rowEls = Array.from(table.querySelectorAll('tbody tr, [role="row"]:not(:has([role="columnheader"])), .bui-table-row, tr.arco-table-tr')).filter(
    (r) => !r.querySelector('th, [role="columnheader"]'),
  );
  const rows = rowEls.map((r) => Array.from(r.querySelectorAll(':scope > td, :scope > [role="cell"], :scope > [role="gridcell"], :scope > .bui-table-cell')));
  return { headers, rows: rows.filter((r) => r.length > 0) };
}

/** Column index whose header matches the table, or -1. */
export function columnIndex(headers: string[], table: LabelTable, lang: string | null): number {
  const labels = labelsFor(table, lang);
  return headers.findIndex((h) => labelMatches(h, labels));
}

// ───────────── Appended helpers (account set-up and access readers) ─────────────
//
// Reading one page asks for dozens of labels; these helpers index the page's short texts once per read
// (`buildLabelIndex`) and memoise normalised label sets, so a read costs one pass over the DOM plus lookups.

/** Every label of a table, all languages (for "is this any known label?" checks and cheap `ready()` probes). */
export function allLabels(table: LabelTable): string[] {
  return Object.values(table).flatMap((v) => [...(v ?? [])]);
}

const normSets = new WeakMap<readonly string[], Set<string>>();
/** `labels` normalised (`norm`) as a set; memoised per array, so pass module-level arrays where possible. */
export function normSet(labels: readonly string[]): Set<string> {
  let s = normSets.get(labels);
  if (!s) {
    s = new Set(labels.map(norm).filter(Boolean));
    normSets.set(labels, s);
  }
  return s;
}

const labelsForMemo = new WeakMap<LabelTable, Map<string, string[]>>();
/** `labelsFor`, memoised per table and language (the same array each time, so `normSet` hits its cache). */
export function labelsForCached(table: LabelTable, lang: string | null): string[] {
  let m = labelsForMemo.get(table);
  if (!m) labelsForMemo.set(table, (m = new Map()));
  const k = lang ?? '';
  let v = m.get(k);
  if (!v) m.set(k, (v = labelsFor(table, lang)));
  return v;
}

const CONTROL = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]):not([type="reset"]), textarea, select';
const DECORATIVE = /(^|[\s_-])(icon|tooltip|tip|question|help|popper|divider|arrow)([\s_-]|$)/i;

/**
 * What a value element shows: its text, minus buttons and hidden parts, plus the value of any form control in it
 * (placeholders do not count). Whitespace folded. Never markup.
 */
export function valueText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const e = node as Element;
    const tag = e.tagName;
    if (tag === 'BUTTON' || tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return;
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return;
    if (e.getAttribute('role') === 'button') return;
    if (e.matches(CONTROL)) {
      if (tag === 'SELECT') {
        const sel = e as HTMLSelectElement;
        const opt: HTMLOptionElement | null =
          sel.selectedOptions?.[0] ?? sel.querySelector('option[selected]') ?? sel.options?.[sel.selectedIndex] ?? null;
        // A select whose chosen option has no value is showing its prompt, not a value.
        if (opt && opt.value !== '') parts.push(' ', opt.textContent ?? '', ' ');
      } else {
        parts.push(' ', (e as HTMLInputElement).value ?? e.getAttribute('value') ?? '', ' ');
      }
      return;
    }
    for (const c of Array.from(e.childNodes)) walk(c);
    parts.push(' ');
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The page's short texts (label candidates), normalised, each with its elements in document order. */
export interface LabelIndex {
  readonly kind: 'label-index';
  texts: Map<string, Element[]>;
  order: Map<Element, number>;
}

export function buildLabelIndex(root: ParentNode): LabelIndex {
  const texts = new Map<string, Element[]>();
  const order = new Map<Element, number>();
  let i = 0;
  for (const el of Array.from(root.querySelectorAll(LABEL_CANDIDATES))) {
    const raw = el.textContent ?? '';
    if (raw.length > 400) continue;
    const t = raw.replace(/\s+/g, ' ').trim();
    if (!t || t.length > 80) continue;
    const n = norm(t);
    if (!n) continue;
    order.set(el, i++);
    // "VAT number (optional)", "Tax ID (opsional)": also index the label without its short trailing remark.
    const bare = /^(.*\S)\s*[(（][^()（）\d]{1,20}[)）]$/.exec(n)?.[1];
    for (const key of bare ? [n, bare] : [n]) {
      const list = texts.get(key);
      if (list) list.push(el);
      else texts.set(key, [el]);
    }
  }
  return { kind: 'label-index', texts, order };
}

function asIndex(where: ParentNode | LabelIndex): LabelIndex {
  return (where as LabelIndex).kind === 'label-index' ? (where as LabelIndex) : buildLabelIndex(where as ParentNode);
}

/** Like `findLabelElements`, over an index: innermost elements whose text is one of `labels`, in page order. */
export function labelElements(where: ParentNode | LabelIndex, labels: readonly string[]): Element[] {
  const ix = asIndex(where);
  const hits = new Set<Element>();
  for (const l of normSet(labels)) for (const el of ix.texts.get(l) ?? []) hits.add(el);
  const out = [...hits].filter((el) => ![...hits].some((o) => o !== el && o.parentElement === el));
  return out.sort((a, b) => (ix.order.get(a) ?? 0) - (ix.order.get(b) ?? 0));
}

function isDecorative(el: Element): boolean {
  if (text(el) || el.querySelector(CONTROL) || el.matches(CONTROL)) return false;
  const tag = el.tagName.toUpperCase();
  if (tag === 'I' || tag === 'SVG' || tag === 'IMG' || tag === 'BR' || tag === 'HR') return true;
  return DECORATIVE.test(el.getAttribute('class') ?? '');
}

/** Where a field is: the label element found and its value element (null = the field is there but empty). */
export interface FieldSlot {
  label: Element;
  value: Element | null;
}

/** The value slot next to one label element (null: a table header, or nothing near). */
export function fieldSlotOf(labelEl: Element, stopLabels: readonly string[] = []): FieldSlot | null {
  const forId = labelEl.getAttribute('for');
  if (forId) {
    const target = labelEl.ownerDocument.getElementById(forId);
    if (target) return { label: labelEl, value: target };
  }
  if (labelEl.tagName === 'TH' || labelEl.getAttribute('role') === 'columnheader') return null;
  const stop = normSet(stopLabels);
  let node: Element | null = labelEl;
  for (let depth = 0; depth < 4 && node; depth++) {
    let sib = node.nextElementSibling;
    while (sib && isDecorative(sib)) sib = sib.nextElementSibling;
    if (sib) {
      // The next thing is another field's label: this field has no value element.
      const t = text(sib);
      if (t && t.length <= 80 && stop.has(norm(t))) return { label: labelEl, value: null };
      return { label: labelEl, value: sib };
    }
    node = node.parentElement;
    if (!node || node === labelEl.ownerDocument.body) break;
  }
  return null;
}

/**
 * Like `findField`, but tells "label not on the page" (null) from "label there, value empty" (`value: null` or a
 * value element without text). Values may be form controls. `stopLabels`: labels of the other fields of the same
 * form, so that an empty field never borrows its neighbour's value.
 */
export function findFieldSlot(
  where: ParentNode | LabelIndex,
  table: LabelTable,
  lang: string | null,
  stopLabels: readonly string[] = [],
): FieldSlot | null {
  let first: FieldSlot | null = null;
  for (const el of labelElements(where, labelsForCached(table, lang))) {
    const slot = fieldSlotOf(el, stopLabels);
    if (!slot) continue;
    if (slot.value && valueText(slot.value)) return slot;
    first ??= slot;
  }
  return first;
}

const PART_SEP = /\s*[,;·|、，]\s*/;

type Tester<T> = (s: string) => T | null;
const testers = new WeakMap<object, Map<string, Tester<string>>>();

function enumTester<T extends string>(tables: Record<T, LabelTable>, lang: string | null): Tester<T> {
  let m = testers.get(tables);
  if (!m) testers.set(tables, (m = new Map()));
  const k = lang ?? '';
  let t = m.get(k);
  if (!t) {
    const entries = (Object.entries(tables) as [T, LabelTable][]).map(([v, table]) => [v, normSet(labelsForCached(table, lang))] as const);
    t = (s: string) => {
      const n = norm(s);
      if (!n || n.length > 120) return null;
      for (const [v, set] of entries) if (set.has(n)) return v;
      return null;
    };
    m.set(k, t);
  }
  return t as Tester<T>;
}

/** Enum value of one piece of text: the whole text, else one of its comma/dot separated parts. */
export function matchEnumText<T extends string>(s: string, tables: Record<T, LabelTable>, lang: string | null): T | null {
  const test = enumTester(tables, lang);
  const hit = test(s);
  if (hit || !PART_SEP.test(s)) return hit;
  for (const p of s.split(PART_SEP)) {
    const h = test(p);
    if (h) return h;
  }
  return null;
}

/** Every enum value an element shows, in document order (used where a cell lists several roles). */
export function matchEnums<T extends string>(el: Element, tables: Record<T, LabelTable>, lang: string | null): T[] {
  const test = enumTester(tables, lang);
  const out: T[] = [];
  const add = (v: T | null) => {
    if (v && !out.includes(v)) out.push(v);
  };
  const texts = [el, ...Array.from(el.querySelectorAll('*'))]
    .map((c) => c.textContent ?? '')
    .filter((t) => t.length <= 400)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t && t.length <= 160);
  for (const t of texts) add(test(t));
  for (const t of texts) if (PART_SEP.test(t)) for (const p of t.split(PART_SEP)) add(test(p));
  return out;
}

/**
 * Which enum value an element shows: its own text, any descendant's text, or a comma/dot separated part of them,
 * equal (after `norm`) to a label of one value's table. Declared language first; first hit in document order.
 */
export function matchEnum<T extends string>(el: Element, tables: Record<T, LabelTable>, lang: string | null): T | null {
  return matchEnums(el, tables, lang)[0] ?? null;
}

/** Column index whose header matches exactly, else whose header starts with a label (sort arrows, "ⓘ"), or -1. */
export function columnIndexLoose(headers: string[], table: LabelTable, lang: string | null): number {
  const labels = normSet(labelsForCached(table, lang));
  const normed = headers.map(norm);
  const exact = normed.findIndex((h) => labels.has(h));
  if (exact >= 0) return exact;
  return normed.findIndex((h) => [...labels].some((l) => l.length >= 2 && (h.startsWith(l + ' ') || h.startsWith(l + '('))));
}

/** Per-language count of tables with at least one label present on the page (for choosing the reading language). */
export function tableLangScores(where: ParentNode | LabelIndex, tables: readonly LabelTable[]): Map<ReaderLang, number> {
  const ix = asIndex(where);
  const scores = new Map<ReaderLang, number>();
  for (const table of tables) {
    for (const [lang, labels] of Object.entries(table) as [ReaderLang, readonly string[]][]) {
      if ([...normSet(labels)].some((l) => ix.texts.has(l))) scores.set(lang, (scores.get(lang) ?? 0) + 1);
    }
  }
  return scores;
}

export interface ReadingLang {
  /** Language whose labels to try first (the best-matching table, else the declared language). */
  order: string | null;
  /** Language of the label table that matched best on the page, or null when no label of any table is there. */
  matched: ReaderLang | null;
}

/**
 * Chooses the reading language from what the page says (`declared`, see lang.ts) confirmed by the labels found:
 * the declared language when its table matches at least as well as any other, else the best-matching one (pages
 * mix languages, and some declare none).
 */
export function pickReadingLang(where: ParentNode | LabelIndex, declared: string | null, tables: readonly LabelTable[]): ReadingLang {
  const scores = tableLangScores(where, tables);
  let best: ReaderLang | null = null;
  let bestScore = 0;
  for (const [l, s] of scores) if (s > bestScore) [best, bestScore] = [l, s];
  const declaredScore = declared ? (scores.get(declared as ReaderLang) ?? 0) : 0;
  const matched = declaredScore > 0 && declaredScore >= bestScore ? (declared as ReaderLang) : best;
  return { order: matched ?? declared, matched };
}

/** A value the page shows for a field, or '' when it shows one of `empty` ("-", "Not provided") or nothing. */
export function filledText(el: Element | null, empty: readonly string[]): string {
  if (!el) return '';
  const t = valueText(el);
  return t && !normSet(empty).has(norm(t)) ? t : '';
}

/**
 * The enum value shown for a labelled field: tries every place the label occurs (a menu item may carry the same
 * words) and, for each, the value slot and then what follows the label's container (a card header with the value
 * in the card body).
 */
export function enumField<T extends string>(
  where: ParentNode | LabelIndex,
  label: LabelTable,
  values: Record<T, LabelTable>,
  lang: string | null,
  stop: readonly string[],
): { found: boolean; value: T | null } {
  const labels = labelElements(where, labelsForCached(label, lang));
  for (const el of labels) {
    const candidates: Element[] = [];
    const slot = fieldSlotOf(el, stop);
    if (slot?.value) candidates.push(slot.value);
    let node: Element | null = el;
    for (let depth = 0; depth < 3 && node; depth++) {
      for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) if (!candidates.includes(sib)) candidates.push(sib);
      node = node.parentElement;
      if (!node || node.tagName === 'BODY' || node.tagName === 'MAIN') break;
    }
    for (const c of candidates) {
      const v = matchEnum(c, values, lang);
      if (v) return { found: true, value: v };
    }
  }
  return { found: labels.length > 0, value: null };
}

/** Text of a labelled field, '' when the label is there but the value is empty, null when the label is not found. */
export function textField(where: ParentNode | LabelIndex, label: LabelTable, lang: string | null, stop: readonly string[], empty: readonly string[]): string | null {
  const slot = findFieldSlot(where, label, lang, stop);
  if (!slot) return null;
  return filledText(slot.value, empty);
}

/** `{ field: filled? }` for each field whose label is on the page; null when none is. */
export function detailsFields(
  where: ParentNode | LabelIndex,
  fields: Record<string, LabelTable>,
  lang: string | null,
  stop: readonly string[],
  empty: readonly string[],
): Record<string, boolean> | null {
  const out: Record<string, boolean> = {};
  let any = false;
  for (const [key, table] of Object.entries(fields)) {
    const slot = findFieldSlot(where, table, lang, stop);
    if (!slot) continue;
    any = true;
    out[key] = filledText(slot.value, empty) !== '';
  }
  return any ? out : null;
}

const ID_RUN = /(?<!\d)(\d{6,25})(?!\d)/;

/** A numeric account id in a text ("ID: 7089362853240553474"); null when there is none. */
export function idIn(s: string): string | null {
  return ID_RUN.exec(s)?.[1] ?? null;
}

let currencyCodes: Set<string> | null = null;
function knownCurrency(code: string): boolean {
  if (currencyCodes === null) {
    try {
      const fn = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf;
      currencyCodes = new Set(fn ? fn('currency') : []);
    } catch {
      currencyCodes = new Set();
    }
  }
  return currencyCodes.size === 0 ? /^[A-Z]{3}$/.test(code) : currencyCodes.has(code);
}

/** ISO 4217 code shown in a currency field ("USD", "US Dollar (USD)", "IDR - Rupiah"); null when none. */
export function currencyIn(s: string): string | null {
  const codes = s.match(/(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/g) ?? [];
  return codes.find(knownCurrency) ?? null;
}

/** A count as pages print it: "200", "1,000", "1.000", "1 000". */
export function parseCount(s: string): number | null {
  const t = s.trim().replace(/[.,'\s\u00a0\u202f]+$/, '');
  if (!/^\d{1,3}(?:[.,'\s\u00a0\u202f]\d{3})*$|^\d+$/.test(t)) return null;
  const n = Number(t.replace(/\D/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}
