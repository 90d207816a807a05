import type { SiteKit } from '../kit';
import { accountRules } from '../../rules/account';
import { billingRules } from '../../rules/billing';
import { accessRules } from '../../rules/access';
import { promoteRules } from '../../rules/promote';
import { adsPaymentReader, adsTransactionsReader, adsInvoicesReader } from '../../readers/billing';
import { accountSetupReader, accountHealthReader } from '../../readers/account';
import { BILLING_PANELS } from '../../../components/overlay/panels/TransactionsPanel';
import { AccountPanel } from '../../../components/overlay/panels/AccountPanel';

/** Ads Manager: only what ads.tiktok.com pages use (each content script is one bundle). */
export const kit: SiteKit = {
  readers: [adsPaymentReader, adsTransactionsReader, adsInvoicesReader, accountSetupReader, accountHealthReader],
  panels: { ...BILLING_PANELS, 'ads.account-setup': AccountPanel, 'ads.account-health': AccountPanel },
  rules: [...accountRules, ...billingRules, ...accessRules, ...promoteRules].filter((r) => r.sites.includes('ads')),
};
