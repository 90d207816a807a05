/**
 * Locale-aware reading of calendar dates as TikTok Ads Manager, Business Center and Seller Center show them, to
 * `YYYY-MM-DD`. Pure (no `document`, no `browser`), never throws on any string.
 *
 * Forms:
 * - CJK: `2026年12月1日`, `2026 年 12 月 1 日`, Korean `2026년 12월 1일`, and without year `12月1日`;
 * - numeric with one separator kind (`/`, `-`, `.`): year first is always Y-M-D (`2026/12/01`, `2026-12-01`,
 *   `2026. 12. 1.`); year last is M/D/Y for `en` (US and `en-PH`, `en-CA`), D/M/Y for it, fr, es, de, id, pt, vi,
 *   th, ms, nl, zh-HK …, and for ja/zh/ko (which write the year first) or no language it is read only when one part is
 *   above 12 or both are equal, else `ambiguous`. Two-digit years are refused (`two-digit-year`);
 * - month names from the tables below, in any order with a 1–2 digit day and a 4-digit year: `Dec 1, 2026`,
 *   `1 déc. 2026`, `1. Dezember 2026`, `1 de diciembre de 2026`, `1 tháng 12, 2026`, `1 ธ.ค. 2569`, `1er décembre`;
 *   names are recognised in every language (no name means two different months across the tables);
 * - an optional weekday before or after (`Tuesday, December 1, 2026`, `2026年12月1日(火)`) must match the date;
 * - an optional trailing time (`10:00`, `10:00:00 PM`, `T10:00:00Z`, `10:00 (UTC+07:00)`) is ignored: the date is
 *   the one shown, in the account's time zone.
 * Thai Buddhist years: a year above 2400 (or marked `พ.ศ.`) is the Buddhist era, minus 543. A date without a year
 * takes the year (previous, current or next, by `opts.now`, default the clock) that puts it nearest to now.
 * Accepted years are 1900–2200 after conversion; calendar validity is checked (no 30 February).
 *
 * Reasons for `ok: false`: not-a-string, too-long (> 256 chars), empty, mixed-digits, unrecognised, ambiguous,
 * invalid-date, two-digit-year, no-day, weekday-mismatch.
 */

import { langInfo, MAX_INPUT, normaliseText, type LangInfo, type Parsed } from './money';

function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}
function fail<T>(reason: string): Parsed<T> {
  return { ok: false, reason };
}

// ---------------------------------------------------------------------------------------------------------------
// Data: month and weekday names per language. Alternatives separated by `|`; matching is case-insensitive, on
// NFC text, with a trailing `.` ignored.
// ---------------------------------------------------------------------------------------------------------------

