/**
 * Structure helpers shared by readers: whether a page's content has rendered (language-independent, so that a page
 * in a language without a label table is read at once instead of after the content script's timeout), whether a
 * page shows a label only one language uses, and the honest result for a page we cannot read.
 */
import type { ReadResult } from '../facts/types';
import { text } from './dom';
import { normSet, type LabelIndex, type LabelTable } from './find';

/** App chrome (menus, header, dialogs, our own overlay): not page content. */
export const CHROME = 'header, nav, aside, footer, [role="navigation"], [role="menu"], [role="menubar"], [role="banner"], [role="dialog"], adready-overlay';
/** Loading placeholders: skeletons, spinners, anything marked busy. */
const LOADING_CLASS = /(^|[\s_-])(skeleton|skel|loading|spinner|spin|shimmer)([\s_-]|$)/i;

export function isPlaceholder(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n.getAttribute('aria-busy') === 'true' || LOADING_CLASS.test(n.getAttribute('class') ?? '')) return true;
  }
  return false;
}

function hasOwnText(el: Element): boolean {
  return Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '');
}

/**
 * The page's content has rendered (language-independent, so that a page in a language without a label table is
 * read at once, not after the content script's timeout): outside the chrome and the loading placeholders there is
 * a labelled structure with text — a definition list, a form, a table or grid — or label/value rows (an element
 * whose element children show exactly two texts: "Account name | Lumen"): three of them, or two under a heading.
 */
export function contentRendered(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  const content = (el: Element) => !el.closest(CHROME) && !isPlaceholder(el) && text(el) !== '';
  for (const el of Array.from(body.querySelectorAll('dl, form, table, [role="table"], [role="grid"], [role="form"]'))) {
    if (el.matches('dl') && !el.querySelector('dt, dd')) continue;
    if (content(el)) return true;
  }
  let rows = 0;
  for (const el of Array.from(body.querySelectorAll('div, li, p, span, section, label'))) {
    if (hasOwnText(el)) continue;
    const texts = Array.from(el.children).filter((c) => {
      const t = text(c);
      return t !== '' && t.length <= 200;
    });
    if (texts.length !== 2 || !content(el)) continue;
    if (texts.some((c) => c.children.length > 0 && Array.from(c.children).filter((g) => text(g)).length > 1 && !hasOwnText(c))) continue;
    rows++;
    if (rows >= 3) return true;
  }
  if (rows >= 2) return Array.from(body.querySelectorAll('h1, h2, h3, [role="heading"]')).some(content);
  return false;
}

/**
 * Whether the page CONTENT shows a label that only ONE language of a table uses. Words every language shares
 * ("ID", "Status", "Admin", "Business Center") are on pages in any language, and the app chrome (menus, header)
 * may be in another language than the page: neither makes a page in a language without a label table readable.
 */
export function distinctLabelOnPage(ix: LabelIndex, tables: readonly LabelTable[]): boolean {
  for (const table of tables) {
    const perLang = Object.values(table).map((labels) => normSet(labels ?? []));
    for (let i = 0; i < perLang.length; i++) {
      for (const l of perLang[i]!) {
        const els = ix.texts.get(l);
        if (!els?.some((el) => !el.closest(CHROME))) continue;
        if (!perLang.some((other, j) => j !== i && other.has(l))) return true;
      }
    }
  }
  return false;
}

/** Result for a page whose language we cannot read: nothing, and say so. */
export function noTable(page: ReadResult['page']): ReadResult {
  return { page, facts: {}, unreadable: [], lang: null, error: 'no-label-table' };
}
