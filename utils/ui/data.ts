/**
 * Data for the extension pages (popup, dashboard): every account record, settings and the translator, kept
 * fresh from storage changes. Pages only read; writes go through the background.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { browser } from 'wxt/browser';
import type { AccountRecord } from '../facts/types';
import { parseAccountRecord } from '../store/validate';
import { ACCOUNT_PREFIX, DEFAULT_SETTINGS, KEYS, sanitizeSettings, type LastDetected, type Settings } from '../store/schema';
import { UI_LANGS, type Translator } from '../i18n';
import { loadTranslator } from './catalog';

export interface PageData {
  loaded: boolean;
  tr: Translator | null;
  records: AccountRecord[];
  settings: Settings;
  lastDetected: LastDetected | null;
  /** Values set aside as corrupt (a notice is shown; they are kept for export). */
  quarantined: number;
  error: string | null;
}

export function parseAll(all: Record<string, unknown>): { records: AccountRecord[]; bad: number } {
  const records: AccountRecord[] = [];
  let bad = 0;
  for (const [k, v] of Object.entries(all)) {
    if (!k.startsWith(ACCOUNT_PREFIX)) continue;
    const { record, dropped } = parseAccountRecord(k, v);
    if (record) records.push(record);
    if (dropped.length) bad++;
  }
  return { records, bad };
}

export function createPageStore(): StoreApi<PageData> {
  const store = createStore<PageData>(() => ({
    loaded: false,
    tr: null,
    records: [],
    settings: DEFAULT_SETTINGS,
    lastDetected: null,
    quarantined: 0,
    error: null,
  }));
  const load = async () => {
    const all = await browser.storage.local.get(null);
    const { records } = parseAll(all);
    const q = all[KEYS.quarantine];
    store.setState({
      loaded: true,
      records,
      settings: sanitizeSettings(all[KEYS.settings], UI_LANGS),
      lastDetected: (all[KEYS.lastDetected] as LastDetected | undefined) ?? null,
      quarantined: Array.isArray(q) ? q.length : 0,
    });
  };
  const loadTr = () =>
    loadTranslator()
      .then((tr) => {
        store.setState({ tr });
        document.documentElement.lang = tr.lang.replace('_', '-');
      })
      .catch((e: unknown) => store.setState({ error: String(e) }));
  void load().catch((e: unknown) => store.setState({ loaded: true, error: String(e) }));
  void loadTr();
  let timer: ReturnType<typeof setTimeout> | undefined;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (changes[KEYS.settings]) void loadTr();
    clearTimeout(timer);
    timer = setTimeout(() => void load(), 100);
  });
  return store;
}
