/**
 * Shop Ads set-up checklists, current as of GMV Max (French source 002, checked against domain/tiktok-reference.md
 * §3.3–3.4 and §6). Since 2025-07 GMV Max is the only Shop Ads campaign type: the Video / LIVE / Product Shopping
 * Ads items the older article lists stay visible, marked legacy with that date.
 *
 * Scenario A: you have a TikTok Shop. Scenario B: no shop yet — create one first, then the same steps.
 * Items shared by both lists have the same id (a tick counts for both).
 */
import { rolesAllowAds, GMV_MAX_ONLY_SINCE, todoTasks } from '../rules/seller';
import type { Checklist, ChecklistItem } from './types';

const SHOP_ADS_STEPS: ChecklistItem[] = [
  {
    id: 'shopads.role',
    label: 'check.shopads.role',
    page: 'seller.users',
    auto: (f) => {
      const r = f['seller.roles'];
      return r && r.length ? rolesAllowAds(r) : null;
    },
  },
  {
    id: 'shopads.ads-entry',
    label: 'check.shopads.ads-entry',
    page: 'seller.home',
    auto: (f) => f['seller.adsEntry'] ?? null,
  },
  {
    id: 'shopads.bc-connected',
    label: 'check.shopads.bc-connected',
    page: 'seller.ads',
    auto: (f) => {
      const s = f['seller.setupSteps']?.businessCenter;
      const b = f['seller.bcBinding'];
      if (b === 'other' || f['seller.errorBanner']?.kind === 'bc-bound-elsewhere') return false;
      if (s === 'todo' || b === 'none') return false;
      if (s === 'done' || b === 'own') return true;
      return null;
    },
  },
  {
    id: 'shopads.bc-admin',
    label: 'check.shopads.bc-admin',
    page: 'bc.members',
    auto: (f) => {
      const b = f['seller.errorBanner'];
      if (b === undefined) return null;
      if (b?.kind === 'bc-admin') return false;
      return b === null ? true : null;
    },
  },
  {
    id: 'shopads.ad-account-linked',
    label: 'check.shopads.ad-account-linked',
    page: 'seller.ads',
    auto: (f) => {
      const s = f['seller.setupSteps']?.adAccount;
      const a = f['seller.adAccount'];
      if (s === 'todo' || f['seller.errorBanner']?.kind === 'ad-account-unlinked') return false;
      if (s === 'done' || (a && (a.id || a.name))) return true;
      return a === null ? false : null;
    },
  },
  {
    id: 'shopads.tiktok-account',
    label: 'check.shopads.tiktok-account',
    page: 'seller.ads',
    auto: (f) => {
      const s = f['seller.setupSteps']?.tiktokAccount;
      return s === undefined ? null : s === 'done';
    },
  },
  {
    id: 'shopads.onboarding',
    label: 'check.shopads.onboarding',
    page: 'seller.onboarding',
    auto: (f) => {
      const tasks = f['seller.onboarding'];
      if (todoTasks(tasks).length || f['seller.canSell'] === false || f['seller.errorBanner']?.kind === 'onboarding') return false;
      if (f['seller.canSell'] === true) return true;
      return tasks && Object.values(tasks).some((v) => v === 'done') ? true : null;
    },
  },
  {
    id: 'shopads.gmv-max',
    label: 'check.shopads.gmv-max',
    page: 'seller.ads',
    validFrom: GMV_MAX_ONLY_SINCE,
    auto: (f) => (f['seller.campaigns']?.some((c) => c.kind === 'gmv-max') ? true : null),
  },
  { id: 'shopads.legacy-video', label: 'check.shopads.legacy-video', page: 'seller.ads', legacy: { since: GMV_MAX_ONLY_SINCE } },
  { id: 'shopads.legacy-live', label: 'check.shopads.legacy-live', page: 'seller.ads', legacy: { since: GMV_MAX_ONLY_SINCE } },
  { id: 'shopads.legacy-product', label: 'check.shopads.legacy-product', page: 'seller.ads', legacy: { since: GMV_MAX_ONLY_SINCE } },
];

/** Evidence that a shop exists: any Seller Center fact about it was read. */
const shopSeen = (f: Parameters<NonNullable<ChecklistItem['auto']>>[0]): boolean | null =>
  f['seller.canSell'] !== undefined || f['seller.onboarding'] !== undefined || f['seller.adsEntry'] !== undefined || f['seller.roles'] !== undefined ? true : null;

export const SHOP_ADS_A: Checklist = {
  id: 'shopads-a',
  title: 'check.shopads-a.title',
  site: 'seller',
  page: 'seller.ads',
  asOf: '2026-11-29',
  items: [
    // With Seller Center access: the steps below. Without it (agency): request access to the shop from Business Center.
    { id: 'shopads.access', label: 'check.shopads.access', page: 'seller.home', auto: (f) => (f['seller.roles']?.length ? true : null) },
    ...SHOP_ADS_STEPS,
  ],
};

export const SHOP_ADS_B: Checklist = {
  id: 'shopads-b',
  title: 'check.shopads-b.title',
  site: 'seller',
  page: 'seller.home',
  asOf: '2026-11-29',
  items: [{ id: 'shopads.create-shop', label: 'check.shopads.create-shop', page: 'seller.onboarding', auto: shopSeen }, ...SHOP_ADS_STEPS],
};
