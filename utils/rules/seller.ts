/**
 * Seller Center rules (DESIGN §4; domain/tiktok-reference.md §3.3, §3.4; French source 002: why the Ads tab is
 * missing and what the Shop Ads errors mean). The fixes are shared with the diagnosis (./diagnosis.ts).
 *
 * `seller.errorBanner`: absent = the Ads page was not read; `null` = read, no error banner.
 */
import type { FactKey, OnboardingTasks, SellerRole } from '../facts/types';
import type { Fix, Rule, Verdict } from './types';

/** Roles that see the Ads (Shop Ads) entry: Shop owner, (main) Admin, Ads manager. */
export const ADS_ROLES: readonly SellerRole[] = ['owner', 'admin', 'ads-manager'];

export function rolesAllowAds(roles: readonly SellerRole[]): boolean {
  return roles.some((r) => ADS_ROLES.includes(r));
}

/** Date GMV Max became the only Shop Ads campaign type (legacy Video/LIVE/Product Shopping Ads ended). */
export const GMV_MAX_ONLY_SINCE = '2025-07-01';

const SIGN_IN = 'fix.seller.signInAgain';
const CREATE = 'fix.seller.createCampaign';

/** Fix per cause (diagnosis cause ids). */
export const SELLER_FIXES = {
  role: { page: 'seller.users', steps: ['fix.seller.role.askOwner', 'fix.seller.role.activate', SIGN_IN], who: 'who.shopOwner' },
  'stale-menu-cache': {
    page: 'seller.home',
    steps: ['fix.seller.cache.clear', 'fix.seller.cache.restart', SIGN_IN, 'fix.seller.cache.openAds'],
    who: 'who.you',
  },
  'bc-admin': { page: 'bc.members', steps: ['fix.seller.bcAdmin.ask', 'fix.seller.bcAdmin.orCreate', 'fix.seller.cacheIfStill', CREATE], who: 'who.bcAdmin' },
  'bc-not-connected': { page: 'seller.ads', steps: ['fix.seller.bcConnect.follow', 'fix.seller.bcConnect.adminEmail', CREATE], who: 'who.shopOwnerOrAdsManager' },
  'bc-bound-elsewhere': {
    page: 'seller.ads',
    steps: ['fix.seller.boundElsewhere.ask', 'fix.seller.boundElsewhere.orUse', 'fix.seller.followSteps', CREATE],
    who: 'who.exPartnerBcAdmin',
  },
  onboarding: { page: 'seller.onboarding', steps: ['fix.seller.onboarding.finish', 'fix.seller.onboarding.product', CREATE], who: 'who.shopOwner' },
  'ad-account-unlinked': {
    page: 'seller.ads',
    steps: ['fix.seller.adAccount.connect', 'fix.seller.adAccount.orCreate', 'fix.seller.adAccount.acctMgmt', CREATE],
    who: 'who.bcAdmin',
  },
  'unrecognised-error': {
    page: 'seller.ads',
    steps: ['fix.seller.generic.read', 'fix.seller.generic.checkEach', 'fix.seller.cache.clear', SIGN_IN, 'fix.seller.generic.support'],
    who: 'who.you',
  },
} as const satisfies Record<string, Fix>;

function fixOf(id: keyof typeof SELLER_FIXES): Fix {
  const f = SELLER_FIXES[id];
  return { page: f.page, steps: [...f.steps], who: f.who };
}

/**
 * Account-management procedures in Seller Center (French source 002), with where each is done:
 * Ads tab → Account management → Manage members / Add account / Connect account / Add partner. Adding a partner
 * hands over to Business Center (Users → Partners → Add Partners), which only a BC Admin can do.
 */
export const ACCOUNT_MANAGEMENT = {
  'manage-members': { page: 'seller.ads', steps: ['fix.acctmgmt.open', 'fix.acctmgmt.members'], who: 'who.shopOwnerOrAdmin' },
  'add-account': { page: 'seller.ads', steps: ['fix.acctmgmt.open', 'fix.acctmgmt.addAccount'], who: 'who.shopOwnerOrAdsManager' },
  'connect-account': { page: 'seller.ads', steps: ['fix.acctmgmt.open', 'fix.acctmgmt.connectAccount'], who: 'who.shopOwnerOrAdsManager' },
  'add-partner': { page: 'seller.ads', steps: ['fix.acctmgmt.open', 'fix.acctmgmt.addPartner', 'fix.acctmgmt.partnerInBc'], who: 'who.shopOwner' },
  'add-partner-bc': { page: 'bc.partners', steps: ['fix.acctmgmt.bcPartners', 'fix.acctmgmt.bcPartnerAssets'], who: 'who.bcAdmin' },
} as const satisfies Record<string, Fix>;

export type AccountManagementId = keyof typeof ACCOUNT_MANAGEMENT;

