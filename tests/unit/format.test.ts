import { describe, expect, it } from 'vitest';
import {
  addMoney,
  compareMoney,
  formatDatePlain,
  formatMoneyPlain,
  moneyRatio,
  parseDate,
  parseInteger,
  parseMoney,
  subMoney,
  type Money,
} from '../../utils/format';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../utils/format/date';

type MoneyOpts = { lang?: string | null; currency?: string | null };
/** [text, opts, expected amount, expected currency] or [text, opts, null, expected reason]. */
type MoneyRow = [string, MoneyOpts, string | null, string];

const NNBSP = '\u202f';
const NBSP = '\u00a0';

const MONEY_ROWS: MoneyRow[] = [
  // en / no language
  ['€1,234.56', {}, '1234.56', 'EUR'],
  ['€1,234.56', { lang: 'en' }, '1234.56', 'EUR'],
  ['US$100', {}, '100', 'USD'],
  ['$100.00 USD', {}, '100.00', 'USD'],
  ['USD 100.00', { lang: 'en' }, '100.00', 'USD'],
  ['0.00 USD', { lang: 'en' }, '0.00', 'USD'],
  ['-12.50 USD', { lang: 'en' }, '-12.50', 'USD'],
  ['(12.50) USD', { lang: 'en' }, '-12.50', 'USD'],
  ['USD (12.50)', {}, '-12.50', 'USD'],
  ['(US$12.50)', {}, '-12.50', 'USD'],
  ['-$12.50', { lang: 'en' }, '-12.50', 'USD'],
  ['$-12.50', { lang: 'en' }, '-12.50', 'USD'],
  ['−12.50 USD', {}, '-12.50', 'USD'],
  ['-0.00 USD', {}, '0.00', 'USD'],
  ['$1,234,567.89', { lang: 'en' }, '1234567.89', 'USD'],
  ['$1.234', { lang: 'en' }, '1.234', 'USD'],
  ['$1,234', { lang: 'en' }, '1234', 'USD'],
  ['$100', { lang: 'en-US' }, '100', 'USD'],
  ['$100', { lang: 'en-AU' }, '100', 'AUD'],
  ['$100', { lang: 'en', currency: 'CAD' }, '100', 'CAD'],
  ['1,234.56 (USD)', { lang: 'en' }, '1234.56', 'USD'],
  ['10.28 USD', { lang: 'en' }, '10.28', 'USD'],
  ['1234.50 USD', {}, '1234.50', 'USD'],
  ['£5', {}, '5', 'GBP'],
  ['£1,000.00', { lang: 'en-GB' }, '1000.00', 'GBP'],
  ['A$10', {}, '10', 'AUD'],
  ['AU$10.00', {}, '10.00', 'AUD'],
  ['C$10', {}, '10', 'CAD'],
  ['CA$10.00', {}, '10.00', 'CAD'],
  ['S$10.00', {}, '10.00', 'SGD'],
  ['HK$50.5', {}, '50.5', 'HKD'],
  ['NT$1,000', {}, '1000', 'TWD'],
  ['MX$100.00', {}, '100.00', 'MXN'],
  ['₩1,000', {}, '1000', 'KRW'],
  ['₩1.000', { lang: 'en' }, '1000', 'KRW'],
  ['₱1,000.00', { lang: 'en' }, '1000.00', 'PHP'],
  ['RM 100.00', { lang: 'en' }, '100.00', 'MYR'],
  ['RM100', { lang: 'ms' }, '100', 'MYR'],
  ["CHF 1'234.50", {}, '1234.50', 'CHF'],
  ['CHF 1’234.50', { lang: 'de-CH' }, '1234.50', 'CHF'],
  ['1,234.56', { currency: 'USD' }, '1234.56', 'USD'],
  ['1,234.56', { currency: 'usd' }, '1234.56', 'USD'],
  ['100 EUR', { currency: 'USD' }, '100', 'EUR'],
  ['\u200e$100\u200f', { lang: 'en' }, '100', 'USD'],
  ['\u2067US$ 100\u2069', {}, '100', 'USD'],
  ['  USD\t100.00  ', {}, '100.00', 'USD'],
  ['+5.00 USD', {}, '5.00', 'USD'],
  // it
  ['1.234,56 €', { lang: 'it' }, '1234.56', 'EUR'],
  ['1.234 €', { lang: 'it' }, '1234', 'EUR'],
  ['1.284,50 EUR', { lang: 'it' }, '1284.50', 'EUR'],
  ['-1.234,56 USD', { lang: 'it' }, '-1234.56', 'USD'],
  ['100,00 USD', { lang: 'it' }, '100.00', 'USD'],
  // id
  ['Rp 1.000.000', { lang: 'id' }, '1000000', 'IDR'],
  ['Rp 1.000.000', {}, '1000000', 'IDR'],
  ['Rp1.000.000,00', { lang: 'id' }, '1000000.00', 'IDR'],
  ['Rp 412.300', { lang: 'en' }, '412300', 'IDR'],
  ['Rp 0', { lang: 'id' }, '0', 'IDR'],
  ['Rp. 2.450.000', { lang: 'id' }, '2450000', 'IDR'],
  ['Rp 1,000,000', { lang: 'en' }, '1000000', 'IDR'],
  ['US$1.234,56', { lang: 'id' }, '1234.56', 'USD'],
  // fr
  [`1${NNBSP}234,56${NBSP}€`, { lang: 'fr' }, '1234.56', 'EUR'],
  [`1${NBSP}234,56${NBSP}€`, { lang: 'fr' }, '1234.56', 'EUR'],
  ['1 234,56 €', { lang: 'fr' }, '1234.56', 'EUR'],
  [`1${NNBSP}920,00${NNBSP}EUR`, { lang: 'fr' }, '1920.00', 'EUR'],
  [`-12,50${NBSP}$US`, { lang: 'fr' }, '-12.50', 'USD'],
  [`1${NNBSP}000,00${NBSP}$CA`, { lang: 'fr-CA' }, '1000.00', 'CAD'],
  ['1 234 567 €', { lang: 'fr' }, '1234567', 'EUR'],
  // es
  ['1.234,56 €', { lang: 'es' }, '1234.56', 'EUR'],
  ['1.234,56 US$', { lang: 'es' }, '1234.56', 'USD'],
  ['$1,234.56', { lang: 'es-MX' }, '1234.56', 'MXN'],
  ['$100', { lang: 'es', currency: 'MXN' }, '100', 'MXN'],
  // de
  ['1.234,56 €', { lang: 'de' }, '1234.56', 'EUR'],
  ['1.234 €', { lang: 'de' }, '1234', 'EUR'],
  ['1.50 €', { lang: 'de' }, '1.50', 'EUR'],
  ['1.234,56 $', { lang: 'de' }, '1234.56', 'USD'],
  ['12.345 ¥', { lang: 'de' }, '12345', 'JPY'],
  // pt
  ['R$ 1.234,56', { lang: 'pt' }, '1234.56', 'BRL'],
  ['R$1.234,56', {}, '1234.56', 'BRL'],
  ['US$ 10,00', { lang: 'pt-BR' }, '10.00', 'USD'],
  ['€ 1.234,56', { lang: 'pt' }, '1234.56', 'EUR'],
  // ja
  ['¥12,345', { lang: 'ja' }, '12345', 'JPY'],
  ['￥12,345', { lang: 'ja' }, '12345', 'JPY'],
  ['12,345円', { lang: 'ja' }, '12345', 'JPY'],
  ['12,345 円', {}, '12345', 'JPY'],
  ['１２，３４５円', { lang: 'ja' }, '12345', 'JPY'],
  ['$1,234.56', { lang: 'ja' }, '1234.56', 'USD'],
  ['¥1,234', {}, '1234', 'JPY'],
  // zh
  ['¥12,345', { lang: 'zh' }, '12345', 'CNY'],
  ['¥1,234.50', { lang: 'zh-CN' }, '1234.50', 'CNY'],
  ['12,345.00元', { lang: 'zh' }, '12345.00', 'CNY'],
  ['CN¥1,234.50', {}, '1234.50', 'CNY'],
  ['JP¥1,234', { lang: 'zh' }, '1234', 'JPY'],
  ['US$1,234.56', { lang: 'zh' }, '1234.56', 'USD'],
  ['$1,000', { lang: 'zh-TW' }, '1000', 'TWD'],
  // vi
  ['₫1.000.000', { lang: 'vi' }, '1000000', 'VND'],
  ['1.000.000 ₫', { lang: 'vi' }, '1000000', 'VND'],
  ['1.000.000 VND', {}, '1000000', 'VND'],
  ['1.000.000đ', { lang: 'vi' }, '1000000', 'VND'],
  ['₫1,000', { lang: 'en' }, '1000', 'VND'],
  ['1.234,56 US$', { lang: 'vi' }, '1234.56', 'USD'],
  // th
  ['฿1,000.00', { lang: 'th' }, '1000.00', 'THB'],
  ['฿1,000.00', {}, '1000.00', 'THB'],
  ['1,000.00 บาท', { lang: 'th' }, '1000.00', 'THB'],
  ['฿๑,๐๐๐.๕๐', { lang: 'th' }, '1000.50', 'THB'],
  // other digit scripts and languages
  ['US$ ١٬٢٣٤٫٥٠', {}, '1234.50', 'USD'],
  ['1 234,56 kr', { lang: 'sv' }, '1234.56', 'SEK'],
  ['1.234,56 KWD', { lang: 'de' }, '1234.56', 'KWD'],
  // garbage and refusals
  ['', {}, null, 'empty'],
  ['   ', {}, null, 'empty'],
  ['USD', {}, null, 'no-number'],
  ['1,234.56', {}, null, 'no-currency'],
  ['$100', { lang: 'es' }, null, 'ambiguous-currency'],
  ['$100', { lang: 'pt' }, null, 'ambiguous-currency'],
  ['100 kr', {}, null, 'ambiguous-currency'],
  ['$100 EUR', {}, null, 'currency-conflict'],
  ['USD 100 EUR', {}, null, 'currency-conflict'],
  ['ABC 100', {}, null, 'unknown-currency'],
  ['100 usd', {}, null, 'unexpected-text'],
  ['Total: 100 USD', {}, null, 'unexpected-text'],
  ['l00 USD', {}, null, 'unexpected-text'],
  ['O.5 USD', {}, null, 'unexpected-text'],
  ['1OO USD', {}, null, 'unexpected-text'],
  ['1O0 USD', {}, null, 'multiple-numbers'],
  ['12a34 USD', {}, null, 'multiple-numbers'],
  ['1e5 USD', {}, null, 'multiple-numbers'],
  ['100 200 USD', { lang: 'en' }, null, 'multiple-numbers'],
  ['$1.00 $2.00', {}, null, 'multiple-numbers'],
  ['1.2.3,4,5 €', {}, null, 'bad-grouping'],
  ['1,234,56 USD', {}, null, 'bad-grouping'],
  ['1,23,456.00 USD', {}, null, 'bad-grouping'],
  ['1.234,567.89 USD', {}, null, 'bad-grouping'],
  ['1..2 USD', {}, null, 'multiple-numbers'],
  ['1234567890123456 USD', {}, null, 'too-large'],
  ['1,234,567,890,123,456.00 USD', {}, null, 'too-large'],
  ['0.123456789 USD', {}, null, 'too-many-decimals'],
  ['007 USD', {}, null, 'leading-zero'],
  ['--5 USD', {}, null, 'bad-sign'],
  ['-(5) USD', {}, null, 'bad-sign'],
  ['(5 USD', {}, null, 'unexpected-text'],
  ['1.234 KWD', {}, null, 'ambiguous'],
  ['1๒3 USD', {}, null, 'mixed-digits'],
  ['１2３ USD', {}, null, 'mixed-digits'],
  ['💰 100 USD', {}, null, 'unexpected-text'],
  ['100 USD 🙂', {}, null, 'unexpected-text'],
  ['x'.repeat(10_000), {}, null, 'too-long'],
  [`${'1'.repeat(5_000)} USD`, {}, null, 'too-long'],
];

