/**
 * Locale-aware reading of amounts as TikTok Ads Manager, Business Center and Seller Center show them.
 *
 * Pure: no `document`, no `browser`, never throws on any string. Amounts are exact decimal strings (never floats)
 * and keep the precision the page shows (`"1234.50"` stays `"1234.50"`, JPY `"12345"`).
 *
 * The parser is strict: the text must be one amount and its currency marker(s), nothing else (a reader isolates the
 * value first). Labels, a second number, letters inside the digits or look-alike letters (`l00`, `O.5`) give
 * `{ ok: false }`: a fact that cannot be read is absent, not guessed.
 *
 * Currency, in this order:
 * 1. an explicit marker in the text (ISO code such as `USD`, or an unambiguous symbol such as `US$`, `R$`, `Rp`,
 *    `€`, `₫`, `円`) wins, even over `opts.currency` (the page is the evidence);
 * 2. a marker shared by several currencies (`$`, `¥`, `£`, `kr`, `Rs`) takes `opts.currency` when that currency
 *    uses the marker, else the language's convention: `$` is USD for `en` (and `en-US`), `ja`, `de` (CLDR gives
 *    USD the bare `$` in those three) or no language at all, the region's dollar for `en-AU`, `en-CA`, `en-SG`,
 *    `es-MX`, `zh-TW` …, otherwise ambiguous (`es`, `pt`, `fr` … → `ambiguous-currency`); `¥` is CNY for `zh`
 *    (but JPY for `zh-TW`, `zh-HK`, `zh-Hant`, as in CLDR) and JPY for every other language and for none; `£` is
 *    GBP; `kr` and `Rs` need `opts.currency` or a telling language/region;
 * 3. no marker at all: `opts.currency`, else `ok: false` (`no-currency`).
 * Two markers must agree (`$100.00 USD` is fine, `$100 EUR` is `currency-conflict`). ISO codes are upper case only.
 *
 * Digits of any script (fullwidth, Thai, Arabic-Indic …) are read as ASCII, but not mixed in one text; bidi
 * controls (U+200E/F, U+202A–E, U+2066–9, U+061C) and zero-width characters are dropped first. Negative: a leading
 * or trailing `-`/`−`, or parentheses around the number (`(12.50) USD`). `-0.00` reads as `0.00`.
 *
 * Decimal or group separator:
 * - two different separators (`1.234,56`, `1,234.56`, `1 234,56`, `1'234.50`): the last one is the decimal;
 *   spaces (NBSP, narrow NBSP, thin space, and a plain space on pages whose language groups with spaces, such as
 *   `fr`) and apostrophes only ever group;
 * - one separator used twice or more (`1.000.000`) groups;
 * - one separator used once: not followed by exactly three digits → decimal (`1,50`); followed by three digits →
 *   grouping for zero-decimal currencies (JPY, KRW, VND, IDR …: `Rp 1.000` → `1000`), else the page language
 *   decides (`1.234 €` is 1234 in `de`, `$1.234` is 1.234 in `en`); with no language it is grouping (a 2-decimal
 *   currency rarely shows three decimals), except for 3-decimal currencies (KWD …), which stay ambiguous.
 * Groups must be 1–3 digits then exactly 3 (`1.2.3,4,5` → `bad-grouping`; Indian `1,23,456` is refused too); at
 * most 15 integer digits (`too-large`) and 8 fraction digits.
 *
 * Reasons for `ok: false`: not-a-string, too-long (> 256 chars), empty, mixed-digits, no-number, multiple-numbers,
 * unexpected-text, unknown-currency, currency-conflict, ambiguous-currency, no-currency, bad-sign, bad-grouping,
 * ambiguous, leading-zero, too-large, too-many-decimals (parseInteger adds not-integer).
 */

export interface Money {
  /** Exact decimal string: optional `-`, integer digits without leading zeros, optional `.` and fraction digits. */
  amount: string;
  /** ISO 4217 code. */
  currency: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}
