import { describe, expect, it } from 'vitest';
import type { AccountRecord, FactValues, PaymentMethod } from '../../utils/facts/types';
import { PAGE_IDS } from '../../utils/pages/routes';
import {
  ACCOUNT_SETUP_CHECKLIST,
  AUTOPAY_CHECKLIST,
  CHECKLISTS,
  checklistById,
  checklistProgress,
  evaluateChecklist,
  freshFacts,
  PROMOTE_CHECKLIST,
  SHOP_ADS_A,
  SHOP_ADS_B,
  type Checklist,
  type ItemState,
} from '../../utils/checklists';
import { DEFAULT_SETTINGS } from '../../utils/store/schema';

const NOW = Date.UTC(2026, 10, 29, 12);
const H = 3_600_000;
const usd = (amount: string) => ({ amount, currency: 'USD' });
const visa = (p: Partial<PaymentMethod> = {}): PaymentMethod => ({ brand: 'visa', funding: 'credit', last4: '4242', expiry: '2028-04', primary: true, ...p });

function states(list: Checklist, facts: Partial<FactValues>, ticks: Record<string, boolean> = {}, now = NOW): Record<string, ItemState> {
  return Object.fromEntries(evaluateChecklist(list, facts, ticks, now).map((i) => [i.id, i.state]));
}

describe('checklist data', () => {
  it('ids are unique within a list; labels are check.<list>.<item>; pages are real', () => {
    for (const list of CHECKLISTS) {
      const ids = list.items.map((i) => i.id);
      expect(new Set(ids).size, list.id).toBe(ids.length);
      expect(list.title).toMatch(/^check\./);
      expect(PAGE_IDS).toContain(list.page);
      for (const i of list.items) {
        expect(i.label).toBe(`check.${i.id}`);
        if (i.page) expect(PAGE_IDS).toContain(i.page);
      }
    }
  });
  it('the same item id means the same item everywhere (shared ticks are safe)', () => {
    const seen = new Map<string, unknown>();
    for (const list of CHECKLISTS)
      for (const i of list.items) {
        if (seen.has(i.id)) expect(seen.get(i.id)).toBe(i);
        seen.set(i.id, i);
      }
  });
  it('checklistById', () => {
    expect(checklistById('autopay')).toBe(AUTOPAY_CHECKLIST);
    expect(checklistById('nope')).toBeUndefined();
  });
});

describe('evidence policy: page evidence wins; ticks only where the page cannot say', () => {
  it.each<[string, Partial<FactValues>, Record<string, boolean>, ItemState, boolean?]>([
    ['page says done, no tick', { 'billing.option': 'automatic' }, {}, 'done'],
    ['page says done, ticked', { 'billing.option': 'automatic' }, { 'autopay.option': true }, 'done'],
    ['page says todo, ticked → todo (tick overridden)', { 'billing.option': 'manual' }, { 'autopay.option': true }, 'todo', true],
    ['page silent, ticked → user-done', {}, { 'autopay.option': true }, 'user-done'],
    ['page silent, not ticked → unknown', {}, {}, 'unknown'],
    ['page silent, tick false → unknown', {}, { 'autopay.option': false }, 'unknown'],
  ])('%s', (_n, facts, ticks, state, overridden) => {
    const item = evaluateChecklist(AUTOPAY_CHECKLIST, facts, ticks, NOW).find((i) => i.id === 'autopay.option')!;
    expect(item.state).toBe(state);
    expect(item.tickOverridden ?? false).toBe(overridden ?? false);
  });

  it('user-only items (no auto) take the tick', () => {
    expect(states(AUTOPAY_CHECKLIST, {}, { 'autopay.details-saved': true })['autopay.details-saved']).toBe('user-done');
  });

  it('a throwing auto counts as "page cannot say"', () => {
    const list: Checklist = { ...AUTOPAY_CHECKLIST, items: [{ id: 'x.y', label: 'check.x.y', auto: () => { throw new Error('boom'); } }] };
    expect(states(list, {}, { 'x.y': true })['x.y']).toBe('user-done');
  });
});

