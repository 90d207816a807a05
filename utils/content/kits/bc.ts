import type { SiteKit } from '../kit';
import { accessRules } from '../../rules/access';
import { billingRules } from '../../rules/billing';
import { bcPaymentReader } from '../../readers/billing';
import { bcReaders } from '../../readers/bc';
import { BcPanel } from '../../../components/overlay/panels/BcPanel';

/** Business Center: only what business.tiktok.com pages use. */
export const kit: SiteKit = {
  readers: [bcPaymentReader, ...bcReaders],
  panels: { 'bc.members': BcPanel, 'bc.finance-roles': BcPanel, 'bc.ad-accounts': BcPanel },
  rules: [...accessRules, ...billingRules].filter((r) => r.sites.includes('bc')),
};
