/**
 * Ad-account set-up checklist (domain/tiktok-reference.md §1.1 Account Setup page, §2 taxes). Currency and time
 * zone are fixed at creation; tax/VAT fields depend on the billing address (EU/UK: without a VAT number local VAT
 * is added).
 */
import type { Checklist, ChecklistFacts } from './types';

const filled = (v: string | undefined): boolean | null => (v === undefined ? null : v.trim() !== '');
const TAX_FIELD = /vat|tax|gst|trn|uin|npwp|cnpj|cpf/i;

function details(f: ChecklistFacts, pick: (name: string) => boolean): boolean | null {
  const d = f['account.businessDetails'];
  if (!d) return null;
  const entries = Object.entries(d).filter(([k]) => pick(k));
  if (!entries.length) return null;
  return entries.every(([, ok]) => ok);
}

export const ACCOUNT_SETUP_CHECKLIST: Checklist = {
  id: 'account',
  title: 'check.account.title',
  site: 'ads',
  page: 'ads.account-setup',
  asOf: '2026-11-29',
  items: [
    {
      id: 'account.status-approved',
      label: 'check.account.status-approved',
      page: 'ads.account-setup',
      auto: (f) => (f['account.status'] === undefined ? null : f['account.status'] === 'approved'),
    },
    {
      id: 'account.business-details',
      label: 'check.account.business-details',
      page: 'ads.account-setup',
      auto: (f) => details(f, (k) => !TAX_FIELD.test(k)),
    },
    { id: 'account.billing-country', label: 'check.account.billing-country', page: 'ads.account-setup', auto: (f) => filled(f['account.billingCountry']) },
    { id: 'account.currency', label: 'check.account.currency', page: 'ads.account-setup', auto: (f) => filled(f['account.currency'] ?? f['billing.currency']) },
    { id: 'account.timezone', label: 'check.account.timezone', page: 'ads.account-setup', auto: (f) => filled(f['account.timezone']) },
    { id: 'account.tax', label: 'check.account.tax', page: 'ads.account-setup', auto: (f) => details(f, (k) => TAX_FIELD.test(k)) },
  ],
};
