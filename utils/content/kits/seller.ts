import type { SiteKit } from '../kit';
import { sellerRules } from '../../rules/seller';
import { accessRules } from '../../rules/access';
import { sellerReaders } from '../../readers/seller';
import { SellerPanel } from '../../../components/overlay/panels/SellerPanel';

/** Seller Center: only what the Seller Center hosts use. */
export const kit: SiteKit = {
  readers: sellerReaders,
  panels: {
    'seller.ads': SellerPanel,
    'seller.ads-creation': SellerPanel,
    'seller.users': SellerPanel,
    'seller.home': SellerPanel,
    'seller.onboarding': SellerPanel,
  },
  rules: [...sellerRules, ...accessRules].filter((r) => r.sites.includes('seller')),
};
