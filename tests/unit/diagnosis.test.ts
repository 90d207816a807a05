import { describe, expect, it } from 'vitest';
import type { AccountRecord, FactKey, FactValues, SellerErrorBanner } from '../../utils/facts/types';
import { PAGE_IDS } from '../../utils/pages/routes';
import { diagnoseRecord, diagnoseSeller, type CauseId, type Likelihood, type Scenario } from '../../utils/rules/diagnosis';
import { ACCOUNT_MANAGEMENT, accountManagementFix } from '../../utils/rules/seller';
import { DEFAULT_SETTINGS } from '../../utils/store/schema';

const NOW = Date.UTC(2026, 10, 29, 12);
const DAY = 86_400_000;
const banner = (kind: SellerErrorBanner['kind'], text = 'synthetic banner'): SellerErrorBanner => ({ kind, text });

type Expect = Partial<Record<CauseId, Likelihood>>;
type Case = [name: string, facts: Partial<FactValues>, scenario: Scenario, causes: Expect, next: CauseId | null];

const CASES: Case[] = [
  // ── no Ads tab ──
  ['entry missing + role allowed → stale cache likely', { 'seller.adsEntry': false, 'seller.roles': ['admin'] }, 'no-ads-tab', { role: 'ruled-out', 'stale-menu-cache': 'likely' }, 'stale-menu-cache'],
  ['entry missing + role not allowed → role confirmed', { 'seller.adsEntry': false, 'seller.roles': ['finance'] }, 'no-ads-tab', { role: 'confirmed', 'stale-menu-cache': 'possible' }, 'role'],
  ['entry missing + role unknown → role unknown (check User management)', { 'seller.adsEntry': false }, 'no-ads-tab', { role: 'unknown', 'stale-menu-cache': 'possible' }, null],
  ['role not allowed, entry not read → role likely, no-ads-tab', { 'seller.roles': ['marketing'] }, 'no-ads-tab', { role: 'likely', 'stale-menu-cache': 'unknown' }, 'role'],
  // ── creation errors (banner kinds) ──
  ['banner bc-admin → confirmed', { 'seller.adsEntry': true, 'seller.errorBanner': banner('bc-admin') }, 'cannot-create', { 'bc-admin': 'confirmed', role: 'ruled-out', 'stale-menu-cache': 'ruled-out' }, 'bc-admin'],
  ['banner bound elsewhere → confirmed', { 'seller.adsEntry': true, 'seller.errorBanner': banner('bc-bound-elsewhere') }, 'cannot-create', { 'bc-bound-elsewhere': 'confirmed', 'bc-admin': 'unknown' }, 'bc-bound-elsewhere'],
  ['banner onboarding → confirmed', { 'seller.adsEntry': true, 'seller.errorBanner': banner('onboarding') }, 'cannot-create', { onboarding: 'confirmed' }, 'onboarding'],
  ['banner ad account unlinked → confirmed', { 'seller.adsEntry': true, 'seller.errorBanner': banner('ad-account-unlinked') }, 'cannot-create', { 'ad-account-unlinked': 'confirmed' }, 'ad-account-unlinked'],
  ['unknown banner → generic procedure likely', { 'seller.adsEntry': true, 'seller.errorBanner': banner('unknown', 'Something went wrong') }, 'cannot-create', { 'unrecognised-error': 'likely', 'bc-admin': 'unknown', onboarding: 'unknown' }, 'unrecognised-error'],
  // ── creation blockers from page facts (no banner) ──
  ['setup: Connect BC to do → bc-not-connected confirmed, bc-admin possible', { 'seller.adsEntry': true, 'seller.setupSteps': { businessCenter: 'todo', adAccount: 'todo' } }, 'cannot-create', { 'bc-not-connected': 'confirmed', 'bc-admin': 'possible', 'ad-account-unlinked': 'confirmed' }, 'bc-not-connected'],
  ['binding other → bound elsewhere confirmed', { 'seller.adsEntry': true, 'seller.bcBinding': 'other' }, 'cannot-create', { 'bc-bound-elsewhere': 'confirmed', 'bc-not-connected': 'ruled-out' }, 'bc-bound-elsewhere'],
  ['onboarding task to do', { 'seller.adsEntry': true, 'seller.onboarding': { bankAccount: 'todo' } }, 'cannot-create', { onboarding: 'confirmed' }, 'onboarding'],
  ['cannot sell', { 'seller.adsEntry': true, 'seller.canSell': false }, 'cannot-create', { onboarding: 'confirmed' }, 'onboarding'],
  ['no ad account shown', { 'seller.adsEntry': true, 'seller.adAccount': null }, 'cannot-create', { 'ad-account-unlinked': 'confirmed' }, 'ad-account-unlinked'],
  // ── all fine ──
  [
    'everything read and fine → ok, all ruled out',
    {
      'seller.adsEntry': true,
      'seller.roles': ['owner'],
      'seller.errorBanner': null,
      'seller.setupSteps': { businessCenter: 'done', adAccount: 'done', tiktokAccount: 'done' },
      'seller.bcBinding': 'own',
      'seller.canSell': true,
      'seller.adAccount': { name: 'Acme Ads', id: '7089' },
    },
    'ok',
    { role: 'ruled-out', 'stale-menu-cache': 'ruled-out', 'bc-admin': 'ruled-out', 'bc-not-connected': 'ruled-out', 'bc-bound-elsewhere': 'ruled-out', onboarding: 'ruled-out', 'ad-account-unlinked': 'ruled-out' },
    null,
  ],
  ['entry visible, nothing else read → ok as far as read; creation causes unknown', { 'seller.adsEntry': true }, 'ok', { role: 'ruled-out', 'bc-admin': 'unknown', onboarding: 'unknown', 'ad-account-unlinked': 'unknown' }, null],
  // ── missing evidence ──
  ['nothing read → unknown', {}, 'unknown', { role: 'unknown', 'stale-menu-cache': 'unknown', 'bc-admin': 'unknown', 'bc-not-connected': 'unknown', 'bc-bound-elsewhere': 'unknown', onboarding: 'unknown', 'ad-account-unlinked': 'unknown' }, null],
  // ── conflicting evidence ──
  ['entry visible but role not allowed → role possible (conflict)', { 'seller.adsEntry': true, 'seller.roles': ['finance'] }, 'ok', { role: 'possible', 'stale-menu-cache': 'ruled-out' }, null],
  ['entry visible but banner bc-admin → cannot-create, bc-admin confirmed', { 'seller.adsEntry': true, 'seller.roles': ['ads-manager'], 'seller.errorBanner': banner('bc-admin') }, 'cannot-create', { 'bc-admin': 'confirmed', role: 'ruled-out' }, 'bc-admin'],
  ['banner bound elsewhere vs binding own (no times) → banner wins', { 'seller.adsEntry': true, 'seller.bcBinding': 'own', 'seller.errorBanner': banner('bc-bound-elsewhere') }, 'cannot-create', { 'bc-bound-elsewhere': 'confirmed' }, 'bc-bound-elsewhere'],
  ['banner onboarding vs can sell (no times) → banner wins', { 'seller.adsEntry': true, 'seller.canSell': true, 'seller.errorBanner': banner('onboarding') }, 'cannot-create', { onboarding: 'confirmed' }, 'onboarding'],
  ['banner unlinked vs account shown (no times) → banner wins', { 'seller.adsEntry': true, 'seller.adAccount': { id: '1' }, 'seller.errorBanner': banner('ad-account-unlinked') }, 'cannot-create', { 'ad-account-unlinked': 'confirmed' }, 'ad-account-unlinked'],
  ['entry missing but a banner was read (no times) → entry believed', { 'seller.adsEntry': false, 'seller.roles': ['owner'], 'seller.errorBanner': banner('bc-admin') }, 'no-ads-tab', { 'bc-admin': 'confirmed', 'stale-menu-cache': 'likely' }, 'stale-menu-cache'],
];