describe('autopay checklist', () => {
  it.each<[string, Partial<FactValues>, Record<string, ItemState>]>([
    [
      'all good on the page',
      { 'billing.option': 'automatic', 'billing.methods': [visa()], 'billing.threshold': usd('180'), 'billing.billDate': '2026-12-12' },
      { 'autopay.option': 'done', 'autopay.method-valid': 'done', 'autopay.not-prepaid': 'done', 'autopay.verification': 'unknown', 'autopay.threshold-known': 'done', 'autopay.details-saved': 'unknown' },
    ],
    ['prepaid primary', { 'billing.methods': [visa({ funding: 'prepaid' })] }, { 'autopay.method-valid': 'done', 'autopay.not-prepaid': 'todo' }],
    ['expired card only', { 'billing.methods': [visa({ expiry: '2026-10' })] }, { 'autopay.method-valid': 'todo' }],
    ['flagged invalid only', { 'billing.methods': [visa({ flaggedInvalid: true })] }, { 'autopay.method-valid': 'todo' }],
    ['local wallet only (not an international card / PayPal)', { 'billing.methods': [{ brand: 'gopay', funding: 'unknown', primary: true }] }, { 'autopay.method-valid': 'todo', 'autopay.not-prepaid': 'unknown' }],
    ['unrecognised brand → page cannot say', { 'billing.methods': [{ brand: 'other', funding: 'credit', primary: true }] }, { 'autopay.method-valid': 'unknown', 'autopay.not-prepaid': 'done' }],
    ['PayPal', { 'billing.methods': [{ brand: 'paypal', funding: 'unknown', primary: true }] }, { 'autopay.method-valid': 'done' }],
    ['no methods', { 'billing.methods': [] }, { 'autopay.method-valid': 'todo', 'autopay.not-prepaid': 'todo' }],
    ['failed verification charge', { 'billing.payments': [{ kind: 'verification', status: 'failed' }] }, { 'autopay.verification': 'todo' }],
    ['threshold without bill date', { 'billing.threshold': usd('180') }, { 'autopay.option': 'done', 'autopay.threshold-known': 'unknown' }],
    ['manual payment', { 'billing.option': 'manual' }, { 'autopay.option': 'todo' }],
  ])('%s', (_n, facts, expected) => {
    expect(states(AUTOPAY_CHECKLIST, facts)).toMatchObject(expected);
  });
});

describe('shop ads checklists (GMV Max era)', () => {
  const good: Partial<FactValues> = {
    'seller.roles': ['owner'],
    'seller.adsEntry': true,
    'seller.setupSteps': { businessCenter: 'done', adAccount: 'done', tiktokAccount: 'done' },
    'seller.errorBanner': null,
    'seller.canSell': true,
    'seller.campaigns': [{ name: 'GMV Max 1', kind: 'gmv-max' }],
  };

  it.each<[string, Partial<FactValues>, Record<string, ItemState>]>([
    ['all done from the page', good, { 'shopads.access': 'done', 'shopads.role': 'done', 'shopads.ads-entry': 'done', 'shopads.bc-connected': 'done', 'shopads.bc-admin': 'done', 'shopads.ad-account-linked': 'done', 'shopads.tiktok-account': 'done', 'shopads.onboarding': 'done', 'shopads.gmv-max': 'done' }],
    ['role not allowed', { 'seller.roles': ['finance'] }, { 'shopads.role': 'todo' }],
    ['BC to connect, ad account to link', { 'seller.setupSteps': { businessCenter: 'todo', adAccount: 'todo', tiktokAccount: 'todo' } }, { 'shopads.bc-connected': 'todo', 'shopads.ad-account-linked': 'todo', 'shopads.tiktok-account': 'todo' }],
    ['bound elsewhere', { 'seller.setupSteps': { businessCenter: 'done' }, 'seller.errorBanner': { kind: 'bc-bound-elsewhere', text: 't' } }, { 'shopads.bc-connected': 'todo', 'shopads.bc-admin': 'unknown' }],
    ['BC admin banner', { 'seller.errorBanner': { kind: 'bc-admin', text: 't' } }, { 'shopads.bc-admin': 'todo' }],
    ['onboarding task to do', { 'seller.onboarding': { productLive: 'todo' } }, { 'shopads.onboarding': 'todo' }],
    ['nothing read', {}, { 'shopads.role': 'unknown', 'shopads.ads-entry': 'unknown', 'shopads.gmv-max': 'unknown' }],
  ])('A: %s', (_n, facts, expected) => {
    expect(states(SHOP_ADS_A, facts)).toMatchObject(expected);
  });

  it('B starts with creating the shop; seeing Seller Center facts means it exists', () => {
    expect(SHOP_ADS_B.items[0]?.id).toBe('shopads.create-shop');
    expect(states(SHOP_ADS_B, {})['shopads.create-shop']).toBe('unknown');
    expect(states(SHOP_ADS_B, { 'seller.canSell': false })['shopads.create-shop']).toBe('done');
  });

  it('legacy Video / LIVE / Product Shopping Ads items are marked legacy since 2025-07 and not counted', () => {
    const items = evaluateChecklist(SHOP_ADS_A, good, {}, NOW);
    const legacy = items.filter((i) => i.legacy).map((i) => i.id);
    expect(legacy).toEqual(['shopads.legacy-video', 'shopads.legacy-live', 'shopads.legacy-product']);
    for (const i of items.filter((x) => x.legacy)) expect(i.legacy).toEqual({ since: '2025-07-01' });
    expect(checklistProgress(items)).toEqual({ done: 9, todo: 0, unknown: 0, total: 9, complete: true });
  });

  it('before July 2025: no GMV Max item, legacy items are current', () => {
    const items = evaluateChecklist(SHOP_ADS_A, good, {}, Date.UTC(2025, 3, 1));
    expect(items.map((i) => i.id)).not.toContain('shopads.gmv-max');
    expect(items.some((i) => i.legacy)).toBe(false);
  });
});

