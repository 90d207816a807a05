/**
 * Promote ↔ Ads Manager integration checklist (Indonesian source 001, Feb 2025; domain/tiktok-reference.md §4).
 * The status wording ("in progress" / "successful") is unverified; the states come from
 * `promote.integrationState`. Once billing information is submitted, no Promote order can be placed until the
 * integration completes (usually a few minutes).
 */
import type { Checklist, ChecklistFacts } from './types';

const state = (f: ChecklistFacts) => f['promote.integrationState'];
const started = (f: ChecklistFacts): true | null => (state(f) === 'in-progress' || state(f) === 'done' ? true : null);

export const PROMOTE_CHECKLIST: Checklist = {
  id: 'promote',
  title: 'check.promote.title',
  site: 'ads',
  page: 'ads.account-setup',
  asOf: '2026-11-29',
  items: [
    { id: 'promote.open-guide', label: 'check.promote.open-guide', auto: started },
    { id: 'promote.accept-terms', label: 'check.promote.accept-terms', auto: started },
    { id: 'promote.authorise', label: 'check.promote.authorise', auto: started },
    {
      id: 'promote.account',
      label: 'check.promote.account',
      page: 'ads.account-setup',
      auto: (f) => (started(f) ? true : f['account.name'] && f['account.id'] ? true : null),
    },
    {
      id: 'promote.billing-match',
      label: 'check.promote.billing-match',
      page: 'ads.account-setup',
      auto: (f) => {
        if (state(f) === 'done') return true;
        const d = f['account.businessDetails'];
        if (f['account.billingCountry'] === '' || f['account.currency'] === '' || (d && Object.values(d).some((ok) => !ok))) return false;
        return null; // identical on both platforms: only the user can compare
      },
    },
    {
      id: 'promote.wait',
      label: 'check.promote.wait',
      auto: (f) => (state(f) === 'done' ? true : state(f) === 'in-progress' ? false : null),
    },
  ],
};
