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

/** Every label of a table, all languages (for "is this any known label?" checks and cheap `ready()` probes). */
export function allLabels(table: LabelTable): string[] {
  return Object.values(table).flatMap((v) => [...(v ?? [])]);
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
        const opt = sel.selectedOptions?.[0] ?? null;
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

function isDecorative(el: Element): boolean {
  if (text(el) || el.querySelector(CONTROL) || el.matches(CONTROL)) return false;
  const tag = el.tagName;
  if (tag === 'I' || tag === 'SVG' || tag === 'svg' || tag === 'IMG' || tag === 'BR' || tag === 'HR') return true;
  return DECORATIVE.test(el.getAttribute('class') ?? '');
}

/** Where a field is: the label element found and its value element (null = the field is there but empty). */
export interface FieldSlot {
  label: Element;
  value: Element | null;
}

function slotNear(labelEl: Element, stopLabels: readonly string[]): FieldSlot | null {
  const forId = labelEl.getAttribute('for');
  if (forId) {
    const target = labelEl.ownerDocument.getElementById(forId);
    if (target) return { label: labelEl, value: target };
  }
  if (labelEl.tagName === 'TH' || labelEl.getAttribute('role') === 'columnheader') return null;
  let node: Element | null = labelEl;
  for (let depth = 0; depth < 4 && node; depth++) {
    let sib = node.nextElementSibling;
    while (sib && isDecorative(sib)) sib = sib.nextElementSibling;
    if (sib) {
      // The next thing is another field's label: this field has no value element.
      const t = text(sib);
      if (t && t.length <= 80 && stopLabels.length && labelMatches(t, stopLabels)) return { label: labelEl, value: null };
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
export function findFieldSlot(root: ParentNode, table: LabelTable, lang: string | null, stopLabels: readonly string[] = []): FieldSlot | null {
  let first: FieldSlot | null = null;
  for (const el of findLabelElements(root, labelsFor(table, lang))) {
    const slot = slotNear(el, stopLabels);
    if (!slot) continue;
    if (slot.value && valueText(slot.value)) return slot;
    first ??= slot;
  }
  return first;
}

const PART_SEP = /\s*[,;·|、，]\s*/;

function enumTester<T extends string>(tables: Record<T, LabelTable>, lang: string | null): (s: string) => T | null {
  const entries = (Object.entries(tables) as [T, LabelTable][]).map(([k, t]) => [k, new Set(labelsFor(t, lang).map(norm))] as const);
  return (s: string) => {
    const n = norm(s);
    if (!n || n.length > 120) return null;
    for (const [k, set] of entries) if (set.has(n)) return k;
    return null;
  };
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

/**
 * Which enum value an element shows: its own text, any descendant's text, or a comma/dot separated part of them,
 * equal (after `norm`) to a label of one value's table. Declared language first; first hit in document order.
 */
export function matchEnum<T extends string>(el: Element, tables: Record<T, LabelTable>, lang: string | null): T | null {
  return matchEnums(el, tables, lang)[0] ?? null;
}

/** Every enum value an element shows, in document order (used where a cell lists several roles). */
export function matchEnums<T extends string>(el: Element, tables: Record<T, LabelTable>, lang: string | null): T[] {
  const test = enumTester(tables, lang);
  const out: T[] = [];
  const add = (v: T | null) => {
    if (v && !out.includes(v)) out.push(v);
  };
  const texts = [el, ...Array.from(el.querySelectorAll('*'))].map((c) => text(c)).filter((t) => t && t.length <= 160);
  for (const t of texts) add(test(t));
  for (const t of texts) if (PART_SEP.test(t)) for (const p of t.split(PART_SEP)) add(test(p));
  return out;
}

/** Column index whose header matches exactly, else whose header starts with a label (sort arrows, "ⓘ"), or -1. */
export function columnIndexLoose(headers: string[], table: LabelTable, lang: string | null): number {
  const exact = columnIndex(headers, table, lang);
  if (exact >= 0) return exact;
  const labels = labelsFor(table, lang).map(norm).filter((l) => l.length >= 2);
  return headers.findIndex((h) => {
    const n = norm(h);
    return labels.some((l) => n.startsWith(l + ' ') || n.startsWith(l + '('));
  });
}

/** Per-language count of tables with at least one label present on the page (for choosing the reading language). */
export function tableLangScores(root: ParentNode, tables: readonly LabelTable[]): Map<ReaderLang, number> {
  const scores = new Map<ReaderLang, number>();
  const seen = new Set(
    Array.from(root.querySelectorAll(LABEL_CANDIDATES))
      .map((e) => text(e))
      .filter((t) => t && t.length <= 80)
      .map(norm),
  );
  for (const table of tables) {
    for (const [lang, labels] of Object.entries(table) as [ReaderLang, readonly string[]][]) {
      if (labels.some((l) => seen.has(norm(l)))) scores.set(lang, (scores.get(lang) ?? 0) + 1);
    }
  }
  return scores;
}
