import { makeKit } from '../kit';
import { bcPaymentReader } from '../../readers/billing';
import { bcReaders } from '../../readers/bc';
import { BcPanel } from '../../../components/overlay/panels/BcPanel';

/** Business Center kit. */
export const kit = makeKit([bcPaymentReader, ...bcReaders], { 'bc.members': BcPanel, 'bc.finance-roles': BcPanel, 'bc.ad-accounts': BcPanel });