describe('parseMoney (table)', () => {
  it.each(MONEY_ROWS)('%j %j', (text, opts, amount, second) => {
    const r = parseMoney(text, opts);
    if (amount === null) expect(r).toEqual({ ok: false, reason: second });
    else expect(r).toEqual({ ok: true, value: { amount, currency: second } });
  });

  it('accepts undefined opts and null fields', () => {
    expect(parseMoney('US$5')).toEqual({ ok: true, value: { amount: '5', currency: 'USD' } });
    expect(parseMoney('$5', { lang: null, currency: null })).toEqual({ ok: true, value: { amount: '5', currency: 'USD' } });
  });

  it('never throws on non-strings reaching it from untyped code', () => {
    for (const v of [undefined, null, 5, {}, [], Symbol('x')]) {
      expect(parseMoney(v as unknown as string)).toEqual({ ok: false, reason: 'not-a-string' });
    }
  });
});

type DateOpts = { lang?: string | null; now?: number };
/** [text, opts, expected ISO date or null, expected reason when null]. */
type DateRow = [string, DateOpts, string | null, string?];
const NOW = Date.UTC(2026, 10, 29, 12); // 2026-11-29

const DATE_ROWS: DateRow[] = [
  // ISO / numeric
  ['2026-12-01', {}, '2026-12-01'],
  ['2026/12/01', { lang: 'ja' }, '2026-12-01'],
  ['2026/12/1', { lang: 'zh' }, '2026-12-01'],
  ['2026.12.01', {}, '2026-12-01'],
  ['2026. 12. 1.', { lang: 'ko' }, '2026-12-01'],
  ['12/01/2026', { lang: 'en' }, '2026-12-01'],
  ['12/1/2026', { lang: 'en-US' }, '2026-12-01'],
  ['01/12/2026', { lang: 'en' }, '2026-01-12'],
  ['01/12/2026', { lang: 'en-GB' }, '2026-12-01'],
  ['01/12/2026', { lang: 'it' }, '2026-12-01'],
  ['01/12/2026', { lang: 'fr' }, '2026-12-01'],
  ['01/12/2026', { lang: 'es' }, '2026-12-01'],
  ['01.12.2026', { lang: 'de' }, '2026-12-01'],
  ['01/12/2026', { lang: 'id' }, '2026-12-01'],
  ['01/12/2026', { lang: 'pt-BR' }, '2026-12-01'],
  ['01/12/2026', { lang: 'vi' }, '2026-12-01'],
  ['01/12/2569', { lang: 'th' }, '2026-12-01'],
  ['1-12-2026', { lang: 'nl' }, '2026-12-01'],
  ['13/12/2026', {}, '2026-12-13'],
  ['12/13/2026', {}, '2026-12-13'],
  ['05/05/2026', {}, '2026-05-05'],
  ['2026-12-01T10:00:00Z', {}, '2026-12-01'],
  ['2026-12-01 23:59:59', {}, '2026-12-01'],
  ['12/01/2026 10:00 AM (UTC-08:00)', { lang: 'en' }, '2026-12-01'],
  ['01/12/2026 10:00 (UTC+07:00)', { lang: 'vi' }, '2026-12-01'],
  // CJK
  ['2026年12月1日', { lang: 'ja' }, '2026-12-01'],
  ['2026年12月1日', {}, '2026-12-01'],
  ['2026 年 12 月 1 日', { lang: 'zh' }, '2026-12-01'],
  ['２０２６年１２月１日', { lang: 'ja' }, '2026-12-01'],
  ['2026年12月1日(火)', { lang: 'ja' }, '2026-12-01'],
  ['2026年12月1日（火）', { lang: 'ja' }, '2026-12-01'],
  ['2026年12月1日火曜日', { lang: 'ja' }, '2026-12-01'],
  ['2026年12月1日 星期二', { lang: 'zh' }, '2026-12-01'],
  ['2026년 12월 1일', { lang: 'ko' }, '2026-12-01'],
  ['12月1日', { lang: 'ja', now: NOW }, '2026-12-01'],
  ['1月5日', { lang: 'zh', now: NOW }, '2027-01-05'],
  ['11月1日', { lang: 'ja', now: NOW }, '2026-11-01'],
  ['2月29日', { lang: 'ja', now: Date.UTC(2028, 0, 10) }, '2028-02-29'],
  // en
  ['Dec 1, 2026', { lang: 'en' }, '2026-12-01'],
  ['December 1, 2026', {}, '2026-12-01'],
  ['Dec. 1, 2026', {}, '2026-12-01'],
  ['1 Dec 2026', { lang: 'en-GB' }, '2026-12-01'],
  ['01-Dec-2026', {}, '2026-12-01'],
  ['December 1st, 2026', {}, '2026-12-01'],
  ['Tuesday, December 1, 2026', { lang: 'en' }, '2026-12-01'],
  ['Dec 1', { lang: 'en', now: NOW }, '2026-12-01'],
  ['Mar 1, 2026', { lang: 'en' }, '2026-03-01'],
  // it
  ['1 dic 2026', { lang: 'it' }, '2026-12-01'],
  ['1 dicembre 2026', { lang: 'it' }, '2026-12-01'],
  ['martedì 1 dicembre 2026', { lang: 'it' }, '2026-12-01'],
  // fr
  ['1 déc. 2026', { lang: 'fr' }, '2026-12-01'],
  ['1 décembre 2026', { lang: 'fr' }, '2026-12-01'],
  ['1er décembre 2026', { lang: 'fr' }, '2026-12-01'],
  ['mardi 1 décembre 2026', { lang: 'fr' }, '2026-12-01'],
  ['1 de\u0301c. 2026', { lang: 'fr' }, '2026-12-01'],
  ['15 févr. 2027', { lang: 'fr' }, '2027-02-15'],
  // es
  ['1 dic 2026', { lang: 'es' }, '2026-12-01'],
  ['1 de diciembre de 2026', { lang: 'es' }, '2026-12-01'],
  ['martes, 1 de diciembre de 2026', { lang: 'es' }, '2026-12-01'],
  ['mar 1 dic 2026', { lang: 'es' }, '2026-12-01'],
  // de
  ['1. Dezember 2026', { lang: 'de' }, '2026-12-01'],
  ['1. Dez. 2026', { lang: 'de' }, '2026-12-01'],
  ['Dienstag, 1. Dezember 2026', { lang: 'de' }, '2026-12-01'],
  ['3. März 2026', { lang: 'de' }, '2026-03-03'],
  ['1. Jänner 2027', { lang: 'de-AT' }, '2027-01-01'],
  // id
  ['1 Desember 2026', { lang: 'id' }, '2026-12-01'],
  ['1 Des 2026', { lang: 'id' }, '2026-12-01'],
  ['Selasa, 01 Desember 2026', { lang: 'id' }, '2026-12-01'],
  ['17 Agu 2026', { lang: 'id' }, '2026-08-17'],
  // pt
  ['1 de dezembro de 2026', { lang: 'pt' }, '2026-12-01'],
  ['1 de dez. de 2026', { lang: 'pt-BR' }, '2026-12-01'],
  ['terça-feira, 1 de dezembro de 2026', { lang: 'pt' }, '2026-12-01'],
  // vi
  ['1 tháng 12, 2026', { lang: 'vi' }, '2026-12-01'],
  ['1 thg 12, 2026', { lang: 'vi' }, '2026-12-01'],
  ['ngày 01 tháng 12 năm 2026', { lang: 'vi' }, '2026-12-01'],
  ['Thứ Ba, 1 tháng 12, 2026', { lang: 'vi' }, '2026-12-01'],
  // th
  ['1 ธ.ค. 2569', { lang: 'th' }, '2026-12-01'],
  ['1 ธันวาคม 2569', { lang: 'th' }, '2026-12-01'],
  ['๑ ธ.ค. ๒๕๖๙', { lang: 'th' }, '2026-12-01'],
  ['วันอังคารที่ 1 ธันวาคม พ.ศ. 2569', { lang: 'th' }, '2026-12-01'],
  ['1 ธันวาคม 2026', { lang: 'th' }, '2026-12-01'],
  ['29 ก.พ. 2567', { lang: 'th' }, '2024-02-29'],
  // bidi / invisible controls
  ['\u200f2026-12-01\u200e', {}, '2026-12-01'],
  ['\u2068Dec 1, 2026\u2069', {}, '2026-12-01'],
  // refusals
  ['01/12/2026', {}, null, 'ambiguous'],
  ['01/12/2026', { lang: 'ja' }, null, 'ambiguous'],
  ['2026/02/30', {}, null, 'invalid-date'],
  ['2026-02-29', {}, null, 'invalid-date'],
  ['30 feb 2026', {}, null, 'invalid-date'],
  ['31/04/2026', { lang: 'fr' }, null, 'invalid-date'],
  ['13/01/2026', { lang: 'en' }, null, 'invalid-date'],
  ['2026-13-01', {}, null, 'invalid-date'],
  ['1850-01-01', {}, null, 'invalid-date'],
  ['01.12.26', { lang: 'de' }, null, 'two-digit-year'],
  ['2026/12-01', {}, null, 'unrecognised'],
  ['Monday, December 1, 2026', { lang: 'en' }, null, 'weekday-mismatch'],
  ['December 2026', {}, null, 'no-day'],
  ['1 2 dic 2026', {}, null, 'unrecognised'],
  ['1 dic 2026 2027', {}, null, 'unrecognised'],
  ['Dec 1 Jan 2026', {}, null, 'ambiguous'],
  ['Nov 23, 2026 – Nov 29, 2026', {}, null, 'unrecognised'],
  ['Bill date: Dec 1, 2026', {}, null, 'unrecognised'],
  ['hello', {}, null, 'unrecognised'],
  ['2026', {}, null, 'unrecognised'],
  ['', {}, null, 'empty'],
  ['2026-1๒-01', {}, null, 'mixed-digits'],
  ['x'.repeat(10_000), {}, null, 'too-long'],
];

