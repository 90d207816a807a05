/**
 * Data for the extension pages (popup, dashboard). First paint comes from small reads done in parallel: settings,
 * the catalogue (fetched from the package directly) and the account index the background keeps in session storage
 * (utils/rules/account-index.ts). Full records are read only where a page needs them (`loadRecord`,
 * `loadRecords`). Pages only read; writes go through the background (settings excepted).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { browser } from 'wxt/browser';
import type { AccountRecord } from '../facts/types';
import { parseAccountRecord } from '../store/validate';
import { ACCOUNT_PREFIX, DEFAULT_SETTINGS, KEYS, accountStorageKey, sanitizeSettings, type LastDetected, type Settings } from '../store/schema';
import { UI_LANGS, createTranslator, type Translator } from '../i18n';
import { INDEX_KEY, isAccountIndex, type IndexEntry } from '../rules/account-index';
import { getCatalog } from '../background/catalog';
import { derived } from './session';

export interface PageData {
  loaded: boolean;
  tr: Translator | null;
  /** One line per account (state, score, top finding), for lists. */
  entries: IndexEntry[];
  /** When the entries' states were evaluated. */
  evaluatedAt: number;
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

/** Every full account record (export, report). */
export async function loadRecords(): Promise<AccountRecord[]> {
  return parseAll(await browser.storage.local.get(null)).records;
}

/** One full account record, or null. */
export async function loadRecord(key: string): Promise<AccountRecord | null> {
  const sk = accountStorageKey(key);
  return parseAccountRecord(sk, (await browser.storage.local.get(sk))[sk]).record;
}

/** The index from session storage; when the background has not built it yet (it just started), ask it to. */
async function loadEntries(): Promise<{ entries: IndexEntry[]; at: number }> {
  const index = await derived(INDEX_KEY, isAccountIndex);
  if (index) return { entries: index.entries, at: index.at };
  throw new Error('account index unavailable');
}

async function loadTr(settings: Settings): Promise<Translator> {
  const cat = await getCatalog(settings.language);
  document.documentElement.lang = cat.lang.replace('_', '-');
  return createTranslator(cat.lang, cat.messages, cat.fallback);
}

export function createPageStore(): StoreApi<PageData> {
  const store = createStore<PageData>(() => ({
    loaded: false,
    tr: null,
    entries: [],
    evaluatedAt: 0,
    settings: DEFAULT_SETTINGS,
    lastDetected: null,
    quarantined: 0,
    error: null,
  }));
  const loadSmall = async () => {
    const small = await browser.storage.local.get([KEYS.settings, KEYS.lastDetected, KEYS.quarantine]);
    const settings = sanitizeSettings(small[KEYS.settings], UI_LANGS);
    const q = small[KEYS.quarantine];
    store.setState({
      settings,
      lastDetected: (small[KEYS.lastDetected] as LastDetected | undefined) ?? null,
      quarantined: Array.isArray(q) ? q.length : 0,
    });
    return settings;
  };
  const loadAll = async () => {
    const [settings, idx] = await Promise.all([loadSmall(), loadEntries()]);
    const tr = await loadTr(settings);
    store.setState({ tr, entries: idx.entries, evaluatedAt: idx.at, loaded: true });
  };
  void loadAll().catch((e: unknown) => store.setState({ loaded: true, error: String(e) }));

  let timer: ReturnType<typeof setTimeout> | undefined;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && changes[INDEX_KEY] && isAccountIndex(changes[INDEX_KEY].newValue)) {
      store.setState({ entries: changes[INDEX_KEY].newValue.entries, evaluatedAt: changes[INDEX_KEY].newValue.at });
      return;
    }
    if (area !== 'local') return;
    if (changes[KEYS.settings]) {
      void loadSmall().then((s) => loadTr(s).then((tr) => store.setState({ tr })));
      return;
    }
    if (changes[KEYS.quarantine] || changes[KEYS.lastDetected]) {
      clearTimeout(timer);
      timer = setTimeout(() => void loadSmall(), 100);
    }
  });
  return store;
}
