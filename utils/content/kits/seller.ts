import { h, render } from 'preact';
import type { SiteKit } from '../kit';
import { sellerReaders } from '../../readers/seller';
import { SellerPanel } from '../../../components/overlay/panels/SellerPanel';
import type { PageId } from '../../pages/routes';

const PANEL_PAGES: PageId[] = ['seller.ads', 'seller.ads-creation', 'seller.users', 'seller.home', 'seller.onboarding'];

/** Seller Center kit. */
export const kit: SiteKit = {
  readers: sellerReaders,
  panelPages: PANEL_PAGES,
  renderPanel(el, props) {
    render(props && PANEL_PAGES.includes(props.match.page) ? h(SellerPanel, props) : null, el);
  },
};
