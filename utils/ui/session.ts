/** Reads of the background's derived data in `storage.session` (utils/rules/account-index.ts), for extension pages. */
import { browser } from 'wxt/browser';

export async function sessionGet(key: string): Promise<unknown> {
  return ((await browser.storage.session?.get(key).catch(() => ({}))) as Record<string, unknown> | undefined)?.[key];
}

/** A derived value; when it is not there yet (the background has just started), the background is asked once to build it. */
export async function derived<T>(key: string, valid: (v: unknown) => v is T): Promise<T | null> {
  let v = await sessionGet(key);
  if (!valid(v)) {
    await browser.runtime.sendMessage({ type: 'recompute' }).catch(() => undefined);
    v = await sessionGet(key);
  }
  return valid(v) ? v : null;
}
