import { describe, expect, it } from 'vitest';
import type { AccountRecord, FactKey, FactValues } from '../../utils/facts/types';
import { evaluateRules } from '../../utils/rules/engine';
import { adAccountLinked, adsEntryVisible, bcAdminPermission, bcBinding, onboardingComplete, roleAllowsAds, sellerRules } from '../../utils/rules/seller';
import type { Finding, Rule } from '../../utils/rules/types';
import { DEFAULT_SETTINGS } from '../../utils/store/schema';

const NOW = Date.UTC(2026, 10, 29, 12);
const DAY = 86_400_000;

function record(facts: Partial<FactValues>, ageOf: Partial<Record<FactKey, number>> = {}): AccountRecord {
  const fm: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(facts)) fm[k] = { key: k, value: v, page: 'seller.ads', readAt: NOW - (ageOf[k as FactKey] ?? DAY), source: 'page' };
  return { key: 'seller:seller-us.tiktok.com:7494', site: 'seller', name: 'Shop', lastSeen: NOW, facts: fm as AccountRecord['facts'] };
}
const run = (rule: Rule, facts: Partial<FactValues>, ageOf?: Partial<Record<FactKey, number>>, now = NOW): Finding | undefined =>
  evaluateRules([rule], record(facts, ageOf), DEFAULT_SETTINGS, now)[0];

type Case = [string, Partial<FactValues>, Finding['status'], string?];
function table(rule: Rule, cases: Case[]) {
  it.each(cases)('%s', (_n, facts, status, message) => {
    const f = run(rule, facts);
    expect(f?.status).toBe(status);
    if (message) expect(f?.message).toBe(message);
    if (status === 'fail') expect(f?.fix?.steps.length).toBeGreaterThan(0);
  });
}
const banner = (kind: NonNullable<FactValues['seller.errorBanner']>['kind']) => ({ kind, text: 'synthetic banner text' });

describe('seller.ads-entry-visible', () => {
  table(adsEntryVisible, [
    ['entry shown', { 'seller.adsEntry': true }, 'pass'],
    ['entry missing, role unknown', { 'seller.adsEntry': false }, 'fail', 'rule.seller.ads-entry-visible.fail'],
    ['entry missing, role allowed → cache', { 'seller.adsEntry': false, 'seller.roles': ['ads-manager'] }, 'fail', 'rule.seller.ads-entry-visible.fail-cache'],
    ['entry missing, role not allowed → role', { 'seller.adsEntry': false, 'seller.roles': ['finance'] }, 'fail', 'rule.seller.ads-entry-visible.fail-role'],
    ['not read', {}, 'unknown'],
  ]);
  it('fix page follows the cause', () => {
    expect(run(adsEntryVisible, { 'seller.adsEntry': false, 'seller.roles': ['finance'] })?.fix?.page).toBe('seller.users');
    expect(run(adsEntryVisible, { 'seller.adsEntry': false, 'seller.roles': ['owner'] })?.fix?.page).toBe('seller.home');
    expect(run(adsEntryVisible, { 'seller.adsEntry': false, 'seller.roles': ['owner'] })?.fix?.steps).toContain('fix.seller.cache.clear');
  });
});

describe('seller.role-allows-ads', () => {
  table(roleAllowsAds, [
    ['shop owner', { 'seller.roles': ['owner'] }, 'pass'],
    ['main admin', { 'seller.roles': ['admin'] }, 'pass'],
    ['ads manager', { 'seller.roles': ['ads-manager'] }, 'pass'],
    ['ads manager among others', { 'seller.roles': ['finance', 'ads-manager'] }, 'pass'],
    ['finance specialist', { 'seller.roles': ['finance'] }, 'fail', 'rule.seller.role-allows-ads.fail'],
    ['marketing specialist', { 'seller.roles': ['marketing'] }, 'fail'],
    ['customer service + fulfillment', { 'seller.roles': ['customer-service', 'fulfillment'] }, 'fail'],
    ['empty list → unknown', { 'seller.roles': [] }, 'unknown'],
    ['not read → unknown', {}, 'unknown'],
  ]);
  it('stale roles (8 days) → unknown', () => {
    const f = run(roleAllowsAds, { 'seller.roles': ['owner'] }, { 'seller.roles': 8 * DAY });
    expect(f?.status).toBe('unknown');
    expect(f?.stale).toBe(true);
  });
});

describe('seller.bc-admin-permission', () => {
  table(bcAdminPermission, [
    ['banner bc-admin', { 'seller.errorBanner': banner('bc-admin') }, 'fail'],
    ['no banner', { 'seller.errorBanner': null }, 'pass'],
    ['other banner', { 'seller.errorBanner': banner('onboarding') }, 'pass'],
    ['Ads page not read', {}, 'unknown'],
  ]);
  it('fix: BC admin grants the Admin role in Business Center members', () => {
    const f = run(bcAdminPermission, { 'seller.errorBanner': banner('bc-admin') });
    expect(f?.fix?.page).toBe('bc.members');
    expect(f?.fix?.who).toBe('who.bcAdmin');
  });
});