describe('promote checklist', () => {
  it.each<[string, Partial<FactValues>, Record<string, ItemState>]>([
    ['not started, account known', { 'account.name': 'Acme', 'account.id': '1', 'promote.integrationState': 'not-started' }, { 'promote.open-guide': 'unknown', 'promote.account': 'done', 'promote.billing-match': 'unknown', 'promote.wait': 'unknown' }],
    ['in progress → no Promote orders until done', { 'promote.integrationState': 'in-progress' }, { 'promote.open-guide': 'done', 'promote.accept-terms': 'done', 'promote.authorise': 'done', 'promote.account': 'done', 'promote.wait': 'todo' }],
    ['done', { 'promote.integrationState': 'done' }, { 'promote.billing-match': 'done', 'promote.wait': 'done' }],
    ['billing country empty → billing todo', { 'account.billingCountry': '' }, { 'promote.billing-match': 'todo' }],
    ['business details incomplete → billing todo', { 'account.businessDetails': { address: false } }, { 'promote.billing-match': 'todo' }],
  ])('%s', (_n, facts, expected) => {
    expect(states(PROMOTE_CHECKLIST, facts)).toMatchObject(expected);
  });
  it('follows the source order: guide, terms, authorise, account, billing, wait', () => {
    expect(PROMOTE_CHECKLIST.items.map((i) => i.id)).toEqual(['promote.open-guide', 'promote.accept-terms', 'promote.authorise', 'promote.account', 'promote.billing-match', 'promote.wait']);
  });
});

describe('account set-up checklist', () => {
  it.each<[string, Partial<FactValues>, Record<string, ItemState>]>([
    [
      'complete',
      { 'account.status': 'approved', 'account.businessDetails': { companyName: true, address: true, vatNumber: true }, 'account.billingCountry': 'IT', 'account.currency': 'EUR', 'account.timezone': 'UTC+01:00' },
      { 'account.status-approved': 'done', 'account.business-details': 'done', 'account.billing-country': 'done', 'account.currency': 'done', 'account.timezone': 'done', 'account.tax': 'done' },
    ],
    ['in review', { 'account.status': 'in-review' }, { 'account.status-approved': 'todo' }],
    ['VAT missing, business details fine', { 'account.businessDetails': { companyName: true, vatNumber: false } }, { 'account.business-details': 'done', 'account.tax': 'todo' }],
    ['no tax field on the page → unknown', { 'account.businessDetails': { companyName: true } }, { 'account.tax': 'unknown' }],
    ['empty billing country', { 'account.billingCountry': '' }, { 'account.billing-country': 'todo' }],
    ['currency from the billing page', { 'billing.currency': 'USD' }, { 'account.currency': 'done' }],
    ['nothing read', {}, { 'account.status-approved': 'unknown', 'account.billing-country': 'unknown' }],
  ])('%s', (_n, facts, expected) => {
    expect(states(ACCOUNT_SETUP_CHECKLIST, facts)).toMatchObject(expected);
  });
});

describe('freshFacts + progress', () => {
  it('drops stale page facts (so a stale "done" becomes unknown), keeps user facts', () => {
    const rec: AccountRecord = {
      key: 'ads:1',
      site: 'ads',
      name: null,
      lastSeen: NOW,
      facts: {
        'billing.option': { key: 'billing.option', value: 'automatic', page: 'ads.payment', readAt: NOW - 30 * H, source: 'page' },
        'billing.methods': { key: 'billing.methods', value: [visa()], page: 'ads.payment', readAt: NOW - H, source: 'page' },
        'account.status': { key: 'account.status', value: 'approved', page: 'ads.account-setup', readAt: NOW - 30 * 24 * H, source: 'user' },
      },
    };
    const f = freshFacts(rec, DEFAULT_SETTINGS, NOW);
    expect(Object.keys(f).sort()).toEqual(['account.status', 'billing.methods']);
    expect(states(AUTOPAY_CHECKLIST, f)['autopay.option']).toBe('unknown');
  });

  it('counts', () => {
    const items = evaluateChecklist(AUTOPAY_CHECKLIST, { 'billing.option': 'manual', 'billing.methods': [visa()] }, { 'autopay.details-saved': true }, NOW);
    expect(checklistProgress(items)).toEqual({ done: 3, todo: 1, unknown: 2, total: 6, complete: false });
  });
});