describe('parseDate (table)', () => {
  it.each(DATE_ROWS)('%j %j', (text, opts, iso, reason) => {
    const r = parseDate(text, opts);
    if (iso === null) expect(r).toEqual({ ok: false, reason });
    else expect(r).toEqual({ ok: true, value: iso });
  });

  it('never throws on non-strings reaching it from untyped code', () => {
    for (const v of [undefined, null, 5, {}, []]) {
      expect(parseDate(v as unknown as string)).toEqual({ ok: false, reason: 'not-a-string' });
    }
  });
});

describe('month and weekday tables', () => {
  const conflicts = (tables: Readonly<Record<string, readonly string[]>>) => {
    const seen = new Map<string, number>();
    const bad: string[] = [];
    for (const [lang, rows] of Object.entries(tables)) {
      rows.forEach((row, i) => {
        for (const alt of row.split('|')) {
          const k = alt.normalize('NFC').toLowerCase().replace(/\.$/, '');
          const prev = seen.get(k);
          if (prev !== undefined && prev !== i) bad.push(`${lang}:${alt}`);
          seen.set(k, i);
        }
      });
    }
    return bad;
  };

  it('no name means two different months or weekdays across languages', () => {
    expect(conflicts(MONTH_NAMES)).toEqual([]);
    expect(conflicts(WEEKDAY_NAMES)).toEqual([]);
  });

  it('has 12 months and 7 weekdays per language', () => {
    for (const rows of Object.values(MONTH_NAMES)) expect(rows).toHaveLength(12);
    for (const rows of Object.values(WEEKDAY_NAMES)) expect(rows).toHaveLength(7);
  });

  it.each(['en', 'it', 'id', 'fr', 'es', 'de', 'pt', 'ja', 'vi', 'th', 'zh', 'ko', 'ms', 'nl'])(
    'reads every month Intl writes in %s (long, medium, full)',
    (lang) => {
      for (let m = 0; m < 12; m++) {
        const d = new Date(Date.UTC(2026, m, 14));
        const want = `2026-${String(m + 1).padStart(2, '0')}-14`;
        for (const dateStyle of ['long', 'medium', 'full'] as const) {
          const text = new Intl.DateTimeFormat(lang, { dateStyle, timeZone: 'UTC' }).format(d);
          expect([text, parseDate(text, { lang })]).toEqual([text, { ok: true, value: want }]);
        }
      }
    },
  );
});

