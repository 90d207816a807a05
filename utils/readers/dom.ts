/** Small DOM helpers shared by readers (text only, never markup). */

/** Visible-ish text of an element, whitespace folded. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Lower-cased, accent-folded label for comparisons. */
export function norm(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[:：*]+\s*$/, '')
    .trim()
    .toLowerCase();
}

/** Normalised label sets, computed once per label array (label tables are module-level data). */
const labelSets = new WeakMap<readonly string[], Set<string>>();

function labelSet(labels: readonly string[]): Set<string> {
  let set = labelSets.get(labels);
  if (!set) {
    set = new Set(labels.map(norm));
    labelSets.set(labels, set);
  }
  return set;
}

export function labelMatches(candidate: string, labels: readonly string[]): boolean {
  const c = norm(candidate);
  return c.length > 0 && labelSet(labels).has(c);
}
