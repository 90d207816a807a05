// Shared e2e harness: the production build loaded into Debian's Chromium with playwright-core; pages at the real
// TikTok URLs served from our fixtures by request interception (tests/fixtures/server.mjs).
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../../scripts/chromium.mjs';
import { installRoutes } from '../fixtures/server.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
export const DIST = join(ROOT, '.output/chrome-mv3');

/**
 * Launches Chromium with the extension. Returns { context, extId, sw, log, errors, close }.
 * `log` records every http(s) request; `errors` collects console errors and page errors from every page.
 */
export async function launch({ extension = true, locale = 'en-US', colorScheme = 'light', headed = false, routes = {} } = {}) {
  if (extension && !existsSync(join(DIST, 'manifest.json'))) throw new Error(`No build at ${DIST}: run "npm run build" first.`);
  const exe = chromiumPath();
  if (!exe) throw new Error('Chromium not found: run "node scripts/ensure-chromium.mjs".');
  const userDir = mkdtempSync(join(tmpdir(), 'adready-e2e-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,MediaRouter',
    `--lang=${locale}`,
  ];
  if (extension) args.push(`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`);
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: exe,
    headless: !headed,
    args,
    locale,
    colorScheme,
    viewport: { width: 1280, height: 800 },
    ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
  });
  const log = [];
  const errors = [];
  await installRoutes(context, { log, ...routes });
  const watch = (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push({ url: page.url(), text: m.text(), location: m.location()?.url ?? '' });
    });
    page.on('pageerror', (e) => errors.push({ url: page.url(), text: String(e), location: '' }));
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  let sw = null;
  let extId = null;
  if (extension) {
    sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
    extId = new URL(sw.url()).host;
  }
  const close = async () => {
    await context.close();
    rmSync(userDir, { recursive: true, force: true });
  };
  return { context, extId, sw, log, errors, close };
}

/** Waits until the overlay host exists with the given page id (and account when given); returns its attributes. */
export async function waitOverlay(page, { pageId, account, timeout = 5000 } = {}) {
  const sel = pageId ? `adready-overlay[data-page="${pageId}"]` : 'adready-overlay';
  await page.waitForSelector(sel, { state: 'attached', timeout });
  if (account) await page.waitForSelector(`adready-overlay[data-account="${account}"]`, { state: 'attached', timeout });
  return page.evaluate(() => {
    const els = document.querySelectorAll('adready-overlay');
    const el = els[0];
    return { count: els.length, page: el?.getAttribute('data-page') ?? null, account: el?.getAttribute('data-account') ?? null };
  });
}

/** The extension's current service worker (it may have been restarted since launch). */
export async function serviceWorker(context) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
}

/** Reads chrome.storage.local (all keys, or the given ones) through the service worker. */
export async function storage(context, keys = null) {
  const sw = await serviceWorker(context);
  return sw.evaluate((k) => chrome.storage.local.get(k), keys);
}

/** Errors that come from the extension (content scripts, service worker, extension pages). */
export function extensionErrors(errors, extId) {
  // Uncaught content-script exceptions arrive with no location at all, so anything that is not the fixture pages'
  // own known noise (resources the sandbox aborts on purpose) counts as ours.
  const pageNoise = (e) => /^Failed to load resource/.test(e.text) && !e.location.startsWith('chrome-extension://');
  return errors.filter((e) => !pageNoise(e) || e.url.startsWith(`chrome-extension://${extId}`) || /adready/i.test(e.text));
}

export async function openPopup(context, extId) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extId}/popup.html`);
  return page;
}