function fail<T>(reason: string): Parsed<T> {
  return { ok: false, reason };
}

// ---------------------------------------------------------------------------------------------------------------
// Shared text normalisation (also used by date.ts)
// ---------------------------------------------------------------------------------------------------------------

/** Longest text either parser looks at; longer input is rejected at once (a field value is short). */
export const MAX_INPUT = 256;

/** Bidi controls (U+200E/F, U+202A–E, U+2066–9, U+061C), zero-width characters, BOM and soft hyphen. */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Any Unicode decimal digit. */
const ND = new RegExp('\\p{Nd}', 'u');

/** Characters mapped one to one before parsing. `\u00A0` stands for every no-break / typographic space. */
const CHAR_MAP: Record<number, string> = {
  0x00a0: '\u00a0', 0x202f: '\u00a0', 0x2007: '\u00a0', 0x2009: '\u00a0', 0x200a: '\u00a0', 0x2008: '\u00a0',
  0x2002: '\u00a0', 0x2003: '\u00a0', 0x2004: '\u00a0', 0x2005: '\u00a0', 0x2006: '\u00a0', 0x205f: '\u00a0',
  0x0009: ' ', 0x000a: ' ', 0x000b: ' ', 0x000c: ' ', 0x000d: ' ', 0x0085: ' ', 0x1680: ' ', 0x2000: ' ',
  0x2001: ' ', 0x2028: ' ', 0x2029: ' ', 0x3000: ' ',
  0x2019: "'", 0x02bc: "'", 0x2032: "'",
  0x2212: '-', 0xfe63: '-',
  0x066b: '.', 0x066c: ',',
  0xffe5: '\u00a5', 0xffe6: '\u20a9', 0xffe1: '\u00a3', 0xffe0: '\u00a2',
};

/** Value of a non-ASCII decimal digit: Unicode keeps each script's digits contiguous, 0 to 9. */
function digitValue(cp: number): number {
  let start = cp;
  while (start > 0 && cp - start < 64 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/**
 * Strip invisible controls, map every script's digits (fullwidth, Arabic-Indic, Thai …) and fullwidth ASCII to
 * ASCII, unify spaces, apostrophes and minus signs. Returns null when digits of two scripts are mixed (`1๒3`).
 */
export function normaliseText(input: string): string | null {
  const s = input.replace(INVISIBLE, '');
  let out = '';
  let zero = -1;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    if (cp >= 0x30 && cp <= 0x39) {
      if (zero !== -1 && zero !== 0x30) return null;
      zero = 0x30;
      out += String.fromCharCode(cp);
      continue;
    }
    if (cp >= 0xff10 && cp <= 0xff19) {
      if (zero !== -1 && zero !== 0xff10) return null;
      zero = 0xff10;
      out += String(cp - 0xff10);
      continue;
    }
    if (cp >= 0xff01 && cp <= 0xff5e) {
      out += String.fromCharCode(cp - 0xfee0);
      continue;
    }
    const mapped = CHAR_MAP[cp];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const ch = String.fromCodePoint(cp);
    if (cp > 0x7f && ND.test(ch)) {
      const v = digitValue(cp);
      const z = cp - v;
      if (zero !== -1 && zero !== z) return null;
      zero = z;
      out += String(v);
      continue;
    }
    out += ch;
  }
  return out;
}

export interface LangInfo {
  /** Lower-case base language (`in` → `id`), or null when none or unreadable. */
  base: string | null;
  /** Upper-case region (`US`, `419`), or null. */
  region: string | null;
}

/** Reads `en`, `en-US`, `pt_BR`, `zh-Hant-TW`, `th-u-nu-thai`; anything else is "no language". */
export function langInfo(lang: string | null | undefined): LangInfo {
  if (typeof lang !== 'string' || lang.length > 64) return { base: null, region: null };
  const parts = lang.trim().split(/[-_]/);
  const first = (parts[0] ?? '').toLowerCase();
  if (!/^[a-z]{2,3}$/.test(first)) return { base: null, region: null };
  const base = first === 'in' ? 'id' : first === 'iw' ? 'he' : first === 'tl' ? 'fil' : first;
  let region: string | null = null;
  let script: string | null = null;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i] ?? '';
    if (p.length === 1) break; // extension (-u-, -x-)
    if (/^[A-Za-z]{4}$/.test(p) && !script && !region) script = p.toLowerCase();
    else if (/^(?:[A-Za-z]{2}|\d{3})$/.test(p)) {
      region = p.toUpperCase();
      break;
    }
  }
  if (!region && base === 'zh' && script === 'hant') region = 'TW';
  return { base, region };
}

