/**
 * The popup's data, read for a first paint in well under the page's budget whatever the number of accounts:
 * settings, the catalogue, the popup index (counts + the most urgent accounts) and the current account's view,
 * each a small read (utils/rules/account-index.ts). Nothing here evaluates rules.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, KEYS, sanitizeSettings, type Settings } from '../store/schema';
import { UI_LANGS, createTranslator, type Translator } from '../i18n';
import { POPUP_KEY, VIEW_PREFIX, isPopupIndex, type AccountView, type PopupIndex } from '../rules/account-index';
import { getCatalog } from '../background/catalog';
import { derived, sessionGet } from './session';

export interface PopupData {
  loaded: boolean;
  tr: Translator | null;
  settings: Settings;
  index: PopupIndex | null;
  /** The current account's view, once its key is known (null: not stored yet). */
  view: AccountView | null;
  viewKey: string | null;
}

export function createPopupStore(): StoreApi<PopupData> & { showAccount(key: string | null): void } {
  const store = createStore<PopupData>(() => ({ loaded: false, tr: null, settings: DEFAULT_SETTINGS, index: null, view: null, viewKey: null }));
  const loadIndex = () => derived(POPUP_KEY, isPopupIndex);
  const load = async () => {
    // Settings first (one tiny read: the language), then the catalogue and the index in parallel.
    const settings = sanitizeSettings((await browser.storage.local.get(KEYS.settings))[KEYS.settings], UI_LANGS);
    const [cat, index] = await Promise.all([getCatalog(settings.language), loadIndex()]);
    document.documentElement.lang = cat.lang.replace('_', '-');
    store.setState({ settings, index, tr: createTranslator(cat.lang, cat.messages, cat.fallback), loaded: true });
  };
  void load().catch(() => store.setState({ loaded: true }));
  const showAccount = (key: string | null) => {
    store.setState({ viewKey: key, view: null });
    if (key) void sessionGet(VIEW_PREFIX + key).then((v) => store.getState().viewKey === key && store.setState({ view: (v as AccountView) ?? null }));
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    const idx = changes[POPUP_KEY]?.newValue;
    if (isPopupIndex(idx)) store.setState({ index: idx });
    const key = store.getState().viewKey;
    if (key && changes[VIEW_PREFIX + key]) store.setState({ view: (changes[VIEW_PREFIX + key]!.newValue as AccountView) ?? null });
  });
  return Object.assign(store, { showAccount });
}
