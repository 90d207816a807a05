/**
 * Route table (data). One row per page id; see DESIGN §3 (contract) and
 * domain/tiktok-reference.md §1. Adding a page kind = one row here + a reader + fixtures.
 */
export type Site = 'ads' | 'bc' | 'seller';

export const PAGE_IDS = [
  'ads.home',
  'ads.dashboard',
  'ads.campaigns',
  'ads.creation',
  'ads.payment',
  'ads.invoices',
  'ads.transactions',
  'ads.account-setup',
  'ads.account-health',
  'ads.events',
  'bc.select',
  'bc.overview',
  'bc.members',
  'bc.partners',
  'bc.ad-accounts',
  'bc.tiktok-accounts',
  'bc.payment',
  'bc.invoices',
  'bc.finance-roles',
  'bc.billing-info',
  'seller.home',
  'seller.onboarding',
  'seller.ads',
  'seller.ads-creation',
  'seller.users',
] as const;

export type PageId = (typeof PAGE_IDS)[number];

export interface RouteRow {
  page: PageId;
  site: Site;
  /** Path prefixes; each matches itself and anything below it at a segment boundary. */
  prefixes: readonly string[];
}

export const ROUTES: readonly RouteRow[] = [
  { page: 'ads.home', site: 'ads', prefixes: ['/i18n/home'] },
  { page: 'ads.dashboard', site: 'ads', prefixes: ['/i18n/dashboard'] },
  { page: 'ads.campaigns', site: 'ads', prefixes: ['/i18n/perf', '/i18n/manage'] },
  { page: 'ads.creation', site: 'ads', prefixes: ['/i18n/creation'] },
  { page: 'ads.payment', site: 'ads', prefixes: ['/i18n/account/payment'] },
  { page: 'ads.invoices', site: 'ads', prefixes: ['/i18n/account/payment_invoice', '/i18n/account/invoice'] },
  { page: 'ads.transactions', site: 'ads', prefixes: ['/i18n/account/transaction'] },
  { page: 'ads.account-setup', site: 'ads', prefixes: ['/i18n/account/info'] },
  { page: 'ads.account-health', site: 'ads', prefixes: ['/i18n/account/health'] },
  { page: 'ads.events', site: 'ads', prefixes: ['/i18n/events_manager'] },
  { page: 'bc.select', site: 'bc', prefixes: ['/select'] },
  { page: 'bc.overview', site: 'bc', prefixes: ['/manage/overview'] },
  { page: 'bc.members', site: 'bc', prefixes: ['/manage/users/members'] },
  { page: 'bc.partners', site: 'bc', prefixes: ['/manage/users/partners'] },
  { page: 'bc.ad-accounts', site: 'bc', prefixes: ['/manage/accounts/adv'] },
  { page: 'bc.tiktok-accounts', site: 'bc', prefixes: ['/manage/accounts/tiktok-accounts'] },
  { page: 'bc.payment', site: 'bc', prefixes: ['/manage/payment'] },
  { page: 'bc.invoices', site: 'bc', prefixes: ['/manage/billing'] },
  { page: 'bc.finance-roles', site: 'bc', prefixes: ['/manage/financeRole'] },
  { page: 'bc.billing-info', site: 'bc', prefixes: ['/manage/add-billing-info'] },
  { page: 'seller.home', site: 'seller', prefixes: ['/homepage', '/dashboard'] },
  { page: 'seller.onboarding', site: 'seller', prefixes: ['/settle'] },
  { page: 'seller.ads', site: 'seller', prefixes: ['/ads-creation/dashboard'] },
  { page: 'seller.ads-creation', site: 'seller', prefixes: ['/ads-creation/creation'] },
  { page: 'seller.users', site: 'seller', prefixes: ['/account/user-management'] },
];

export const ADS_HOST = 'ads.tiktok.com';
export const BC_HOST = 'business.tiktok.com';
/**
 * Seller Center regional hosts, `seller-<region>.tiktok.com`. Match patterns cannot say `seller-*`, and
 * `*.tiktok.com` would also grant www.tiktok.com and the login-only `seller-<region>-accounts` hosts, so the
 * regions are listed (least privilege). A new region = one entry here; see docs/architecture.md.
 */
export const SELLER_REGIONS = [
  'us', 'uk', 'eu', 'fr', 'de', 'es', 'it', 'ie', 'br', 'mx', 'jp', 'my', 'ph', 'sg', 'th', 'vn', 'id',
] as const;
export const SELLER_TOKOPEDIA_HOST = 'seller-id.tokopedia.com';
export const SELLER_HOSTS: readonly string[] = [
  'seller.tiktok.com',
  ...SELLER_REGIONS.map((r) => `seller-${r}.tiktok.com`),
  SELLER_TOKOPEDIA_HOST,
];
const SELLER_HOST_SET = new Set(SELLER_HOSTS);

/** Match patterns for content scripts (exact hosts, never <all_urls>). */
export const MATCHES = {
  ads: [`https://${ADS_HOST}/*`],
  bc: [`https://${BC_HOST}/*`],
  seller: SELLER_HOSTS.map((h) => `https://${h}/*`),
} as const;

export function siteOfHost(host: string): Site | null {
  if (host === ADS_HOST) return 'ads';
  if (host === BC_HOST) return 'bc';
  if (SELLER_HOST_SET.has(host)) return 'seller';
  return null;
}
