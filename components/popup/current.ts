/** Which account is "current" for the popup (DESIGN §8.3). */
import { browser } from 'wxt/browser';
import { detectPage, type PageMatch } from '../../utils/pages/detect';
import { KEYS, type LastDetected } from '../../utils/store/schema';

export interface Current {
  match: PageMatch | null;
  account: string | null;
  /** true when the popup runs as a page of its own and shows the most recently detected TikTok tab. */
  fallback: boolean;
}

export async function currentAccount(): Promise<Current> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  if (!self) {
    // Real popup: the active tab of the last focused window. Its URL is visible only on TikTok hosts.
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab || tab.id === undefined) return { match: null, account: null, fallback: false };
    const key = `tab:${tab.id}`;
    const per = ((await browser.storage.session?.get(key).catch(() => ({}))) ?? {}) as Record<string, LastDetected | undefined>;
    const seen = per[key];
    const match = tab.url ? detectPage(tab.url) : seen ? detectPage(seen.url) : null;
    const account = match && seen && detectPage(seen.url)?.page === match.page ? (seen.account ?? match.account ?? null) : (match?.account ?? null);
    return { match, account, fallback: false };
  }
  const last = (await browser.storage.local.get(KEYS.lastDetected))[KEYS.lastDetected] as LastDetected | undefined;
  if (!last) return { match: null, account: null, fallback: true };
  return { match: detectPage(last.url), account: last.account ?? null, fallback: true };
}
