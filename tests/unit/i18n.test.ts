import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { UI_LANGS, createTranslator, placeholdersOf, pluralBase, resolveUiLang, type Catalog } from '../../utils/i18n';

const dir = 'public/i18n';
const load = (l: string): Catalog => JSON.parse(readFileSync(join(dir, `${l}.json`), 'utf8')) as Catalog;
const shipped = readdirSync(dir).map((f) => f.replace(/\.json$/, ''));
const en = load('en');

describe('catalogues', () => {
  it('ships every UI language', () => {
    for (const l of UI_LANGS) expect(shipped, l).toContain(l);
  });
  for (const lang of UI_LANGS.filter((l) => l !== 'en')) {
    describe(lang, () => {
      const cat = existsSync(join(dir, `${lang}.json`)) ? load(lang) : {};
      it('has every key of en (plural keys by base)', () => {
        const bases = new Set(Object.keys(cat).map(pluralBase));
        const missing = Object.keys(en).filter((k) => !(k in cat) && !bases.has(pluralBase(k)));
        expect(missing).toEqual([]);
      });
      it('has no key en does not have', () => {
        const enBases = new Set(Object.keys(en).map(pluralBase));
        expect(Object.keys(cat).filter((k) => !enBases.has(pluralBase(k)))).toEqual([]);
      });
      it('keeps the placeholders of every message', () => {
        const bad: string[] = [];
        for (const [k, v] of Object.entries(cat)) {
          const ref = en[k] ?? en[`${pluralBase(k)}_other`];
          if (ref === undefined) continue;
          const want = placeholdersOf(ref).filter((p) => p !== 'count');
          const got = placeholdersOf(v).filter((p) => p !== 'count');
          if (JSON.stringify([...new Set(want)]) !== JSON.stringify([...new Set(got)])) bad.push(`${k}: ${got} vs ${want}`);
        }
        expect(bad).toEqual([]);
      });
      it('has the plural forms its language needs', () => {
        const cats = new Intl.PluralRules(lang.replace('_', '-')).resolvedOptions().pluralCategories;
        const bad: string[] = [];
        for (const k of Object.keys(en).filter((k) => k.endsWith('_other'))) {
          const base = pluralBase(k);
          for (const c of cats) if (c !== 'many' && !(`${base}_${c}` in cat)) bad.push(`${base}_${c}`);
        }
        expect(bad).toEqual([]);
      });
      it('has no empty message', () => expect(Object.entries(cat).filter(([, v]) => !v.trim())).toEqual([]));
    });
  }
  it('manifest name and description exist for every language (_locales)', () => {
    for (const l of UI_LANGS) {
      const p = join('public/_locales', l, 'messages.json');
      expect(existsSync(p), p).toBe(true);
      const m = JSON.parse(readFileSync(p, 'utf8')) as Record<string, { message: string }>;
      expect(m.extName?.message, l).toBeTruthy();
      expect(m.extDescription?.message.length, l).toBeLessThanOrEqual(132);
    }
  });
});

describe('translator', () => {
  it('fills placeholders, plural forms, falls back to en then to the key', () => {
    const tr = createTranslator('fr', { a: 'Bonjour {name}', n_one: '{count} compte', n_other: '{count} comptes' }, { b: 'B en' });
    expect(tr.t('a', { name: 'Zoé' })).toBe('Bonjour Zoé');
    expect(tr.tn('n', 1)).toBe('1 compte');
    expect(tr.tn('n', 1500)).toBe('1\u202f500 comptes');
    expect(tr.t('b')).toBe('B en');
    expect(tr.t('missing')).toBe('missing');
  });
  it('formats money and dates by locale', () => {
    expect(createTranslator('de', {}).money('1234.5', 'EUR')).toBe('1.234,5\u00a0€');
    expect(createTranslator('en', {}).money('12345', 'JPY')).toBe('¥12,345');
    expect(createTranslator('ja', {}).date('2026-12-01')).toBe('2026/12/01');
    expect(createTranslator('en', {}).money('abc', 'USD')).toBe('abc USD');
  });
  it('resolves browser tags to shipped languages', () => {
    expect(resolveUiLang('pt-PT')).toBe('pt_BR');
    expect(resolveUiLang('zh-Hans-CN')).toBe('zh_CN');
    expect(resolveUiLang('en_GB')).toBe('en');
    expect(resolveUiLang('ko')).toBe('en');
    expect(resolveUiLang(undefined)).toBe('en');
  });
});
