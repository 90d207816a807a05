import { browser } from 'wxt/browser';
import type { AccountRecord } from '../facts/types';
import type { Settings } from '../store/schema';
import { RULES } from '../rules';
import { summarize, type AccountSummary } from '../rules/engine';

/** Badge: blocked count in red, else at-risk count in amber, nothing when all is well. */
export function badgeFor(records: AccountRecord[], settings: Settings, now = Date.now(), summaries?: AccountSummary[]) {
  let blocked = 0;
  let atRisk = 0;
  for (const [i, r] of records.entries()) {
    const s = (summaries?.[i] ?? summarize(RULES, r, settings, now)).readiness;
    if (s === 'blocked') blocked++;
    else if (s === 'at-risk') atRisk++;
  }
  if (blocked) return { text: String(blocked), color: '#c62828', blocked, atRisk };
  if (atRisk) return { text: String(atRisk), color: '#b26a00', blocked, atRisk };
  return { text: '', color: '#0f766e', blocked, atRisk };
}

export async function updateBadge(records: AccountRecord[], settings: Settings, summaries?: AccountSummary[]): Promise<void> {
  const b = badgeFor(records, settings, Date.now(), summaries);
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ text: b.text });
  await action.setBadgeBackgroundColor({ color: b.color });
}
