/**
 * Billing readers: Ads Manager Payment (`ads.payment`), Transactions (`ads.transactions`), Invoices
 * (`ads.invoices`) and Business Center Payment management (`bc.payment`).
 *
 * How they find things (see ./find.ts): label tables per language (./labels/billing.ts) plus structure; values
 * the page shows as words (billing options, statuses, funding types) go through per-language enum tables too.
 * The table is picked from what the page declares (URL `lang=`, then `<html lang>`), confirmed by the labels
 * actually found; a page mixing languages still reads because `labelsFor` falls back to every table.
 *
 * Honesty rules: a field the page should show but that cannot be read goes to `unreadable`; nothing is guessed;
 * a page in a language without a table where no label matches yields no facts and `error: 'no-label-table'`.
 * Card numbers: only brand, last four digits and expiry are ever read. Nothing here throws on odd content
 * (the registry's `safeRead` is a last resort, not a habit).
 */
import type {
  BillingOption,
  FactKey,
  FactValues,
  Funding,
  Invoice,
  Money,
  PaymentMethod,
  PaymentRecord,
  ReadResult,
} from '../facts/types';
import type { PageId } from '../pages/routes';
import { parseDate, parseMoney } from '../format';
import { norm, text } from './dom';
import { columnIndex, findField, findLabelElements, labelsFor, readTable, type LabelTable } from './find';
import { declaredLang, isReaderLang, type ReaderLang } from './lang';
import type { Reader, ReaderContext } from './types';
import * as B from './labels/billing';

// ───────────────────────────── small helpers ─────────────────────────────

type Facts = Partial<FactValues>;

// Label strings are a small, fixed set: normalise each list once (norm() is the hot spot of label matching).
const NORM_SETS = new Map<string, Set<string>>();
const PHRASE_RES = new Map<string, RegExp | null>();

function normSet(labels: readonly string[]): Set<string> {
  const key = labels.join('\u0001');
  let set = NORM_SETS.get(key);
  if (!set) NORM_SETS.set(key, (set = new Set(labels.map(norm).filter((l) => l.length > 0))));
  return set;
}

/**
 * Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar): a phrase in them sits
 * inside a run of letters ("此账户由商务中心管理"), so it is matched as a substring, not as whole words.
 */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * One regex matching any of the phrases in normalised text (cached per list): as whole words (Unicode), or, for a
 * phrase in a script without word spaces, anywhere.
 */
function phraseRe(phrases: readonly string[]): RegExp | null {
  const key = phrases.join('\u0001');
  if (!PHRASE_RES.has(key)) {
    const all = [...normSet(phrases)];
    const spaced = all.filter((p) => !UNSPACED_SCRIPT.test(p)).map(escapeRe);
    const unspaced = all.filter((p) => UNSPACED_SCRIPT.test(p)).map(escapeRe);
    const parts: string[] = [];
    if (spaced.length) parts.push(`(?:^|[^\\p{L}\\p{N}])(?:${spaced.join('|')})(?:$|[^\\p{L}\\p{N}])`);
    if (unspaced.length) parts.push(`(?:${unspaced.join('|')})`);
    PHRASE_RES.set(key, parts.length ? new RegExp(parts.join('|'), 'u') : null);
  }
  return PHRASE_RES.get(key) ?? null;
}

/** Elements that may carry a label or a short value. */
const TEXT_CANDIDATES = 'label, dt, dd, th, td, span, div, p, h1, h2, h3, h4, h5, h6, strong, b, em, li, legend, button, a, [role="button"], [role="columnheader"], [role="cell"]';

/** Normalised short texts on the page (one pass; used for language scoring and readiness). */
function pageTexts(root: ParentNode): Set<string> {
  const out = new Set<string>();
  for (const el of Array.from(root.querySelectorAll(TEXT_CANDIDATES))) {
    const raw = el.textContent ?? '';
    if (raw.length > 2000) continue;
    const folded = raw.replace(/\s+/g, ' ').trim();
    if (!folded || folded.length > 80) continue;
    const n = norm(folded);
    if (n) out.add(n);
  }
  return out;
}

function langScores(texts: Set<string>, tables: readonly LabelTable[]): Map<ReaderLang, number> {
  const scores = new Map<ReaderLang, number>();
  for (const table of tables) {
    for (const [lang, labels] of Object.entries(table) as [ReaderLang, readonly string[]][]) {
      for (const l of normSet(labels)) {
        if (texts.has(l)) {
          scores.set(lang, (scores.get(lang) ?? 0) + 1);
          break;
        }
      }
    }
  }
  return scores;
}

interface LangPick {
  /** Table language used to read (null: nothing matched). */
  lang: ReaderLang | null;
  /** Declared language of the page (may be one without a table, e.g. `ko`). */
  declared: string | null;
  /** Normalised short texts on the page (to skip label searches for labels that are not there). */
  texts: Set<string>;
}