export function accountManagementFix(id: AccountManagementId): Fix {
  const f = ACCOUNT_MANAGEMENT[id];
  return { page: f.page, steps: [...f.steps], who: f.who };
}

export function todoTasks(tasks: OnboardingTasks | undefined): (keyof OnboardingTasks)[] {
  if (!tasks) return [];
  return (Object.keys(tasks) as (keyof OnboardingTasks)[]).filter((k) => tasks[k] === 'todo');
}

const READ_ADS_PAGE: Fix = { page: 'seller.ads', steps: ['fix.read.openSellerAds'] };

function unknown(message: string, evidence: FactKey[], fix: Fix | null = READ_ADS_PAGE): Verdict {
  return { status: 'unknown', evidence, fix, message };
}

// ─── seller.ads-entry-visible ────────────────────────────────────────────────────────────────────────────

export const adsEntryVisible: Rule = {
  id: 'seller.ads-entry-visible',
  sites: ['seller'],
  weight: 20,
  evaluate(ctx) {
    const entry = ctx.get('seller.adsEntry');
    if (entry === undefined) return unknown('rule.seller.ads-entry-visible.unknown', ['seller.adsEntry'], { page: 'seller.home', steps: ['fix.read.openSellerHome'] });
    if (entry) return { status: 'pass', evidence: ['seller.adsEntry'], fix: null, message: 'rule.seller.ads-entry-visible.pass' };
    const roles = ctx.get('seller.roles');
    const known = roles !== undefined && roles.length > 0;
    // Role not allowed → the role fix; role allowed → stale menu (cache); role unknown → both, role first.
    const fix: Fix = !known
      ? { page: 'seller.users', steps: [...SELLER_FIXES.role.steps, ...SELLER_FIXES['stale-menu-cache'].steps.filter((s) => s !== SIGN_IN)], who: 'who.shopOwner' }
      : rolesAllowAds(roles)
        ? fixOf('stale-menu-cache')
        : fixOf('role');
    const message = !known ? 'rule.seller.ads-entry-visible.fail' : rolesAllowAds(roles) ? 'rule.seller.ads-entry-visible.fail-cache' : 'rule.seller.ads-entry-visible.fail-role';
    return { status: 'fail', evidence: known ? ['seller.adsEntry', 'seller.roles'] : ['seller.adsEntry'], fix, message };
  },
};

// ─── seller.role-allows-ads ──────────────────────────────────────────────────────────────────────────────

export const roleAllowsAds: Rule = {
  id: 'seller.role-allows-ads',
  sites: ['seller'],
  weight: 20,
  evaluate(ctx) {
    const roles = ctx.get('seller.roles');
    if (!roles || roles.length === 0) return unknown('rule.seller.role-allows-ads.unknown', ['seller.roles'], { page: 'seller.users', steps: ['fix.read.openSellerUsers'] });
    const allowed = roles.find((r) => ADS_ROLES.includes(r));
    if (allowed) return { status: 'pass', evidence: ['seller.roles'], fix: null, message: 'rule.seller.role-allows-ads.pass', params: { role: `@sellerRole.${allowed}` } };
    return { status: 'fail', evidence: ['seller.roles'], fix: fixOf('role'), message: 'rule.seller.role-allows-ads.fail', params: { role: `@sellerRole.${roles[0]}` } };
  },
};

// ─── seller.bc-admin-permission ──────────────────────────────────────────────────────────────────────────

export const bcAdminPermission: Rule = {
  id: 'seller.bc-admin-permission',
  sites: ['seller'],
  weight: 15,
  evaluate(ctx) {
    const banner = ctx.get('seller.errorBanner');
    if (banner === undefined) return unknown('rule.seller.bc-admin-permission.unknown', ['seller.errorBanner']);
    if (banner?.kind === 'bc-admin') return { status: 'fail', evidence: ['seller.errorBanner'], fix: fixOf('bc-admin'), message: 'rule.seller.bc-admin-permission.fail' };
    return { status: 'pass', evidence: ['seller.errorBanner'], fix: null, message: 'rule.seller.bc-admin-permission.pass' };
  },
};

// ─── seller.bc-binding ───────────────────────────────────────────────────────────────────────────────────

/**
 * fail `elsewhere`: the banner says the shop is bound to another Business Center, or the binding reads `other`
 * (this wins over any "connected" signal: it is the platform's own verdict). fail `not-connected`: the setup step
 * "Connect Business Center" is to do, or the binding reads `none`. pass: bound to the seller's own BC / step done.
 */