const COMMA_DECIMAL = new Set(
  'de it id fr es pt vi nl pl ru tr sv da nb nn no fi cs sk ro hu el uk bg hr sl sr lt lv et ca gl eu az kk be is sq mk bs ka hy mn uz ky tk af lb fo rm'.split(
    ' ',
  ),
);
const DOT_DECIMAL = new Set(
  'en ja th zh ko ms fil hi he ga mt sw my km lo si ne ur bn ta te mr gu kn ml pa am zu xh yue'.split(' '),
);
/** Regional variants whose decimal separator differs from the base language's. */
const DECIMAL_BY_TAG: Record<string, string> = {
  'es-MX': '.', 'es-US': '.', 'es-419': '.', 'es-PR': '.', 'es-DO': '.', 'es-GT': '.', 'es-HN': '.',
  'es-NI': '.', 'es-PA': '.', 'es-SV': '.', 'es-PE': '.', 'de-CH': '.', 'de-LI': '.', 'it-CH': '.',
  'en-ZA': ',', 'ms-BN': ',', 'ms-ID': ',',
};
/** Languages that group digits with a space, so a plain space between digit groups is a group separator. */
const SPACE_GROUP = new Set('fr pl ru uk cs sk sv nb nn no fi bg lt lv et hu be kk hy ka'.split(' '));
const SPACE_GROUP_TAGS = new Set(['pt-PT', 'de-AT', 'en-ZA', 'es-CR', 'it-CH']);

/** The page language's decimal separator, or null when unknown. */
export function decimalSeparator(li: LangInfo): '.' | ',' | null {
  if (!li.base) return null;
  const byTag = li.region ? DECIMAL_BY_TAG[`${li.base}-${li.region}`] : undefined;
  if (byTag === '.' || byTag === ',') return byTag;
  if (COMMA_DECIMAL.has(li.base)) return ',';
  if (DOT_DECIMAL.has(li.base)) return '.';
  return null;
}

function groupsWithSpace(li: LangInfo): boolean {
  if (!li.base) return false;
  return SPACE_GROUP.has(li.base) || (!!li.region && SPACE_GROUP_TAGS.has(`${li.base}-${li.region}`));
}

// ---------------------------------------------------------------------------------------------------------------
// Currencies
// ---------------------------------------------------------------------------------------------------------------

const ISO_CODES = new Set(
  ('AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF ' +
    'CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD ' +
    'HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL ' +
    'LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR ' +
    'PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND ' +
    'TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL').split(' '),
);

/** Minor units where not 2. IDR is treated as 0: TikTok and Intl show rupiah without decimals. */
const MINOR_UNITS: Record<string, number> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, IDR: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, VND: 0,
  VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
};

export function minorUnits(currency: string): number {
  return MINOR_UNITS[currency] ?? 2;
}

/** A marker shared by several currencies, resolved from `opts.currency`, then the page's language and region. */
interface Family {
  members: readonly string[];
  pick(li: LangInfo): string | null;
}

const DOLLAR_BY_REGION: Record<string, string> = {
  US: 'USD', AU: 'AUD', CA: 'CAD', SG: 'SGD', HK: 'HKD', TW: 'TWD', MX: 'MXN', NZ: 'NZD', AR: 'ARS', CL: 'CLP',
  CO: 'COP', UY: 'UYU', BN: 'BND', FJ: 'FJD', JM: 'JMD', TT: 'TTD', BS: 'BSD', BB: 'BBD', BZ: 'BZD',
};

