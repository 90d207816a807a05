/**
 * Seller Center readers (DESIGN §3 seller.*; domain/tiktok-reference.md §1.3, §3.3, §3.4).
 *
 * Every seller page carries the Arco left menu: each reader reports `seller.adsEntry` from it, found by the
 * LINK TARGET of the entry (`/ads-creation/…`) inside the menu structure, in any language. Page content is
 * found by label tables (./labels/seller.ts) plus structure (Arco steps, tables, alerts, tags), never by one
 * selector and never by English alone. A field that cannot be found is `unreadable`, never guessed.
 *
 * Pure over a Document: no extension APIs, never throws on odd markup (the registry's safeRead is the last net).
 */
import type { Campaign, FactKey, FactValues, OnboardingTasks, ReadResult, SellerErrorBanner, SellerRole, SellerSetupSteps, StepState } from '../facts/types';
import type { PageId } from '../pages/routes';
import { labelMatches, norm, text } from './dom';
import { columnIndex, labelsFor, readTable, type LabelTable } from './find';
import { evidence, labelLang, matchIn, readCampaignTables, tagTexts, type CampaignCtx, type CampaignLabels } from './campaigns-shared';
import { declaredLang, isReaderLang, type ReaderLang } from './lang';
import type { Reader, ReaderContext } from './types';
import {
  ADS_ENTRY_PATHS,
  ADS_KPI,
  AD_ACCOUNT_LABEL,
  BANNER_PHRASES,
  BID_STRATEGIES,
  BUDGET_PERIOD,
  CAMPAIGN_COLUMNS,
  CAMPAIGN_KINDS,
  CAMPAIGN_STATUSES,
  CREATE_CAMPAIGN,
  HOST_REGION,
  MENU_ADS,
  MENU_COMMON,
  ONBOARDING_KEYWORDS,
  ONBOARDING_TASKS,
  RANGE_SEPARATORS,
  REGION_CURRENCY,
  SCHEDULE_OPEN_END,
  SELLER_ROLES,
  SETUP_KEYWORDS,
  SETUP_STEPS,
  STATE_DONE,
  STATE_TODO,
  USERS_ROLE_COLUMN,
  USERS_YOU_MARK,
} from './labels/seller';

/* ───────────────────────────── shared state of one read ───────────────────────────────────────────────── */

interface Scan {
  doc: Document;
  url: URL;
  /** Declared language (URL `lang=`, then `<html lang>`), when it is one we have tables for. */
  lang: ReaderLang | null;
  declared: string | null;
  now: number;
  menu: Element | null;
  /** Label hits per language: which table the page actually speaks. */
  hits: Map<ReaderLang, number>;
  /** Short texts of the page content (outside the menu) → the innermost elements showing them; built once. */
  index: Map<string, Element[]> | null;
}

/** Languages the seller tables cover (a page in another language, with nothing recognised, is not read). */
const COVERED: ReadonlySet<string> = new Set(Object.keys(SELLER_ROLES.owner));

function hit(scan: Scan, lang: ReaderLang | null): void {
  if (lang) scan.hits.set(lang, (scan.hits.get(lang) ?? 0) + 1);
}

