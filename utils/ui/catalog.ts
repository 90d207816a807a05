/** Loads the UI catalogue for the chosen language (settings → browser language) from the background. */
import { browser } from 'wxt/browser';
import { createTranslator, type Translator } from '../i18n';
import type { CatalogResponse } from '../messaging/protocol';

export async function loadTranslator(): Promise<Translator> {
  const res = (await browser.runtime.sendMessage({ type: 'catalog' })) as CatalogResponse | undefined;
  if (!res || !res.messages) throw new Error('catalog unavailable');
  return createTranslator(res.lang, res.messages, res.fallback);
}
