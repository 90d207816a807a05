/**
 * `access.finance-permission` (DESIGN §4). Whether the signed-in user can manage payment comes only from the
 * role table in ./roles.ts (capability `manageFinance`); this rule adds the verdict and the fix.
 *
 * - ownership `partner`: the ad account is owned by another Business Center, which manages its payment → warn.
 * - any role row granting `manageFinance` (ad-account Admin; BC Admin/Standard + Finance Manager) → pass.
 * - BC basic role read but finance role not read, and no ad-account role granting it → unknown.
 * - otherwise warn, naming the role that falls short (Finance Analyst: view only).
 * - no role fact at all → unknown.
 */
import type { FactKey } from '../facts/types';
import { can, whoCanGrant } from './roles';
import type { Rule } from './types';

export const financePermission: Rule = {
  id: 'access.finance-permission',
  sites: ['ads', 'bc'],
  weight: 5,
  evaluate(ctx) {
    const adRole = ctx.get('access.adRole');
    const bcBasicRole = ctx.get('access.bcBasicRole');
    const bcFinanceRole = ctx.get('access.bcFinanceRole');
    const ownership = ctx.get('access.ownership');
    const keys: FactKey[] = ['access.adRole', 'access.bcBasicRole', 'access.bcFinanceRole', 'access.ownership'];
    const evidence = keys.filter((k) => ctx.get(k) !== undefined);
    const grant = whoCanGrant('manageFinance');
    const fix = { page: grant.page, steps: grant.steps, who: grant.who };

    if (ownership === 'partner') {
      return {
        status: 'warn',
        evidence: ['access.ownership'],
        fix: { page: 'bc.ad-accounts', steps: ['fix.finance.partnerOwner', 'fix.finance.partnerAsk'], who: 'who.owningBcAdmin' },
        message: 'rule.access.finance-permission.partner',
      };
    }
    if (adRole === undefined && bcBasicRole === undefined && bcFinanceRole === undefined) {
      return { status: 'unknown', evidence: ['access.adRole', 'access.bcBasicRole', 'access.bcFinanceRole'], fix: { page: 'bc.members', steps: ['fix.read.openMembers'] }, message: 'rule.access.finance-permission.unknown' };
    }
    const roles = { adRole, bcBasicRole, bcFinanceRole };
    if (can(roles, 'manageFinance')) {
      const role = adRole === 'admin' ? '@adRole.admin' : '@bcFinanceRole.manager';
      return { status: 'pass', evidence, fix: null, message: 'rule.access.finance-permission.pass', params: { role } };
    }
    if (bcBasicRole !== undefined && bcFinanceRole === undefined) {
      return { status: 'unknown', evidence: [...evidence, 'access.bcFinanceRole'], fix: { page: 'bc.members', steps: ['fix.read.openMembers'] }, message: 'rule.access.finance-permission.finance-role-unknown', params: { role: `@bcRole.${bcBasicRole}` } };
    }
    if (bcFinanceRole === 'analyst') {
      return { status: 'warn', evidence, fix, message: 'rule.access.finance-permission.view-only' };
    }
    if (bcBasicRole !== undefined) {
      return { status: 'warn', evidence, fix, message: 'rule.access.finance-permission.bc-no-finance', params: { role: `@bcRole.${bcBasicRole}` } };
    }
    return { status: 'warn', evidence, fix, message: 'rule.access.finance-permission.ad-role', params: { role: `@adRole.${adRole ?? 'analyst'}` } };
  },
};

export const accessRules: Rule[] = [financePermission];