/**
 * The page's declared language when its table has labels on the page; otherwise the language whose labels match
 * most (a page that declares one language and shows another, or mixes them); null when nothing matches.
 */
export function pickLang(doc: Document, url: URL | undefined, tables: readonly LabelTable[]): LangPick {
  const declared = declaredLang(doc, url);
  const root = doc.body ?? doc;
  const texts = pageTexts(root);
  const scores = langScores(texts, tables);
  if (isReaderLang(declared) && (scores.get(declared) ?? 0) > 0) return { lang: declared, declared, texts };
  let best: ReaderLang | null = null;
  let bestScore = 0;
  for (const [l, s] of scores) if (s > bestScore) [best, bestScore] = [l, s];
  return { lang: best, declared, texts };
}

/** Readiness: labels of this page kind are on the page, or a rendered main area without loading markers. */
function contentReady(doc: Document, tables: readonly LabelTable[]): boolean {
  const body = doc.body;
  if (!body) return false;
  const texts = pageTexts(body);
  for (const table of tables) for (const labels of Object.values(table)) for (const l of normSet(labels ?? [])) if (texts.has(l)) return true;
  const main = body.querySelector('main, [role="main"], #root, #app') ?? body;
  if (main.querySelector('[aria-busy="true"], [class*="skeleton"], [class*="loading"]')) return false;
  return text(main).length > 80;
}

function leaves(root: Element): Element[] {
  return Array.from(root.querySelectorAll('*')).filter((e) => e.children.length === 0 && text(e));
}

/** `root` and its descendants, outermost first. */
function selfAndDescendants(root: Element): Element[] {
  return [root, ...Array.from(root.querySelectorAll('*'))];
}

function accessibleNames(el: Element): string[] {
  const out: string[] = [];
  for (const a of ['alt', 'aria-label', 'title']) {
    const v = el.getAttribute(a);
    if (v) out.push(v);
  }
  return out;
}

/**
 * Which enum value an element shows: its own text or a descendant's text equals one of the value's labels
 * (the page's language first, then every language).
 */