export const MONTH_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'january|jan', 'february|feb', 'march|mar', 'april|apr', 'may', 'june|jun', 'july|jul', 'august|aug',
    'september|sep|sept', 'october|oct', 'november|nov', 'december|dec',
  ],
  it: [
    'gennaio|gen', 'febbraio|feb', 'marzo|mar', 'aprile|apr', 'maggio|mag', 'giugno|giu', 'luglio|lug',
    'agosto|ago', 'settembre|set|sett', 'ottobre|ott', 'novembre|nov', 'dicembre|dic',
  ],
  id: [
    'januari|jan', 'februari|feb|peb', 'maret|mar', 'april|apr', 'mei', 'juni|jun', 'juli|jul',
    'agustus|agu|agt|ags', 'september|sep', 'oktober|okt', 'november|nov|nop', 'desember|des',
  ],
  ms: [
    'januari|jan', 'februari|feb', 'mac', 'april|apr', 'mei', 'jun', 'julai|jul', 'ogos|ogo', 'september|sep',
    'oktober|okt', 'november|nov', 'disember|dis',
  ],
  fr: [
    'janvier|janv', 'février|févr|fevrier|fevr|fév|fev', 'mars', 'avril|avr', 'mai', 'juin', 'juillet|juil|juill',
    'août|aout|aoû', 'septembre|sept', 'octobre|oct', 'novembre|nov', 'décembre|déc|decembre',
  ],
  es: [
    'enero|ene', 'febrero|feb', 'marzo|mar', 'abril|abr', 'mayo|may', 'junio|jun', 'julio|jul', 'agosto|ago',
    'septiembre|setiembre|sept|sep|set', 'octubre|oct', 'noviembre|nov', 'diciembre|dic',
  ],
  de: [
    'januar|jan|jänner|jän', 'februar|feb|feber', 'märz|mär|maerz|mrz', 'april|apr', 'mai', 'juni|jun',
    'juli|jul', 'august|aug', 'september|sept|sep', 'oktober|okt', 'november|nov', 'dezember|dez',
  ],
  pt: [
    'janeiro|jan', 'fevereiro|fev', 'março|marco|mar', 'abril|abr', 'maio|mai', 'junho|jun', 'julho|jul',
    'agosto|ago', 'setembro|set', 'outubro|out', 'novembro|nov', 'dezembro|dez',
  ],
  nl: [
    'januari|jan', 'februari|feb', 'maart|mrt', 'april|apr', 'mei', 'juni|jun', 'juli|jul', 'augustus|aug',
    'september|sep|sept', 'oktober|okt', 'november|nov', 'december|dec',
  ],
  th: [
    'มกราคม|ม.ค.', 'กุมภาพันธ์|ก.พ.', 'มีนาคม|มี.ค.', 'เมษายน|เม.ย.', 'พฤษภาคม|พ.ค.', 'มิถุนายน|มิ.ย.',
    'กรกฎาคม|ก.ค.', 'สิงหาคม|ส.ค.', 'กันยายน|ก.ย.', 'ตุลาคม|ต.ค.', 'พฤศจิกายน|พ.ย.', 'ธันวาคม|ธ.ค.',
  ],
  // vi writes months as `tháng 12` / `thg 12` (handled as a pattern); ja, zh, ko as `12月` / `12월`.
};

/** Index 0 is Sunday. CJK one-character forms (`火`, `화`) are only read in parentheses: `(火)`. */
export const WEEKDAY_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'sunday|sun', 'monday|mon', 'tuesday|tue|tues', 'wednesday|wed', 'thursday|thu|thur|thurs', 'friday|fri',
    'saturday|sat',
  ],
  it: [
    'domenica|dom', 'lunedì|lunedi|lun', 'martedì|martedi|mar', 'mercoledì|mercoledi|mer', 'giovedì|giovedi|gio',
    'venerdì|venerdi|ven', 'sabato|sab',
  ],
  id: ['minggu|min', 'senin|sen', 'selasa|sel', 'rabu|rab', 'kamis|kam', "jumat|jum'at|jum", 'sabtu|sab'],
  ms: ['ahad|ahd', 'isnin|isn', 'selasa|sel', 'rabu|rab', 'khamis|kha', 'jumaat|jum', 'sabtu|sab'],
  fr: ['dimanche|dim', 'lundi|lun', 'mardi|mar', 'mercredi|mer', 'jeudi|jeu', 'vendredi|ven', 'samedi|sam'],
  es: [
    'domingo|dom', 'lunes|lun', 'martes|mar', 'miércoles|miercoles|mié|mie', 'jueves|jue', 'viernes|vie',
    'sábado|sabado|sáb|sab',
  ],
  de: ['sonntag|so', 'montag|mo', 'dienstag|di', 'mittwoch|mi', 'donnerstag|do', 'freitag|fr', 'samstag|sonnabend|sa'],
  nl: ['zondag|zo', 'maandag|ma', 'dinsdag|di', 'woensdag|wo', 'donderdag|do', 'vrijdag|vr', 'zaterdag|za'],
  pt: [
    'domingo|dom', 'segunda-feira|segunda|seg', 'terça-feira|terça|ter', 'quarta-feira|quarta|qua',
    'quinta-feira|quinta|qui', 'sexta-feira|sexta|sex', 'sábado|sáb',
  ],
  vi: [
    'chủ nhật|cn', 'thứ hai|thứ 2|t2', 'thứ ba|thứ 3|t3', 'thứ tư|thứ 4|t4', 'thứ năm|thứ 5|t5', 'thứ sáu|thứ 6|t6',
    'thứ bảy|thứ 7|t7',
  ],
  th: [
    'วันอาทิตย์|อาทิตย์|อา.', 'วันจันทร์|จันทร์|จ.', 'วันอังคาร|อังคาร|อ.', 'วันพุธ|พุธ|พ.',
    'วันพฤหัสบดี|พฤหัสบดี|พฤหัส|พฤ.', 'วันศุกร์|ศุกร์|ศ.', 'วันเสาร์|เสาร์|ส.',
  ],
  ja: ['日曜日|日曜|日', '月曜日|月曜|月', '火曜日|火曜|火', '水曜日|水曜|水', '木曜日|木曜|木', '金曜日|金曜|金', '土曜日|土曜|土'],
  zh: [
    '星期日|星期天|周日|週日|日', '星期一|周一|週一|一', '星期二|周二|週二|二', '星期三|周三|週三|三',
    '星期四|周四|週四|四', '星期五|周五|週五|五', '星期六|周六|週六|六',
  ],
  ko: ['일요일|일', '월요일|월', '화요일|화', '수요일|수', '목요일|목', '금요일|금', '토요일|토'],
};