describe('parseInteger', () => {
  it.each([
    ['0', 0],
    ['42', 42],
    ['1,234', 1234],
    ['1.234', 1234],
    ['12 345', 12345],
    [`12${NNBSP}345`, 12345],
    ["1'234'567", 1234567],
    ['１２３', 123],
    ['๑๒๓', 123],
    ['-3', -3],
    ['−3', -3],
    [' 7 ', 7],
    ['999,999,999,999,999', 999999999999999],
  ] as const)('%j → %d', (text, n) => {
    expect(parseInteger(text)).toEqual({ ok: true, value: n });
  });

  it.each([
    ['', 'empty'],
    ['abc', 'no-number'],
    ['1.5', 'not-integer'],
    ['1,234.00', 'not-integer'],
    ['1,2345', 'not-integer'],
    ['1,23,456', 'bad-grouping'],
    ['12a', 'unexpected-text'],
    ['3 accounts', 'unexpected-text'],
    ['007', 'leading-zero'],
    ['1234567890123456', 'too-large'],
    ['1๒3', 'mixed-digits'],
  ] as const)('%j → %s', (text, reason) => {
    expect(parseInteger(text)).toEqual({ ok: false, reason });
  });
});

describe('exact money arithmetic', () => {
  const usd = (amount: string): Money => ({ amount, currency: 'USD' });
  const jpy = (amount: string): Money => ({ amount, currency: 'JPY' });

  it.each([
    ['1234.5', '1234.50', 0],
    ['179.99', '180', -1],
    ['0.3', '0.1', 1],
    ['-1', '0', -1],
    ['999999999999999.99', '999999999999999.98', 1],
  ] as const)('compareMoney(%s, %s) = %i', (a, b, r) => {
    expect(compareMoney(usd(a), usd(b))).toBe(r);
  });

  it('compareMoney is null across currencies or for malformed amounts', () => {
    expect(compareMoney(usd('1'), jpy('1'))).toBeNull();
    expect(compareMoney(usd('1,00'), usd('1'))).toBeNull();
  });

  it('adds and subtracts exactly, keeping the larger precision', () => {
    expect(addMoney(usd('0.1'), usd('0.2'))).toEqual(usd('0.3'));
    expect(addMoney(usd('1234.50'), usd('0.5'))).toEqual(usd('1235.00'));
    expect(addMoney(usd('999999999999999.99'), usd('0.01'))).toEqual(usd('1000000000000000.00'));
    expect(subMoney(usd('5.00'), usd('5'))).toEqual(usd('0.00'));
    expect(subMoney(usd('1'), usd('2.50'))).toEqual(usd('-1.50'));
    expect(subMoney(jpy('12345'), jpy('345'))).toEqual(jpy('12000'));
    expect(addMoney(usd('1'), jpy('1'))).toBeNull();
    expect(subMoney(usd('x'), usd('1'))).toBeNull();
  });

  it('moneyRatio is a float for display, null across currencies or when dividing by zero', () => {
    expect(moneyRatio(usd('185'), usd('180'))).toBeCloseTo(185 / 180, 12);
    expect(moneyRatio(usd('144.00'), usd('180'))).toBe(0.8);
    expect(moneyRatio(usd('1'), usd('0.00'))).toBeNull();
    expect(moneyRatio(usd('1'), jpy('1'))).toBeNull();
  });
});