export function matchEnum<V extends string>(el: Element | null, table: B.EnumTable<V>, lang: string | null): V | null {
  if (!el) return null;
  const texts = selfAndDescendants(el)
    .flatMap((e) => [text(e), ...accessibleNames(e)])
    .filter((t) => t.length > 0 && t.length <= 80)
    .map(norm);
  const entries = (Object.entries(table) as [V, LabelTable][]).map(([value, labels]) => ({
    value,
    own: normSet((lang && labels[lang as ReaderLang]) || []),
    all: normSet(labelsFor(labels, lang)),
  }));
  for (const pass of ['own', 'all'] as const) {
    for (const t of texts) {
      for (const e of entries) if (e[pass].has(t)) return e.value;
    }
  }
  return null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word (Unicode) containment of any phrase, accent- and case-insensitive. */
function containsPhrase(haystack: string, phrases: readonly string[]): boolean {
  const re = phraseRe(phrases);
  return !!re && re.test(norm(haystack));
}

/** Elements whose whole text is one of `labels`, including buttons and links (which findLabelElements skips). */
function findExact(root: ParentNode, labels: readonly string[]): Element[] {
  const want = normSet(labels);
  return Array.from(root.querySelectorAll('button, a, [role="button"], span, div, p, strong, b, li, label, td')).filter((el) => {
    const t = el.textContent ?? '';
    if (t.length > 80 || !want.has(norm(t))) return false;
    return !Array.from(el.children).some((c) => want.has(norm(c.textContent ?? '')));
  });
}

const NORM_ONE = new Map<string, string>();
function normLabel(l: string): string {
  let n = NORM_ONE.get(l);
  if (n === undefined) NORM_ONE.set(l, (n = norm(l)));
  return n;
}

/**
 * The table cut down to the labels that are on the page (by the page's text index), or null when none is: the
 * shared `findField` then compares each element with a handful of labels instead of every language's.
 */
function presentLabels(table: LabelTable, texts: Set<string> | undefined): LabelTable | null {
  if (!texts) return table;
  const out: LabelTable = {};
  let any = false;
  for (const [l, labels] of Object.entries(table) as [ReaderLang, readonly string[]][]) {
    const keep = labels.filter((x) => texts.has(normLabel(x)));
    if (keep.length) {
      out[l] = keep;
      any = true;
    }
  }
  return any ? out : null;
}

/**
 * Text of a labelled field: the value next to the label (findField), or an inline "Label: value" in one element.
 */
function fieldText(root: ParentNode, table: LabelTable, lang: string | null, texts?: Set<string>): string | null {
  const narrowed = presentLabels(table, texts);
  const v = narrowed ? findField(root, narrowed, lang) : null;
  if (v) return text(v);
  const labels = normSet(labelsFor(table, lang));
  const all = Array.from(root.querySelectorAll('*'));
  const scope = (root as Node).nodeType === 1 ? [root as Element, ...all] : all;
  for (const el of scope) {
    if (el.children.length > 0) continue;
    const t = text(el);
    const i = t.search(/[:：]/);
    if (i <= 0 || t.length > 120) continue;
    if (labels.has(norm(t.slice(0, i)))) {
      const rest = t.slice(i + 1).trim();
      if (rest) return rest;
    }
  }
  return null;
}

function fieldElement(root: ParentNode, table: LabelTable, lang: string | null, texts?: Set<string>): Element | null {
  const narrowed = presentLabels(table, texts);
  return narrowed ? findField(root, narrowed, lang) : null;
}

/** Empty-looking cells: "-", "—", "N/A", "--". */
function isDash(s: string): boolean {
  return /^[\s\-–—/]*$|^n\/?a$/i.test(s.trim());
}

function moneyOf(s: string | null | undefined, lang: string | null, currency?: string): Money | null {
  if (!s || isDash(s)) return null;
  try {
    const r = parseMoney(s, { lang: lang ?? 'en', ...(currency ? { currency } : {}) });
    return r.ok ? { amount: r.value.amount, currency: r.value.currency } : null;
  } catch {
    return null;
  }
}

/** Money shown in an element: its whole text, else the first leaf that parses. */
function moneyIn(el: Element | null, lang: string | null, currency?: string): Money | null {
  if (!el) return null;
  const whole = moneyOf(text(el), lang, currency);
  if (whole) return whole;
  for (const leaf of leaves(el)) {
    const m = moneyOf(text(leaf), lang, currency);
    if (m) return m;
  }
  return null;
}

function dateOf(s: string | null | undefined, lang: string | null, now: number): string | null {
  if (!s || isDash(s)) return null;
  try {
    const r = parseDate(s, { lang: lang ?? 'en', now });
    return r.ok ? r.value : null;
  } catch {
    return null;
  }
}

function dateIn(el: Element | null, lang: string | null, now: number): string | null {
  if (!el) return null;
  const whole = dateOf(text(el), lang, now);
  if (whole) return whole;
  for (const leaf of leaves(el)) {
    const d = dateOf(text(leaf), lang, now);
    if (d) return d;
  }
  return null;
}

const CURRENCY_CODE = /\b([A-Z]{3})\b/;

/** Result for a page nothing on which matched any table. */
function unmatched(page: PageId, pick: LangPick, expected: FactKey[]): ReadResult {
  if (isReaderLang(pick.declared)) {
    // A language we have tables for, yet none of its labels is here: the page changed. Say what is missing.
    return { page, facts: {}, unreadable: expected, lang: null };
  }
  return { page, facts: {}, unreadable: [], lang: null, error: 'no-label-table' };
}

// ───────────────────────────── ads.payment ─────────────────────────────

/** Masked card number: "•••• 4242", "**** 4242", "XXXX 4242". */
const MASKED = /(?:[•*●∙·Xx]\s?){2,}\s*(\d{4})(?!\d)/;
/** Anything that looks like a full card number (12+ digits): never read. */
const FULL_NUMBER = /\d{4}[ -]?\d{4}[ -]?\d{4}(?:[ -]?\d{1,7})?/;

function last4Of(s: string, lang: string | null): string | null {
  if (FULL_NUMBER.test(s.replace(/[•*●∙·Xx]/g, ''))) return null;
  const m = MASKED.exec(s);
  if (m?.[1]) return m[1];
  if (!/\d{4}/.test(s)) return null;
  const n = norm(s);
  for (const phrase of normSet(labelsFor(B.CARD_ENDING, lang))) {
    const i = n.indexOf(phrase);
    if (i < 0) continue;
    const r = /^\s*(\d{4})(?!\d)/.exec(n.slice(i + phrase.length));
    if (r?.[1]) return r[1];
  }
  return null;
}

function isMaskedAnchor(el: Element, lang: string | null): boolean {
  const raw = el.textContent ?? '';
  if (raw.length > 400 || !/\d{4}/.test(raw)) return false;
  const t = text(el);
  return t.length <= 80 && last4Of(t, lang) !== null;
}

function brandOfText(s: string): string | null {
  const n = norm(s);
  for (const [brand, names] of Object.entries(B.BRAND_NAMES)) if (names.some((x) => norm(x) === n)) return brand;
  return null;
}

function brandOfAnchor(el: Element): string | null {
  return brandOfText(text(el)) ?? accessibleNames(el).map(brandOfText).find((b) => b) ?? null;
}

function isBrandAnchor(el: Element): boolean {
  if (el.children.length === 0 && brandOfText(text(el))) return true;
  return accessibleNames(el).some((a) => brandOfText(a) !== null);
}

/** Smallest elements satisfying `test` (none of their children does). */
function innermost(root: Element, test: (el: Element) => boolean): Element[] {
  return Array.from(root.querySelectorAll('*')).filter((el) => test(el) && !Array.from(el.children).some((c) => test(c)));
}

function climb(start: Element, stop: Element, ok: (parent: Element) => boolean): Element {
  let item = start;
  while (item.parentElement && item.parentElement !== stop && ok(item.parentElement)) item = item.parentElement;
  return item;
}

function countIn(container: Element, els: readonly Element[]): number {
  let n = 0;
  for (const e of els) if (container.contains(e)) n++;
  return n;
}

function expiryOf(item: Element, lang: string | null): string | undefined {
  const parse = (s: string): string | undefined => {
    let m = /(?:^|[^\d])(\d{1,2})\s*\/\s*(\d{4}|\d{2})(?!\d)/.exec(s);
    if (m?.[1] && m[2]) {
      const month = Number(m[1]);
      const year = m[2].length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
      if (month >= 1 && month <= 12) return `${year}-${String(month).padStart(2, '0')}`;
    }
    m = /(?:^|[^\d])(\d{4})-(\d{2})(?![\d-])/.exec(s);
    if (m?.[1] && m[2] && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]}`;
    return undefined;
  };
  const labelled = fieldText(item, B.EXPIRY_LABEL, lang, pageTexts(item));
  if (labelled) {
    const v = parse(labelled);
    if (v) return v;
  }
  // "Expires 08/2027" in one element
  const labels = [...normSet(labelsFor(B.EXPIRY_LABEL, lang))];
  for (const leaf of leaves(item)) {
    const n = norm(text(leaf));
    const hit = labels.find((l) => n.startsWith(l + ' ') || n.startsWith(l + ':'));
    if (hit) {
      const v = parse(n.slice(hit.length));
      if (v) return v;
    }
  }
  // a bare "08/27" element
  for (const leaf of leaves(item)) {
    const t = text(leaf);
    if (/^\d{1,2}\s*\/\s*(\d{2}|\d{4})$/.test(t)) {
      const v = parse(t);
      if (v) return v;
    }
  }
  return undefined;
}

function fundingOf(item: Element, brand: string, lang: string | null): Funding {
  if (brand === 'paypal' || brand === 'bank' || brand === 'gopay') return 'unknown';
  const exact = matchEnum(item, B.FUNDING_VALUES, lang);
  if (exact) return exact;
  const whole = text(item);
  // prepaid first: "Prepaid credit card" is prepaid
  for (const f of ['prepaid', 'debit', 'credit'] as const) {
    if (containsPhrase(whole, labelsFor(B.FUNDING_VALUES[f], lang).filter((l) => l.includes(' ') || l.length >= 7))) return f;
  }
  return 'unknown';
}

function readMethodItem(item: Element, lang: string | null): PaymentMethod {
  const anchor = Array.from(item.querySelectorAll('*')).find(isBrandAnchor) ?? (isBrandAnchor(item) ? item : null);
  let brand: string | null = anchor ? brandOfAnchor(anchor) : null;
  if (!brand) {
    const whole = text(item);
    for (const [b, names] of Object.entries(B.BRAND_NAMES)) if (containsPhrase(whole, names)) { brand = b; break; }
  }
  if (!brand && containsPhrase(text(item), labelsFor(B.BANK_TRANSFER, lang))) brand = 'bank';
  brand ??= 'other';

  const method: PaymentMethod = { brand, funding: fundingOf(item, brand, lang), primary: false };
  const masked = innermost(item, (e) => isMaskedAnchor(e, lang))[0];
  const l4 = masked ? last4Of(text(masked), lang) : null;
  if (l4) method.last4 = l4;
  const exp = expiryOf(item, lang);
  if (exp) method.expiry = exp;
  method.primary = findExact(item, labelsFor(B.PRIMARY_TAG, lang)).length > 0;
  if (findExact(item, labelsFor(B.METHOD_INVALID_TAG, lang)).length > 0) method.flaggedInvalid = true;
  return method;
}

/** Payment methods under the "Payment methods" heading; [] only when the page says there are none. */
function readMethods(root: Element, lang: string | null, texts: Set<string>): PaymentMethod[] | null {
  const headings = presentLabels(B.PAYMENT_METHODS, texts);
  const heads = headings ? findLabelElements(root, labelsFor(headings, lang)) : [];
  if (!heads.length) return null;
  // One pass over the page for the anchors of a method: a masked number, or a brand (logo alt / name).
  const allMasked = innermost(root, (e) => isMaskedAnchor(e, lang));
  const allBrands = Array.from(root.querySelectorAll('*')).filter((b) => isBrandAnchor(b) && !b.closest('button, [role="button"]'));
  for (const head of heads) {
    // The section: the nearest ancestor (up to 5 levels) holding a masked number or a brand.
    let section: Element | null = head.parentElement;
    let found: Element | null = null;
    for (let d = 0; d < 5 && section && section !== root.ownerDocument.documentElement; d++) {
      const sec: Element = section;
      if (allMasked.some((m) => sec.contains(m)) || allBrands.some((b) => sec.contains(b))) {
        found = sec;
        break;
      }
      if (containsPhrase(text(sec), labelsFor(B.NO_METHODS_PHRASES, lang))) return [];
      section = sec.parentElement;
    }
    if (!found) continue;
    const within = found;
    const masked = allMasked.filter((m) => within.contains(m));
    const brands = allBrands.filter((b) => within.contains(b));
    const brandsIn = (p: Element) => new Set(brands.filter((b) => p.contains(b)).map(brandOfAnchor)).size;
    const items: Element[] = [];
    // A card: the largest block around its masked number holding no other number and no other brand.
    for (const m of masked) {
      const item = climb(m, within, (p) => countIn(p, masked) === 1 && brandsIn(p) <= 1);
      if (!items.includes(item)) items.push(item);
    }
    // A wallet or bank (no number): the largest block around its brand holding no number and no other brand.
    const freeBrands = brands.filter((b) => !items.some((i) => i.contains(b)));
    for (const b of freeBrands) {
      const item = climb(b, within, (p) => countIn(p, masked) === 0 && countIn(p, freeBrands) === 1);
      if (!items.some((i) => i.contains(item) || item.contains(i))) items.push(item);
    }
    // document order (4 = DOCUMENT_POSITION_FOLLOWING)
    items.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    return items.map((i) => readMethodItem(i, lang));
  }
  return null;
}

function readAccountIdentity(root: Element, lang: string | null, texts: Set<string>, result: ReadResult, facts: Facts, needKey: boolean, site: 'ads'): void {
  const nameEl = fieldElement(root, B.ACCOUNT_NAME, lang, texts);
  const name = nameEl ? text(nameEl) : '';
  if (name) {
    facts['account.name'] = name;
    result.name = name;
  }
  if (needKey) {
    const idText = fieldText(root, B.ACCOUNT_ID, lang, texts);
    const id = idText ? /\b(\d{8,25})\b/.exec(idText)?.[1] : undefined;
    if (id) result.account = `${site}:${id}`;
  }
}

export function readAdsPayment(doc: Document, ctx: ReaderContext): ReadResult {
  const page: PageId = 'ads.payment';
  const pick = pickLang(doc, ctx.url, B.PAYMENT_PAGE_TABLES);
  const root = doc.body;
  if (!root || !pick.lang) return unmatched(page, pick, ['billing.option']);
  const lang = pick.lang;
  const facts: Facts = {};
  const unreadable: FactKey[] = [];
  const result: ReadResult = { page, facts, unreadable, lang };
  readAccountIdentity(root, lang, pick.texts, result, facts, !ctx.match.account, 'ads');

  // Currency: a labelled field, else the currency of the amounts read.
  const texts = pick.texts;
  const curText = fieldText(root, B.CURRENCY_LABEL, lang, texts);
  const labelledCurrency = curText ? CURRENCY_CODE.exec(curText)?.[1] : undefined;

  const optionEl = fieldElement(root, B.BILLING_OPTION_LABEL, lang, texts);
  const option: BillingOption | null = matchEnum(optionEl, B.BILLING_OPTION_VALUES, lang);
  if (option) facts['billing.option'] = option;
  else unreadable.push('billing.option');

  const moneyField = (table: LabelTable): { shown: boolean; value: Money | null } => {
    const el = fieldElement(root, table, lang, texts);
    const t = el ? text(el) : fieldText(root, table, lang, texts);
    if (!t) return { shown: false, value: null };
    return { shown: true, value: el ? moneyIn(el, lang, labelledCurrency) : moneyOf(t, lang, labelledCurrency) };
  };

  const spend = moneyField(B.SPEND_SO_FAR);
  const threshold = moneyField(B.THRESHOLD);
  const cash = moneyField(B.CASH_BALANCE);
  const credit = moneyField(B.AD_CREDIT);
  const outstanding = moneyField(B.OUTSTANDING);
  const billDateText = fieldText(root, B.BILL_DATE, lang, texts);
  const billDate = dateOf(billDateText, lang, ctx.now);

  const expectAuto = option === 'automatic';
  const put = <K extends 'billing.spendSoFar' | 'billing.threshold' | 'billing.cashBalance' | 'billing.adCredit' | 'billing.outstanding'>(
    key: K,
    f: { shown: boolean; value: Money | null },
    expected: boolean,
  ) => {
    if (f.value) facts[key] = f.value;
    else if (f.shown || expected) unreadable.push(key);
  };
  put('billing.spendSoFar', spend, expectAuto);
  put('billing.threshold', threshold, expectAuto);
  if (billDate) facts['billing.billDate'] = billDate;
  else if (billDateText || expectAuto) unreadable.push('billing.billDate');
  put('billing.cashBalance', cash, option === 'manual');
  put('billing.adCredit', credit, false);
  put('billing.outstanding', outstanding, false);

  const methods = readMethods(root, lang, texts);
  if (methods) facts['billing.methods'] = methods;
  else if (expectAuto) unreadable.push('billing.methods');

  facts['billing.payNowBanner'] = findExact(root, labelsFor(B.PAY_NOW, lang)).length > 0;
  facts['billing.bcManaged'] = containsPhrase(text(root), labelsFor(B.BC_MANAGED_PHRASES, lang));

  const currency =
    labelledCurrency ??
    [facts['billing.threshold'], facts['billing.spendSoFar'], facts['billing.cashBalance'], facts['billing.outstanding'], facts['billing.adCredit']].find(
      (m) => m,
    )?.currency;
  if (currency) facts['billing.currency'] = currency;
  return result;
}

// ───────────────────────────── tables (transactions, invoices, BC) ─────────────────────────────

const TABLE_SELECTOR = 'table, [role="table"], [role="grid"], .bui-table, .arco-table';

interface FoundTable {
  headers: string[];
  rows: Element[][];
  el: Element;
}

/** The first data table whose header has every `required` column (outermost wrappers give way to inner tables). */
function findTable(root: ParentNode, required: readonly LabelTable[], lang: string | null): FoundTable | null {
  const all = Array.from(root.querySelectorAll(TABLE_SELECTOR));
  for (const el of all) {
    if (all.some((o) => o !== el && el.contains(o) && o.matches('table'))) {
      // a wrapper around a <table>: prefer the inner table unless it has no header of its own
      const inner = all.find((o) => o !== el && el.contains(o) && o.matches('table'));
      if (inner && readTable(inner).headers.length) continue;
    }
    const t = readTable(el);
    if (required.every((r) => columnIndex(t.headers, r, lang) >= 0)) return { ...t, el };
  }
  return null;
}

function cell(row: Element[], i: number): Element | null {
  return i >= 0 ? (row[i] ?? null) : null;
}

// ───────────────────────────── ads.transactions ─────────────────────────────

export function readAdsTransactions(doc: Document, ctx: ReaderContext): ReadResult {
  const page: PageId = 'ads.transactions';
  const pick = pickLang(doc, ctx.url, B.TRANSACTION_TABLES);
  const root = doc.body;
  const expected: FactKey[] = ['billing.payments', 'billing.failedPayments'];
  if (!root || !pick.lang) return unmatched(page, pick, expected);
  const lang = pick.lang;
  const facts: Facts = {};
  const result: ReadResult = { page, facts, unreadable: [], lang };
  readAccountIdentity(root, lang, pick.texts, result, facts, !ctx.match.account, 'ads');

  const table = findTable(root, [B.COL_STATUS, B.COL_AMOUNT], lang);
  if (!table) {
    result.unreadable = expected;
    return result;
  }
  const iDate = columnIndex(table.headers, B.COL_DATE, lang);
  const iType = columnIndex(table.headers, B.COL_TYPE, lang);
  const iAmount = columnIndex(table.headers, B.COL_AMOUNT, lang);
  const iStatus = columnIndex(table.headers, B.COL_STATUS, lang);
  const records: PaymentRecord[] = [];
  let unknownStatus = false;
  for (const row of table.rows) {
    if (row.length < 2) continue; // "No data" placeholder rows
    const status = matchEnum(cell(row, iStatus), B.PAYMENT_STATUS_VALUES, lang);
    if (!status) {
      unknownStatus = true;
      continue;
    }
    const rec: PaymentRecord = { kind: matchEnum(cell(row, iType), B.PAYMENT_KIND_VALUES, lang) ?? 'other', status };
    const d = dateIn(cell(row, iDate), lang, ctx.now);
    if (d) rec.date = d;
    const m = moneyIn(cell(row, iAmount), lang);
    if (m) rec.amount = m;
    records.push(rec);
  }
  if (unknownStatus) {
    // A status we cannot read could be a failure: say so rather than undercount.
    result.unreadable = expected;
    return result;
  }
  facts['billing.payments'] = records;
  // Failed bill payments (what can stop campaigns): not card verifications, refunds or manual top-ups.
  facts['billing.failedPayments'] = records.filter((r) => r.status === 'failed' && (r.kind === 'payment' || r.kind === 'other')).length;
  return result;
}

// ───────────────────────────── ads.invoices ─────────────────────────────

function invoiceFrom(
  serial: string,
  statusEl: Element | null,
  dueText: string | null,
  amountEl: Element | null,
  lang: string | null,
  now: number,
): Invoice | null {
  const status = matchEnum(statusEl, B.INVOICE_STATUS_VALUES, lang);
  if (!serial || !status) return null;
  const inv: Invoice = { serial, status };
  const due = dateOf(dueText, lang, now);
  if (due) inv.dueDate = due;
  const amount = moneyIn(amountEl, lang);
  if (amount) inv.amount = amount;
  return inv;
}

export function readAdsInvoices(doc: Document, ctx: ReaderContext): ReadResult {
  const page: PageId = 'ads.invoices';
  const pick = pickLang(doc, ctx.url, B.INVOICE_TABLES);
  const root = doc.body;
  const expected: FactKey[] = ['billing.invoices'];
  if (!root || !pick.lang) return unmatched(page, pick, expected);
  const lang = pick.lang;
  const facts: Facts = {};
  const result: ReadResult = { page, facts, unreadable: [], lang };
  readAccountIdentity(root, lang, pick.texts, result, facts, !ctx.match.account, 'ads');

  const invoices: Invoice[] = [];
  let broken = false;
  const table = findTable(root, [B.INVOICE_SERIAL], lang);
  if (table) {
    const iSerial = columnIndex(table.headers, B.INVOICE_SERIAL, lang);
    const iDue = columnIndex(table.headers, B.INVOICE_DUE, lang);
    const iAmount = columnIndex(table.headers, B.COL_AMOUNT, lang);
    const iStatus = columnIndex(table.headers, B.COL_STATUS, lang);
    for (const row of table.rows) {
      if (row.length < 2) continue;
      const serialEl = cell(row, iSerial);
      const serial = serialEl ? text(serialEl) : '';
      const due = cell(row, iDue);
      // The status cell, else the whole row (a tag next to the serial).
      const inv = invoiceFrom(serial, cell(row, iStatus) ?? row[0]?.closest('tr, [role="row"], .bui-table-row') ?? null, due ? text(due) : null, cell(row, iAmount), lang, ctx.now);
      if (inv) invoices.push(inv);
      else broken = true;
    }
  } else {
    // Card layout: one card per invoice, each with a labelled serial.
    const present = presentLabels(B.INVOICE_SERIAL, pick.texts);
    const serialLabels = present ? findLabelElements(root, labelsFor(present, lang)) : [];
    if (!serialLabels.length) {
      result.unreadable = expected;
      return result;
    }
    for (const label of serialLabels) {
      const card = climb(label, root, (p) => countIn(p, serialLabels) === 1);
      const serial = fieldText(card, B.INVOICE_SERIAL, lang) ?? '';
      const statusField = fieldElement(card, B.COL_STATUS, lang);
      const inv = invoiceFrom(serial, statusField ?? card, fieldText(card, B.INVOICE_DUE, lang), fieldElement(card, B.COL_AMOUNT, lang), lang, ctx.now);
      if (inv) invoices.push(inv);
      else broken = true;
    }
  }
  if (broken) result.unreadable = expected;
  else facts['billing.invoices'] = invoices;
  return result;
}

// ───────────────────────────── bc.payment ─────────────────────────────

function paginationOf(root: Element, lang: string | null): number | null {
  const ofWords = [...new Set([...(lang && B.PAGINATION_OF[lang as ReaderLang] ? B.PAGINATION_OF[lang as ReaderLang]! : []), ...Object.values(B.PAGINATION_OF).flat()])];
  const range = new RegExp(`(\\d+)\\s*[-–—~]\\s*(\\d+)\\s*(?:${ofWords.map(escapeRe).join('|')}|/)\\s*(\\d[\\d.,\\s\\u00a0]*)`, 'iu');
  const containers = Array.from(root.querySelectorAll('[class*="pagination"], [class*="pager"], nav, [role="navigation"]'));
  const scopes = containers.length ? containers : [root];
  for (const scope of scopes) {
    // innermost texts first: "1-25 of 57" must not run into the page buttons "1 2 3" next to it
    for (const el of [...Array.from(scope.querySelectorAll('*')).reverse(), scope]) {
      const t = text(el);
      if (t.length > 60) continue;
      const m = range.exec(t);
      if (m?.[3]) {
        const total = Number(m[3].replace(/[^\d]/g, ''));
        if (Number.isFinite(total) && total > 0) return total;
      }
    }
  }
  // "Total 57" / "57 items" / "共 57 条" — only inside a pagination container (a money total is no row count)
  const totalWords = [...normSet(labelsFor(B.PAGINATION_TOTAL, lang))];
  const words = totalWords.map(escapeRe).join('|');
  const totalRe = words ? new RegExp(`^(?:(?:${words})\\s*:?\\s*)?(\\d+)(?:\\s*(?:${words}))?$`, 'u') : null;
  for (const scope of totalRe ? containers : []) {
    for (const el of [...Array.from(scope.querySelectorAll('*')).reverse(), scope]) {
      const n = norm(text(el));
      if (n.length > 40) continue;
      const m = totalRe!.exec(n);
      // a bare number is a page button, not a total: at least one word must be there
      if (m?.[1] && n !== m[1]) return Number(m[1]);
    }
  }
  return null;
}

function accountCell(el: Element | null): { id: string; name?: string } | null {
  if (!el) return null;
  const all = text(el);
  const id = /(?:^|[^\d])(\d{10,25})(?!\d)/.exec(all)?.[1];
  if (!id) return null;
  const nameLeaf = leaves(el).find((l) => !/\d{10,25}/.test(text(l)) && !/^id\s*[:：]?$/i.test(text(l)));
  const name = nameLeaf ? text(nameLeaf) : undefined;
  return name ? { id, name } : { id };
}

export function readBcPayment(doc: Document, ctx: ReaderContext): ReadResult {
  const page: PageId = 'bc.payment';
  const pick = pickLang(doc, ctx.url, B.BC_PAYMENT_TABLES);
  const root = doc.body;
  if (!root || !pick.lang) return unmatched(page, pick, []);
  const lang = pick.lang;
  const result: ReadResult = { page, facts: { 'bc.pageRead': true }, unreadable: [], lang };
  const table = findTable(root, [B.BC_COL_ACCOUNT], lang);
  if (!table) return result;
  const h = table.headers;
  const iAcc = columnIndex(h, B.BC_COL_ACCOUNT, lang);
  const iThr = columnIndex(h, B.BC_COL_THRESHOLD, lang);
  const iBal = columnIndex(h, B.BC_COL_BALANCE, lang);
  const iAlert = columnIndex(h, B.BC_COL_ALERT, lang);
  const iOpt = columnIndex(h, B.BC_COL_OPTION, lang);
  const iOwn = columnIndex(h, B.BC_COL_OWNERSHIP, lang);
  const rows: NonNullable<ReadResult['rows']> = [];
  for (const row of table.rows) {
    const acc = accountCell(cell(row, iAcc));
    if (!acc) continue;
    const facts: Facts = {};
    const thr = cell(row, iThr);
    if (thr) {
      const amountLeaf = leaves(thr).find((l) => moneyOf(text(l), lang));
      const m = amountLeaf ? moneyOf(text(amountLeaf), lang) : moneyOf(text(thr), lang);
      if (m) facts['billing.threshold'] = m;
      const d = dateOf(fieldText(thr, B.BILL_DATE, lang), lang, ctx.now);
      if (d) facts['billing.billDate'] = d;
    }
    const bal = moneyIn(cell(row, iBal), lang);
    if (bal) facts['billing.cashBalance'] = bal;
    const alert = matchEnum(cell(row, iAlert), B.YES_NO_VALUES, lang);
    if (alert) facts['billing.balanceAlert'] = alert === 'yes';
    const opt = matchEnum(cell(row, iOpt), B.BILLING_OPTION_VALUES, lang);
    if (opt) facts['billing.option'] = opt;
    const own = matchEnum(cell(row, iOwn), B.OWNERSHIP_VALUES, lang);
    if (own) facts['access.ownership'] = own;
    rows.push({ account: `ads:${acc.id}`, ...(acc.name ? { name: acc.name } : {}), facts });
  }
  result.rows = rows;
  const total = paginationOf(root, lang);
  if (total !== null) {
    result.rowsShown = rows.length;
    result.rowsTotal = total;
  }
  return result;
}

// ───────────────────────────── readers ─────────────────────────────

export const adsPaymentReader: Reader = {
  pages: ['ads.payment'],
  ready: (doc) => contentReady(doc, B.PAYMENT_PAGE_TABLES),
  read: readAdsPayment,
};

export const adsTransactionsReader: Reader = {
  pages: ['ads.transactions'],
  ready: (doc) => contentReady(doc, B.TRANSACTION_TABLES),
  read: readAdsTransactions,
};

export const adsInvoicesReader: Reader = {
  pages: ['ads.invoices'],
  ready: (doc) => contentReady(doc, B.INVOICE_TABLES),
  read: readAdsInvoices,
};

export const bcPaymentReader: Reader = {
  pages: ['bc.payment'],
  ready: (doc) => contentReady(doc, B.BC_PAYMENT_TABLES),
  read: readBcPayment,
};

export const billingReaders: readonly Reader[] = [adsPaymentReader, adsTransactionsReader, adsInvoicesReader, bcPaymentReader];
