import { describe, expect, it } from 'vitest';
import { CAPABILITIES, capabilitiesOf, can, ROLE_TABLE, roleIds, rolesWith, whoCanGrant, type Capability, type RoleInput } from '../../utils/rules/roles';
import { PAGE_IDS } from '../../utils/pages/routes';

/** Reference §3.1 / §3.2 as expectations, written independently of the table. */
const EXPECTED: [RoleInput, Capability[]][] = [
  [{ adRole: 'admin' }, ['viewAds', 'createAds', 'manageAudiences', 'manageFinance', 'viewFinance', 'manageMembers', 'manageAccountSettings']],
  [{ adRole: 'operator' }, ['viewAds', 'createAds', 'manageAudiences']],
  [{ adRole: 'analyst' }, ['viewAds']],
  [{ bcBasicRole: 'admin', bcFinanceRole: 'none' }, ['manageMembers', 'addPartners', 'manageAccountSettings']],
  [{ bcBasicRole: 'admin', bcFinanceRole: 'manager' }, ['manageMembers', 'addPartners', 'manageAccountSettings', 'manageFinance', 'viewFinance']],
  [{ bcBasicRole: 'admin', bcFinanceRole: 'analyst' }, ['manageMembers', 'addPartners', 'manageAccountSettings', 'viewFinance']],
  [{ bcBasicRole: 'standard', bcFinanceRole: 'none' }, []],
  [{ bcBasicRole: 'standard', bcFinanceRole: 'manager' }, ['manageFinance', 'viewFinance']],
  [{ bcBasicRole: 'standard', bcFinanceRole: 'analyst' }, ['viewFinance']],
  // combinations are unions
  [{ adRole: 'operator', bcBasicRole: 'standard', bcFinanceRole: 'manager' }, ['viewAds', 'createAds', 'manageAudiences', 'manageFinance', 'viewFinance']],
  [{ adRole: 'analyst', bcBasicRole: 'admin', bcFinanceRole: 'none' }, ['viewAds', 'manageMembers', 'addPartners', 'manageAccountSettings']],
  // BC basic role without a read finance role counts as none; a finance role alone counts on top of Standard
  [{ bcBasicRole: 'admin' }, ['manageMembers', 'addPartners', 'manageAccountSettings']],
  [{ bcFinanceRole: 'manager' }, ['manageFinance', 'viewFinance']],
  [{}, []],
];

describe('role table', () => {
  it.each(EXPECTED)('capabilitiesOf(%j)', (input, caps) => {
    expect([...capabilitiesOf(input)].sort()).toEqual([...caps].sort());
  });

  it('has one row per ad-account role and per BC basic × finance role', () => {
    expect(Object.keys(ROLE_TABLE).sort()).toEqual(
      ['ad:admin', 'ad:operator', 'ad:analyst', 'bc:admin+none', 'bc:admin+manager', 'bc:admin+analyst', 'bc:standard+none', 'bc:standard+manager', 'bc:standard+analyst'].sort(),
    );
    for (const row of Object.values(ROLE_TABLE)) expect(Object.keys(row).sort()).toEqual([...CAPABILITIES].sort());
  });

  it('only the ad-account Admin and finance managers manage finance', () => {
    expect(rolesWith('manageFinance').sort()).toEqual(['ad:admin', 'bc:admin+manager', 'bc:standard+manager'].sort());
  });

  it('only BC Admins add partners', () => {
    expect(rolesWith('addPartners').every((r) => r.startsWith('bc:admin'))).toBe(true);
  });

  it('whoever can manage finance can view it', () => {
    for (const id of rolesWith('manageFinance')) expect(ROLE_TABLE[id].viewFinance).toBe(true);
  });

  it('roleIds', () => {
    expect(roleIds({ adRole: 'admin', bcBasicRole: 'standard' })).toEqual(['ad:admin', 'bc:standard+none']);
  });

  it('can()', () => {
    expect(can({ adRole: 'admin' }, 'manageFinance')).toBe(true);
    expect(can({ bcBasicRole: 'admin', bcFinanceRole: 'none' }, 'manageFinance')).toBe(false);
  });
});

describe('whoCanGrant', () => {
  it.each(CAPABILITIES.map((c) => [c] as const))('%s names a real page, steps and who', (c) => {
    const g = whoCanGrant(c);
    expect(PAGE_IDS).toContain(g.page);
    expect(g.steps.length).toBeGreaterThan(0);
    expect(g.who).toMatch(/^who\./);
    expect(g.grants).toEqual(rolesWith(c));
  });

  it('finance roles are granted by a BC Admin in Business Center → Members', () => {
    const g = whoCanGrant('manageFinance');
    expect(g.page).toBe('bc.members');
    expect(g.who).toBe('who.bcAdmin');
    expect(g.steps).toContain('fix.grant.financeManager');
  });

  it('ad-account roles are assigned in Business Center → Users → Add accounts', () => {
    const g = whoCanGrant('createAds');
    expect(g.page).toBe('bc.members');
    expect(g.steps).toContain('fix.grant.addAccounts');
    expect(g.who).toBe('who.adAdminOrBcAdmin');
  });

  it('partners: only a BC Admin', () => {
    expect(whoCanGrant('addPartners').who).toBe('who.bcAdmin');
  });
});
