import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFileSync } from 'node:fs';
import { applyRead, mergeRecords, mergeFactMaps, factsFrom } from '../../utils/store/merge';
import { parseAccountRecord } from '../../utils/store/validate';
import { sanitizeSettings, DEFAULT_SETTINGS, KEYS, SCHEMA_VERSION } from '../../utils/store/schema';
import { readAll, readSettings, serialized, readRecord, writeRecord, migrate } from '../../utils/background/repo';
import { UI_LANGS } from '../../utils/i18n';
import type { AccountRecord } from '../../utils/facts/types';

const sample = JSON.parse(readFileSync('tests/unit/samples/v1-account.json', 'utf8')) as Record<string, unknown>;

describe('merge (pure)', () => {
  it('a fact is replaced only by one read at the same time or later', () => {
    const a = factsFrom({ 'billing.option': 'manual' }, 'ads.payment', 200);
    const older = factsFrom({ 'billing.option': 'automatic' }, 'ads.payment', 100);
    const newer = factsFrom({ 'billing.option': 'monthly' }, 'ads.payment', 300);
    expect(mergeFactMaps(a, older)['billing.option']?.value).toBe('manual');
    expect(mergeFactMaps(a, newer)['billing.option']?.value).toBe('monthly');
  });
  it('applyRead keeps other facts, records unreadable per page and clears it when read again', () => {
    let r = applyRead(undefined, 'ads:1234', 'ads', { page: 'ads.payment', facts: { 'billing.option': 'automatic' }, unreadable: ['billing.billDate'], name: 'A' }, 10);
    r = applyRead(r, 'ads:1234', 'ads', { page: 'ads.account-setup', facts: { 'account.status': 'approved' }, unreadable: [] }, 20);
    expect(r.facts['billing.option']?.value).toBe('automatic');
    expect(r.facts['account.status']?.value).toBe('approved');
    expect(r.unreadable?.['ads.payment']).toEqual(['billing.billDate']);
    expect(r.name).toBe('A');
    r = applyRead(r, 'ads:1234', 'ads', { page: 'ads.payment', facts: { 'billing.billDate': '2026-12-01' }, unreadable: [] }, 30);
    expect(r.unreadable?.['ads.payment']).toBeUndefined();
    expect(r.lastSeen).toBe(30);
  });
  it('mergeRecords unites facts by time and ticks, newer name wins', () => {
    const a: AccountRecord = { key: 'ads:1234', site: 'ads', name: 'Old', lastSeen: 10, facts: factsFrom({ 'billing.option': 'manual' }, 'ads.payment', 10), ticks: { x: true } };
    const b: AccountRecord = { key: 'ads:1234', site: 'ads', name: 'New', lastSeen: 20, facts: factsFrom({ 'account.status': 'approved' }, 'ads.account-setup', 20), ticks: { y: true } };
    const m = mergeRecords(a, b);
    expect(m.name).toBe('New');
    expect(Object.keys(m.facts).sort()).toEqual(['account.status', 'billing.option']);
    expect(m.ticks).toEqual({ x: true, y: true });
  });
});

