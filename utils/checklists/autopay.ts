/**
 * Autopay (automatic payment) set-up checklist. Sources: Italian source 000 (accepted cards, no prepaid cards,
 * threshold vs bill date, where the settings live) checked against domain/tiktok-reference.md §2 (verification
 * charge ≥ 10 USD refunded within 15 days; threshold or bill date, whichever first).
 */
import { primaryMethod } from '../rules/billing';
import { isExpired } from '../rules/money';
import type { Checklist } from './types';

/** Brands accepted for automatic payment in the sources (international cards and PayPal). */
export const AUTOPAY_BRANDS = ['visa', 'mastercard', 'amex', 'jcb', 'paypal', 'discover', 'unionpay'];

export const AUTOPAY_CHECKLIST: Checklist = {
  id: 'autopay',
  title: 'check.autopay.title',
  site: 'ads',
  page: 'ads.payment',
  asOf: '2026-11-29',
  items: [
    {
      id: 'autopay.option',
      label: 'check.autopay.option',
      page: 'ads.payment',
      auto: (f) => {
        const o = f['billing.option'];
        if (o) return o === 'automatic';
        return f['billing.threshold'] ? true : null;
      },
    },
    {
      id: 'autopay.method-valid',
      label: 'check.autopay.method-valid',
      page: 'ads.payment',
      auto: (f, now) => {
        const ms = f['billing.methods'];
        if (!ms) return null;
        // An accepted brand that is neither expired nor flagged invalid (prepaid is the next item).
        const ok = (m: (typeof ms)[number]) => AUTOPAY_BRANDS.includes(m.brand.toLowerCase()) && !m.flaggedInvalid && !isExpired(m.expiry, now);
        if (ms.some(ok)) return true;
        return ms.some((m) => m.brand.toLowerCase() === 'other' && !m.flaggedInvalid && !isExpired(m.expiry, now)) ? null : false;
      },
    },
    {
      id: 'autopay.not-prepaid',
      label: 'check.autopay.not-prepaid',
      page: 'ads.payment',
      auto: (f) => {
        const ms = f['billing.methods'];
        if (!ms) return null;
        if (ms.length === 0) return false;
        const p = primaryMethod(ms);
        if (!p) return ms.every((m) => m.funding === 'prepaid') ? false : null;
        if (p.funding === 'prepaid') return false;
        return p.funding === 'unknown' ? null : true;
      },
    },
    {
      id: 'autopay.verification',
      label: 'check.autopay.verification',
      page: 'ads.transactions',
      // Only a failed verification charge is page evidence (the card was not accepted); understanding is the user's.
      auto: (f) => (f['billing.payments']?.some((p) => p.kind === 'verification' && p.status === 'failed') ? false : null),
    },
    {
      id: 'autopay.threshold-known',
      label: 'check.autopay.threshold-known',
      page: 'ads.payment',
      auto: (f) => (f['billing.threshold'] && f['billing.billDate'] ? true : null),
    },
    { id: 'autopay.details-saved', label: 'check.autopay.details-saved', page: 'ads.payment' },
  ],
};
