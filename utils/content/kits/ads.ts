import { h, render } from 'preact';
import type { SiteKit } from '../kit';
import { adsPaymentReader, adsTransactionsReader, adsInvoicesReader } from '../../readers/billing';
import { accountSetupReader, accountHealthReader } from '../../readers/account';
import { BILLING_PANELS } from '../../../components/overlay/panels/TransactionsPanel';
import { AccountPanel } from '../../../components/overlay/panels/AccountPanel';
import type { PageId } from '../../pages/routes';
import type { ComponentType } from 'preact';
import type { PanelProps } from '../../../components/overlay/panels/types';

const PANELS: Partial<Record<PageId, ComponentType<PanelProps>>> = {
  ...BILLING_PANELS,
  'ads.account-setup': AccountPanel,
  'ads.account-health': AccountPanel,
};

/** Ads Manager kit: readers and panels of ads.tiktok.com pages. */
export const kit: SiteKit = {
  readers: [adsPaymentReader, adsTransactionsReader, adsInvoicesReader, accountSetupReader, accountHealthReader],
  panelPages: Object.keys(PANELS) as PageId[],
  renderPanel(el, props) {
    const Panel = props ? PANELS[props.match.page] : undefined;
    render(Panel && props ? h(Panel, props) : null, el);
  },
};