const FAMILIES: Record<string, Family> = {
  $: {
    members: [
      'USD', 'AUD', 'CAD', 'SGD', 'HKD', 'TWD', 'MXN', 'NZD', 'ARS', 'CLP', 'COP', 'UYU', 'BND', 'FJD', 'JMD',
      'TTD', 'BSD', 'BBD', 'BZD', 'XCD', 'LRD', 'NAD', 'SBD', 'SRD', 'GYD', 'KYD', 'BMD', 'CUP', 'DOP',
    ],
    pick(li) {
      if (li.region && DOLLAR_BY_REGION[li.region]) return DOLLAR_BY_REGION[li.region] ?? null;
      return li.base === null || li.base === 'en' || li.base === 'ja' || li.base === 'de' ? 'USD' : null;
    },
  },
  '¥': {
    members: ['JPY', 'CNY'],
    pick(li) {
      // CLDR: Simplified Chinese writes CNY as ¥; Traditional Chinese (TW, HK, MO) and other languages write JPY.
      const hant = li.region === 'TW' || li.region === 'HK' || li.region === 'MO';
      return li.base === 'zh' && !hant ? 'CNY' : 'JPY';
    },
  },
  '£': {
    members: ['GBP', 'EGP', 'GIP', 'FKP', 'SHP', 'SYP', 'LBP', 'SSP'],
    pick(li) {
      return li.region === 'EG' ? 'EGP' : 'GBP';
    },
  },
  kr: {
    members: ['SEK', 'NOK', 'DKK', 'ISK'],
    pick(li) {
      const byBase: Record<string, string> = { sv: 'SEK', nb: 'NOK', nn: 'NOK', no: 'NOK', da: 'DKK', is: 'ISK' };
      const byRegion: Record<string, string> = { SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK', FO: 'DKK', GL: 'DKK' };
      return (li.base && byBase[li.base]) || (li.region && byRegion[li.region]) || null;
    },
  },
  Rs: {
    members: ['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR'],
    pick(li) {
      const byRegion: Record<string, string> = { IN: 'INR', PK: 'PKR', LK: 'LKR', NP: 'NPR', MU: 'MUR', SC: 'SCR' };
      return (li.region && byRegion[li.region]) || null;
    },
  },
};

/** Marker as shown → ISO code, or `*<family>` for a shared marker. Matched exactly (case-sensitive). */
const MARKERS: Record<string, string> = {
  $: '*$', 'US$': 'USD', $US: 'USD', U$S: 'USD', USD$: 'USD',
  A$: 'AUD', AU$: 'AUD', $AU: 'AUD',
  C$: 'CAD', CA$: 'CAD', $CA: 'CAD', Can$: 'CAD',
  S$: 'SGD', SG$: 'SGD', $SG: 'SGD',
  HK$: 'HKD', $HK: 'HKD',
  NT$: 'TWD', $NT: 'TWD',
  MX$: 'MXN', $MX: 'MXN', Mex$: 'MXN',
  NZ$: 'NZD', $NZ: 'NZD',
  R$: 'BRL',
  RM: 'MYR',
  Rp: 'IDR', 'Rp.': 'IDR',
  '₱': 'PHP',
  '฿': 'THB', 'บาท': 'THB',
  '₫': 'VND', 'đ': 'VND', 'Đ': 'VND', 'VNĐ': 'VND',
  '€': 'EUR',
  '£': '*£', '£GB': 'GBP', 'GB£': 'GBP', 'E£': 'EGP',
  '₩': 'KRW', '원': 'KRW',
  '¥': '*¥', 'JP¥': 'JPY', '円': 'JPY', 'CN¥': 'CNY', '元': 'CNY', RMB: 'CNY', '人民币': 'CNY', '人民幣': 'CNY',
  '美元': 'USD', '日元': 'JPY', '港元': 'HKD', '港币': 'HKD', '港幣': 'HKD', '新台币': 'TWD', '新台幣': 'TWD',
  '欧元': 'EUR', '歐元': 'EUR', '英镑': 'GBP', '韩元': 'KRW', 'ドル': '*$', '米ドル': 'USD', 'ユーロ': 'EUR',
  '₹': 'INR', Rs: '*Rs', 'Rs.': '*Rs', '₨': '*Rs',
  'Fr.': 'CHF', 'SFr.': 'CHF',
  'zł': 'PLN', 'Kč': 'CZK', Ft: 'HUF', lei: 'RON', '₺': 'TRY', TL: 'TRY', '₽': 'RUB', '₴': 'UAH', '₪': 'ILS',
  '₦': 'NGN', '৳': 'BDT', '₭': 'LAK', '៛': 'KHR', '₸': 'KZT', '₾': 'GEL', '₮': 'MNT', 'S/': 'PEN', 'S/.': 'PEN',
  kr: '*kr', 'kr.': '*kr', Kr: '*kr',
};

/** ISO code or `*family` for one marker token; null when the token is not a currency marker. */
function markerOf(token: string): string | null {
  if (Object.prototype.hasOwnProperty.call(MARKERS, token)) return MARKERS[token] ?? null;
  if (ISO_CODES.has(token)) return token;
  return null;
}

function validCurrencyOption(c: string | null | undefined): string | null {
  if (typeof c !== 'string') return null;
  const u = c.trim().toUpperCase();
  return ISO_CODES.has(u) ? u : null;
}

function resolveCurrency(markers: string[], li: LangInfo, hint: string | null): Parsed<string> {
  const explicit: string[] = [];
  const families: string[] = [];
  for (const m of markers) {
    if (m.charAt(0) === '*') {
      if (families.indexOf(m.slice(1)) < 0) families.push(m.slice(1));
    } else if (explicit.indexOf(m) < 0) explicit.push(m);
  }
  if (explicit.length > 1 || families.length > 1) return fail('currency-conflict');
  const fam = families[0] !== undefined ? FAMILIES[families[0]] : undefined;
  const code = explicit[0];
  if (code !== undefined) {
    if (fam && fam.members.indexOf(code) < 0) return fail('currency-conflict');
    return ok(code);
  }
  if (fam) {
    if (hint && fam.members.indexOf(hint) >= 0) return ok(hint);
    const picked = fam.pick(li);
    return picked ? ok(picked) : fail('ambiguous-currency');
  }
  return hint ? ok(hint) : fail('no-currency');
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------------------------

/** One digit run with single separators between digits. The plain space is checked against the language later. */
const RUN = /[0-9](?:[.,'\u00a0 ]?[0-9])*/g;
const SEP = /[.,'\u00a0 ]/g;
const MAX_INT_DIGITS = 15;
const MAX_FRACTION_DIGITS = 8;

interface Decimal {
  int: string;
  frac: string;
}

function splitRun(run: string): { groups: string[]; seps: string[] } {
  const seps = (run.match(SEP) ?? []).map((c) => (c === '\u00a0' ? ' ' : c));
  return { groups: run.split(SEP), seps };
}

function checkGroups(intGroups: string[], grouped: boolean): string | null {
  if (!grouped) return intGroups.length === 1 ? null : 'bad-grouping';
  const first = intGroups[0] ?? '';
  if (first.length < 1 || first.length > 3) return 'bad-grouping';
  for (let i = 1; i < intGroups.length; i++) if ((intGroups[i] ?? '').length !== 3) return 'bad-grouping';
  return null;
}

function finishDecimal(int: string, frac: string): Parsed<Decimal> {
  if (int.length > 1 && int.charAt(0) === '0') return fail('leading-zero');
  if (int.length > MAX_INT_DIGITS) return fail('too-large');
  if (frac.length > MAX_FRACTION_DIGITS) return fail('too-many-decimals');
  return ok({ int, frac });
}

/** Decimal value of a digit run, deciding decimal vs group separator (see the module comment). */
function readAmount(run: string, minor: number, li: LangInfo): Parsed<Decimal> {
  const { groups, seps } = splitRun(run);
  if (seps.length === 0) return finishDecimal(run, '');
  const distinct: string[] = [];
  for (const c of seps) if (distinct.indexOf(c) < 0) distinct.push(c);
  const spaceLike = distinct.filter((c) => c === ' ' || c === "'");
  const dotLike = distinct.filter((c) => c === '.' || c === ',');
  let groupSep: string | null = null;
  let decSep: string | null = null;
  if (spaceLike.length > 1 || dotLike.length > 2) return fail('bad-grouping');
  if (spaceLike.length === 1) {
    if (dotLike.length > 1) return fail('bad-grouping');
    groupSep = spaceLike[0] ?? null;
    decSep = dotLike[0] ?? null;
  } else if (dotLike.length === 2) {
    decSep = seps[seps.length - 1] ?? null;
    groupSep = decSep === '.' ? ',' : '.';
  } else {
    const s = dotLike[0] ?? '.';
    if (seps.length >= 2) groupSep = s;
    else {
      const head = groups[0] ?? '';
      const tail = groups[1] ?? '';
      if (tail.length !== 3 || head === '0' || head.length > 3) decSep = s;
      else if (minor === 0) groupSep = s;
      else {
        const d = decimalSeparator(li);
        if (d) {
          if (s === d) decSep = s;
          else groupSep = s;
        } else if (minor >= 3) return fail('ambiguous');
        else groupSep = s;
      }
    }
  }
  if (decSep !== null && seps.indexOf(decSep) !== seps.length - 1) return fail('bad-grouping');
  const intGroups = decSep !== null ? groups.slice(0, -1) : groups;
  const frac = decSep !== null ? groups[groups.length - 1] ?? '' : '';
  const bad = checkGroups(intGroups, groupSep !== null);
  if (bad) return fail(bad);
  return finishDecimal(intGroups.join(''), frac);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charAt(i) === ch) n++;
  return n;
}

function tokensOf(side: string): string[] {
  return side.split(/[ \u00a0]+/).filter((t) => t.length > 0);
}

/** Two tokens that form one marker when written apart, such as fr-CA `$ US` or `US $`. */
function joinMarker(tokens: string[]): string[] {
  if (tokens.length !== 2) return tokens;
  const joined = (tokens[0] ?? '') + (tokens[1] ?? '');
  return Object.prototype.hasOwnProperty.call(MARKERS, joined) ? [joined] : tokens;
}

function toAmount(negative: boolean, d: Decimal): string {
  const zero = /^0*$/.test(d.int) && /^0*$/.test(d.frac);
  return `${negative && !zero ? '-' : ''}${d.int}${d.frac ? `.${d.frac}` : ''}`;
}

/**
 * Read one amount such as `1.234,56 €`, `US$100`, `Rp 1.000.000`, `(12.50) USD`, `12,345円`.
 * `opts.lang` is the page's language (BCP 47, base language enough); `opts.currency` the account currency if known.
 */
export function parseMoney(
  text: string,
  opts?: { lang?: string | null; currency?: string | null },
): Parsed<Money> {
  try {
    return parseMoneyInner(text, opts ?? {});
  } catch {
    return fail('unreadable');
  }
}

function parseMoneyInner(text: unknown, opts: { lang?: string | null; currency?: string | null }): Parsed<Money> {
  if (typeof text !== 'string') return fail('not-a-string');
  if (text.length > MAX_INPUT) return fail('too-long');
  const norm = normaliseText(text);
  if (norm === null) return fail('mixed-digits');
  const t = norm.replace(/^[ \u00a0]+|[ \u00a0]+$/g, '');
  if (!t) return fail('empty');
  const li = langInfo(opts.lang);

  const runs = t.match(RUN) ?? [];
  if (runs.length === 0) return fail('no-number');
  if (runs.length > 1) return fail('multiple-numbers');
  const run = runs[0] ?? '';
  if (run.indexOf(' ') >= 0 && !groupsWithSpace(li)) return fail('multiple-numbers');
  const start = t.indexOf(run);
  let before = t.slice(0, start);
  let after = t.slice(start + run.length);

  // Parentheses: around the number (accounting negative) or around a marker on one side, e.g. `100.00 (USD)`.
  let negative = false;
  const ob = count(before, '(');
  const cb = count(before, ')');
  const oa = count(after, '(');
  const ca = count(after, ')');
  if (ob + cb + oa + ca > 0) {
    if (ob === 1 && ca === 1 && cb === 0 && oa === 0) {
      negative = true;
    } else if (
      ob + cb === 0 &&
      oa === 1 &&
      ca === 1 &&
      after.indexOf('(') < after.indexOf(')')
    ) {
      // `(USD)` after the number
    } else if (oa + ca === 0 && ob === 1 && cb === 1 && before.indexOf('(') < before.indexOf(')')) {
      // `(USD)` before the number
    } else return fail('unexpected-text');
    before = before.replace(/[()]/g, ' ');
    after = after.replace(/[()]/g, ' ');
  }
  const minus = count(before, '-') + count(after, '-');
  const plus = count(before, '+') + count(after, '+');
  if (minus + plus > 1 || (negative && minus + plus > 0)) return fail('bad-sign');
  if (minus === 1) negative = true;
  before = before.replace(/[-+]/g, ' ');
  after = after.replace(/[-+]/g, ' ');

  const beforeTokens = joinMarker(tokensOf(before));
  const afterTokens = joinMarker(tokensOf(after));
  if (beforeTokens.length > 1 || afterTokens.length > 1) return fail('unexpected-text');
  const markers: string[] = [];
  const allTokens = beforeTokens.concat(afterTokens);
  for (const tok of allTokens) {
    const m = markerOf(tok);
    if (m === null) return fail(/^[A-Z]{3}$/.test(tok) ? 'unknown-currency' : 'unexpected-text');
    markers.push(m);
  }
  const currency = resolveCurrency(markers, li, validCurrencyOption(opts.currency));
  if (!currency.ok) return currency;

  const dec = readAmount(run, minorUnits(currency.value), li);
  if (!dec.ok) return dec;
  return ok({ amount: toAmount(negative, dec.value), currency: currency.value });
}

/**
 * Read a count such as `1,234`, `1.234`, `12 345`, `１２３`, `-3`. Grouping must be strict (1–3 digits, then
 * groups of 3); a decimal part gives `not-integer`.
 */
export function parseInteger(text: string): Parsed<number> {
  try {
    if (typeof text !== 'string') return fail('not-a-string');
    if (text.length > MAX_INPUT) return fail('too-long');
    const norm = normaliseText(text);
    if (norm === null) return fail('mixed-digits');
    let t = norm.replace(/^[ \u00a0]+|[ \u00a0]+$/g, '');
    if (!t) return fail('empty');
    let negative = false;
    if (t.charAt(0) === '-' || t.charAt(0) === '+') {
      negative = t.charAt(0) === '-';
      t = t.slice(1).replace(/^[ \u00a0]+/, '');
    }
    if (!/^[0-9](?:[.,'\u00a0 ]?[0-9])*$/.test(t)) return fail(/[0-9]/.test(t) ? 'unexpected-text' : 'no-number');
    const { groups, seps } = splitRun(t);
    if (seps.length > 0) {
      const s = seps[0];
      for (const c of seps) if (c !== s) return fail('not-integer');
      if (seps.length === 1 && (groups[1] ?? '').length !== 3) return fail('not-integer');
      const bad = checkGroups(groups, true);
      if (bad) return fail(bad);
    }
    const digits = groups.join('');
    if (digits.length > 1 && digits.charAt(0) === '0') return fail('leading-zero');
    if (digits.length > MAX_INT_DIGITS) return fail('too-large');
    const n = parseInt(digits, 10);
    return ok(negative && n !== 0 ? -n : n);
  } catch {
    return fail('unreadable');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Exact arithmetic on decimal strings
// ---------------------------------------------------------------------------------------------------------------

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Scaled integer of a decimal string at `scale` fraction digits, or null when not a decimal string. */
function scaled(amount: string, scale: number): bigint | null {
  const m = typeof amount === 'string' ? DECIMAL.exec(amount) : null;
  if (!m) return null;
  const frac = m[3] ?? '';
  if (frac.length > scale) return null;
  let digits = (m[2] ?? '0') + frac;
  for (let i = frac.length; i < scale; i++) digits += '0';
  const v = BigInt(digits);
  return m[1] === '-' ? -v : v;
}

function fractionLength(amount: string): number {
  const m = typeof amount === 'string' ? DECIMAL.exec(amount) : null;
  return m ? (m[3] ?? '').length : -1;
}

function sameCurrencyScale(a: Money, b: Money): { x: bigint; y: bigint; scale: number } | null {
  if (!a || !b || typeof a.currency !== 'string' || a.currency !== b.currency) return null;
  const fa = fractionLength(a.amount);
  const fb = fractionLength(b.amount);
  if (fa < 0 || fb < 0) return null;
  const scale = Math.max(fa, fb);
  const x = scaled(a.amount, scale);
  const y = scaled(b.amount, scale);
  return x === null || y === null ? null : { x, y, scale };
}

function fromScaled(v: bigint, scale: number): string {
  const negative = v < BigInt(0);
  let digits = (negative ? -v : v).toString();
  while (digits.length <= scale) digits = `0${digits}`;
  const int = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale);
  const zero = v === BigInt(0);
  return `${negative && !zero ? '-' : ''}${int}${scale > 0 ? `.${frac}` : ''}`;
}

/** -1, 0 or 1 comparing exact values (`"1234.5"` equals `"1234.50"`); null when currencies differ or malformed. */
export function compareMoney(a: Money, b: Money): number | null {
  const p = sameCurrencyScale(a, b);
  if (!p) return null;
  return p.x < p.y ? -1 : p.x > p.y ? 1 : 0;
}

/** a / b as a float, for display and percentages only; null when currencies differ, malformed, or b is 0. */
export function moneyRatio(a: Money, b: Money): number | null {
  const p = sameCurrencyScale(a, b);
  if (!p || p.y === BigInt(0)) return null;
  return Number(p.x) / Number(p.y);
}

/** Exact sum, at the larger of the two precisions; null when currencies differ or malformed. */
export function addMoney(a: Money, b: Money): Money | null {
  const p = sameCurrencyScale(a, b);
  return p ? { amount: fromScaled(p.x + p.y, p.scale), currency: a.currency } : null;
}

/** Exact difference a − b, at the larger of the two precisions; null when currencies differ or malformed. */
export function subMoney(a: Money, b: Money): Money | null {
  const p = sameCurrencyScale(a, b);
  return p ? { amount: fromScaled(p.x - p.y, p.scale), currency: a.currency } : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting (Intl), showing exactly the precision of the amount
// ---------------------------------------------------------------------------------------------------------------

/**
 * `m` as Intl formats it in `lang` with the currency symbol and exactly the amount's fraction digits; exact for
 * any decimal string (formats the string, not a float). Falls back to `"<amount> <currency>"` when Intl refuses.
 */
export function formatMoneyPlain(m: Money, lang: string): string {
  const frac = fractionLength(m?.amount);
  const fallback = `${String(m?.amount)} ${String(m?.currency)}`;
  if (frac < 0 || frac > 20) return fallback;
  try {
    const nf = new Intl.NumberFormat(lang || 'en', {
      style: 'currency',
      currency: m.currency,
      minimumFractionDigits: frac,
      maximumFractionDigits: frac,
    });
    // Intl.NumberFormat formats decimal strings exactly (ES2023); typed loosely for older lib settings.
    return (nf.format as unknown as (v: string) => string)(m.amount);
  } catch {
    return fallback;
  }
}