/** Words that may stand around a date and carry nothing (`de`, `ngày`, `วันที่` …). `พ.ศ.` marks Buddhist years. */
const FILLERS = new Set(
  ['de', 'del', 'of', 'the', 'le', 'el', 'den', 'am', 'on', 'ngày', 'năm', 'วันที่', 'ที่', 'ค.ศ', 'tanggal', 'tgl']
);
const BUDDHIST_ERA = 'พ.ศ';
const VI_MONTH = new Set(['tháng', 'thg']);

/** Table key of a name: NFC, lower case, without a trailing dot. */
function key(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/\.$/, '');
}
/** Same for text that is already NFC and lower case (the parser's working string). */
function keyOf(word: string): string {
  return word.charAt(word.length - 1) === '.' ? word.slice(0, -1) : word;
}

function buildIndex(tables: Readonly<Record<string, readonly string[]>>): Map<string, number> {
  const index = new Map<string, number>();
  const langs = Object.keys(tables);
  for (let l = 0; l < langs.length; l++) {
    const rows = tables[langs[l] ?? ''] ?? [];
    for (let i = 0; i < rows.length; i++) {
      const alts = (rows[i] ?? '').split('|');
      for (let a = 0; a < alts.length; a++) index.set(key(alts[a] ?? ''), i);
    }
  }
  return index;
}

const MONTH_INDEX = buildIndex(MONTH_NAMES); // name → 0..11
const WEEKDAY_INDEX = buildIndex(WEEKDAY_NAMES); // name → 0..6 (Sunday 0)
const CJK_CHAR = new RegExp('[\\p{Script=Han}\\p{Script=Hangul}]', 'u');
const LETTER = new RegExp('[\\p{L}\\p{M}]', 'u');

// ---------------------------------------------------------------------------------------------------------------
// Calendar helpers
// ---------------------------------------------------------------------------------------------------------------

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
function validDate(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
  );
}
function pad(n: number, w: number): string {
  let s = String(n);
  while (s.length < w) s = `0${s}`;
  return s;
}
function iso(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}
function fromBuddhist(y: number, buddhist: boolean): number {
  return buddhist || y > 2400 ? y - 543 : y;
}
/** The year (now's, the one before or after) that puts month/day nearest to `now`. */
function inferYear(m: number, d: number, now: number): number | null {
  const ny = new Date(now).getUTCFullYear();
  let best: number | null = null;
  let bestDist = Infinity;
  for (const y of [ny - 1, ny, ny + 1]) {
    if (!validDate(y, m, d)) continue;
    const dist = Math.abs(Date.UTC(y, m - 1, d) - now);
    if (dist < bestDist) {
      bestDist = dist;
      best = y;
    }
  }
  return best;
}

