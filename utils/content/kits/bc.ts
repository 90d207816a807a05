import { h, render } from 'preact';
import type { SiteKit } from '../kit';
import { bcPaymentReader } from '../../readers/billing';
import { bcReaders } from '../../readers/bc';
import { BcPanel } from '../../../components/overlay/panels/BcPanel';
import type { PageId } from '../../pages/routes';

const PANEL_PAGES: PageId[] = ['bc.members', 'bc.finance-roles', 'bc.ad-accounts'];

/** Business Center kit. */
export const kit: SiteKit = {
  readers: [bcPaymentReader, ...bcReaders],
  panelPages: PANEL_PAGES,
  renderPanel(el, props) {
    render(props && PANEL_PAGES.includes(props.match.page) ? h(BcPanel, props) : null, el);
  },
};
