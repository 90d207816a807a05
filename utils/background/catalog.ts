import { browser } from 'wxt/browser';
import { resolveUiLang, type Catalog, type UiLang } from '../i18n';
import type { CatalogResponse } from '../messaging/protocol';

const cache = new Map<UiLang, Promise<Catalog>>();

/**
 * Reads a catalogue from this extension's own package (`chrome-extension://<id>/i18n/<lang>.json`): a file of the
 * installed extension, never the network (tests/e2e/trust.test.mjs asserts zero http(s) requests).
 */
function load(lang: UiLang): Promise<Catalog> {
  let p = cache.get(lang);
  if (!p) {
    p = fetch(browser.runtime.getURL(`/i18n/${lang}.json` as '/popup.html'))
      .then((r) => r.json() as Promise<Catalog>)
      .catch(() => ({}));
    cache.set(lang, p);
  }
  return p;
}

export function uiLangFor(setting: string): UiLang {
  return setting === 'auto' ? resolveUiLang(browser.i18n.getUILanguage()) : resolveUiLang(setting);
}

export async function getCatalog(setting: string): Promise<CatalogResponse> {
  const lang = uiLangFor(setting);
  const [messages, fallback] = await Promise.all([load(lang), load('en')]);
  return { lang, messages, fallback };
}
