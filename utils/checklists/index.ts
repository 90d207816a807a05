/**
 * Checklists as data + their evaluation (pure).
 *
 * Evidence policy (one rule, everywhere): **page evidence always wins when it exists; user ticks apply only where
 * the page cannot say.**
 *   auto → true            'done'       (a tick changes nothing)
 *   auto → false           'todo'       (a tick is kept but overridden: `tickOverridden`; the page is newer truth,
 *                                        and a stale page fact never reaches here — see `freshFacts`)
 *   auto → null / no auto  'user-done' when ticked, else 'unknown'
 * Items whose `validFrom` is after `now` are left out; items whose `legacy.since` is on or before `now` carry
 * `legacy` (shown, not counted in progress).
 */
import type { AccountRecord, FactKey, FactValues } from '../facts/types';
import type { Settings } from '../store/schema';
import { isStale } from '../rules/engine';
import type { Checklist, ChecklistFacts, EvaluatedItem, ItemState } from './types';
import { AUTOPAY_CHECKLIST } from './autopay';
import { SHOP_ADS_A, SHOP_ADS_B } from './shop-ads';
import { PROMOTE_CHECKLIST } from './promote';
import { ACCOUNT_SETUP_CHECKLIST } from './account-setup';

export * from './types';
export { AUTOPAY_CHECKLIST, AUTOPAY_BRANDS } from './autopay';
export { SHOP_ADS_A, SHOP_ADS_B } from './shop-ads';
export { PROMOTE_CHECKLIST } from './promote';
export { ACCOUNT_SETUP_CHECKLIST } from './account-setup';

export const CHECKLISTS: readonly Checklist[] = [AUTOPAY_CHECKLIST, ACCOUNT_SETUP_CHECKLIST, PROMOTE_CHECKLIST, SHOP_ADS_A, SHOP_ADS_B];

export function checklistById(id: string): Checklist | undefined {
  return CHECKLISTS.find((c) => c.id === id);
}

function isoDay(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

export function evaluateChecklist(list: Checklist, facts: ChecklistFacts, ticks: Record<string, boolean> | undefined, now: number): EvaluatedItem[] {
  const today = isoDay(now);
  const out: EvaluatedItem[] = [];
  for (const item of list.items) {
    if (item.validFrom && today < item.validFrom) continue;
    let said: boolean | null = null;
    if (item.auto) {
      try {
        said = item.auto(facts, now);
      } catch {
        said = null;
      }
    }
    const ticked = ticks?.[item.id] === true;
    let state: ItemState;
    if (said === true) state = 'done';
    else if (said === false) state = 'todo';
    else state = ticked ? 'user-done' : 'unknown';
    const e: EvaluatedItem = { id: item.id, label: item.label, state };
    if (item.page) e.page = item.page;
    if (said === false && ticked) e.tickOverridden = true;
    if (item.legacy && today >= item.legacy.since) e.legacy = { since: item.legacy.since };
    out.push(e);
  }
  return out;
}

export interface ChecklistProgress {
  done: number;
  todo: number;
  unknown: number;
  total: number;
  /** Every current item is done or ticked by the user. */
  complete: boolean;
}

/** Counts over current (non-legacy) items; `done` includes user ticks. */
export function checklistProgress(items: readonly EvaluatedItem[]): ChecklistProgress {
  const current = items.filter((i) => !i.legacy);
  const done = current.filter((i) => i.state === 'done' || i.state === 'user-done').length;
  const todo = current.filter((i) => i.state === 'todo').length;
  const unknown = current.filter((i) => i.state === 'unknown').length;
  return { done, todo, unknown, total: current.length, complete: current.length > 0 && done === current.length };
}

/** The record's facts that are not stale (engine rule), as plain values for `evaluateChecklist`. */
export function freshFacts(record: AccountRecord, settings: Settings, now: number): ChecklistFacts {
  const out: Partial<FactValues> = {};
  for (const k of Object.keys(record.facts) as FactKey[]) {
    const f = record.facts[k];
    if (!f) continue;
    if (f.source === 'page' && isStale(k, f.readAt, now, settings)) continue;
    (out as Record<string, unknown>)[k] = f.value;
  }
  return out;
}