describe('diagnoseSeller', () => {
  it.each(CASES)('%s', (_n, facts, scenario, causes, next) => {
    const d = diagnoseSeller(facts);
    expect(d.scenario).toBe(scenario);
    const got = Object.fromEntries(d.causes.map((c) => [c.id, c.likelihood]));
    for (const [id, l] of Object.entries(causes)) expect(got[id], id).toBe(l);
    expect(d.next?.id ?? null).toBe(next);
  });

  it('ranks confirmed > likely > possible > unknown > ruled-out', () => {
    const order: Likelihood[] = ['confirmed', 'likely', 'possible', 'unknown', 'ruled-out'];
    for (const [, facts] of CASES) {
      const ranks = diagnoseSeller(facts).causes.map((c) => order.indexOf(c.likelihood));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('every cause has a fix on a real page, steps, who; unknown causes name one page to check', () => {
    for (const [, facts] of CASES) {
      for (const c of diagnoseSeller(facts).causes) {
        expect(PAGE_IDS).toContain(c.fix.page);
        expect(c.fix.steps.length).toBeGreaterThan(0);
        expect(c.fix.who).toMatch(/^who\./);
        expect(c.title).toBe(`cause.${c.id}.title`);
        expect(c.message).toMatch(new RegExp(`^cause\\.${c.id}\\.`));
        if (c.likelihood === 'unknown') expect(PAGE_IDS).toContain(c.checkPage);
        if (c.likelihood === 'confirmed' || c.likelihood === 'ruled-out') expect(c.evidence.length).toBeGreaterThan(0);
      }
    }
  });

  it('the six causes are always present; the generic one only with an unrecognised banner', () => {
    const always: CauseId[] = ['role', 'stale-menu-cache', 'bc-admin', 'bc-bound-elsewhere', 'onboarding', 'ad-account-unlinked', 'bc-not-connected'];
    expect(diagnoseSeller({}).causes.map((c) => c.id).sort()).toEqual([...always].sort());
    expect(diagnoseSeller({ 'seller.errorBanner': banner('unknown') }).causes.map((c) => c.id)).toContain('unrecognised-error');
  });

  it('stale cache fix: clear cache and cookies, sign in again', () => {
    const c = diagnoseSeller({ 'seller.adsEntry': false, 'seller.roles': ['owner'] }).next!;
    expect(c.fix.steps).toEqual(['fix.seller.cache.clear', 'fix.seller.cache.restart', 'fix.seller.signInAgain', 'fix.seller.cache.openAds']);
    expect(c.evidence).toEqual(['seller.adsEntry', 'seller.roles']);
  });

  it('unknown role: the page to open is User management', () => {
    const c = diagnoseSeller({ 'seller.adsEntry': false }).causes.find((x) => x.id === 'role')!;
    expect(c.checkPage).toBe('seller.users');
  });

  it('keeps the banner text verbatim', () => {
    expect(diagnoseSeller({ 'seller.errorBanner': banner('unknown', '<b>raw</b> text') }).bannerText).toBe('<b>raw</b> text');
  });

  describe('conflicts settled by read time', () => {
    const t = (banner: number, other: number, key: FactKey) => ({ readAt: { 'seller.errorBanner': banner, [key]: other } as Partial<Record<FactKey, number>> });

    it('banner older than "can sell" → onboarding only possible', () => {
      const d = diagnoseSeller({ 'seller.adsEntry': true, 'seller.canSell': true, 'seller.errorBanner': banner('onboarding') }, t(1, 2, 'seller.canSell'));
      expect(d.causes.find((c) => c.id === 'onboarding')?.likelihood).toBe('possible');
      expect(d.conflicts).toEqual([{ message: 'cause.conflict.banner-onboarding-vs-done', keys: ['seller.errorBanner', 'seller.canSell'], believed: 'seller.canSell' }]);
      expect(d.scenario).toBe('ok');
    });

    it('banner newer than "binding own" → bound elsewhere confirmed', () => {
      const d = diagnoseSeller({ 'seller.adsEntry': true, 'seller.bcBinding': 'own', 'seller.errorBanner': banner('bc-bound-elsewhere') }, t(5, 2, 'seller.bcBinding'));
      expect(d.causes[0]).toMatchObject({ id: 'bc-bound-elsewhere', likelihood: 'confirmed' });
      expect(d.conflicts[0]?.believed).toBe('seller.errorBanner');
    });

    it('banner older than "account linked" → possible', () => {
      const d = diagnoseSeller({ 'seller.adsEntry': true, 'seller.adAccount': { id: '1' }, 'seller.errorBanner': banner('ad-account-unlinked') }, t(1, 9, 'seller.adAccount'));
      expect(d.causes.find((c) => c.id === 'ad-account-unlinked')?.likelihood).toBe('possible');
    });

    it('entry missing, banner read later → cannot-create', () => {
      const d = diagnoseSeller({ 'seller.adsEntry': false, 'seller.errorBanner': banner('bc-admin') }, { readAt: { 'seller.adsEntry': 1, 'seller.errorBanner': 2 } });
      expect(d.scenario).toBe('cannot-create');
      expect(d.conflicts.map((c) => c.message)).toContain('cause.conflict.entry-missing-banner');
    });

    it('entry visible + role not allowed is listed as a conflict', () => {
      const d = diagnoseSeller({ 'seller.adsEntry': true, 'seller.roles': ['finance'] });
      expect(d.conflicts).toEqual([{ message: 'cause.conflict.entry-visible-role-not-allowed', keys: ['seller.adsEntry', 'seller.roles'], believed: 'seller.adsEntry' }]);
    });
  });

  describe('diagnoseRecord (staleness)', () => {
    const rec = (facts: Partial<FactValues>, age: number): AccountRecord => {
      const fm: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(facts)) fm[k] = { key: k, value: v, page: 'seller.users', readAt: NOW - age, source: 'page' };
      return { key: 'seller:seller-us.tiktok.com:1', site: 'seller', name: null, lastSeen: NOW, facts: fm as AccountRecord['facts'] };
    };
    it('fresh facts diagnose as usual', () => {
      expect(diagnoseRecord(rec({ 'seller.adsEntry': false, 'seller.roles': ['finance'] }, DAY), DEFAULT_SETTINGS, NOW).next?.id).toBe('role');
    });
    it('stale facts (8 days) count as not read → unknown', () => {
      const d = diagnoseRecord(rec({ 'seller.adsEntry': false, 'seller.roles': ['finance'] }, 8 * DAY), DEFAULT_SETTINGS, NOW);
      expect(d.scenario).toBe('unknown');
      expect(d.causes.find((c) => c.id === 'role')?.likelihood).toBe('unknown');
    });
    it('passes read times, so the newer fact settles a conflict', () => {
      const r = rec({ 'seller.adsEntry': true, 'seller.canSell': true, 'seller.errorBanner': banner('onboarding') }, DAY);
      (r.facts['seller.errorBanner'] as { readAt: number }).readAt = NOW - 2 * DAY;
      expect(diagnoseRecord(r, DEFAULT_SETTINGS, NOW).causes.find((c) => c.id === 'onboarding')?.likelihood).toBe('possible');
    });
  });
});

describe('account management procedures', () => {
  it.each(Object.keys(ACCOUNT_MANAGEMENT) as (keyof typeof ACCOUNT_MANAGEMENT)[])('%s says where and who', (id) => {
    const f = accountManagementFix(id);
    expect(PAGE_IDS).toContain(f.page);
    expect(f.steps.length).toBeGreaterThan(1);
    expect(f.who).toMatch(/^who\./);
  });
  it('adding a partner ends in Business Center → Users → Partners', () => {
    expect(accountManagementFix('add-partner-bc').page).toBe('bc.partners');
    expect(accountManagementFix('add-partner').steps).toContain('fix.acctmgmt.partnerInBc');
  });
});