describe('validation of stored values (frozen v1 samples)', () => {
  it('accepts a good record unchanged', () => {
    const { record, dropped } = parseAccountRecord('acct:ads:7089362853240553474', sample['acct:ads:7089362853240553474']);
    expect(dropped).toEqual([]);
    expect(record?.facts['billing.threshold']?.value).toEqual({ amount: '180.00', currency: 'USD' });
    expect(record?.ticks).toEqual({ 'autopay.verification': true });
  });
  it('rejects a corrupt record and drops malformed facts of a partial one', () => {
    expect(parseAccountRecord('acct:seller:seller-us.tiktok.com:US', 'corrupt string value').record).toBeNull();
    const half = parseAccountRecord('acct:ads:1111111111111111111', sample['acct:ads:1111111111111111111']);
    expect(half.record?.facts['account.status']?.value).toBe('approved');
    expect(half.record?.facts['billing.option']).toBeUndefined();
    expect(half.dropped.map((d) => d.part)).toEqual(['facts.billing.option']);
  });
  it('rejects key/site mismatches (a record cannot claim another account)', () => {
    expect(parseAccountRecord('acct:ads:1', { key: 'ads:2', site: 'ads', facts: {} }).record).toBeNull();
    expect(parseAccountRecord('acct:ads:1', { key: 'ads:1', site: 'bc', facts: {} }).record).toBeNull();
  });
  it('sanitizes settings', () => {
    expect(sanitizeSettings({ language: 'xx', reminderDays: 900, thresholdPct: 85, notifications: 'yes' }, UI_LANGS)).toEqual({
      ...DEFAULT_SETTINGS,
      reminderDays: 30,
      thresholdPct: 85,
    });
    expect(sanitizeSettings(null, UI_LANGS)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('repository (background, fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  it('sets corrupt values aside, keeps the good ones, repairs settings', async () => {
    await fakeBrowser.storage.local.set(sample);
    const all = await readAll();
    expect(all.map((r) => r.key).sort()).toEqual(['ads:1111111111111111111', 'ads:7089362853240553474', 'bc:7223495844006363137']);
    const q = (await fakeBrowser.storage.local.get(KEYS.quarantine))[KEYS.quarantine] as { key: string }[];
    expect(q.map((e) => e.key).sort()).toEqual(['acct:ads:1111111111111111111#facts.billing.option', 'acct:seller:seller-us.tiktok.com:US#record']);
    expect((await fakeBrowser.storage.local.get('acct:seller:seller-us.tiktok.com:US'))['acct:seller:seller-us.tiktok.com:US']).toBeUndefined();
    const s = await readSettings();
    expect(s.reminderDays).toBe(30);
    expect(((await fakeBrowser.storage.local.get(KEYS.quarantine))[KEYS.quarantine] as unknown[]).length).toBe(3);
  });
  it('serialized writes from many "tabs" lose nothing', async () => {
    const writes = Array.from({ length: 30 }, (_, i) =>
      serialized(async () => {
        const rec = await readRecord('ads:1234');
        await new Promise((r) => setTimeout(r, Math.random() * 3));
        await writeRecord(applyRead(rec, 'ads:1234', 'ads', { page: 'ads.payment', facts: {}, unreadable: [] }, 1000 + i));
        const again = (await readRecord('ads:1234'))!;
        await writeRecord({ ...again, ticks: { ...(again.ticks ?? {}), [`t${i}`]: true } });
      }),
    );
    await Promise.all(writes);
    const rec = await readRecord('ads:1234');
    expect(Object.keys(rec?.ticks ?? {}).length).toBe(30);
  });
  it('migrate is idempotent and writes the schema version', async () => {
    await migrate();
    await migrate();
    expect((await fakeBrowser.storage.local.get(KEYS.meta))[KEYS.meta]).toEqual({ schema: SCHEMA_VERSION });
  });
});

describe('storage caps', () => {
  it('keeps the 100 most recent payment records and never drops a current scalar fact', () => {
    const payments = Array.from({ length: 250 }, (_, i) => ({
      date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      kind: 'payment' as const,
      status: 'success' as const,
    }));
    const f = factsFrom({ 'billing.payments': payments, 'billing.option': 'automatic' }, 'ads.transactions', 1);
    const kept = f['billing.payments']!.value;
    expect(kept).toHaveLength(100);
    const newest = [...payments].sort((a, b) => b.date.localeCompare(a.date))[0]!.date;
    expect(kept[0]!.date).toBe(newest);
    expect(kept.every((p, i) => i === 0 || p.date! <= kept[i - 1]!.date!)).toBe(true);
    expect(f['billing.option']?.value).toBe('automatic');
  });
});