/** Folding for "contains" comparisons: norm() plus typographic quotes and brackets unified. */
function fold(s: string): string {
  return norm(s.replace(/[’‘`´]/g, "'").replace(/[（]/g, '(').replace(/[）]/g, ')'));
}

function inMenu(scan: Scan, el: Element): boolean {
  return !!scan.menu && scan.menu.contains(el);
}

const MAX_LABEL = 80;

/**
 * One pass over the text nodes of the content: each element that directly holds text (the innermost carrier of
 * a label) is indexed by its folded text when short. Linear in the page size, whatever the number of tables.
 */
function labelIndex(scan: Scan): Map<string, Element[]> {
  if (scan.index) return scan.index;
  const index = new Map<string, Element[]>();
  const seen = new Set<Element>();
  const body = scan.doc.body;
  if (body) {
    const walker = scan.doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const p = n.parentElement;
      if (!p || seen.has(p) || !(n.nodeValue ?? '').trim()) continue;
      seen.add(p);
      if (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|TEXTAREA)$/.test(p.tagName) || inMenu(scan, p)) continue;
      const t = text(p);
      if (!t || t.length > MAX_LABEL) continue;
      const k = norm(t);
      const list = index.get(k);
      if (list) list.push(p);
      else index.set(k, [p]);
    }
  }
  scan.index = index;
  return index;
}

/** Elements of the content (outside the menu) showing a label of `table`: page language first, then the others. */
function contentLabels(scan: Scan, table: LabelTable): Element[] {
  const index = labelIndex(scan);
  const out: Element[] = [];
  for (const l of labelsFor(table, scan.lang ?? scan.declared)) for (const el of index.get(norm(l)) ?? []) if (!out.includes(el)) out.push(el);
  return out;
}

/* ───────────────────────────── the left menu → seller.adsEntry ───────────────────────────────────────── */

/** Arco class in both prefixes the Seller Center uses (`arco-x` and the themed `theme-arco-x`). */
function arco(...names: string[]): string {
  return names.flatMap((n) => [`.arco-${n}`, `.theme-arco-${n}`]).join(', ');
}
/** Same, for class-attribute regexes: `(^|\s)(theme-)?arco-<rest>`. */
const ARCO = '(?:^|\\s)(?:theme-)?arco-';

const MENU_SELECTORS = [
  '.p-menu', // [C-code] div.p-menu-inline … div.p-menu-item-title-txt (§1.3)
  '[role="menu"]',
  arco('menu'),
  '.p-menu-inline',
  'nav',
  '[role="navigation"]',
  'aside',
];
/** Menu-like ancestors a found menu is widened to (inline groups belong to one menu). */
const MENU_ROOT = `.p-menu, [role="menu"], ${arco('menu')}, .p-menu-inline`;
const MENU_ITEM = `.p-menu-item, .p-menu-item-title-txt, ${arco('menu-item')}, [role="menuitem"], li, a[href]`;
const LINK_ATTRS = ['href', 'data-href', 'data-path', 'data-url', 'data-route'];

function linkPath(el: Element, base: URL): string | null {
  for (const attr of LINK_ATTRS) {
    const v = el.getAttribute(attr);
    if (!v || v.startsWith('#') || /^(javascript|mailto|tel):/i.test(v.trim())) continue;
    try {
      const u = new URL(v, base);
      if (u.hostname !== base.hostname) continue;
      return u.pathname;
    } catch {
      /* not a URL */
    }
  }
  return null;
}

/** The Seller Center left menu: the first menu-like container that holds several items. */
export function findSellerMenu(doc: Document): Element | null {
  for (const sel of MENU_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      if (el.closest('adready-overlay')) continue;
      if (el.querySelectorAll(MENU_ITEM).length >= 2) {
        // The outermost menu-like container (inline sub-menus belong to one menu).
        let top = el;
        for (let p = el.parentElement; p; p = p.parentElement) if (p.matches(MENU_ROOT)) top = p;
        return top;
      }
    }
  }
  return null;
}

function isAdsPath(path: string): boolean {
  const p = path.endsWith('/') ? path : `${path}/`;
  return ADS_ENTRY_PATHS.some((prefix) => p.startsWith(prefix));
}

/** A sub-menu whose children are not rendered (collapsed Arco group): its content cannot be told. */
function hasUnrenderedSubmenu(menu: Element): boolean {
  const ITEMS = `a[href], [data-href], [data-path], .p-menu-item, ${arco('menu-item')}`;
  for (const group of Array.from(menu.querySelectorAll(`.p-menu-inline, ${arco('menu-inline')}`))) {
    if (group.querySelectorAll(ITEMS).length === 0) return true; // a group header with nothing under it
  }
  for (const head of Array.from(menu.querySelectorAll('[aria-expanded="false"]'))) {
    const sub = head.nextElementSibling;
    const controls = head.getAttribute('aria-controls');
    const target = controls ? menu.ownerDocument.getElementById(controls) : sub;
    if (!target || target.querySelectorAll(`a[href], [data-href], [data-path], .p-menu-item, ${arco('menu-item')}`).length === 0) return true;
  }
  return false;
}

/**
 * true/false when the menu shows / does not show the Ads entry, null when the menu is not there or cannot tell.
 * Link targets decide; item text (label table, every language) only for a menu that has no link targets.
 */
export function readAdsEntry(scan: Scan): boolean | null {
  const menu = scan.menu;
  if (!menu) return null;
  const linked = Array.from(menu.querySelectorAll(LINK_ATTRS.map((a) => `[${a}]`).join(',')))
    .map((el) => linkPath(el, scan.url))
    .filter((p): p is string => p !== null);
  if (linked.length >= 2) {
    if (linked.some(isAdsPath)) return true;
    return hasUnrenderedSubmenu(menu) ? null : false;
  }
  // No link targets: item titles in any language.
  const titles = Array.from(menu.querySelectorAll(`.p-menu-item-title-txt, ${arco('menu-item')}, [role="menuitem"], li`))
    .map((el) => text(el))
    .filter((t) => t && t.length <= 40);
  if (titles.some((t) => labelMatches(t, labelsFor(MENU_ADS, scan.lang)))) return true;
  const known = titles.some((t) => labelLang(t, MENU_COMMON, scan.lang) !== null);
  return known && !hasUnrenderedSubmenu(menu) ? false : null;
}

/* ───────────────────────────── step / task state (set-up steps, onboarding tasks) ────────────────────── */

const DONE_CLASS = /(^|[\s_-])(arco-steps-item-finish|finish(ed)?|done|complete(d)?|success|checked|is-done)($|[\s_-])/i;
const TODO_CLASS = /(^|[\s-])(arco-steps-item-(process|wait|error)|is-(todo|pending|wait))($|\s)/i;
const ACTION = `button, [role="button"], ${arco('btn')}, a[href]`;

/** Containers that are one step / task (list item, Arco step, card, an element carrying its state). */
const ITEM_STRONG = `li, ${arco('steps-item', 'card', 'list-item')}, [data-state], [data-status]`;
/** Probably one step / task, by class name. */
const ITEM_WEAK = '[class*="step"], [class*="task"], [class*="item"], [class*="card"]';

/**
 * The block that holds one title and nothing of its siblings': climbing from the title while no other title is
 * inside, the nearest strong item container (list item, Arco step, card …), else the highest class-named item,
 * else the highest ancestor (≤ 3 levels).
 */
function itemOf(title: Element, others: readonly Element[]): Element {
  const holdsOther = (p: Element) => others.some((o) => o !== title && !title.contains(o) && p.contains(o));
  let weak: Element | null = null;
  let node: Element | null = title.parentElement;
  for (let depth = 0; node && depth < 6 && node !== title.ownerDocument.body; depth++, node = node.parentElement) {
    if (holdsOther(node) || node.matches(`${arco('steps')}, ul, ol, table`)) break;
    if (node.matches(ITEM_STRONG)) return node;
    if (node.matches(ITEM_WEAK)) weak = node;
  }
  if (weak) return weak;
  let item = title;
  for (let depth = 0; depth < 3; depth++) {
    const p = item.parentElement;
    if (!p || p === title.ownerDocument.body || holdsOther(p)) break;
    item = p;
  }
  return item;
}

function classState(el: Element): StepState | null {
  const attr = (el.getAttribute('data-state') ?? el.getAttribute('data-status') ?? '').toLowerCase();
  if (/^(done|finish(ed)?|complete(d)?|success)$/.test(attr)) return 'done';
  if (/^(todo|pending|wait(ing)?|process|incomplete|error)$/.test(attr)) return 'todo';
  const cls = el.getAttribute('class') ?? '';
  if (TODO_CLASS.test(cls)) return 'todo';
  if (DONE_CLASS.test(cls)) return 'done';
  return null;
}

function stepState(scan: Scan, item: Element, title: Element): StepState | null {
  // 1. what the item says (status text / tag), in any language
  for (const el of [item, ...Array.from(item.querySelectorAll('*'))]) {
    if (el === title || title.contains(el) || el.contains(title)) continue;
    const t = text(el);
    if (!t || t.length > 40) continue;
    if (labelLang(t, STATE_DONE, scan.lang)) {
      hit(scan, evidence(t, STATE_DONE, scan.lang));
      return 'done';
    }
    if (labelLang(t, STATE_TODO, scan.lang)) {
      hit(scan, evidence(t, STATE_TODO, scan.lang));
      return 'todo';
    }
  }
  // 2. structure: Arco steps / state classes / data-state on the item or inside it
  for (const el of [item, ...Array.from(item.querySelectorAll('[class], [data-state], [data-status]'))]) {
    const s = classState(el);
    if (s) return s;
  }
  const box = item.querySelector('input[type="checkbox"]') as HTMLInputElement | null;
  if (box) return box.checked ? 'done' : 'todo';
  // 3. an action to take and nothing saying it is done
  if (item.querySelector(ACTION) || item.matches(ACTION)) return 'todo';
  return null;
}

/** Reads a group of steps: key → state, only for titles found. */
function readSteps<K extends string>(scan: Scan, tables: Record<K, LabelTable>): Partial<Record<K, StepState>> {
  const titles = new Map<K, Element>();
  for (const key of Object.keys(tables) as K[]) {
    const el = contentLabels(scan, tables[key])[0];
    if (el) {
      titles.set(key, el);
      hit(scan, evidence(text(el), tables[key], scan.lang));
    }
  }
  const all = [...titles.values()];
  const out: Partial<Record<K, StepState>> = {};
  for (const [key, title] of titles) {
    const s = stepState(scan, itemOf(title, all), title);
    if (s) out[key] = s;
  }
  return out;
}

/* ───────────────────────────── task groups (onboarding tasks, set-up steps laid out together) ─────────── */

/**
 * Steps and tasks come as a GROUP: an Arco steps bar (`arco-steps-item` with the state classes `-finish`,
 * `-process`, `-wait`, `-error`), the rows of a table, the items of a list, or sibling cards / task blocks. Each
 * item is matched to a key by its title: exactly by the label table (any language), else by the key's keywords
 * (table of word stems per language, "contains" after folding; longest keyword first, so the Thai "คลังสินค้า"
 * (warehouse) takes its span before "สินค้า" (product), and only an item naming exactly ONE key counts). A group counts when it names two
 * or more keys and most of its items are steps (a list of news links naming "product" and "bank" does not), or
 * when an item's title is an exact label.
 */
const STEPS = arco('steps');
const STEPS_ITEM = arco('steps-item');
const TITLE_SEL = `${arco('steps-item-title', 'list-item-meta-title', 'card-header-title')}, [class*="title"], [class*="name"], [class*="label"], h3, h4, h5, h6, strong, b, dt, label`;
const GROUP_ITEM = `[class*="task"], [class*="step"], [class*="todo"], [class*="checklist"], ${arco('card', 'list-item')}, [class*="card"], [data-state], [data-status]`;
const BUTTONISH = `button, [role="button"], ${arco('btn')}`;

interface Group {
  items: Element[];
  steps: boolean;
}

const MAX_GROUP = 30;

function isContent(scan: Scan, el: Element): boolean {
  return !inMenu(scan, el) && !el.closest('adready-overlay, header, [role="dialog"]');
}

function taskGroups(scan: Scan): Group[] {
  const doc = scan.doc;
  const groups: Group[] = [];
  for (const steps of Array.from(doc.querySelectorAll(STEPS))) {
    if (!isContent(scan, steps)) continue;
    const items = Array.from(steps.querySelectorAll(STEPS_ITEM)).filter((i) => i.parentElement?.closest(STEPS) === steps && !i.parentElement?.closest(STEPS_ITEM));
    if (items.length) groups.push({ items, steps: true });
  }
  for (const t of dataTables(scan)) {
    const rows: Element[] = readTable(t).rows.map((cells) => cells[0]?.parentElement).filter((r): r is HTMLElement => !!r);
    if (rows.length) groups.push({ items: rows, steps: false });
  }
  for (const list of Array.from(doc.querySelectorAll('ul, ol'))) {
    if (!isContent(scan, list) || list.closest(STEPS)) continue;
    const items = Array.from(list.children).filter((c) => c.tagName === 'LI');
    if (items.length) groups.push({ items, steps: false });
  }
  // Sibling task blocks / cards: a parent whose element children (two or more) are step-like blocks.
  const seen = new Set<Element>();
  for (const el of Array.from(doc.querySelectorAll(GROUP_ITEM))) {
    const parent = el.parentElement;
    if (!parent || seen.has(parent) || !isContent(scan, parent) || el.matches(`li, tr, ${STEPS_ITEM}`) || parent.closest(STEPS)) continue;
    seen.add(parent);
    const items = Array.from(parent.children).filter((c) => c.matches(GROUP_ITEM) && text(c));
    if (items.length >= 2) groups.push({ items, steps: false });
  }
  return groups;
}

/** Folded keywords of a keyword table: key, language (null when several languages share it), keyword. */
const keywordLists = new WeakMap<object, { key: string; lang: ReaderLang | null; kw: string }[]>();
function keywordList(keywords: Record<string, LabelTable>): { key: string; lang: ReaderLang | null; kw: string }[] {
  let list = keywordLists.get(keywords);
  if (!list) {
    list = [];
    for (const [key, table] of Object.entries(keywords)) {
      for (const [lang, words] of Object.entries(table) as [ReaderLang, readonly string[]][]) {
        for (const w of words) {
          const kw = fold(w);
          if (!kw) continue;
          // A keyword several languages share ("Business Center") is no evidence of the page's language.
          const shared = Object.entries(table).some(([l, ws]) => l !== lang && (ws ?? []).some((x) => fold(x) === kw));
          list.push({ key, lang: shared ? null : lang, kw });
        }
      }
    }
    list.sort((a, b) => b.kw.length - a.kw.length);
    keywordLists.set(keywords, list);
  }
  return list;
}

/** Keyword hits of a text: the keys whose keywords it contains once longer keywords have taken their span. */
function keywordKeys<K extends string>(t: string, keywords: Record<K, LabelTable>): { keys: Set<K>; lang: ReaderLang | null } {
  const f = fold(t);
  const taken: boolean[] = new Array(f.length).fill(false);
  const keys = new Set<K>();
  let lang: ReaderLang | null = null;
  for (const { key, lang: l, kw } of keywordList(keywords)) {
    for (let i = f.indexOf(kw); i >= 0; i = f.indexOf(kw, i + 1)) {
      let free = true;
      for (let j = i; j < i + kw.length; j++) if (taken[j]) free = false;
      if (!free) continue;
      for (let j = i; j < i + kw.length; j++) taken[j] = true;
      keys.add(key as K);
      lang ??= l;
    }
  }
  return { keys, lang };
}

/** Short texts of an item (titles first), without buttons: the candidates for its title. */
function itemTexts(item: Element): Element[] {
  const titled = Array.from(item.querySelectorAll(TITLE_SEL)).filter((e) => text(e) && !e.closest(BUTTONISH));
  const leaves = Array.from(item.querySelectorAll('*')).filter(
    (e) => !e.closest(BUTTONISH) && Array.from(e.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== ''),
  );
  const own = Array.from(item.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '') ? [item] : [];
  return [...new Set([...titled, ...leaves, ...own])].filter((e) => text(e).length <= MAX_LABEL);
}

interface ItemMatch<K> {
  key: K;
  title: Element;
  exact: boolean;
}

function matchItem<K extends string>(scan: Scan, item: Element, tables: Record<K, LabelTable>, keywords: Record<K, LabelTable>): ItemMatch<K> | null {
  const texts = itemTexts(item);
  for (const el of texts) {
    const t = text(el);
    if (labelLang(t, STATE_DONE, scan.lang) || labelLang(t, STATE_TODO, scan.lang)) continue;
    for (const key of Object.keys(tables) as K[]) {
      if (labelLang(t, tables[key], scan.lang)) {
        hit(scan, evidence(t, tables[key], scan.lang));
        return { key, title: el, exact: true };
      }
    }
  }
  const titles = texts.filter((e) => e.matches(TITLE_SEL) || e.matches('td, [role="cell"]') || e === texts[0]);
  for (const el of titles.length ? titles : texts) {
    const t = text(el);
    if (labelLang(t, STATE_DONE, scan.lang) || labelLang(t, STATE_TODO, scan.lang)) continue;
    const { keys, lang } = keywordKeys(t, keywords);
    if (keys.size === 1) {
      hit(scan, lang);
      return { key: [...keys][0]!, title: el, exact: false };
    }
    if (keys.size > 1) return null; // names several steps: not one of them
  }
  return null;
}

/** State of one item of a group: an Arco step's own state class first, then what the item says. */
function groupItemState(scan: Scan, item: Element, title: Element, steps: boolean): { state: StepState | null; strong: boolean } {
  if (steps) {
    const s = classState(item);
    if (s) return { state: s, strong: true };
  }
  const s = stepState(scan, item, title);
  // "An action to take" alone is a weak signal; so is nothing.
  const weak = s === 'todo' && !stateSignal(scan, item, title);
  return { state: s, strong: s !== null && !weak };
}

/** The item shows its state by text, class, attribute or checkbox (not only by having a button). */
function stateSignal(scan: Scan, item: Element, title: Element): boolean {
  for (const el of [item, ...Array.from(item.querySelectorAll('*'))]) {
    if (el === title || title.contains(el) || el.contains(title)) continue;
    const t = text(el);
    if (t && t.length <= 40 && (labelLang(t, STATE_DONE, scan.lang) || labelLang(t, STATE_TODO, scan.lang))) return true;
    if (classState(el)) return true;
  }
  return !!item.querySelector('input[type="checkbox"]');
}

/** Steps read from groups (most keys first), then by label anywhere for keys no group showed. */
function readTaskGroups<K extends string>(scan: Scan, tables: Record<K, LabelTable>, keywords: Record<K, LabelTable>): Partial<Record<K, StepState>> {
  const found: { states: Partial<Record<K, StepState>>; n: number }[] = [];
  for (const g of taskGroups(scan)) {
    // Steps and tasks come in small groups; a long table or list is data (campaigns, orders), not a checklist.
    if (g.items.length > MAX_GROUP) continue;
    const states: Partial<Record<K, StepState>> = {};
    let keys = 0;
    let exactTitles = 0;
    for (const item of g.items) {
      const m = matchItem(scan, item, tables, keywords);
      if (!m || m.key in states) continue;
      const { state, strong } = groupItemState(scan, item, m.title, g.steps);
      if (!state || (!m.exact && !strong)) continue;
      states[m.key] = state;
      keys++;
      if (m.exact) exactTitles++;
    }
    const listLike = keys >= 2 && keys * 2 >= g.items.length;
    if (listLike || exactTitles > 0) found.push({ states, n: keys });
  }
  found.sort((a, b) => b.n - a.n);
  const out: Partial<Record<K, StepState>> = {};
  for (const f of found) for (const [k, v] of Object.entries(f.states) as [K, StepState][]) if (!(k in out)) out[k] = v;
  const rest = readSteps(scan, tables);
  for (const [k, v] of Object.entries(rest) as [K, StepState][]) if (!(k in out)) out[k] = v;
  return out;
}

/* ───────────────────────────── error banners ──────────────────────────────────────────────────────────── */

const ALERT_SELECTOR = `${arco('alert', 'message', 'notification', 'modal')}, [role="alert"], [role="dialog"]`;
const NOT_ERROR_CLASS = new RegExp(`${ARCO}(alert|message|notification)-(info|success|normal)(\\s|$)`);
const ERROR_CLASS = new RegExp(`${ARCO}(alert|message|notification)-(error|warning)(\\s|$)`);
const CHROME = `button, ${arco('alert-close-btn', 'alert-action', 'modal-footer')}, [class*="close"], svg, script, style`;

const BLOCK = /^(DIV|P|LI|UL|OL|H[1-6]|SECTION|HEADER|FOOTER|BR|TR|TD|TH|DT|DD)$/;

/** Text with a space between block elements (`<div>Title</div><div>Body</div>` → "Title Body"), folded. */
function blockText(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const block = BLOCK.test((n as Element).tagName);
      if (block) out += ' ';
      n.childNodes.forEach(walk);
      if (block) out += ' ';
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

/** Text of an alert without its buttons / close icon, verbatim (whitespace folded). */
function alertText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  clone.querySelectorAll(CHROME).forEach((c) => c.remove());
  const body = clone.querySelector(arco('alert-content-wrapper', 'alert-body', 'modal-content', 'message-content', 'notification-content')) ?? clone;
  return blockText(body);
}

/** Which error kind a banner text is (longest matching fragment wins), or null. */
export function bannerKind(t: string): { kind: Exclude<SellerErrorBanner['kind'], 'unknown'>; lang: ReaderLang } | null {
  const f = fold(t);
  let best: { kind: Exclude<SellerErrorBanner['kind'], 'unknown'>; lang: ReaderLang; len: number } | null = null;
  for (const [kind, table] of Object.entries(BANNER_PHRASES) as [Exclude<SellerErrorBanner['kind'], 'unknown'>, LabelTable][]) {
    for (const [lang, phrases] of Object.entries(table) as [ReaderLang, readonly string[]][]) {
      for (const p of phrases) {
        const fp = fold(p);
        if (fp && f.includes(fp) && (!best || fp.length > best.len)) best = { kind, lang, len: fp.length };
      }
    }
  }
  return best ? { kind: best.kind, lang: best.lang } : null;
}

/** The Shop Ads error banner on the page: the first error/warning alert (known kind, or 'unknown' verbatim). */
function readErrorBanner(scan: Scan): SellerErrorBanner | null {
  const found: SellerErrorBanner[] = [];
  const all = Array.from(scan.doc.querySelectorAll(ALERT_SELECTOR));
  for (const el of all) {
    if (inMenu(scan, el) || el.closest('adready-overlay')) continue;
    if (all.some((o) => o !== el && el.contains(o))) continue; // the innermost alert speaks (a modal holding an alert)
    const cls = el.getAttribute('class') ?? '';
    const t = alertText(el);
    if (!t) continue;
    const k = bannerKind(t);
    if (k) {
      hit(scan, k.lang);
      found.push({ kind: k.kind, text: t.slice(0, 500) });
      continue;
    }
    // Unrecognised: only real error / warning alerts count (not info tips, not ordinary dialogs).
    const isDialog = el.matches(`${arco('modal')}, [role="dialog"]`);
    const isError = ERROR_CLASS.test(cls) || (el.getAttribute('role') === 'alert' && !NOT_ERROR_CLASS.test(cls));
    if (!isDialog && isError && !NOT_ERROR_CLASS.test(cls)) found.push({ kind: 'unknown', text: t.slice(0, 500) });
  }
  return found.find((b) => b.kind !== 'unknown') ?? found[0] ?? null;
}

/* ───────────────────────────── tables ────────────────────────────────────────────────────────────────── */

function dataTables(scan: Scan): Element[] {
  const T = arco('table');
  const wrapped = Array.from(scan.doc.querySelectorAll(T)).filter((t) => !t.parentElement?.closest(T));
  const plain = Array.from(scan.doc.querySelectorAll('table, [role="table"], [role="grid"]')).filter((t) => !t.closest(T));
  return [...wrapped, ...plain].filter((t) => !inMenu(scan, t));
}

/* ───────────────────────────── campaigns ─────────────────────────────────────────────────────────────── */

function shopCurrency(scan: Scan): string | undefined {
  const region = scan.url.searchParams.get('shop_region')?.trim().toUpperCase() ?? HOST_REGION[scan.url.hostname];
  return region ? REGION_CURRENCY[region] : undefined;
}

/** Language for amounts and dates: the declared one we cover, else the one whose labels the page shows. */
function parseLang(scan: Scan): string | null {
  return scan.lang ?? tableLang(scan) ?? scan.declared;
}

/** The Shop Ads campaign table's wording (./labels/seller.ts), read by ./campaigns-shared.ts. */
const SELLER_CAMPAIGN_LABELS: CampaignLabels = {
  columns: CAMPAIGN_COLUMNS,
  statuses: CAMPAIGN_STATUSES,
  kinds: CAMPAIGN_KINDS,
  strategies: BID_STRATEGIES,
  period: BUDGET_PERIOD,
  separators: RANGE_SEPARATORS,
  openEnd: SCHEDULE_OPEN_END,
};

/** null when the page has no campaign table; [] for an empty one. */
function readCampaigns(scan: Scan): Campaign[] | null {
  const ctx: CampaignCtx = {
    lang: scan.lang,
    parseLang: () => parseLang(scan),
    currency: shopCurrency(scan),
    now: scan.now,
    hit: (l) => hit(scan, l),
  };
  return readCampaignTables(dataTables(scan), SELLER_CAMPAIGN_LABELS, ctx);
}

/* ───────────────────────────── ad account header ─────────────────────────────────────────────────────── */

const ID_RE = /(?<!\d)(\d{15,20})(?!\d)/;

function readAdAccountHeader(scan: Scan): { name?: string; id?: string } | null {
  for (const label of contentLabels(scan, AD_ACCOUNT_LABEL)) {
    // the value: the label's next sibling(s) with text, within its own block
    let value: Element | null = label.nextElementSibling;
    while (value && !text(value)) value = value.nextElementSibling;
    if (!value) {
      const parent = label.parentElement;
      value = parent?.nextElementSibling ?? null;
    }
    if (!value || !text(value)) continue;
    hit(scan, evidence(text(label), AD_ACCOUNT_LABEL, scan.lang));
    const full = text(value);
    const id = full.match(ID_RE)?.[1];
    const parts = Array.from(value.children).map((c) => text(c)).filter(Boolean);
    const name = (parts.find((p) => !ID_RE.test(p)) ?? full)
      .replace(/\(?\s*ID\s*[:：]?\s*\d{6,}\s*\)?/i, '')
      .replace(ID_RE, '')
      .replace(/[\s·|()（）]+$/g, '')
      .trim();
    if (!name && !id) continue;
    const out: { name?: string; id?: string } = {};
    if (name) out.name = name;
    if (id) out.id = id;
    return out;
  }
  return null;
}

function hasCreateCampaign(scan: Scan): boolean {
  const links = Array.from(scan.doc.querySelectorAll('a[href], [data-href]')).filter((a) => !inMenu(scan, a));
  if (links.some((a) => /\/ads-creation\/creation(\/|$|\?)/.test(linkPath(a, scan.url) ?? ''))) return true;
  const labels = contentLabels(scan, CREATE_CAMPAIGN).filter((el) => el.closest(ACTION));
  if (labels[0]) hit(scan, evidence(text(labels[0]), CREATE_CAMPAIGN, scan.lang));
  return labels.length > 0;
}

/* ───────────────────────────── users: the signed-in user's roles ─────────────────────────────────────── */

function isYouMark(scan: Scan, t: string): boolean {
  const l = labelLang(t, USERS_YOU_MARK, scan.lang);
  if (l) hit(scan, evidence(t, USERS_YOU_MARK, scan.lang));
  return !!l;
}

function rowIsYou(scan: Scan, cells: Element[]): boolean {
  const row = cells[0]?.parentElement;
  if (row && /(^|\s)(is-(self|current|me)|current-user)(\s|$)/.test(row.getAttribute('class') ?? '')) return true;
  if (row?.getAttribute('data-self') === 'true' || row?.getAttribute('aria-current') === 'true') return true;
  for (const c of cells) {
    for (const el of [c, ...Array.from(c.querySelectorAll('*'))]) {
      const t = text(el);
      if (!t || t.length > 30) continue;
      if (isYouMark(scan, t)) return true;
    }
    const m = fold(text(c)).match(/\(([^()]{1,24})\)\s*$/);
    if (m && isYouMark(scan, m[1]!)) return true;
  }
  return false;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const HAS_EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

function rolesIn(scan: Scan, cell: Element, strict: boolean): SellerRole[] {
  const tags = tagTexts(cell);
  const parts = tags.length ? tags : text(cell).split(/[,;、，/|\n]+/).map((s) => s.trim()).filter(Boolean);
  const out: SellerRole[] = [];
  for (const p of parts) {
    const r = matchIn(p, SELLER_ROLES, { lang: scan.lang, hit: (l) => hit(scan, l) });
    if (r) out.push(r);
    else if (!strict && !HAS_EMAIL.test(p)) out.push('other');
  }
  return [...new Set(out)];
}

function readRoles(scan: Scan): SellerRole[] | null {
  for (const tableEl of dataTables(scan)) {
    const { headers, rows } = readTable(tableEl);
    const iRole = columnIndex(headers, USERS_ROLE_COLUMN, scan.lang);
    if (iRole >= 0) hit(scan, evidence(headers[iRole] ?? '', USERS_ROLE_COLUMN, scan.lang));
    let mine = rows.filter((cells) => rowIsYou(scan, cells));
    if (mine.length === 0) {
      // The signed-in e-mail shown outside the table (header / avatar menu) names the row.
      const outside = new Set<string>();
      const walker = scan.doc.body ? Array.from(scan.doc.body.querySelectorAll('*')).filter((e) => !tableEl.contains(e) && e.children.length === 0) : [];
      for (const e of walker) for (const m of text(e).match(EMAIL) ?? []) outside.add(m.toLowerCase());
      const byMail = rows.filter((cells) => cells.some((c) => (text(c).match(EMAIL) ?? []).some((m) => outside.has(m.toLowerCase()))));
      if (byMail.length === 1) mine = byMail;
    }
    if (mine.length !== 1) continue;
    const cells = mine[0]!;
    const roleCell = iRole >= 0 ? cells[iRole] : undefined;
    const roles = roleCell ? rolesIn(scan, roleCell, false) : [...new Set(cells.flatMap((c) => rolesIn(scan, c, true)))];
    return roles.length ? roles : null;
  }
  return null;
}

/* ───────────────────────────── the readers ───────────────────────────────────────────────────────────── */

function startScan(doc: Document, ctx: ReaderContext): Scan {
  const declared = declaredLang(doc, ctx.url);
  return {
    doc,
    url: ctx.url,
    declared,
    lang: isReaderLang(declared) && COVERED.has(declared) ? declared : null,
    now: ctx.now,
    menu: findSellerMenu(doc),
    hits: new Map(),
    index: null,
  };
}

function tableLang(scan: Scan): ReaderLang | null {
  if (scan.lang && scan.hits.has(scan.lang)) return scan.lang;
  let best: ReaderLang | null = null;
  let n = 0;
  for (const [l, c] of scan.hits) if (c > n) [best, n] = [l, c];
  return best;
}

function finish(scan: Scan, page: PageId, facts: Partial<FactValues>, unreadable: FactKey[]): ReadResult {
  const lang = tableLang(scan);
  if (!lang && !scan.lang) {
    // A language we have no table for, and nothing on the page matched any table: read nothing.
    return { page, facts: {}, unreadable: [], lang: null, error: 'no-label-table' };
  }
  return { page, facts, unreadable: [...new Set(unreadable)], lang: lang ?? scan.lang };
}

function menuFacts(scan: Scan, facts: Partial<FactValues>, unreadable: FactKey[]): void {
  const ads = readAdsEntry(scan);
  if (ads === null) unreadable.push('seller.adsEntry');
  else facts['seller.adsEntry'] = ads;
}

const CONTENT_READY = `${arco('table', 'alert', 'steps', 'card', 'list', 'result', 'empty', 'descriptions', 'form')}, .overview-item, .pcm-smc, [role="alert"], [role="table"], [role="grid"], table, dl, form, h1, h2, h3`;
const LOADING = `${arco('skeleton', 'spin')}, [aria-busy="true"], [class*="skeleton"], adready-overlay, header, [role="dialog"]`;

/**
 * Content of the page has rendered: a content block (heading, table, steps, card, alert, form …) with text,
 * outside the menu, the header and any loading placeholder. Structure only, never labels: a page in a language
 * without a label table is ready (and then read as such) as soon as it has rendered.
 */
function contentReady(doc: Document): boolean {
  if (!doc.body) return false;
  const menu = findSellerMenu(doc);
  for (const el of Array.from(doc.body.querySelectorAll(CONTENT_READY))) {
    if (menu?.contains(el) || el.closest(LOADING) || !text(el)) continue;
    return true;
  }
  return false;
}

/** seller.ads / seller.ads-creation: set-up steps, error banner, ad account, campaigns. */
export const sellerAdsReader: Reader = {
  pages: ['seller.ads', 'seller.ads-creation'],
  ready: contentReady,
  read(doc, ctx) {
    const scan = startScan(doc, ctx);
    const facts: Partial<FactValues> = {};
    const unreadable: FactKey[] = [];
    menuFacts(scan, facts, unreadable);

    const banner = readErrorBanner(scan);
    if (ctx.match.page === 'seller.ads-creation') {
      facts['seller.errorBanner'] = banner;
      return finish(scan, ctx.match.page, facts, unreadable);
    }

    // KPI cards only confirm the language / that the dashboard rendered.
    for (const el of contentLabels(scan, ADS_KPI)) hit(scan, evidence(text(el), ADS_KPI, scan.lang));

    const steps: SellerSetupSteps = readTaskGroups(scan, SETUP_STEPS, SETUP_KEYWORDS);
    const create = hasCreateCampaign(scan);
    const stepCount = Object.keys(steps).length;
    if (stepCount > 0) facts['seller.setupSteps'] = steps;
    else if (create) facts['seller.setupSteps'] = { businessCenter: 'done', adAccount: 'done', tiktokAccount: 'done' };
    else unreadable.push('seller.setupSteps');
    const setup = facts['seller.setupSteps'];

    const header = readAdAccountHeader(scan);
    if (header) facts['seller.adAccount'] = header;
    else if (setup?.adAccount === 'todo') facts['seller.adAccount'] = null;
    else unreadable.push('seller.adAccount');

    if (banner?.kind === 'bc-bound-elsewhere') facts['seller.bcBinding'] = 'other';
    else if (setup?.businessCenter === 'done') facts['seller.bcBinding'] = 'own';
    else if (setup?.businessCenter === 'todo') facts['seller.bcBinding'] = 'none';

    const campaigns = readCampaigns(scan);
    if (campaigns) facts['seller.campaigns'] = campaigns;
    else if (create) unreadable.push('seller.campaigns');

    const recognised = scan.hits.size > 0 || banner !== null || campaigns !== null || stepCount > 0 || create || header !== null;
    if (recognised) facts['seller.errorBanner'] = banner;
    else unreadable.push('seller.errorBanner');
    return finish(scan, ctx.match.page, facts, unreadable);
  },
};

/** seller.users: the roles of the signed-in user (the row marked as "you"). */
export const sellerUsersReader: Reader = {
  pages: ['seller.users'],
  ready: contentReady,
  read(doc, ctx) {
    const scan = startScan(doc, ctx);
    const facts: Partial<FactValues> = {};
    const unreadable: FactKey[] = [];
    menuFacts(scan, facts, unreadable);
    const roles = readRoles(scan);
    if (roles) facts['seller.roles'] = roles;
    else unreadable.push('seller.roles');
    return finish(scan, ctx.match.page, facts, unreadable);
  },
};

/** seller.home / seller.onboarding: onboarding tasks and whether the shop can sell. */
export const sellerHomeReader: Reader = {
  pages: ['seller.home', 'seller.onboarding'],
  ready: contentReady,
  read(doc, ctx) {
    const scan = startScan(doc, ctx);
    const facts: Partial<FactValues> = {};
    const unreadable: FactKey[] = [];
    menuFacts(scan, facts, unreadable);
    const tasks: OnboardingTasks = readTaskGroups(scan, ONBOARDING_TASKS, ONBOARDING_KEYWORDS);
    const states = Object.values(tasks);
    const onboardingPage = ctx.match.page === 'seller.onboarding';
    if (states.length > 0) {
      facts['seller.onboarding'] = tasks;
      if (states.includes('todo')) facts['seller.canSell'] = false;
      else if (states.length === 4) facts['seller.canSell'] = true;
      else unreadable.push('seller.canSell');
    } else if (onboardingPage) {
      // The onboarding page should list the tasks; the home page of a shop that sells does not.
      unreadable.push('seller.onboarding', 'seller.canSell');
    }
    return finish(scan, ctx.match.page, facts, unreadable);
  },
};

export const sellerReaders: Reader[] = [sellerAdsReader, sellerUsersReader, sellerHomeReader];
