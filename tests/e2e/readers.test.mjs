// Every reader on every fixture, in Chromium: visiting a fixture stores exactly the facts its `expect` lists (the
// oracle written from the domain, docs/fixtures.md), marks the fields it lists as unreadable, creates one record
// per Business Center row, and never stores a fact from a page in a language it has no label table for.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitOverlay, storage, serviceWorker, extensionErrors } from './harness.mjs';
import { loadFixtures } from '../fixtures/server.mjs';

const fixtures = loadFixtures().filter(
  (f) => f.expect?.page && f.expect.account && (Object.keys(f.expect.facts ?? {}).length || f.expect.error || (f.expect.unreadable ?? []).length),
);
let env;

before(async () => {
  env = await launch({ routes: { delayMs: 120 } });
});
after(async () => {
  await env?.close();
});

async function recordFor(account, timeout = 4000) {
  const key = `acct:${account}`;
  const t0 = Date.now();
  for (;;) {
    const rec = (await storage(env.context, key))[key];
    if (rec?.lastPage || Date.now() - t0 > timeout) return rec;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const byLang = new Map();
test(`${fixtures.length} fixtures: stored facts match the oracle`, async () => {
  assert.ok(fixtures.length >= 100, `expected ≥ 100 fixtures with facts, got ${fixtures.length}`);
  const page = await env.context.newPage();
  const failures = [];
  for (const fx of fixtures) {
    const sw = await serviceWorker(env.context);
    await sw.evaluate(() => chrome.storage.local.clear());
    await page.goto(fx.url);
    await waitOverlay(page, { pageId: fx.expect.page });
    const rec = await recordFor(fx.expect.account);
    const problems = [];
    if (!rec) problems.push('no record stored');
    else {
      for (const [k, want] of Object.entries(fx.expect.facts ?? {})) {
        const got = rec.facts?.[k]?.value;
        try {
          assert.deepEqual(got, want);
        } catch {
          problems.push(`${k}: got ${JSON.stringify(got)?.slice(0, 160)} want ${JSON.stringify(want)?.slice(0, 160)}`);
        }
      }
      const unreadable = [...(rec.unreadable?.[fx.expect.page] ?? [])].sort();
      const wantUnreadable = [...(fx.expect.unreadable ?? [])].sort();
      for (const k of wantUnreadable) if (!unreadable.includes(k)) problems.push(`${k} should be unreadable`);
      if (fx.expect.error === 'no-label-table') {
        const stored = Object.keys(rec.facts ?? {}).filter((k) => k !== 'bc.pageRead');
        if (stored.length) problems.push(`no-label-table page stored ${stored.join(', ')}`);
        const shown = await page.locator('adready-overlay [data-testid="pill"]').count();
        if (!shown) problems.push('no pill on a no-label-table page');
      }
      if (fx.expect.name && rec.name !== fx.expect.name) problems.push(`name ${JSON.stringify(rec.name)} ≠ ${JSON.stringify(fx.expect.name)}`);
    }
    for (const row of fx.expect.rows ?? []) {
      const r = await recordFor(row.account, 1500);
      if (!r) problems.push(`row ${row.account} not stored`);
      else
        for (const [k, want] of Object.entries(row.facts ?? {})) {
          try {
            assert.deepEqual(r.facts?.[k]?.value, want);
          } catch {
            problems.push(`row ${row.account} ${k}: got ${JSON.stringify(r.facts?.[k]?.value)} want ${JSON.stringify(want)}`);
          }
        }
    }
    const lang = fx.lang ?? '?';
    const agg = byLang.get(lang) ?? { ok: 0, bad: 0 };
    if (problems.length) {
      agg.bad++;
      failures.push(`${fx.file}\n    ${problems.join('\n    ')}`);
    } else agg.ok++;
    byLang.set(lang, agg);
  }
  console.log([...byLang].map(([l, a]) => `${l}: ${a.ok} ok, ${a.bad} failing`).join('; '));
  assert.equal(failures.length, 0, `fixtures whose facts differ in Chromium:\n  ${failures.join('\n  ')}`);
  await page.close();
});

test('no console errors from the extension', () => {
  assert.deepEqual(extensionErrors(env.errors, env.extId), []);
});
