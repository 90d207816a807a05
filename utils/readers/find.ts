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