function finish(y: number | null, m: number, d: number, buddhist: boolean, now: number): Parsed<string> {
  if (m < 1 || m > 12 || d < 1 || d > 31) return fail('invalid-date');
  let year: number;
  if (y === null) {
    const inferred = inferYear(m, d, now);
    if (inferred === null) return fail('invalid-date');
    year = inferred;
  } else year = fromBuddhist(y, buddhist);
  return validDate(year, m, d) ? ok(iso(year, m, d)) : fail('invalid-date');
}

// ---------------------------------------------------------------------------------------------------------------
// Numeric order per language
// ---------------------------------------------------------------------------------------------------------------

const MDY_EN_REGIONS = new Set(['US', 'PH', 'CA', 'UM', 'PR', 'GU', 'AS', 'VI', 'MP', 'MH']);
const YMD_LANGS = new Set(['ja', 'zh', 'ko', 'hu', 'lt', 'mn', 'yue']);
const MDY_LANGS = new Set(['fil']);
const DMY_LANGS = new Set(
  'it fr es de id pt vi th ms nl pl ru tr sv da nb nn no fi cs sk ro el uk bg hr sl sr lv et ca gl eu he ar hi bn ta te ur fa sw is ga mt'.split(
    ' ',
  ),
);

/** How a page writes `a/b/yyyy`, or null when the language does not say (ja, zh, ko write the year first). */
function yearLastOrder(li: LangInfo): 'DMY' | 'MDY' | null {
  if (!li.base) return null;
  if (li.base === 'en') return li.region === null || MDY_EN_REGIONS.has(li.region) ? 'MDY' : 'DMY';
  if (li.base === 'zh' && (li.region === 'HK' || li.region === 'MO')) return 'DMY';
  if (YMD_LANGS.has(li.base)) return null;
  if (MDY_LANGS.has(li.base)) return 'MDY';
  if (DMY_LANGS.has(li.base)) return 'DMY';
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------------------------

const CJK_FULL = /^(\d{4}) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일]?$/;
const CJK_NO_YEAR = /^(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일]$/;
const NUMERIC = /^(\d+) ?([/.-]) ?(\d+) ?([/.-]) ?(\d+)( ?\.)?$/;

/** A trailing time of day, with optional seconds, AM/PM and zone; removed before reading the date. */
const TIME = new RegExp(
  '(?:^|[ ,]|(?<=\\d)t) ?(?:(?:午前|午後|上午|下午|오전|오후) ?)?([01]?\\d|2[0-3])[:h]([0-5]\\d)(?::[0-5]\\d(?:\\.\\d{1,9})?)?' +
    ' ?(?:am|pm|a\\.m\\.|p\\.m\\.|sa|ch)?' +
    ' ?(?:z|\\(? ?(?:utc|gmt) ?(?:[+-] ?\\d{1,2}(?::?\\d{2})?)? ?\\)?|[+-]\\d{2}:?\\d{2})?$',
  'u',
);

const TOKEN = new RegExp(
  '( +|[,、/-])|(\\d+)(st|nd|rd|th|er|re|º|°|ª)?(\\.)?|([\\p{L}\\p{M}]+(?:[.\'\\-][\\p{L}\\p{M}]+)*\\.?)',
  'uy',
);

interface Core {
  y: number | null;
  m: number;
  d: number;
  buddhist: boolean;
}