describe('seller.bc-binding', () => {
  table(bcBinding, [
    ['setup step Connect Business Center to do', { 'seller.setupSteps': { businessCenter: 'todo' } }, 'fail', 'rule.seller.bc-binding.not-connected'],
    ['binding none', { 'seller.bcBinding': 'none' }, 'fail', 'rule.seller.bc-binding.not-connected'],
    ['banner bound elsewhere', { 'seller.errorBanner': banner('bc-bound-elsewhere') }, 'fail', 'rule.seller.bc-binding.elsewhere'],
    ['binding other', { 'seller.bcBinding': 'other' }, 'fail', 'rule.seller.bc-binding.elsewhere'],
    ['conflict: binding own, banner bound elsewhere → banner wins', { 'seller.bcBinding': 'own', 'seller.errorBanner': banner('bc-bound-elsewhere') }, 'fail', 'rule.seller.bc-binding.elsewhere'],
    ['binding own', { 'seller.bcBinding': 'own' }, 'pass'],
    ['step done', { 'seller.setupSteps': { businessCenter: 'done' } }, 'pass'],
    ['nothing read', {}, 'unknown'],
    ['banner of another kind alone', { 'seller.errorBanner': banner('onboarding') }, 'unknown'],
  ]);
  it('elsewhere → ask the ex-partner to unbind', () => {
    expect(run(bcBinding, { 'seller.bcBinding': 'other' })?.fix?.steps[0]).toBe('fix.seller.boundElsewhere.ask');
  });
});

describe('seller.onboarding-complete', () => {
  table(onboardingComplete, [
    ['a task to do', { 'seller.onboarding': { verification: 'done', bankAccount: 'todo' } }, 'fail', 'rule.seller.onboarding-complete.tasks'],
    ['banner onboarding', { 'seller.errorBanner': banner('onboarding') }, 'fail', 'rule.seller.onboarding-complete.banner'],
    ['cannot sell', { 'seller.canSell': false }, 'fail', 'rule.seller.onboarding-complete.cannot-sell'],
    ['all tasks done', { 'seller.onboarding': { verification: 'done', bankAccount: 'done', addresses: 'done', productLive: 'done' } }, 'pass'],
    ['can sell', { 'seller.canSell': true }, 'pass'],
    ['can sell but a task still to do → fail (page evidence of a to-do wins)', { 'seller.canSell': true, 'seller.onboarding': { productLive: 'todo' } }, 'fail'],
    ['nothing read', {}, 'unknown'],
  ]);
  it('params name the first task', () => {
    expect(run(onboardingComplete, { 'seller.onboarding': { bankAccount: 'todo', addresses: 'todo' } })?.params).toEqual({ count: 2, task: '@onboardingTask.bankAccount' });
  });
});

describe('seller.ad-account-linked', () => {
  table(adAccountLinked, [
    ['setup step to do', { 'seller.setupSteps': { adAccount: 'todo' } }, 'fail', 'rule.seller.ad-account-linked.fail'],
    ['banner unlinked', { 'seller.errorBanner': banner('ad-account-unlinked') }, 'fail', 'rule.seller.ad-account-linked.banner'],
    ['no ad account shown', { 'seller.adAccount': null }, 'fail'],
    ['ad account shown', { 'seller.adAccount': { name: 'Acme Ads', id: '7089' } }, 'pass'],
    ['step done', { 'seller.setupSteps': { adAccount: 'done' } }, 'pass'],
    ['conflict: account shown but banner unlinked → fail', { 'seller.adAccount': { id: '7089' }, 'seller.errorBanner': banner('ad-account-unlinked') }, 'fail'],
    ['nothing read', {}, 'unknown'],
  ]);
  it('is GMV Max-era: validFrom 2025-07-01 (left out before)', () => {
    expect(adAccountLinked.validFrom).toBe('2025-07-01');
    expect(run(adAccountLinked, { 'seller.setupSteps': { adAccount: 'todo' } }, {}, Date.UTC(2025, 5, 30))).toBeUndefined();
    expect(run(adAccountLinked, { 'seller.setupSteps': { adAccount: 'todo' } }, {}, Date.UTC(2025, 6, 1))?.status).toBe('fail');
  });
});

describe('seller rules', () => {
  it('run only on Seller Center accounts', () => {
    const rec: AccountRecord = { key: 'ads:1', site: 'ads', name: null, lastSeen: NOW, facts: {} };
    expect(evaluateRules(sellerRules, rec, DEFAULT_SETTINGS, NOW)).toEqual([]);
  });
  it('weights add up to 100', () => {
    expect(sellerRules.reduce((s, r) => s + r.weight, 0)).toBe(100);
  });
});
