import { makeKit } from '../kit';
import { accountSetupReader, accountHealthReader } from '../../readers/account';
import { AccountPanel } from '../../../components/overlay/panels/AccountPanel';

/** Ads Manager account pages: Account setup, Account health. */
export const kit = makeKit([accountSetupReader, accountHealthReader], { 'ads.account-setup': AccountPanel, 'ads.account-health': AccountPanel });
