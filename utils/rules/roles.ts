/**
 * The permission model as ONE table (domain/tiktok-reference.md §3.1, §3.2). Every rule, diagnosis and UI
 * text about "who can do what" reads it through `capabilitiesOf` and `whoCanGrant`. Pure data.
 *
 * Two layers, as on the platform:
 * - asset level: the role a person has on one ad account (Admin / Operator / Analyst), assigned in Business
 *   Center → Users → member → Add accounts (or asset → Members → Assign new member);
 * - Business Center level: a basic role (Admin / Standard) plus an optional advanced finance role
 *   (Finance Manager / Finance Analyst). BC Admins need a finance role to view or manage finances.
 * A person's capabilities are the union of the rows that apply to them. BC rows do not grant ad work on
 * their own (that comes from the asset-level role on each ad account); they grant members, partners,
 * business settings and finance.
 */
import type { AdRole, BcBasicRole, BcFinanceRole } from '../facts/types';
import type { PageId } from '../pages/routes';

export const CAPABILITIES = [
  'viewAds',
  'createAds',
  'manageAudiences',
  'manageFinance',
  'viewFinance',
  'manageMembers',
  'addPartners',
  'manageAccountSettings',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export type RoleId =
  | 'ad:admin'
  | 'ad:operator'
  | 'ad:analyst'
  | 'bc:admin+none'
  | 'bc:admin+manager'
  | 'bc:admin+analyst'
  | 'bc:standard+none'
  | 'bc:standard+manager'
  | 'bc:standard+analyst';

const Y = true;
const N = false;
type Row = Record<Capability, boolean>;
const row = (
  viewAds: boolean,
  createAds: boolean,
  manageAudiences: boolean,
  manageFinance: boolean,
  viewFinance: boolean,
  manageMembers: boolean,
  addPartners: boolean,
  manageAccountSettings: boolean,
): Row => ({ viewAds, createAds, manageAudiences, manageFinance, viewFinance, manageMembers, addPartners, manageAccountSettings });

/**
 * THE table. Columns: viewAds, createAds, manageAudiences, manageFinance, viewFinance, manageMembers,
 * addPartners, manageAccountSettings.
 *
 * - ad:* from §3.1 (help `about-assets-and-asset-level-permissions`): all view and report; Admin and Operator
 *   create/edit ads and audiences; only Admin manages finance (payment settings), account settings and the
 *   account's members. Adding partners is a Business Center action (BC Admin), not an ad-account one.
 * - bc:* from §3.2: Admin manages members, partners and business settings; Standard works only on assigned
 *   assets; Finance Manager = full control of finance and payments; Finance Analyst = view bills, invoices,
 *   transactions only. A BC Admin without a finance role can neither view nor manage finance.
 */
export const ROLE_TABLE: Readonly<Record<RoleId, Readonly<Row>>> = {
  //                         view  create audnc  mFin   vFin   membr  partn  settings
  'ad:admin':            row(Y,    Y,     Y,     Y,     Y,     Y,     N,     Y),
  'ad:operator':         row(Y,    Y,     Y,     N,     N,     N,     N,     N),
  'ad:analyst':          row(Y,    N,     N,     N,     N,     N,     N,     N),
  'bc:admin+none':       row(N,    N,     N,     N,     N,     Y,     Y,     Y),
  'bc:admin+manager':    row(N,    N,     N,     Y,     Y,     Y,     Y,     Y),
  'bc:admin+analyst':    row(N,    N,     N,     N,     Y,     Y,     Y,     Y),
  'bc:standard+none':    row(N,    N,     N,     N,     N,     N,     N,     N),
  'bc:standard+manager': row(N,    N,     N,     Y,     Y,     N,     N,     N),
  'bc:standard+analyst': row(N,    N,     N,     N,     Y,     N,     N,     N),
};

export interface RoleInput {
  adRole?: AdRole;
  bcBasicRole?: BcBasicRole;
  /** Absent with a known basic role = the finance role was not read (the caller decides what that means). */
  bcFinanceRole?: BcFinanceRole;
}

/** The table rows that apply to a person. A BC basic role without a read finance role counts as `none`. */
export function roleIds(r: RoleInput): RoleId[] {
  const ids: RoleId[] = [];
  if (r.adRole) ids.push(`ad:${r.adRole}`);
  // A finance role read without the basic role still counts (as on top of the least basic role, Standard).
  if (r.bcBasicRole || r.bcFinanceRole) ids.push(`bc:${r.bcBasicRole ?? 'standard'}+${r.bcFinanceRole ?? 'none'}`);
  return ids;
}

/** Union of the capabilities of every row that applies. */
export function capabilitiesOf(r: RoleInput): Set<Capability> {
  const out = new Set<Capability>();
  for (const id of roleIds(r)) {
    const caps = ROLE_TABLE[id];
    for (const c of CAPABILITIES) if (caps[c]) out.add(c);
  }
  return out;
}

export function can(r: RoleInput, c: Capability): boolean {
  return capabilitiesOf(r).has(c);
}

/** Rows that hold a capability (e.g. for "ask someone with …"). */
export function rolesWith(c: Capability): RoleId[] {
  return (Object.keys(ROLE_TABLE) as RoleId[]).filter((id) => ROLE_TABLE[id][c]);
}

export interface Grant {
  /** Page where the grant is done. */
  page: PageId;
  /** Message keys of the steps. */
  steps: string[];
  /** Message key: who can grant it. */
  who: string;
  /** Roles that give the capability once granted (from the table). */
  grants: RoleId[];
}

/**
 * Who can give a person a capability, and where. Finance: a BC Admin assigns the Finance Manager (or, to view
 * only, Finance Analyst) role in Business Center → Users → Members; the ad-account Admin role also manages
 * payment. Ad work and account settings: an admin assigns an asset-level role in Business Center → Users →
 * member → Add accounts. Members and partners: only a BC Admin (make the person a BC Admin).
 */
export function whoCanGrant(c: Capability): Grant {
  const grants = rolesWith(c);
  switch (c) {
    case 'manageFinance':
      return { page: 'bc.members', steps: ['fix.grant.openMembers', 'fix.grant.financeManager', 'fix.grant.orAdAdmin'], who: 'who.bcAdmin', grants };
    case 'viewFinance':
      return { page: 'bc.members', steps: ['fix.grant.openMembers', 'fix.grant.financeAnalyst'], who: 'who.bcAdmin', grants };
    case 'manageMembers':
    case 'addPartners':
      return { page: 'bc.members', steps: ['fix.grant.openMembers', 'fix.grant.bcAdmin'], who: 'who.bcAdmin', grants };
    case 'viewAds':
    case 'createAds':
    case 'manageAudiences':
    case 'manageAccountSettings':
    default:
      return {
        page: 'bc.members',
        steps: ['fix.grant.openMembers', 'fix.grant.addAccounts', c === 'viewAds' ? 'fix.grant.pickAnalyst' : c === 'manageAccountSettings' ? 'fix.grant.pickAdmin' : 'fix.grant.pickOperator'],
        who: 'who.adAdminOrBcAdmin',
        grants,
      };
  }
}
