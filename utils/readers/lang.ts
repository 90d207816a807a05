/**
 * Which label table a page speaks: from what the page says (`<html lang>`, `lang=` in the URL), never from the
 * browser's language. Readers then confirm with the labels they actually find (see `pickTable`).
 */
export const READER_LANGS = ['en', 'it', 'id', 'fr', 'es', 'de', 'pt', 'ja', 'vi', 'th', 'zh'] as const;
export type ReaderLang = (typeof READER_LANGS)[number];

export function baseLang(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const b = tag.trim().toLowerCase().split(/[-_]/)[0];
  return b && /^[a-z]{2,3}$/.test(b) ? (b === 'in' ? 'id' : b) : null;
}

/** Declared language of the page: URL `lang=` wins over `<html lang>` (TikTok puts the account's choice there). */
export function declaredLang(doc: Document, url?: URL): string | null {
  return baseLang(url?.searchParams.get('lang')) ?? baseLang(doc.documentElement.getAttribute('lang'));
}

export function isReaderLang(l: string | null): l is ReaderLang {
  return !!l && (READER_LANGS as readonly string[]).includes(l);
}
