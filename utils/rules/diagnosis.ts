/**
 * Seller Center diagnosis (DESIGN §1 "there is no Ads tab" / "an error when creating Shop Ads"; French source 002;
 * domain/tiktok-reference.md §3.3–3.4). Pure: facts → scenario + every cause ranked by its evidence.
 *
 * Likelihood, strongest first:
 *   confirmed  the page says so (an error banner of that kind, a setup step / onboarding task to do, a role that
 *              cannot see Ads while the Ads entry is missing);
 *   likely     strong indirect evidence (Ads entry missing although the role allows it → stale menu cache;
 *              an unrecognised banner → the generic procedure);
 *   possible   evidence points both ways, or the cause may follow once another is fixed;
 *   unknown    nothing read yet — `checkPage` is the one page to open to find out;
 *   ruled-out  the pages show it is not this.
 * Causes are sorted by likelihood, then by a fixed order (role, BC admin, BC connection, BC bound elsewhere,
 * onboarding, ad account, stale menu cache, unrecognised error). `next` is the first confirmed/likely cause that
 * explains the scenario (no Ads tab: role or menu cache; cannot create: the creation causes), else the first one.
 *
 * Conflicts (two facts that disagree) are listed in `conflicts`. Rule: a Shop Ads error banner is the platform's
 * own verdict and wins, unless the fact it disagrees with was read later (`opts.readAt`), in which case the banner
 * is taken as outdated and its cause drops to `possible`. Without timestamps the banner wins.
 */
import type { AccountRecord, FactKey, FactValues, SellerErrorBanner } from '../facts/types';
import type { PageId } from '../pages/routes';
import type { Settings } from '../store/schema';
import { makeContext } from './engine';
import { rolesAllowAds, SELLER_FIXES, todoTasks } from './seller';
import type { Fix } from './types';

export type Likelihood = 'confirmed' | 'likely' | 'possible' | 'ruled-out' | 'unknown';
export type CauseId =
  | 'role'
  | 'stale-menu-cache'
  | 'bc-admin'
  | 'bc-not-connected'
  | 'bc-bound-elsewhere'
  | 'onboarding'
  | 'ad-account-unlinked'
  | 'unrecognised-error';
export type Scenario = 'no-ads-tab' | 'cannot-create' | 'ok' | 'unknown';

