/**
 * `promote.integration-ready` (DESIGN §4; domain/tiktok-reference.md §4; Indonesian source 001). Integrating the
 * in-app Promote tool with Ads Manager syncs an ad account picked by name and ID and carries its business details
 * and billing information over, which must then be identical on both platforms.
 *
 * - integration `done` → pass.
 * - a prerequisite the page showed empty (name, ID, billing country, currency, a business-detail field) → warn.
 * - integration `in-progress` (and nothing missing) → pass with the note that no Promote order can be placed
 *   until it finishes (usually minutes): it is not an account problem, and the fact is re-read next visit.
 * - a prerequisite not read yet → unknown (open Account setup).
 * - all present → pass.
 * The account name falls back to the record's display name and the ID to the account key (`ads:<id>`).
 */
import type { FactKey } from '../facts/types';
import type { Rule } from './types';

type Field = 'name' | 'id' | 'billingCountry' | 'currency' | 'businessDetails';

export const promoteIntegrationReady: Rule = {
  id: 'promote.integration-ready',
  sites: ['ads'],
  weight: 5,
  evaluate(ctx) {
    const state = ctx.get('promote.integrationState');
    if (state === 'done') return { status: 'pass', evidence: ['promote.integrationState'], fix: null, message: 'rule.promote.integration-ready.done' };

    const keyId = ctx.record.key.startsWith('ads:') ? ctx.record.key.slice(4) : '';
    const values: Record<Field, { key: FactKey; v: unknown }> = {
      name: { key: 'account.name', v: ctx.get('account.name') ?? (ctx.record.name || undefined) },
      id: { key: 'account.id', v: ctx.get('account.id') ?? (keyId || undefined) },
      billingCountry: { key: 'account.billingCountry', v: ctx.get('account.billingCountry') },
      currency: { key: 'account.currency', v: ctx.get('account.currency') },
      businessDetails: { key: 'account.businessDetails', v: ctx.get('account.businessDetails') },
    };
    const missing: Field[] = [];
    const unread: FactKey[] = [];
    for (const f of Object.keys(values) as Field[]) {
      const { key, v } = values[f];
      if (v === undefined) unread.push(key);
      else if (typeof v === 'string' ? v.trim() === '' : f === 'businessDetails' && Object.values(v as Record<string, boolean>).some((ok) => !ok)) missing.push(f);
    }
    const evidence: FactKey[] = (Object.values(values).map((x) => x.key) as FactKey[]).concat(state ? ['promote.integrationState'] : []);
    const fix = { page: 'ads.account-setup' as const, steps: ['fix.promote.details', 'fix.promote.billing', 'fix.promote.match'], who: 'who.adAdmin' };
    if (missing.length) {
      return {
        status: 'warn',
        evidence,
        fix,
        message: 'rule.promote.integration-ready.missing',
        params: { count: missing.length, field: `@promoteField.${missing[0]}` },
      };
    }
    if (state === 'in-progress') return { status: 'pass', evidence: ['promote.integrationState'], fix: null, message: 'rule.promote.integration-ready.in-progress' };
    if (unread.length) return { status: 'unknown', evidence: unread, fix: { page: 'ads.account-setup', steps: ['fix.read.openAccountSetup'] }, message: 'rule.promote.integration-ready.unknown' };
    return { status: 'pass', evidence, fix: null, message: 'rule.promote.integration-ready.pass' };
  },
};

export const promoteRules: Rule[] = [promoteIntegrationReady];
