/**
 * Billing readers against every fixture of the area (tests/fixtures/pages/ads-billing, bc-payment), each both as
 * the bare fragment and inside its site shell (menus and header in the page's language, as in e2e), plus targeted
 * cases: missing field, malformed amount, unknown language, hostile text, full card numbers, odd content.
 */
import { describe, expect, it } from 'vitest';
import { server, fragmentDoc, shellDoc, type Expect, type Fixture } from './fixture-docs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectPage } from '../../utils/pages/detect';
import type { AccountRecord, FactKey, FactMap, ReadResult } from '../../utils/facts/types';
import type { Reader } from '../../utils/readers/types';
import { billingReaders } from '../../utils/readers/billing';
import { h, render } from 'preact';
import { createTranslator } from '../../utils/i18n';
import { DEFAULT_SETTINGS } from '../../utils/store/schema';
import { BillingPanel } from '../../components/overlay/panels/BillingPanel';
import { TransactionsPanel } from '../../components/overlay/panels/TransactionsPanel';
import type { PanelProps } from '../../components/overlay/panels/types';

const NOW = Date.parse('2026-11-29T12:00:00Z');
const here = path.dirname(fileURLToPath(import.meta.url));

const fixtures = server.loadFixtures().filter((f) => /(^|\/)pages\/(ads-billing|bc-payment)\//.test(f.file));

function readerFor(page: string): Reader {
  const r = billingReaders.find((x) => x.pages.includes(page as never));
  if (!r) throw new Error(`no billing reader for ${page}`);
  return r;
}

function run(doc: Document, url: string): ReadResult {
  const match = detectPage(url);
  if (!match) throw new Error(`not an app page: ${url}`);
  return readerFor(match.page).read(doc, { url: new URL(url), match, now: NOW });
}

function check(result: ReadResult, ex: Expect): void {
  for (const [k, v] of Object.entries(ex.facts ?? {})) expect(result.facts[k as keyof ReadResult['facts']], k).toEqual(v);
  if (ex.error) {
    expect(result.error).toBe(ex.error);
    expect(result.facts).toEqual({});
  } else {
    expect(result.error).toBeUndefined();
  }
  expect([...result.unreadable].sort()).toEqual([...(ex.unreadable ?? [])].sort());
  if (ex.name !== undefined) expect(result.name).toBe(ex.name);
  if (ex.rows !== undefined) expect(result.rows).toEqual(ex.rows);
  if (ex.rowsShown !== undefined) expect(result.rowsShown).toBe(ex.rowsShown);
  if (ex.rowsTotal !== undefined) expect(result.rowsTotal).toBe(ex.rowsTotal);
}

describe('billing fixtures', () => {
  it('covers the area (payment and transactions in all eleven languages, invoices, Business Center)', () => {
    const ALL = ['de', 'en', 'es', 'fr', 'id', 'it', 'ja', 'pt', 'th', 'vi', 'zh'];
    const base = (l: string) => l.split('-')[0]!;
    const langsOf = (re: RegExp) => new Set(fixtures.filter((f) => re.test(f.file)).map((f) => base(f.lang)));
    expect([...langsOf(/ads-billing\/payment-/)].sort()).toEqual([...ALL, 'ko'].sort());
    expect([...langsOf(/ads-billing\/transactions-/)].sort()).toEqual(ALL);
    expect([...langsOf(/ads-billing\/invoices/)].sort()).toEqual(['en', 'fr']);
    expect([...langsOf(/bc-payment\//)].sort()).toEqual(ALL);
  });

  for (const fx of fixtures) {
    describe(fx.file, () => {
      const ex = fx.expect!;
      it('detects the page and account from the URL', () => {
        const m = detectPage(fx.url);
        expect(m?.page).toBe(ex.page);
        if (ex.account) expect(m?.account).toBe(ex.account);
      });
      it('reads the fragment as expected', () => {
        const doc = fragmentDoc(fx.html, fx.htmlLang);
        const reader = readerFor(ex.page!);
        expect(reader.ready(doc)).toBe(true);
        check(run(doc, fx.url), ex);
      });
      it('is not ready while the shell shows its loading skeleton', () => {
        if (!server.renderDocument) return;
        const doc = new DOMParser().parseFromString(server.renderDocument(fx), 'text/html');
        expect(readerFor(ex.page!).ready(doc)).toBe(false);
      });
      it('reads the same inside the site shell', () => {
        const doc = shellDoc(fx);
        if (!server.renderDocument) return;
        expect(doc).not.toBeNull();
        check(run(doc!, fx.url), ex);
      });
    });
  }
});

// ───────────────────────────── targeted cases ─────────────────────────────

function fx(name: string): Fixture {
  const f = fixtures.find((x) => x.file.endsWith(name));
  if (!f) throw new Error(`fixture ${name} missing`);
  return f;
}

describe('ads.payment reader, targeted', () => {
  const healthy = fx('ads-billing/payment-auto-healthy.en.html');

  it('reports a missing threshold as unreadable and reads the rest', () => {
    const doc = fragmentDoc(healthy.html, 'en');
    doc.querySelector('.vi-spend-widget__threshold')!.remove();
    const r = run(doc, healthy.url);
    expect(r.unreadable).toEqual(['billing.threshold']);
    expect(r.facts['billing.threshold']).toBeUndefined();
    expect(r.facts['billing.spendSoFar']).toEqual({ amount: '42.10', currency: 'USD' });
  });

  it('a malformed amount is unreadable, never guessed', () => {
    const doc = fragmentDoc(healthy.html, 'en');
    doc.querySelector('.vi-spend-widget__threshold .vi-info-row__value')!.textContent = '18O.00 USD';
    doc.querySelector('.vi-spend-widget__spend .vi-info-row__value')!.textContent = '42.10 USD 43.00 USD';
    const r = run(doc, healthy.url);
    expect(r.facts['billing.threshold']).toBeUndefined();
    expect(r.facts['billing.spendSoFar']).toBeUndefined();
    expect(r.unreadable.sort()).toEqual(['billing.spendSoFar', 'billing.threshold']);
  });

  it('an unknown billing option is unreadable', () => {
    const doc = fragmentDoc(healthy.html, 'en');
    doc.querySelector('.vi-option-name')!.textContent = 'Hybrid Payment';
    const r = run(doc, healthy.url);
    expect(r.facts['billing.option']).toBeUndefined();
    expect(r.unreadable).toContain('billing.option');
  });

  it('a page in a language without a table yields no facts', () => {
    const ko = fx('ads-billing/payment-auto.ko.html');
    const r = run(fragmentDoc(ko.html, 'ko'), ko.url);
    expect(r).toMatchObject({ facts: {}, unreadable: [], lang: null, error: 'no-label-table' });
  });

  it('a declared language with a table whose labels are all gone says what it could not read', () => {
    const url = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7301100000000000098&lang=en';
    const r = run(fragmentDoc('<div class="redesigned"><h2>Wallet</h2><p>42.10 USD</p></div>', 'en'), url);
    expect(r.facts).toEqual({});
    expect(r.unreadable).toEqual(['billing.option']);
    expect(r.error).toBeUndefined();
  });

  it('reads a page mixing languages (Italian page, one English label)', () => {
    const it_ = fx('ads-billing/payment-auto-local-currency.it.html');
    const r = run(fragmentDoc(it_.html.replace('Spesa finora', 'Spend so far'), 'it'), it_.url);
    expect(r.lang).toBe('it');
    expect(r.facts['billing.spendSoFar']).toEqual({ amount: '42.10', currency: 'EUR' });
  });

  it('keeps a hostile account name verbatim, as text', () => {
    const doc = fragmentDoc(healthy.html, 'en');
    const hostile = '<img src=x onerror="alert(1)"> Lumen & <b>Co</b>';
    doc.querySelector('.vi-account-bar__name')!.textContent = hostile;
    const r = run(doc, healthy.url);
    expect(r.name).toBe(hostile);
    expect(r.facts['account.name']).toBe(hostile);
    expect(doc.querySelector('img')).toBeNull();
  });

  it('never reads a full card number', () => {
    const doc = fragmentDoc(healthy.html, 'en');
    doc.querySelector('.vi-pm-number')!.textContent = '4111 1111 1111 1234';
    const r = run(doc, healthy.url);
    const first = r.facts['billing.methods']?.[0];
    expect(first?.brand).toBe('visa');
    expect(first?.last4).toBeUndefined();
    expect(JSON.stringify(r)).not.toMatch(/4111\s?1111/);
  });

  it('takes the account from the page when the URL has none', () => {
    const url = 'https://ads.tiktok.com/i18n/account/payment?lang=en';
    const r = run(fragmentDoc(healthy.html, 'en'), url);
    expect(r.account).toBe('ads:7301100000000000001');
  });

  it('never throws on odd content', () => {
    const odd = ['', '<div>', '<table><tr><th>Status</th></tr><tr></tr></table>', '<span>Billing option</span>', '<dl><dt>Billing threshold</dt><dd></dd></dl>', '<div>'.repeat(300)];
    for (const page of ['ads.payment', 'ads.transactions', 'ads.invoices', 'bc.payment']) {
      const url =
        page === 'bc.payment'
          ? 'https://business.tiktok.com/manage/payment/v2?org_id=7301400000000000009'
          : `https://ads.tiktok.com/i18n/account/${{ 'ads.payment': 'payment', 'ads.transactions': 'transaction', 'ads.invoices': 'payment_invoice' }[page]}?aadvid=1234567`;
      for (const html of odd) expect(() => run(fragmentDoc(html, 'en'), url)).not.toThrow();
    }
  });

  it('is not ready on the loading skeleton', () => {
    const doc = fragmentDoc('<main><div class="fx-skel vi-skeleton" aria-busy="true"><i></i><i></i></div></main>', 'en');
    expect(readerFor('ads.payment').ready(doc)).toBe(false);
  });
});

describe('ads.transactions / ads.invoices / bc.payment readers, targeted', () => {
  it('a status word it does not know makes the payments unreadable (a failure is never undercounted)', () => {
    const one = fx('ads-billing/transactions-one-failed.en.html');
    const r = run(fragmentDoc(one.html.replace('>Failed<', '>Rejected by issuer<'), 'en'), one.url);
    expect(r.facts['billing.payments']).toBeUndefined();
    expect(r.unreadable.sort()).toEqual(['billing.failedPayments', 'billing.payments']);
  });

  it('a page without the payments table (Costs tab) is unreadable', () => {
    const url = 'https://ads.tiktok.com/i18n/account/transaction?aadvid=7301200000000000099&tab=1&lang=en';
    const html = '<table><thead><tr><th>Date</th><th>Cash</th><th>Ad credit</th></tr></thead><tbody><tr><td>2026-11-20</td><td>10.00 USD</td><td>0.00 USD</td></tr></tbody></table>';
    const r = run(fragmentDoc(html, 'en'), url);
    expect(r.unreadable.sort()).toEqual(['billing.failedPayments', 'billing.payments']);
  });

  it('an empty payments table means no payments and no failures', () => {
    const url = 'https://ads.tiktok.com/i18n/account/transaction?aadvid=7301200000000000098&tab=2&lang=en';
    const html = '<table><thead><tr><th>Date</th><th>Type</th><th>Amount</th><th>Status</th></tr></thead><tbody><tr><td colspan="4">No data</td></tr></tbody></table>';
    const r = run(fragmentDoc(html, 'en'), url);
    expect(r.facts['billing.payments']).toEqual([]);
    expect(r.facts['billing.failedPayments']).toBe(0);
  });

  it('Business Center: a page in Korean yields no rows and no facts', () => {
    const url = 'https://business.tiktok.com/manage/payment/v2?org_id=7301400000000000077&lang=ko';
    const html = '<table><thead><tr><th>계정 이름</th><th>기준액</th></tr></thead><tbody><tr><td>루멘 ID: 7301400000000000078</td><td>180.00 USD</td></tr></tbody></table>';
    const r = run(fragmentDoc(html, 'ko'), url);
    expect(r).toMatchObject({ facts: {}, error: 'no-label-table' });
    expect(r.rows).toBeUndefined();
  });

  it('Business Center: account names are kept verbatim', () => {
    const bc = fx('bc-payment/payment-3-accounts.en.html');
    const r = run(fragmentDoc(bc.html, 'en'), bc.url);
    expect(r.rows?.[2]?.name).toBe('Partner Shop <Ads> & Co');
  });
});

// ───────────────────────────── panels (render) ─────────────────────────────


const MESSAGES = JSON.parse(readFileSync(path.resolve(here, '../../docs/messages.billing.en.json'), 'utf8')) as Record<string, string>;
const CATALOG = { ...MESSAGES, 'check.autopay.title': 'Autopay checklist', 'billingOption.automatic': 'Automatic payment' };
const tr = createTranslator('en', CATALOG as Parameters<typeof createTranslator>[1]);

function recordOf(account: string, facts: Partial<Record<FactKey, unknown>>, ticks?: Record<string, boolean>): AccountRecord {
  const map: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(facts)) map[k] = { key: k, value: v, page: 'ads.transactions', readAt: NOW - 3_600_000, source: 'page' };
  return { key: account, site: 'ads', name: null, lastSeen: NOW, facts: map as FactMap, ...(ticks ? { ticks } : {}) };
}

function mount(component: typeof BillingPanel, fxName: string, extra: Partial<PanelProps> = {}) {
  const f = fx(fxName);
  const doc = fragmentDoc(f.html, f.htmlLang);
  const match = detectPage(f.url)!;
  const result = run(doc, f.url);
  const ticks: [string, boolean | null][] = [];
  const host = document.createElement('div');
  document.body.append(host);
  const props: PanelProps = {
    tr,
    match,
    result,
    record: null,
    summary: null,
    settings: DEFAULT_SETTINGS,
    now: NOW,
    onTick: (item, value) => ticks.push([item, value]),
    ...extra,
  };
  render(h(component, props), host);
  return { host, ticks, result };
}

const q = (root: Element, testid: string) => root.querySelector(`[data-testid="${testid}"]`);
const itemState = (root: Element, id: string) => root.querySelector(`[data-testid="autopay-checklist"] [data-item="${id}"]`)?.getAttribute('data-state');

describe('BillingPanel', () => {
  it('ticks the autopay checklist from the page and draws the threshold meter', () => {
    const account = 'ads:7301100000000000001';
    const { host, ticks } = mount(BillingPanel, 'ads-billing/payment-auto-healthy.en.html', {
      record: recordOf(account, {}, { 'autopay.details-saved': true }),
    });
    expect(q(host, 'autopay-checklist')?.querySelectorAll('li.adr-check').length).toBeGreaterThanOrEqual(5);
    expect(itemState(host, 'autopay.option')).toBe('done');
    expect(itemState(host, 'autopay.method-valid')).toBe('done');
    expect(itemState(host, 'autopay.not-prepaid')).toBe('done');
    expect(itemState(host, 'autopay.threshold-known')).toBe('done');
    expect(itemState(host, 'autopay.details-saved')).toBe('user-done');
    expect(itemState(host, 'autopay.verification')).toBe('unknown');

    const meter = q(host, 'threshold-meter')!;
    expect(meter.getAttribute('role')).toBe('meter');
    expect(meter.getAttribute('data-state')).toBe('ok');
    expect(meter.getAttribute('aria-valuenow')).toBe('23');
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe('100');
    expect((meter.querySelector('.adr-meter-bar') as HTMLElement).style.width).toBe('23%');
    expect(q(host, 'first-charge')?.getAttribute('data-first')).toBe('either');
    expect(q(host, 'bill-date')?.getAttribute('data-days')).toBe('13');
    expect(q(host, 'outstanding-warning')).toBeNull();
    expect(q(host, 'failed-payments-warning')).toBeNull();
    expect(q(host, 'switch-rules')?.querySelectorAll('li').length).toBeGreaterThanOrEqual(6);
    expect(q(host, 'switch-rules')?.querySelector('[data-rule="bcTopup"]')?.getAttribute('data-applies')).toBe('false');

    // the user ticks what the page cannot show; page-evidenced items are not tickable
    const verification = host.querySelector('[data-item="autopay.verification"] input') as HTMLInputElement;
    verification.click();
    expect(ticks).toEqual([['autopay.verification', true]]);
    expect((host.querySelector('[data-item="autopay.option"] input') as HTMLInputElement).disabled).toBe(true);
    // every visible string came from the catalogue (no raw keys left)
    expect(host.textContent).not.toMatch(/billing\.panel\./);
  });

  it('warns at 85 %, says "threshold reached first" at 100 %', () => {
    const warn = mount(BillingPanel, 'ads-billing/payment-auto-85pct.en.html').host;
    expect(q(warn, 'threshold-meter')?.getAttribute('data-state')).toBe('warn');
    expect(q(warn, 'first-charge')?.getAttribute('data-first')).toBe('either');
    const full = mount(BillingPanel, 'ads-billing/payment-auto-100pct.en.html').host;
    expect(q(full, 'threshold-meter')?.getAttribute('data-state')).toBe('fail');
    expect(q(full, 'threshold-meter')?.getAttribute('aria-valuenow')).toBe('100');
    expect(q(full, 'first-charge')?.getAttribute('data-first')).toBe('threshold');
  });

  it('shows the outstanding balance and the failed payments with what to do', () => {
    const { host } = mount(BillingPanel, 'ads-billing/payment-auto-expired-card.en.html', {
      record: recordOf('ads:7301100000000000021', { 'billing.failedPayments': 3 }),
    });
    expect(q(host, 'outstanding-warning')?.className).toBe('adr-errbox');
    expect(q(host, 'outstanding-warning')?.textContent).toContain('Pay now');
    const failed = q(host, 'failed-payments-warning')!;
    expect(failed.getAttribute('data-count')).toBe('3');
    expect(failed.className).toBe('adr-errbox');
    expect(failed.getAttribute('role')).toBe('status');
    expect(itemState(host, 'autopay.method-valid')).toBe('todo');
  });

  it('a prepaid primary card leaves the "not prepaid" item to do', () => {
    const { host } = mount(BillingPanel, 'ads-billing/payment-auto-prepaid-primary.it.html');
    expect(itemState(host, 'autopay.not-prepaid')).toBe('todo');
  });

  it('manual payment: no meter, balance shown, switching rules apply', () => {
    const { host } = mount(BillingPanel, 'ads-billing/payment-bc-managed.en.html');
    expect(q(host, 'threshold-meter')).toBeNull();
    expect(q(host, 'cash-balance')?.textContent).toContain('250');
    expect(q(host, 'switch-rules')?.querySelector('[data-rule="bcTopup"]')?.getAttribute('data-applies')).toBe('true');
    expect(itemState(host, 'autopay.option')).toBe('todo');
  });
});

describe('TransactionsPanel', () => {
  it('highlights failed payments among the records shown', () => {
    const { host } = mount(TransactionsPanel, 'ads-billing/transactions-failed-with-verification.fr.html');
    expect(q(host, 'failed-payments-warning')?.getAttribute('data-count')).toBe('3');
    expect(q(host, 'failed-payments-list')?.querySelectorAll('li').length).toBe(4);
    expect(q(host, 'verification-failed')).not.toBeNull();
  });

  it('says when nothing failed', () => {
    const { host } = mount(TransactionsPanel, 'ads-billing/transactions-verification.id.html');
    expect(q(host, 'failed-payments-warning')).toBeNull();
    expect(q(host, 'no-failed-payments')).not.toBeNull();
    expect(q(host, 'verification-note')).not.toBeNull();
  });

  it('lists unpaid and overdue invoices with the next step', () => {
    const { host } = mount(TransactionsPanel, 'ads-billing/invoices.en.html');
    const box = q(host, 'unpaid-invoices-warning')!;
    expect(box.getAttribute('data-overdue')).toBe('true');
    const items = Array.from(q(host, 'unpaid-invoices-list')!.querySelectorAll('li'));
    expect(items.map((li) => li.getAttribute('data-status'))).toEqual(['overdue', 'unpaid']);
    expect(items[0]?.textContent).toContain('BDUS2026100018');
  });
});
