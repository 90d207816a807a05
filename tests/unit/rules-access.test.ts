import { describe, expect, it } from 'vitest';
import type { AccountRecord, FactValues } from '../../utils/facts/types';
import type { Site } from '../../utils/pages/routes';
import { financePermission } from '../../utils/rules/access';
import { evaluateRules } from '../../utils/rules/engine';
import type { Finding } from '../../utils/rules/types';
import { DEFAULT_SETTINGS } from '../../utils/store/schema';

const NOW = Date.UTC(2026, 10, 29, 12);
const DAY = 86_400_000;

function run(facts: Partial<FactValues>, site: Site = 'ads', age = DAY): Finding | undefined {
  const fm: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(facts)) fm[k] = { key: k, value: v, page: site === 'bc' ? 'bc.members' : 'ads.home', readAt: NOW - age, source: 'page' };
  const rec: AccountRecord = { key: site === 'bc' ? 'bc:7223495844006363137' : 'ads:1', site, name: null, lastSeen: NOW, facts: fm as AccountRecord['facts'] };
  return evaluateRules([financePermission], rec, DEFAULT_SETTINGS, NOW)[0];
}

type Case = [string, Partial<FactValues>, Finding['status'], string, Site?];

describe('access.finance-permission', () => {
  it.each<Case>([
    ['ad-account admin', { 'access.adRole': 'admin' }, 'pass', 'rule.access.finance-permission.pass'],
    ['ad-account operator', { 'access.adRole': 'operator' }, 'warn', 'rule.access.finance-permission.ad-role'],
    ['ad-account analyst', { 'access.adRole': 'analyst' }, 'warn', 'rule.access.finance-permission.ad-role'],
    ['BC admin without finance role', { 'access.bcBasicRole': 'admin', 'access.bcFinanceRole': 'none' }, 'warn', 'rule.access.finance-permission.bc-no-finance', 'bc'],
    ['BC standard without finance role', { 'access.bcBasicRole': 'standard', 'access.bcFinanceRole': 'none' }, 'warn', 'rule.access.finance-permission.bc-no-finance', 'bc'],
    ['BC admin + finance analyst (view only)', { 'access.bcBasicRole': 'admin', 'access.bcFinanceRole': 'analyst' }, 'warn', 'rule.access.finance-permission.view-only', 'bc'],
    ['BC standard + finance manager', { 'access.bcBasicRole': 'standard', 'access.bcFinanceRole': 'manager' }, 'pass', 'rule.access.finance-permission.pass', 'bc'],
    ['BC admin + finance manager', { 'access.bcBasicRole': 'admin', 'access.bcFinanceRole': 'manager' }, 'pass', 'rule.access.finance-permission.pass', 'bc'],
    ['operator on the ad account but BC finance manager', { 'access.adRole': 'operator', 'access.bcBasicRole': 'standard', 'access.bcFinanceRole': 'manager' }, 'pass', 'rule.access.finance-permission.pass'],
    ['BC admin, finance role not read → unknown', { 'access.bcBasicRole': 'admin' }, 'unknown', 'rule.access.finance-permission.finance-role-unknown', 'bc'],
    ['ad admin, BC finance role not read → pass (ad role suffices)', { 'access.adRole': 'admin', 'access.bcBasicRole': 'standard' }, 'pass', 'rule.access.finance-permission.pass'],
    ['partner-owned account → warn even for an admin', { 'access.adRole': 'admin', 'access.ownership': 'partner' }, 'warn', 'rule.access.finance-permission.partner'],
    ['owned + admin', { 'access.adRole': 'admin', 'access.ownership': 'owned' }, 'pass', 'rule.access.finance-permission.pass'],
    ['no role fact → unknown', {}, 'unknown', 'rule.access.finance-permission.unknown'],
    ['ownership only → unknown', { 'access.ownership': 'owned' }, 'unknown', 'rule.access.finance-permission.unknown'],
  ])('%s', (_n, facts, status, message, site) => {
    const f = run(facts, site);
    expect(f?.status).toBe(status);
    expect(f?.message).toBe(message);
  });

  it('stale role (8 days) → unknown, flagged stale', () => {
    const f = run({ 'access.adRole': 'admin' }, 'ads', 8 * DAY);
    expect(f?.status).toBe('unknown');
    expect(f?.stale).toBe(true);
  });

  it('role facts are 7-day facts: 6 days old is fresh', () => {
    expect(run({ 'access.adRole': 'admin' }, 'ads', 6 * DAY)?.status).toBe('pass');
  });

  it('the fix names where finance roles are granted', () => {
    const f = run({ 'access.bcBasicRole': 'standard', 'access.bcFinanceRole': 'none' }, 'bc');
    expect(f?.fix).toEqual({ page: 'bc.members', steps: ['fix.grant.openMembers', 'fix.grant.financeManager', 'fix.grant.orAdAdmin'], who: 'who.bcAdmin' });
  });

  it('does not run on Seller Center accounts', () => {
    const rec: AccountRecord = { key: 'seller:seller-us.tiktok.com:1', site: 'seller', name: null, lastSeen: NOW, facts: {} };
    expect(evaluateRules([financePermission], rec, DEFAULT_SETTINGS, NOW)).toEqual([]);
  });
});
