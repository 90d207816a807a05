import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  compareMoney,
  formatDatePlain,
  formatMoneyPlain,
  parseDate,
  parseInteger,
  parseMoney,
  subMoney,
  type Money,
  type Parsed,
} from '../../utils/format';

const RUNS = { numRuns: 200 };

/** Page languages, plus regional variants and other numbering systems Intl can produce. */
const LANGS = ['en', 'it', 'id', 'fr', 'es', 'de', 'pt', 'ja', 'vi', 'th', 'zh'] as const;
const LANG_VARIANTS = [
  ...LANGS,
  'en-US',
  'en-GB',
  'en-AU',
  'pt-BR',
  'pt-PT',
  'de-AT',
  'de-CH',
  'fr-CA',
  'fr-CH',
  'es-MX',
  'zh-TW',
  'ko',
  'ms',
  'nl',
  'th-u-nu-thai',
  'ja-u-nu-fullwide',
  'en-u-nu-arab',
] as const;

/** Currencies TikTok accounts use, with their minor units as parsed (IDR shown without decimals). */
const CURRENCIES: ReadonlyArray<readonly [string, number]> = [
  ['USD', 2], ['EUR', 2], ['IDR', 0], ['JPY', 0], ['VND', 0], ['THB', 2], ['BRL', 2], ['MYR', 2], ['PHP', 2],
  ['TWD', 2], ['HKD', 2], ['SGD', 2], ['AUD', 2], ['CAD', 2], ['GBP', 2], ['KRW', 0], ['MXN', 2], ['CNY', 2],
  ['CHF', 2],
];

const TEN = BigInt(10);
const pow10 = (n: number): bigint => {
  let v = BigInt(1);
  for (let i = 0; i < n; i++) v *= TEN;
  return v;
};

/** Exact decimal string of `minor` units with `digits` fraction digits (`-5`, 2 → `-0.05`). */
function amountOf(minor: bigint, digits: number): string {
  const negative = minor < BigInt(0);
  const abs = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const int = abs.slice(0, abs.length - digits);
  const frac = abs.slice(abs.length - digits);
  const zero = minor === BigInt(0);
  return `${negative && !zero ? '-' : ''}${int}${digits > 0 ? `.${frac}` : ''}`;
}

const currencyArb = fc.constantFrom(...CURRENCIES);
/** Up to 15 integer digits, mostly small amounts (like real balances), sometimes huge. */
const moneyArb = currencyArb.chain(([currency, digits]) => {
  const max = pow10(15 + digits) - BigInt(1);
  const small = pow10(6 + digits);
  return fc
    .oneof(fc.bigInt({ min: -small, max: small }), fc.bigInt({ min: -max, max }))
    .map((minor): Money => ({ amount: amountOf(minor, digits), currency }));
});

