/**
 * Pure i18n core. Catalogues are `public/i18n/<lang>.json`, flat `{ key: message }` (one place for every UI
 * string; Chrome's `_locales` only carries the manifest's name and description, because its key syntax forbids
 * the dotted keys used here and its API cannot switch language at run time). Messages use `{name}` placeholders;
 * plural forms are separate keys `key_one`, `key_other` (and `_few`/`_many`/`_two`/`_zero` where a language needs
 * them) chosen by Intl.PluralRules.
 */
export const UI_LANGS = ['en', 'it', 'id', 'fr', 'es', 'de', 'pt_BR', 'ja', 'vi', 'th', 'zh_CN'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export type Catalog = Record<string, string>;
export type Params = Record<string, string | number>;

/** Maps any BCP 47 tag (`pt-PT`, `zh-Hans-CN`, `en_GB`) to the closest UI language we ship. */
export function resolveUiLang(tag: string | undefined | null): UiLang {
  if (!tag) return 'en';
  const t = tag.replace('_', '-').toLowerCase();
  const base = t.split('-')[0] ?? '';
  if (base === 'pt') return 'pt_BR';
  if (base === 'zh') return 'zh_CN';
  if (base === 'in') return 'id';
  const hit = UI_LANGS.find((l) => l === base);
  return hit ?? 'en';
}

/** BCP 47 tag for Intl (`pt_BR` → `pt-BR`). */
export function intlTag(lang: UiLang): string {
  return lang.replace('_', '-');
}

export interface Translator {
  lang: UiLang;
  t(key: string, params?: Params): string;
  /** Plural-aware: looks up `key_<category>` for `count`, falls back to `key_other`. `{count}` is formatted. */
  tn(key: string, count: number, params?: Params): string;
  has(key: string): boolean;
  number(n: number, opts?: Intl.NumberFormatOptions): string;
  money(amount: string, currency: string): string;
  date(iso: string | number, opts?: Intl.DateTimeFormatOptions): string;
  relative(ms: number, now?: number): string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

function fill(template: string, params: Params | undefined, fmt: (n: number) => string): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? fmt(v) : v;
  });
}

export function createTranslator(lang: UiLang, catalog: Catalog, fallback?: Catalog): Translator {
  const tag = intlTag(lang);
  const nf = new Intl.NumberFormat(tag);
  const plural = new Intl.PluralRules(tag);
  const lookup = (key: string): string | undefined => catalog[key] ?? fallback?.[key];
  const fmt = (n: number) => nf.format(n);
  const tr: Translator = {
    lang,
    t(key, params) {
      const m = lookup(key);
      return m === undefined ? key : fill(m, params, fmt);
    },
    tn(key, count, params) {
      const cat = plural.select(count);
      const m = lookup(`${key}_${cat}`) ?? lookup(`${key}_other`);
      return m === undefined ? key : fill(m, { count, ...params }, fmt);
    },
    has(key) {
      return lookup(key) !== undefined;
    },
    number(n, opts) {
      return new Intl.NumberFormat(tag, opts).format(n);
    },
    money(amount, currency) {
      const n = Number(amount);
      if (!Number.isFinite(n)) return `${amount} ${currency}`;
      const decimals = amount.includes('.') ? Math.min(amount.split('.')[1]!.length, 4) : 0;
      try {
        return new Intl.NumberFormat(tag, {
          style: 'currency',
          currency,
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
        }).format(n);
      } catch {
        return `${nf.format(n)} ${currency}`;
      }
    },
    date(iso, opts) {
      const d = typeof iso === 'number' ? new Date(iso) : new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
      if (Number.isNaN(d.getTime())) return String(iso);
      return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: typeof iso === 'string' && iso.length === 10 ? 'UTC' : undefined, ...opts }).format(d);
    },
    relative(ms, now = Date.now()) {
      const rtf = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
      const diff = ms - now;
      const abs = Math.abs(diff);
      if (abs < 60_000) return rtf.format(0, 'minute');
      if (abs < 3_600_000) return rtf.format(Math.round(diff / 60_000), 'minute');
      if (abs < 86_400_000) return rtf.format(Math.round(diff / 3_600_000), 'hour');
      return rtf.format(Math.round(diff / 86_400_000), 'day');
    },
  };
  return tr;
}

/** Placeholder names used in a message, sorted (for catalogue parity tests). */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

/** Strips a plural suffix: `x_one` → `x`. */
export function pluralBase(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, '');
}
