/** Where a page id lives for an account: used by "open the page where it is fixed" links. Pure. */
import type { PageId } from './routes';

const PATHS: Record<PageId, string> = {
  'ads.home': '/i18n/home',
  'ads.dashboard': '/i18n/dashboard',
  'ads.campaigns': '/i18n/perf/campaign',
  'ads.creation': '/i18n/creation/campaign',
  'ads.payment': '/i18n/account/payment',
  'ads.invoices': '/i18n/account/payment_invoice',
  'ads.transactions': '/i18n/account/transaction',
  'ads.account-setup': '/i18n/account/info',
  'ads.account-health': '/i18n/account/health',
  'ads.events': '/i18n/events_manager/datasource/list',
  'bc.select': '/select',
  'bc.overview': '/manage/overview',
  'bc.members': '/manage/users/members',
  'bc.partners': '/manage/users/partners',
  'bc.ad-accounts': '/manage/accounts/adv',
  'bc.tiktok-accounts': '/manage/accounts/tiktok-accounts',
  'bc.payment': '/manage/payment/v2',
  'bc.invoices': '/manage/billing/v2',
  'bc.finance-roles': '/manage/financeRole',
  'bc.billing-info': '/manage/add-billing-info',
  'seller.home': '/homepage',
  'seller.onboarding': '/settle/verification',
  'seller.ads': '/ads-creation/dashboard',
  'seller.ads-creation': '/ads-creation/creation',
  'seller.users': '/account/user-management',
};

/**
 * URL of `page` for `account` (an account key). Ads pages need an `ads:` key, Business Center pages a `bc:` key
 * (or none), Seller Center pages a `seller:<host>:…` key for the host. Returns null when it cannot be built.
 */
export function urlFor(page: PageId, account?: string | null): string | null {
  const path = PATHS[page];
  const [site, a, b] = (account ?? '').split(':');
  if (page.startsWith('ads.')) {
    return site === 'ads' && a ? `https://ads.tiktok.com${path}?aadvid=${a}` : `https://ads.tiktok.com${path}`;
  }
  if (page.startsWith('bc.')) {
    return site === 'bc' && a ? `https://business.tiktok.com${path}?org_id=${a}` : `https://business.tiktok.com${path}`;
  }
  if (site !== 'seller' || !a || !b) return null;
  const q = /^\d+$/.test(b) ? `shop_id=${b}` : `shop_region=${b}`;
  return `https://${a}${path}?${q}`;
}
