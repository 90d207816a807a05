/**
 * The fact model (DESIGN §4). A fact is one thing read from one page. Readers produce `ReadResult`s; the
 * background stores them per account; rules turn them into findings. Pure types: no browser, no DOM.
 */
import type { PageId, Site } from '../pages/routes';

/** Money keeps the precision the page shows: a decimal string and an ISO 4217 code. */
export interface Money {
  amount: string;
  currency: string;
}

export type BillingOption = 'automatic' | 'manual' | 'monthly';
export type Funding = 'credit' | 'debit' | 'prepaid' | 'unknown';

export interface PaymentMethod {
  /** visa | mastercard | amex | paypal | jcb | discover | unionpay | bank | gopay | other */
  brand: string;
  funding: Funding;
  /** Last four digits only, never the full number. */
  last4?: string;
  /** `YYYY-MM` */
  expiry?: string;
  primary: boolean;
  /** The page itself marks the method as expired / failed verification. */
  flaggedInvalid?: boolean;
}

export interface PaymentRecord {
  /** ISO date `YYYY-MM-DD` */
  date?: string;
  kind: 'payment' | 'verification' | 'refund' | 'add-balance' | 'other';
  status: 'success' | 'failed' | 'pending';
  amount?: Money;
}

export interface Invoice {
  serial: string;
  dueDate?: string;
  amount?: Money;
  status: 'paid' | 'unpaid' | 'overdue';
}

export type AccountStatus =
  | 'approved'
  | 'in-review'
  | 'suspended'
  | 'disapproved'
  | 'disabled'
  | 'not-effective';

export type AccountHealth = 'good' | 'attention' | 'restricted' | 'poor';
export type AdRole = 'admin' | 'operator' | 'analyst';
export type BcBasicRole = 'admin' | 'standard';
export type BcFinanceRole = 'manager' | 'analyst' | 'none';
export type SellerRole =
  | 'owner'
  | 'admin'
  | 'ads-manager'
  | 'finance'
  | 'marketing'
  | 'affiliate'
  | 'customer-service'
  | 'fulfillment'
  | 'product'
  | 'other';

export type StepState = 'done' | 'todo';

export interface SellerSetupSteps {
  businessCenter?: StepState;
  adAccount?: StepState;
  tiktokAccount?: StepState;
}

export type SellerErrorKind = 'bc-admin' | 'bc-bound-elsewhere' | 'onboarding' | 'ad-account-unlinked' | 'unknown';

export interface SellerErrorBanner {
  kind: SellerErrorKind;
  /** The banner's own text, kept verbatim (shown as text, never markup). */
  text: string;
}

export interface OnboardingTasks {
  verification?: StepState;
  bankAccount?: StepState;
  addresses?: StepState;
  productLive?: StepState;
}

export interface Campaign {
  name: string;
  status?: string;
  budget?: Money;
  budgetPeriod?: 'daily' | 'lifetime';
  bidStrategy?: 'cost-cap' | 'max-delivery' | 'roi-target' | 'other';
  bid?: Money;
  roiTarget?: string;
  /** ISO dates */
  scheduleStart?: string;
  scheduleEnd?: string;
  kind?: 'gmv-max' | 'live' | 'video' | 'product' | 'other';
}

/** Every fact key AdReady knows, with the type of its value. */
export interface FactValues {
  'account.name': string;
  'account.id': string;
  'account.status': AccountStatus;
  'account.health': AccountHealth;
  'account.currency': string;
  'account.timezone': string;
  'account.billingCountry': string;
  /** Required business-detail fields and whether each is filled. */
  'account.businessDetails': Record<string, boolean>;
  'billing.option': BillingOption;
  'billing.methods': PaymentMethod[];
  'billing.spendSoFar': Money;
  'billing.threshold': Money;
  /** `YYYY-MM-DD` */
  'billing.billDate': string;
  'billing.cashBalance': Money;
  'billing.adCredit': Money;
  'billing.outstanding': Money;
  'billing.payNowBanner': boolean;
  'billing.currency': string;
  'billing.payments': PaymentRecord[];
  'billing.failedPayments': number;
  'billing.invoices': Invoice[];
  'billing.bcManaged': boolean;
  'billing.balanceAlert': boolean;
  'access.adRole': AdRole;
  'access.bcBasicRole': BcBasicRole;
  'access.bcFinanceRole': BcFinanceRole;
  'access.ownership': 'owned' | 'partner';
  'ads.campaigns': Campaign[];
  'bc.pageRead': boolean;
  'bc.accountsListed': number;
  'seller.adsEntry': boolean;
  'seller.roles': SellerRole[];
  'seller.setupSteps': SellerSetupSteps;
  'seller.errorBanner': SellerErrorBanner | null;
  'seller.adAccount': { name?: string; id?: string } | null;
  'seller.campaigns': Campaign[];
  'seller.onboarding': OnboardingTasks;
  'seller.canSell': boolean;
  'seller.bcBinding': 'own' | 'other' | 'none';
  'promote.integrationState': 'not-started' | 'in-progress' | 'done';
}

export type FactKey = keyof FactValues;

export interface Fact<K extends FactKey = FactKey> {
  key: K;
  value: FactValues[K];
  page: PageId;
  /** epoch ms */
  readAt: number;
  source: 'page' | 'user';
}

export type FactMap = { [K in FactKey]?: Fact<K> };

/** What one reader produced from one page. */
export interface ReadResult {
  page: PageId;
  /** Facts read, keyed by fact key. */
  facts: Partial<FactValues>;
  /** Fact keys the page should show but the reader could not read (the page changed, a field is missing). */
  unreadable: FactKey[];
  /** Display name of the account as the page shows it, verbatim. */
  name?: string;
  /** Account key read from the page when the URL had none. */
  account?: string;
  /** Other accounts listed on this page (Business Center bulk audit): each becomes a record of its own. */
  rows?: { account: string; name?: string; facts: Partial<FactValues> }[];
  /** Rows visible vs total announced (paginated tables). */
  rowsShown?: number;
  rowsTotal?: number;
  /** Language of the label table that matched, or null when no table matched. */
  lang: string | null;
  /** Set when the reader failed as a whole (it threw): nothing on this page could be read. */
  error?: 'reader-failed' | 'no-label-table';
}

export interface AccountRecord {
  key: string;
  site: Site;
  name: string | null;
  lastSeen: number;
  lastPage?: PageId;
  facts: FactMap;
  /** User-ticked checklist items, per checklist item id. */
  ticks?: Record<string, boolean>;
  /** Fact keys the last read could not read, per page. */
  unreadable?: Partial<Record<PageId, FactKey[]>>;
}

/** Billing facts go stale after 24 h, the others after 7 days (DESIGN §4). */
export function isBillingFact(key: FactKey): boolean {
  return key.startsWith('billing.');
}