const isoArb = fc
  .record({ y: fc.integer({ min: 1970, max: 2150 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => {
    const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, dim)).padStart(2, '0')}`;
  });

/** Characters that exercise the parsers' structure: digits of several scripts, separators, markers, controls. */
const TRICKY = [
  ...'0123456789０１２๑๒٣.,\'’ -−+()$€¥￥£₫฿₱₩円元年月日/:lOoeE',
  'USD', 'Rp', 'R$', 'US$', 'RM', 'Dec', 'dic', 'tháng', 'ธ.ค.', '\u00a0', '\u202f', '\u200e', '\u200f', '\u202e',
  '\u2066', '\u061c', '🙂', '\ud800',
];
const trickyString = fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 24 });

function wellFormedMoney(r: Parsed<Money>): boolean {
  if (!r.ok) return typeof r.reason === 'string' && r.reason.length > 0;
  return /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,8})?$/.test(r.value.amount) && /^[A-Z]{3}$/.test(r.value.currency);
}
function wellFormedDate(r: Parsed<string>): boolean {
  if (!r.ok) return typeof r.reason === 'string' && r.reason.length > 0;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(r.value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === r.value;
}

describe('never throws, always answers with a well-formed result', () => {
  const inputs = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 64 }),
    fc.string({ unit: 'grapheme', maxLength: 64 }),
    trickyString,
    fc.string({ unit: 'binary-ascii', minLength: 200, maxLength: 10_000 }),
  );
  const optsArb = fc.record({
    lang: fc.oneof(fc.constantFrom<string | null>(...LANG_VARIANTS, null), fc.string({ maxLength: 12 })),
    currency: fc.oneof(fc.constantFrom<string | null>('USD', 'JPY', 'xx', null), fc.string({ maxLength: 4 })),
    now: fc.oneof(fc.integer(), fc.constant(Number.NaN), fc.double()),
  });

  it('parseMoney, parseDate, parseInteger on arbitrary strings', () => {
    fc.assert(
      fc.property(inputs, optsArb, (text, o) => {
        expect(wellFormedMoney(parseMoney(text, { lang: o.lang, currency: o.currency }))).toBe(true);
        expect(wellFormedDate(parseDate(text, { lang: o.lang, now: o.now }))).toBe(true);
        const n = parseInteger(text);
        expect(n.ok ? Number.isSafeInteger(n.value) : typeof n.reason === 'string').toBe(true);
      }),
      RUNS,
    );
  });
});

describe('formatted values parse back', () => {
  it('formatMoneyPlain → parseMoney gives the same amount and currency', () => {
    fc.assert(
      fc.property(moneyArb, fc.constantFrom(...LANG_VARIANTS), (m, lang) => {
        const text = formatMoneyPlain(m, lang);
        expect([text, parseMoney(text, { lang })]).toEqual([text, { ok: true, value: m }]);
      }),
      RUNS,
    );
  });

  it('Intl with a currency code instead of a symbol parses back too', () => {
    fc.assert(
      fc.property(moneyArb, fc.constantFrom(...LANG_VARIANTS), (m, lang) => {
        const digits = m.amount.includes('.') ? m.amount.split('.')[1]!.length : 0;
        const nf = new Intl.NumberFormat(lang, {
          style: 'currency',
          currency: m.currency,
          currencyDisplay: 'code',
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        });
        const text = (nf.format as unknown as (v: string) => string)(m.amount);
        expect([text, parseMoney(text, { lang })]).toEqual([text, { ok: true, value: m }]);
      }),
      RUNS,
    );
  });

  it('formatDatePlain → parseDate gives the same date', () => {
    fc.assert(
      fc.property(isoArb, fc.constantFrom(...LANG_VARIANTS), (iso, lang) => {
        const text = formatDatePlain(iso, lang);
        expect([text, parseDate(text, { lang })]).toEqual([text, { ok: true, value: iso }]);
      }),
      RUNS,
    );
  });

  it('Intl long, medium and full date styles parse back', () => {
    fc.assert(
      fc.property(isoArb, fc.constantFrom(...LANG_VARIANTS), fc.constantFrom('long', 'medium', 'full' as const), (iso, lang, style) => {
        const [y, m, d] = iso.split('-').map(Number);
        const date = new Date(Date.UTC(y!, m! - 1, d!));
        const text = new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC' }).format(date);
        expect([text, parseDate(text, { lang })]).toEqual([text, { ok: true, value: iso }]);
      }),
      RUNS,
    );
  });

  it('integers formatted by Intl parse back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(...LANG_VARIANTS), (n, lang) => {
        const text = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(n);
        expect([text, parseInteger(text)]).toEqual([text, { ok: true, value: n }]);
      }),
      RUNS,
    );
  });
});

describe('garbage gives ok:false', () => {
  it('a letter inside the digits', () => {
    fc.assert(
      fc.property(
        moneyArb.filter((m) => m.amount.replace(/\D/g, '').length >= 2),
        fc.constantFrom(...LANG_VARIANTS),
        fc.constantFrom(...'abcxyzABCXYZéß'),
        fc.nat(),
        (m, lang, letter, pick) => {
          const text = formatMoneyPlain(m, lang);
          // positions between two ASCII or script digits
          const chars = Array.from(text);
          const isDigit = (c: string | undefined) => c !== undefined && /\p{Nd}/u.test(c);
          const spots: number[] = [];
          for (let i = 1; i < chars.length; i++) if (isDigit(chars[i - 1]) && isDigit(chars[i])) spots.push(i);
          fc.pre(spots.length > 0);
          const at = spots[pick % spots.length]!;
          chars.splice(at, 0, letter);
          const bad = chars.join('');
          expect([bad, parseMoney(bad, { lang }).ok]).toEqual([bad, false]);
        },
      ),
      RUNS,
    );
  });

  it('look-alike letters for digits (l for 1, O for 0)', () => {
    fc.assert(
      fc.property(moneyArb, fc.constantFrom(...LANGS), fc.nat(), (m, lang, pick) => {
        const text = formatMoneyPlain(m, lang);
        const spots: number[] = [];
        for (let i = 0; i < text.length; i++) if (text[i] === '0' || text[i] === '1') spots.push(i);
        fc.pre(spots.length > 0);
        const at = spots[pick % spots.length]!;
        const bad = text.slice(0, at) + (text[at] === '0' ? 'O' : 'l') + text.slice(at + 1);
        expect([bad, parseMoney(bad, { lang }).ok]).toEqual([bad, false]);
      }),
      RUNS,
    );
  });

  it('two amounts in one text', () => {
    fc.assert(
      fc.property(moneyArb, moneyArb, fc.constantFrom(...LANGS), fc.constantFrom(' ', ' / ', ', '), (a, b, lang, sep) => {
        const text = formatMoneyPlain(a, lang) + sep + formatMoneyPlain(b, lang);
        expect([text, parseMoney(text, { lang }).ok]).toEqual([text, false]);
      }),
      RUNS,
    );
  });

  it('more than 15 integer digits', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: pow10(15), max: pow10(30) }),
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom(...LANGS),
        (big, [currency, digits], lang) => {
          const m = { amount: amountOf(big * pow10(digits), digits), currency };
          const text = formatMoneyPlain(m, lang);
          expect(parseMoney(text, { lang })).toEqual({ ok: false, reason: 'too-large' });
        },
      ),
      RUNS,
    );
  });

  it('words without digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz éü.,'), maxLength: 30 }), (text) => {
        expect(parseMoney(text).ok).toBe(false);
        expect(parseDate(text, { now: 0 }).ok).toBe(false);
        expect(parseInteger(text).ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('impossible calendar days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1970, max: 2150 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(...LANGS),
        (y, m, extra, lang) => {
          const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
          const d = dim + extra;
          const mm = String(m).padStart(2, '0');
          expect(parseDate(`${y}-${mm}-${d}`, { lang }).ok).toBe(false);
          expect(parseDate(`${y}年${m}月${d}日`, { lang }).ok).toBe(false);
        },
      ),
      RUNS,
    );
  });
});

describe('exact arithmetic', () => {
  const sameCurrencyPair = currencyArb.chain(([currency, digits]) => {
    const max = pow10(15 + digits) - BigInt(1);
    const amt = fc.bigInt({ min: -max, max });
    return fc.tuple(amt, amt).map(([x, y]) => ({ x, y, a: { amount: amountOf(x, digits), currency }, b: { amount: amountOf(y, digits), currency } }));
  });

  it('compareMoney agrees with integer comparison; add and sub are inverse', () => {
    fc.assert(
      fc.property(sameCurrencyPair, ({ x, y, a, b }) => {
        expect(compareMoney(a, b)).toBe(x < y ? -1 : x > y ? 1 : 0);
        expect(compareMoney(b, a)).toBe(x < y ? 1 : x > y ? -1 : 0);
        const sum = addMoney(a, b);
        expect(sum).not.toBeNull();
        expect(subMoney(sum!, b)).toEqual(a);
      }),
      RUNS,
    );
  });
});