export const bcBinding: Rule = {
  id: 'seller.bc-binding',
  sites: ['seller'],
  weight: 15,
  evaluate(ctx) {
    const steps = ctx.get('seller.setupSteps');
    const binding = ctx.get('seller.bcBinding');
    const banner = ctx.get('seller.errorBanner');
    if (banner?.kind === 'bc-bound-elsewhere' || binding === 'other') {
      const evidence: FactKey[] = banner?.kind === 'bc-bound-elsewhere' ? ['seller.errorBanner'] : ['seller.bcBinding'];
      return { status: 'fail', evidence, fix: fixOf('bc-bound-elsewhere'), message: 'rule.seller.bc-binding.elsewhere' };
    }
    if (steps?.businessCenter === 'todo' || binding === 'none') {
      const evidence: FactKey[] = steps?.businessCenter === 'todo' ? ['seller.setupSteps'] : ['seller.bcBinding'];
      return { status: 'fail', evidence, fix: fixOf('bc-not-connected'), message: 'rule.seller.bc-binding.not-connected' };
    }
    if (binding === 'own' || steps?.businessCenter === 'done') {
      const evidence: FactKey[] = binding === 'own' ? ['seller.bcBinding'] : ['seller.setupSteps'];
      return { status: 'pass', evidence, fix: null, message: 'rule.seller.bc-binding.pass' };
    }
    return unknown('rule.seller.bc-binding.unknown', ['seller.bcBinding', 'seller.setupSteps']);
  },
};

// ─── seller.onboarding-complete ──────────────────────────────────────────────────────────────────────────

export const onboardingComplete: Rule = {
  id: 'seller.onboarding-complete',
  sites: ['seller'],
  weight: 15,
  evaluate(ctx) {
    const tasks = ctx.get('seller.onboarding');
    const canSell = ctx.get('seller.canSell');
    const banner = ctx.get('seller.errorBanner');
    const fix = fixOf('onboarding');
    const todo = todoTasks(tasks);
    if (todo.length)
      return { status: 'fail', evidence: ['seller.onboarding'], fix, message: 'rule.seller.onboarding-complete.tasks', params: { count: todo.length, task: `@onboardingTask.${todo[0]}` } };
    if (banner?.kind === 'onboarding') return { status: 'fail', evidence: ['seller.errorBanner'], fix, message: 'rule.seller.onboarding-complete.banner' };
    if (canSell === false) return { status: 'fail', evidence: ['seller.canSell'], fix, message: 'rule.seller.onboarding-complete.cannot-sell' };
    const tasksDone = tasks !== undefined && Object.values(tasks).some((v) => v === 'done');
    if (canSell === true || tasksDone) {
      const evidence: FactKey[] = [];
      if (canSell === true) evidence.push('seller.canSell');
      if (tasksDone) evidence.push('seller.onboarding');
      return { status: 'pass', evidence, fix: null, message: 'rule.seller.onboarding-complete.pass' };
    }
    return unknown('rule.seller.onboarding-complete.unknown', ['seller.onboarding', 'seller.canSell'], { page: 'seller.onboarding', steps: ['fix.read.openSellerOnboarding'] });
  },
};

// ─── seller.ad-account-linked ────────────────────────────────────────────────────────────────────────────

/**
 * fail: the setup step "Link Ads Manager account" is to do, the banner says the ad account is not linked, or the
 * Ads page shows no ad account (`seller.adAccount` null). pass: step done or an ad account shown. validFrom
 * 2025-07-01: the check follows the GMV Max set-up flow (a shop needs a GMV Max ads account before it can run or
 * register GMV Max campaigns).
 */
export const adAccountLinked: Rule = {
  id: 'seller.ad-account-linked',
  sites: ['seller'],
  weight: 15,
  validFrom: GMV_MAX_ONLY_SINCE,
  evaluate(ctx) {
    const steps = ctx.get('seller.setupSteps');
    const banner = ctx.get('seller.errorBanner');
    const account = ctx.get('seller.adAccount');
    const fix = fixOf('ad-account-unlinked');
    if (banner?.kind === 'ad-account-unlinked') return { status: 'fail', evidence: ['seller.errorBanner'], fix, message: 'rule.seller.ad-account-linked.banner' };
    if (steps?.adAccount === 'todo') return { status: 'fail', evidence: ['seller.setupSteps'], fix, message: 'rule.seller.ad-account-linked.fail' };
    if (steps?.adAccount === 'done' || (account && (account.id || account.name))) {
      const evidence: FactKey[] = account ? ['seller.adAccount'] : ['seller.setupSteps'];
      return { status: 'pass', evidence, fix: null, message: 'rule.seller.ad-account-linked.pass', params: { account: account?.name ?? account?.id ?? '—' } };
    }
    if (account === null) return { status: 'fail', evidence: ['seller.adAccount'], fix, message: 'rule.seller.ad-account-linked.fail' };
    return unknown('rule.seller.ad-account-linked.unknown', ['seller.setupSteps', 'seller.adAccount']);
  },
};

export const sellerRules: Rule[] = [adsEntryVisible, roleAllowsAds, bcAdminPermission, bcBinding, onboardingComplete, adAccountLinked];

