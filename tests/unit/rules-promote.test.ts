import { describe, expect, it } from 'vitest';
import type { AccountRecord, FactKey, FactValues } from '../../utils/facts/types';
import { evaluateRules } from '../../utils/rules/engine';
import { promoteIntegrationReady } from '../../utils/rules/promote';
import type { Finding } from '../../utils/rules/types';
import { DEFAULT_SETTINGS } from '../../utils/store/schema';

const NOW = Date.UTC(2026, 10, 29, 12);
const DAY = 86_400_000;

function run(facts: Partial<FactValues>, o: { name?: string | null; key?: string; ageOf?: Partial<Record<FactKey, number>> } = {}): Finding | undefined {
  const fm: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(facts)) fm[k] = { key: k, value: v, page: 'ads.account-setup', readAt: NOW - (o.ageOf?.[k as FactKey] ?? DAY), source: 'page' };
  const rec: AccountRecord = { key: o.key ?? 'ads:7089362853240553474', site: 'ads', name: o.name === undefined ? 'Acme' : o.name, lastSeen: NOW, facts: fm as AccountRecord['facts'] };
  return evaluateRules([promoteIntegrationReady], rec, DEFAULT_SETTINGS, NOW)[0];
}

const complete: Partial<FactValues> = {
  'account.name': 'Acme',
  'account.id': '7089362853240553474',
  'account.billingCountry': 'ID',
  'account.currency': 'IDR',
  'account.businessDetails': { companyName: true, address: true, npwp: true },
};

describe('promote.integration-ready', () => {
  it.each<[string, Partial<FactValues>, Finding['status'], string, Parameters<typeof run>[1]?]>([
    ['all prerequisites present', complete, 'pass', 'rule.promote.integration-ready.pass'],
    ['integration done', { 'promote.integrationState': 'done' }, 'pass', 'rule.promote.integration-ready.done'],
    ['integration in progress', { ...complete, 'promote.integrationState': 'in-progress' }, 'pass', 'rule.promote.integration-ready.in-progress'],
    ['billing country empty', { ...complete, 'account.billingCountry': '' }, 'warn', 'rule.promote.integration-ready.missing'],
    ['currency empty', { ...complete, 'account.currency': ' ' }, 'warn', 'rule.promote.integration-ready.missing'],
    ['business detail incomplete', { ...complete, 'account.businessDetails': { companyName: true, address: false } }, 'warn', 'rule.promote.integration-ready.missing'],
    ['in progress but a field missing → warn', { ...complete, 'account.currency': '', 'promote.integrationState': 'in-progress' }, 'warn', 'rule.promote.integration-ready.missing'],
    ['not started, billing country not read → unknown', { ...complete, 'account.billingCountry': undefined, 'promote.integrationState': 'not-started' }, 'unknown', 'rule.promote.integration-ready.unknown'],
    ['name falls back to the record name, id to the key', { 'account.billingCountry': 'ID', 'account.currency': 'IDR', 'account.businessDetails': { a: true } }, 'pass', 'rule.promote.integration-ready.pass'],
    ['no name anywhere → unknown', { 'account.billingCountry': 'ID', 'account.currency': 'IDR', 'account.businessDetails': { a: true } }, 'unknown', 'rule.promote.integration-ready.unknown', { name: null }],
    ['stale business details → unknown', complete, 'unknown', 'rule.promote.integration-ready.unknown', { ageOf: { 'account.businessDetails': 8 * DAY } }],
  ])('%s', (_n, facts, status, message, o) => {
    const clean = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
    const f = run(clean, o);
    expect(f?.status).toBe(status);
    expect(f?.message).toBe(message);
  });

  it('params name the first missing field; fix is on Account setup', () => {
    const f = run({ ...complete, 'account.billingCountry': '' });
    expect(f?.params).toEqual({ count: 1, field: '@promoteField.billingCountry' });
    expect(f?.fix?.page).toBe('ads.account-setup');
  });
});