export interface RankedCause {
  id: CauseId;
  likelihood: Likelihood;
  /** Fact keys the likelihood rests on. */
  evidence: FactKey[];
  fix: Fix;
  /** When unknown (or possible for want of a fact): the one page to open to find out. */
  checkPage?: PageId;
  /** Message keys: the cause's name, and why it got this likelihood. */
  title: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface Conflict {
  /** Message key describing the disagreement. */
  message: string;
  keys: FactKey[];
  /** The fact that was believed. */
  believed: FactKey;
}

export interface Diagnosis {
  scenario: Scenario;
  causes: RankedCause[];
  /** The cause whose fix applies first (confirmed or likely), or null. */
  next: RankedCause | null;
  conflicts: Conflict[];
  /** Verbatim text of the banner (shown as text), when one was read. */
  bannerText?: string;
}

export interface DiagnoseOptions {
  /** When each fact was read (epoch ms), to settle conflicts in favour of the newer one. */
  readAt?: Partial<Record<FactKey, number>>;
}

const RANK: Record<Likelihood, number> = { confirmed: 0, likely: 1, possible: 2, unknown: 3, 'ruled-out': 4 };
const ORDER: CauseId[] = ['role', 'bc-admin', 'bc-not-connected', 'bc-bound-elsewhere', 'onboarding', 'ad-account-unlinked', 'stale-menu-cache', 'unrecognised-error'];
const TAB_CAUSES: CauseId[] = ['role', 'stale-menu-cache'];
const CREATION_CAUSES: CauseId[] = ['bc-admin', 'bc-not-connected', 'bc-bound-elsewhere', 'onboarding', 'ad-account-unlinked', 'unrecognised-error'];

/** Causes that a Shop Ads error banner of the same kind confirms (banner kinds = cause ids). */
type BannerCause = 'bc-admin' | 'bc-bound-elsewhere' | 'onboarding' | 'ad-account-unlinked';
const BANNER_MESSAGES: Record<BannerCause, { none: string; banner: string; unknown: string }> = {
  'bc-admin': { none: 'cause.bc-admin.no-banner', banner: 'cause.bc-admin.banner', unknown: 'cause.bc-admin.unknown' },
  'bc-bound-elsewhere': { none: 'cause.bc-bound-elsewhere.no-banner', banner: 'cause.bc-bound-elsewhere.banner', unknown: 'cause.bc-bound-elsewhere.unknown' },
  onboarding: { none: 'cause.onboarding.no-banner', banner: 'cause.onboarding.banner', unknown: 'cause.onboarding.unknown' },
  'ad-account-unlinked': { none: 'cause.ad-account-unlinked.no-banner', banner: 'cause.ad-account-unlinked.banner', unknown: 'cause.ad-account-unlinked.unknown' },
};

function fixOf(id: CauseId): Fix {
  const f = SELLER_FIXES[id];
  return { page: f.page, steps: [...f.steps], who: f.who };
}

function cause(id: CauseId, likelihood: Likelihood, evidence: FactKey[], message: string, extra: Partial<RankedCause> = {}): RankedCause {
  return { id, likelihood, evidence, fix: fixOf(id), title: `cause.${id}.title`, message, ...extra };
}

export function rankCauses(causes: RankedCause[]): RankedCause[] {
  return [...causes].sort((a, b) => RANK[a.likelihood] - RANK[b.likelihood] || ORDER.indexOf(a.id) - ORDER.indexOf(b.id));
}

export function diagnoseSeller(facts: Partial<FactValues>, opts: DiagnoseOptions = {}): Diagnosis {
  const conflicts: Conflict[] = [];
  const readAt = opts.readAt ?? {};
  /** Does the banner win against `other`? Yes unless `other` was read strictly later. */
  const bannerWins = (other: FactKey): boolean => {
    const b = readAt['seller.errorBanner'];
    const o = readAt[other];
    return b === undefined || o === undefined || b >= o;
  };
  const conflict = (message: string, other: FactKey): boolean => {
    const wins = bannerWins(other);
    conflicts.push({ message, keys: ['seller.errorBanner', other], believed: wins ? 'seller.errorBanner' : other });
    return wins;
  };

  const entry = facts['seller.adsEntry'];
  const roles = facts['seller.roles'];
  const rolesKnown = roles !== undefined && roles.length > 0;
  const allowed = rolesKnown && rolesAllowAds(roles);
  /** undefined = Ads page not read; null = read, no banner. */
  const banner: SellerErrorBanner | null | undefined = facts['seller.errorBanner'];
  const steps = facts['seller.setupSteps'];
  const binding = facts['seller.bcBinding'];
  const tasks = facts['seller.onboarding'];
  const canSell = facts['seller.canSell'];
  const adAccount = facts['seller.adAccount'];
  const causes: RankedCause[] = [];

  // ── role ──
  if (!rolesKnown) {
    if (entry === true) causes.push(cause('role', 'ruled-out', ['seller.adsEntry'], 'cause.role.entry-visible'));
    else causes.push(cause('role', 'unknown', [], 'cause.role.unknown', { checkPage: 'seller.users' }));
  } else if (allowed) {
    causes.push(cause('role', 'ruled-out', ['seller.roles'], 'cause.role.allowed', { params: { role: `@sellerRole.${roles.find((r) => rolesAllowAds([r]))}` } }));
  } else {
    const params = { role: `@sellerRole.${roles[0]}` };
    if (entry === false) causes.push(cause('role', 'confirmed', ['seller.roles', 'seller.adsEntry'], 'cause.role.confirmed', { params }));
    else if (entry === true) {
      conflicts.push({ message: 'cause.conflict.entry-visible-role-not-allowed', keys: ['seller.adsEntry', 'seller.roles'], believed: 'seller.adsEntry' });
      causes.push(cause('role', 'possible', ['seller.roles', 'seller.adsEntry'], 'cause.role.conflict', { params, checkPage: 'seller.users' }));
    } else causes.push(cause('role', 'likely', ['seller.roles'], 'cause.role.likely', { params }));
  }

  // ── stale menu cache ──
  if (entry === false) {
    if (allowed) causes.push(cause('stale-menu-cache', 'likely', ['seller.adsEntry', 'seller.roles'], 'cause.stale-menu-cache.likely'));
    else if (rolesKnown) causes.push(cause('stale-menu-cache', 'possible', ['seller.adsEntry', 'seller.roles'], 'cause.stale-menu-cache.after-role'));
    else causes.push(cause('stale-menu-cache', 'possible', ['seller.adsEntry'], 'cause.stale-menu-cache.possible', { checkPage: 'seller.users' }));
  } else if (entry === true) causes.push(cause('stale-menu-cache', 'ruled-out', ['seller.adsEntry'], 'cause.stale-menu-cache.ruled-out'));
  else causes.push(cause('stale-menu-cache', 'unknown', [], 'cause.stale-menu-cache.unknown', { checkPage: 'seller.home' }));

  /** A cause whose only direct evidence is a banner of its kind (null when the Ads page was not read). */
  const bannerOnly = (id: BannerCause): RankedCause | null => {
    if (banner === undefined) return null;
    const m = BANNER_MESSAGES[id];
    if (banner === null) return cause(id, 'ruled-out', ['seller.errorBanner'], m.none);
    if (banner.kind === id) return cause(id, 'confirmed', ['seller.errorBanner'], m.banner);
    // Another error is showing: the platform reports one at a time, so this one is not known yet.
    return cause(id, 'unknown', [], m.unknown, { checkPage: 'seller.ads' });
  };

  // ── BC admin permission ──
  {
    const c = bannerOnly('bc-admin');
    if (c) causes.push(c);
    else if (steps?.businessCenter === 'todo') causes.push(cause('bc-admin', 'possible', ['seller.setupSteps'], 'cause.bc-admin.connect-needs-admin', { checkPage: 'seller.ads' }));
    else causes.push(cause('bc-admin', 'unknown', [], 'cause.bc-admin.unknown', { checkPage: 'seller.ads' }));
  }

  // ── BC not connected ──
  if (steps?.businessCenter === 'todo' || binding === 'none') {
    causes.push(cause('bc-not-connected', 'confirmed', steps?.businessCenter === 'todo' ? ['seller.setupSteps'] : ['seller.bcBinding'], 'cause.bc-not-connected.confirmed'));
  } else if (binding === 'own' || binding === 'other' || steps?.businessCenter === 'done') {
    causes.push(cause('bc-not-connected', 'ruled-out', binding ? ['seller.bcBinding'] : ['seller.setupSteps'], 'cause.bc-not-connected.ruled-out'));
  } else causes.push(cause('bc-not-connected', 'unknown', [], 'cause.bc-not-connected.unknown', { checkPage: 'seller.ads' }));

  // ── BC bound elsewhere ──
  if (banner?.kind === 'bc-bound-elsewhere' && binding === 'own') {
    const wins = conflict('cause.conflict.banner-bound-elsewhere-vs-own', 'seller.bcBinding');
    causes.push(cause('bc-bound-elsewhere', wins ? 'confirmed' : 'possible', ['seller.errorBanner', 'seller.bcBinding'], wins ? 'cause.bc-bound-elsewhere.banner' : 'cause.bc-bound-elsewhere.outdated'));
  } else if (banner?.kind === 'bc-bound-elsewhere' || binding === 'other') {
    causes.push(cause('bc-bound-elsewhere', 'confirmed', banner?.kind === 'bc-bound-elsewhere' ? ['seller.errorBanner'] : ['seller.bcBinding'], 'cause.bc-bound-elsewhere.banner'));
  } else if (binding === 'own' || binding === 'none') {
    causes.push(cause('bc-bound-elsewhere', 'ruled-out', ['seller.bcBinding'], 'cause.bc-bound-elsewhere.ruled-out'));
  } else {
    causes.push(bannerOnly('bc-bound-elsewhere') ?? cause('bc-bound-elsewhere', 'unknown', [], 'cause.bc-bound-elsewhere.unknown', { checkPage: 'seller.ads' }));
  }

  // ── onboarding ──
  {
    const todo = todoTasks(tasks);
    const tasksDone = tasks !== undefined && todo.length === 0 && Object.values(tasks).some((v) => v === 'done');
    if (todo.length || canSell === false) {
      const ev: FactKey[] = [];
      if (todo.length) ev.push('seller.onboarding');
      if (canSell === false) ev.push('seller.canSell');
      if (banner?.kind === 'onboarding') ev.push('seller.errorBanner');
      causes.push(
        todo.length
          ? cause('onboarding', 'confirmed', ev, 'cause.onboarding.tasks', { params: { task: `@onboardingTask.${todo[0]}`, count: todo.length } })
          : cause('onboarding', 'confirmed', ev, 'cause.onboarding.confirmed'),
      );
    } else if (banner?.kind === 'onboarding' && (canSell === true || tasksDone)) {
      const other: FactKey = canSell === true ? 'seller.canSell' : 'seller.onboarding';
      const wins = conflict('cause.conflict.banner-onboarding-vs-done', other);
      causes.push(cause('onboarding', wins ? 'confirmed' : 'possible', ['seller.errorBanner', other], wins ? 'cause.onboarding.banner' : 'cause.onboarding.outdated'));
    } else if (banner?.kind === 'onboarding') {
      causes.push(cause('onboarding', 'confirmed', ['seller.errorBanner'], 'cause.onboarding.banner'));
    } else if (canSell === true || tasksDone) {
      causes.push(cause('onboarding', 'ruled-out', canSell === true ? ['seller.canSell'] : ['seller.onboarding'], 'cause.onboarding.ruled-out'));
    } else {
      const c = bannerOnly('onboarding');
      causes.push(c && c.likelihood !== 'unknown' ? c : cause('onboarding', 'unknown', [], 'cause.onboarding.unknown', { checkPage: 'seller.onboarding' }));
    }
  }

  // ── ad account linked ──
  {
    const linked = steps?.adAccount === 'done' || !!(adAccount && (adAccount.id || adAccount.name));
    const linkedKey: FactKey = adAccount ? 'seller.adAccount' : 'seller.setupSteps';
    if (steps?.adAccount === 'todo' || (adAccount === null && steps?.adAccount !== 'done')) {
      const ev: FactKey[] = steps?.adAccount === 'todo' ? ['seller.setupSteps'] : ['seller.adAccount'];
      if (banner?.kind === 'ad-account-unlinked') ev.push('seller.errorBanner');
      causes.push(cause('ad-account-unlinked', 'confirmed', ev, 'cause.ad-account-unlinked.confirmed'));
    } else if (banner?.kind === 'ad-account-unlinked' && linked) {
      const wins = conflict('cause.conflict.banner-unlinked-vs-linked', linkedKey);
      causes.push(cause('ad-account-unlinked', wins ? 'confirmed' : 'possible', ['seller.errorBanner', linkedKey], wins ? 'cause.ad-account-unlinked.banner' : 'cause.ad-account-unlinked.outdated'));
    } else if (banner?.kind === 'ad-account-unlinked') {
      causes.push(cause('ad-account-unlinked', 'confirmed', ['seller.errorBanner'], 'cause.ad-account-unlinked.banner'));
    } else if (linked) {
      causes.push(cause('ad-account-unlinked', 'ruled-out', [linkedKey], 'cause.ad-account-unlinked.ruled-out'));
    } else {
      causes.push(bannerOnly('ad-account-unlinked') ?? cause('ad-account-unlinked', 'unknown', [], 'cause.ad-account-unlinked.unknown', { checkPage: 'seller.ads' }));
    }
  }

  // ── unrecognised banner → generic procedure ──
  if (banner && banner.kind === 'unknown') causes.push(cause('unrecognised-error', 'likely', ['seller.errorBanner'], 'cause.unrecognised-error.likely'));

  // ── scenario ──
  const confirmedCreation = causes.some((c) => CREATION_CAUSES.includes(c.id) && (c.likelihood === 'confirmed' || c.id === 'unrecognised-error'));
  let scenario: Scenario;
  if (entry === false) {
    if (banner) {
      // The banner comes from the Ads page, which a user without the entry can still reach by its address.
      const wins = bannerWins('seller.adsEntry') && readAt['seller.errorBanner'] !== undefined && readAt['seller.adsEntry'] !== undefined;
      conflicts.push({ message: 'cause.conflict.entry-missing-banner', keys: ['seller.adsEntry', 'seller.errorBanner'], believed: wins ? 'seller.errorBanner' : 'seller.adsEntry' });
      scenario = wins ? 'cannot-create' : 'no-ads-tab';
    } else scenario = 'no-ads-tab';
  } else if (confirmedCreation) scenario = 'cannot-create';
  else if (entry === true) scenario = 'ok';
  else if (rolesKnown && !allowed) scenario = 'no-ads-tab';
  else scenario = 'unknown';

  const ranked = rankCauses(causes);
  // The one fix that applies: the strongest cause that explains the scenario, else the strongest overall.
  const strong = ranked.filter((c) => c.likelihood === 'confirmed' || c.likelihood === 'likely');
  const relevant = scenario === 'no-ads-tab' ? TAB_CAUSES : scenario === 'cannot-create' ? CREATION_CAUSES : ORDER;
  const next = strong.find((c) => relevant.includes(c.id)) ?? strong[0] ?? null;
  return { scenario, causes: ranked, next, conflicts, ...(banner ? { bannerText: banner.text } : {}) };
}

/** Convenience: diagnose a stored record with the engine's staleness rule (stale facts count as not read). */
export function diagnoseRecord(record: AccountRecord, settings: Settings, now: number): Diagnosis {
  const ctx = makeContext(record, settings, now, new Set());
  const facts: Partial<FactValues> = {};
  const readAt: Partial<Record<FactKey, number>> = {};
  for (const k of Object.keys(record.facts) as FactKey[]) {
    const v = ctx.get(k);
    if (v === undefined) continue;
    (facts as Record<string, unknown>)[k] = v;
    readAt[k] = record.facts[k]!.readAt;
  }
  return diagnoseSeller(facts, { readAt });
}
