import { makeKit } from '../kit';
import { adsPaymentReader, adsTransactionsReader, adsInvoicesReader } from '../../readers/billing';
import { BILLING_PANELS } from '../../../components/overlay/panels/TransactionsPanel';

/** Ads Manager billing pages: Payment, Transactions, Invoices. */
export const kit = makeKit([adsPaymentReader, adsTransactionsReader, adsInvoicesReader], BILLING_PANELS);
