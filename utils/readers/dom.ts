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

export function labelMatches(candidate: string, labels: readonly string[]): boolean {
  const c = norm(candidate);
  return c.length > 0 && labels.some((l) => c === norm(l));
}
