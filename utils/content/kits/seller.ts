import { makeKit } from '../kit';
import { sellerReaders } from '../../readers/seller';
import { SellerPanel } from '../../../components/overlay/panels/SellerPanel';

/** Seller Center kit. */
export const kit = makeKit(sellerReaders, {
  'seller.ads': SellerPanel,
  'seller.ads-creation': SellerPanel,
  'seller.users': SellerPanel,
  'seller.home': SellerPanel,
  'seller.onboarding': SellerPanel,
});