function parseNumeric(s: string, li: LangInfo): Parsed<Core> | null {
  const n = NUMERIC.exec(s);
  if (!n) return null;
  const [, a = '', s1 = '', b = '', s2 = '', c = '', trail] = n;
  if (s1 !== s2) return fail('unrecognised');
  if (trail && s1 !== '.') return fail('unrecognised');
  if (a.length === 4 && b.length <= 2 && c.length <= 2) {
    return ok({ y: Number(a), m: Number(b), d: Number(c), buddhist: false });
  }
  if (c.length === 4 && a.length <= 2 && b.length <= 2) {
    const x = Number(a);
    const z = Number(b);
    let order = yearLastOrder(li);
    if (order === null) {
      if (x === z) order = 'DMY';
      else if (x > 12 && z <= 12) order = 'DMY';
      else if (z > 12 && x <= 12) order = 'MDY';
      else return fail(x > 12 && z > 12 ? 'invalid-date' : 'ambiguous');
    }
    return order === 'DMY'
      ? ok({ y: Number(c), m: z, d: x, buddhist: false })
      : ok({ y: Number(c), m: x, d: z, buddhist: false });
  }
  if ((c.length === 2 && a.length <= 2) || (a.length === 2 && c.length <= 2)) return fail('two-digit-year');
  return fail('unrecognised');
}

function parseWords(s: string): Parsed<Core> {
  const months: number[] = [];
  const days: number[] = [];
  const years: number[] = [];
  let buddhist = false;
  TOKEN.lastIndex = 0;
  let pendingVi = false;
  while (TOKEN.lastIndex < s.length) {
    const at = TOKEN.lastIndex;
    const t = TOKEN.exec(s);
    if (!t || t.index !== at) return fail('unrecognised');
    if (t[1] !== undefined) continue;
    if (t[2] !== undefined) {
      const digits = t[2];
      const suffix = t[3];
      if (pendingVi) {
        pendingVi = false;
        if (digits.length > 2 || suffix !== undefined) return fail('unrecognised');
        months.push(Number(digits));
      } else if (digits.length === 4 && suffix === undefined) years.push(Number(digits));
      else if (digits.length <= 2) days.push(Number(digits));
      else return fail('unrecognised');
      continue;
    }
    if (pendingVi) return fail('unrecognised');
    const word = keyOf(t[5] ?? '');
    const month = MONTH_INDEX.get(word);
    if (month !== undefined) months.push(month + 1);
    else if (VI_MONTH.has(word)) pendingVi = true;
    else if (word === BUDDHIST_ERA) buddhist = true;
    else if (!FILLERS.has(word)) return fail('unrecognised');
  }
  if (pendingVi) return fail('unrecognised');
  if (months.length !== 1) return fail(months.length === 0 ? 'unrecognised' : 'ambiguous');
  if (days.length !== 1) return fail(days.length === 0 ? 'no-day' : 'unrecognised');
  if (years.length > 1) return fail('unrecognised');
  return ok({ y: years[0] ?? null, m: months[0] ?? 0, d: days[0] ?? 0, buddhist });
}

function parseCore(s: string, li: LangInfo): Parsed<Core> {
  if (!s) return fail('empty');
  const cjk = CJK_FULL.exec(s);
  if (cjk) return ok({ y: Number(cjk[1]), m: Number(cjk[2]), d: Number(cjk[3]), buddhist: false });
  const cjk2 = CJK_NO_YEAR.exec(s);
  if (cjk2) return ok({ y: null, m: Number(cjk2[1]), d: Number(cjk2[2]), buddhist: false });
  const numeric = parseNumeric(s, li);
  if (numeric) return numeric;
  if (!LETTER.test(s)) return fail('unrecognised');
  return parseWords(s);
}

