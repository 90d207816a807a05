// Least privilege, pinned: the built Chrome and Firefox manifests may not drift without review.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';

const SELLER = ['seller', 'seller-us', 'seller-uk', 'seller-eu', 'seller-fr', 'seller-de', 'seller-es', 'seller-it', 'seller-ie', 'seller-br', 'seller-mx', 'seller-jp', 'seller-my', 'seller-ph', 'seller-sg', 'seller-th', 'seller-vn', 'seller-id'].map(
  (h) => `https://${h}.tiktok.com/*`,
);
const HOSTS = ['https://ads.tiktok.com/*', 'https://business.tiktok.com/*', ...SELLER, 'https://seller-id.tokopedia.com/*'].sort();

function manifest(dir) {
  const p = `.output/${dir}/manifest.json`;
  assert.ok(existsSync(p), `${p} exists (run the builds first)`);
  return JSON.parse(readFileSync(p, 'utf8'));
}

function contentMatches(m) {
  return [...new Set(m.content_scripts.flatMap((c) => c.matches))].sort();
}

test('chrome-mv3: permissions, hosts, web-accessible resources and CSP are pinned', () => {
  const m = manifest('chrome-mv3');
  assert.equal(m.manifest_version, 3);
  assert.deepEqual([...(m.permissions ?? [])].sort(), ['alarms', 'storage']);
  assert.deepEqual(m.optional_permissions ?? [], ['notifications']);
  assert.equal(m.host_permissions, undefined, 'no host_permissions beyond content-script matches');
  assert.equal(m.optional_host_permissions, undefined);
  assert.deepEqual(contentMatches(m), HOSTS);
  assert.ok(!JSON.stringify(m).includes('<all_urls>'));
  assert.ok(!JSON.stringify(m).includes('*://*/*'));
  assert.equal(m.content_security_policy, undefined, 'default MV3 CSP (no remote code, no eval)');
  assert.equal(m.externally_connectable, undefined);
  // Only what the overlay needs: its stylesheets and the per-site page kits, only on the TikTok hosts, with
  // dynamic URLs (no fingerprinting).
  for (const w of m.web_accessible_resources ?? []) {
    for (const r of w.resources) assert.match(r, /^(content-scripts\/[\w-]+\.css|kit-(ads-billing|ads-account|ads-campaigns|bc|seller)\.js)$/);
    assert.equal(w.use_dynamic_url, true);
    for (const h of w.matches) assert.ok(HOSTS.includes(h), `war host ${h}`);
  }
  assert.equal(m.content_scripts.length, 3);
  for (const c of m.content_scripts) {
    assert.ok(!c.all_frames, 'top frame only');
    assert.notEqual(c.run_at, 'document_start');
  }
  assert.equal(m.default_locale, 'en');
});

test('firefox-mv2: same least privilege, gecko id and data-collection stance', () => {
  const m = manifest('firefox-mv2');
  assert.equal(m.manifest_version, 2);
  const perms = [...(m.permissions ?? [])].sort();
  assert.deepEqual(perms, ['alarms', 'storage']);
  assert.deepEqual(m.optional_permissions ?? [], ['notifications']);
  assert.deepEqual(contentMatches(m), HOSTS);
  assert.equal(m.browser_specific_settings.gecko.id, 'adready@adready.app');
  assert.deepEqual(m.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
  assert.equal(m.content_security_policy, undefined);
  for (const r of (m.web_accessible_resources ?? []).flatMap((x) => (typeof x === 'string' ? [x] : x.resources))) {
    assert.match(r, /^(content-scripts\/[\w-]+\.css|kit-(ads-billing|ads-account|ads-campaigns|bc|seller)\.js)$/);
  }
});
