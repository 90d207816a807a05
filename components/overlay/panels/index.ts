/** Page id → the panel that fits it (checklist, reminder, diagnosis). Pages without one show findings only. */
import type { ComponentType } from 'preact';
import type { PageId } from '../../../utils/pages/routes';
import type { PanelProps } from './types';
import { AccountPanel } from './AccountPanel';
import { BcPanel } from './BcPanel';
import { BILLING_PANELS } from './TransactionsPanel';
import { SellerPanel } from './SellerPanel';
import { CampaignsPanel } from './CampaignsPanel';

export const PANELS: Partial<Record<PageId, ComponentType<PanelProps>>> = {
  'ads.account-setup': AccountPanel,
  'ads.account-health': AccountPanel,
  'ads.campaigns': CampaignsPanel,
  'ads.creation': CampaignsPanel,
  'bc.members': BcPanel,
  'bc.finance-roles': BcPanel,
  'bc.ad-accounts': BcPanel,
  ...BILLING_PANELS,
  'seller.ads': SellerPanel,
  'seller.ads-creation': SellerPanel,
  'seller.users': SellerPanel,
  'seller.home': SellerPanel,
  'seller.onboarding': SellerPanel,
};
