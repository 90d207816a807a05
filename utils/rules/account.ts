import type { Rule } from './types';

/** `account.status-approved`: warn in review; fail when suspended, disapproved, disabled or not in effect. */
export const accountStatusApproved: Rule = {
  id: 'account.status-approved',
  sites: ['ads'],
  weight: 25,
  evaluate(ctx) {
    const status = ctx.get('account.status');
    const fix = { page: 'ads.account-setup' as const, steps: ['fix.status.open', 'fix.status.review', 'fix.status.appeal'], who: 'who.adAdmin' };
    if (status === undefined)
      return { status: 'unknown', evidence: ['account.status'], fix: { page: 'ads.account-setup', steps: ['fix.read.openAccountSetup'] }, message: 'rule.account.status-approved.unknown' };
    if (status === 'approved') return { status: 'pass', evidence: ['account.status'], fix: null, message: 'rule.account.status-approved.pass' };
    if (status === 'in-review') return { status: 'warn', evidence: ['account.status'], fix, message: 'rule.account.status-approved.review' };
    return { status: 'fail', evidence: ['account.status'], fix, message: 'rule.account.status-approved.fail', params: { status: `@accountStatus.${status}` } };
  },
};

export const accountRules: Rule[] = [accountStatusApproved];