/** Leading or trailing weekday: the rest of the text and the weekday (0 = Sunday), or null. */
function splitWeekday(s: string): { rest: string; weekday: number } | null {
  const paren = s.endsWith(')') ? /^(.*?) ?\( ?([^()]+?) ?\)$/.exec(s) : null;
  if (paren) {
    const wd = WEEKDAY_INDEX.get(keyOf(paren[2] ?? ''));
    if (wd !== undefined) return { rest: paren[1] ?? '', weekday: wd };
  }
  const words = s.split(' ');
  // Leading, one or two words (`thứ ba,`), Thai glued to `ที่` (`วันอังคารที่ 1 …`).
  for (let n = 2; n >= 1; n--) {
    if (words.length <= n) continue;
    const head = words.slice(0, n).join(' ').replace(/[,、]$/, '');
    let wd = WEEKDAY_INDEX.get(keyOf(head));
    if (wd === undefined && head.endsWith('ที่')) wd = WEEKDAY_INDEX.get(keyOf(head.slice(0, -3)));
    if (wd !== undefined && !isSingleCjk(head)) return { rest: words.slice(n).join(' '), weekday: wd };
  }
  // Trailing, one or two words (`… 1일 화요일`).
  for (let n = 2; n >= 1; n--) {
    if (words.length <= n) continue;
    const tail = words.slice(words.length - n).join(' ');
    const wd = WEEKDAY_INDEX.get(keyOf(tail));
    if (wd !== undefined && !isSingleCjk(tail)) {
      return { rest: words.slice(0, words.length - n).join(' ').replace(/[ ,、]+$/, ''), weekday: wd };
    }
  }
  // CJK glued to the date: `2026年12月1日火曜日`, `…1日星期二`, `…1日周二`.
  for (let len = 3; len >= 2; len--) {
    if (s.length <= len) continue;
    const tail = s.slice(s.length - len);
    const wd = WEEKDAY_INDEX.get(tail);
    if (wd !== undefined && CJK_CHAR.test(tail)) return { rest: s.slice(0, s.length - len), weekday: wd };
  }
  return null;
}

/** One-character CJK weekdays (`火`, `二`, `화`) are only read in parentheses. */
function isSingleCjk(w: string): boolean {
  return w.length === 1 && CJK_CHAR.test(w);
}

function resolve(s: string, li: LangInfo, now: number): Parsed<string> {
  const core = parseCore(s, li);
  if (!core.ok) return core;
  return finish(core.value.y, core.value.m, core.value.d, core.value.buddhist, now);
}

/**
 * Read one date such as `2026年12月1日`, `Dec 1, 2026`, `01/12/2026` (per `opts.lang`), `1 ธ.ค. 2569`, `12月1日`
 * (year from `opts.now`). Returns `YYYY-MM-DD`.
 */
export function parseDate(text: string, opts?: { lang?: string | null; now?: number }): Parsed<string> {
  try {
    return parseDateInner(text, opts ?? {});
  } catch {
    return fail('unreadable');
  }
}

function parseDateInner(text: unknown, opts: { lang?: string | null; now?: number }): Parsed<string> {
  if (typeof text !== 'string') return fail('not-a-string');
  if (text.length > MAX_INPUT) return fail('too-long');
  const norm = normaliseText(text);
  if (norm === null) return fail('mixed-digits');
  let s = norm.normalize('NFC').toLowerCase().replace(/[ \u00a0]+/g, ' ').trim();
  if (!s) return fail('empty');
  const li = langInfo(opts.lang);
  const now = typeof opts.now === 'number' && Number.isFinite(opts.now) ? opts.now : Date.now();

  const time = TIME.exec(s);
  if (time && time.index > 0) s = s.slice(0, time.index).replace(/[ ,]+$/, '');

  const wd = splitWeekday(s);
  let mismatch = false;
  if (wd) {
    const r = resolve(wd.rest, li, now);
    if (r.ok) {
      const [y, m, d] = r.value.split('-').map(Number);
      if (new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay() === wd.weekday) return r;
      mismatch = true;
    }
    const whole = resolve(s, li, now);
    if (whole.ok) return whole;
    return mismatch ? fail('weekday-mismatch') : r.ok ? whole : r;
  }
  return resolve(s, li, now);
}

/** `iso` (`YYYY-MM-DD`) as Intl writes it in `lang` (day, short month, year); `iso` itself when not a date. */
export function formatDatePlain(iso: string, lang: string): string {
  const m = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return String(iso);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return iso;
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(lang || 'en', options).format(date);
  } catch {
    try {
      return new Intl.DateTimeFormat('en', options).format(date);
    } catch {
      return iso;
    }
  }
}