describe('formatting', () => {
  it('formatMoneyPlain shows exactly the amount’s precision, exactly', () => {
    expect(formatMoneyPlain({ amount: '1234.50', currency: 'USD' }, 'en')).toBe('$1,234.50');
    expect(formatMoneyPlain({ amount: '12345', currency: 'JPY' }, 'ja')).toBe('￥12,345');
    expect(formatMoneyPlain({ amount: '999999999999999.99', currency: 'EUR' }, 'de')).toBe(`999.999.999.999.999,99${NBSP}€`);
    expect(formatMoneyPlain({ amount: '1000000', currency: 'IDR' }, 'id')).toBe(`Rp${NBSP}1.000.000`);
    expect(formatMoneyPlain({ amount: 'abc', currency: 'USD' }, 'en')).toBe('abc USD');
    expect(formatMoneyPlain({ amount: '1', currency: 'NOPE!' }, 'en')).toBe('1 NOPE!');
  });

  it('formatDatePlain writes day, short month and year; leaves non-dates alone', () => {
    expect(formatDatePlain('2026-12-01', 'en')).toBe('Dec 1, 2026');
    expect(formatDatePlain('2026-12-01', 'th')).toBe('1 ธ.ค. 2569');
    expect(formatDatePlain('2026-12-01', 'ja')).toBe('2026年12月1日');
    expect(formatDatePlain('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatDatePlain('soon', 'en')).toBe('soon');
    expect(formatDatePlain('2026-12-01', 'not a language!')).toBe('Dec 1, 2026');
  });
});
