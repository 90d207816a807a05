/**
 * Content-script runtime shared by the three host families: detect page → read facts → report to the
 * background (which stores and evaluates) → render the overlay. Entry files only call `startContentScript`.
 */
import { render, h } from 'preact';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage, type PageMatch } from '../pages/detect';
import { siteOfHost, type Site } from '../pages/routes';
import type { AccountRecord, ReadResult } from '../facts/types';
import type { Translator } from '../i18n';
import { safeRead } from '../readers/safe';
import { readHeaderName } from '../readers/header';
import { genericReader } from '../readers/generic';
import { kitFor, registeredKit, type KitName, type SiteKit } from './kit';
import type { AccountSummary } from '../rules/engine';
import { waitUntil } from './wait';
import { loadTranslator } from '../ui/catalog';
import { accountStorageKey, type Settings, DEFAULT_SETTINGS, KEYS, sanitizeSettings } from '../store/schema';
import { UI_LANGS } from '../i18n';
import { Overlay } from '../../components/overlay/Overlay';

export const OVERLAY_TAG = 'adready-overlay';
const READ_TIMEOUT_MS = 15_000;

export interface OverlayState {
  match: PageMatch | null;
  phase: 'waiting' | 'read' | 'timeout' | 'error';
  result: ReadResult | null;
  record: AccountRecord | null;
  settings: Settings;
  tr: Translator | null;
  open: boolean;
  /** Readiness of the page's account, computed by the background (the rules live there). */
  summary: AccountSummary | null;
  /** The site's page kit, once loaded on a page that needs it. */
  kit: SiteKit | null;
}

export type OverlayStore = StoreApi<OverlayState>;

export function startContentScript(ctx: ContentScriptContext, site: Site): void {
  if (window.top !== window) return;
  // Each host family's script only handles its own site (defence in depth on top of the manifest matches).
  if (siteOfHost(location.hostname) !== site) return;
  // A copy left by an older instance of this script (extension reloaded or updated) must not linger.
  document.querySelectorAll(OVERLAY_TAG).forEach((el) => el.remove());

  const store: OverlayStore = createStore<OverlayState>(() => ({
    match: null,
    phase: 'waiting',
    result: null,
    record: null,
    settings: DEFAULT_SETTINGS,
    tr: null,
    open: false,
    summary: null,
    kit: null,
  }));

  const kitsPending = new Map<KitName, Promise<SiteKit | null>>();
  const loadKit = (name: KitName): Promise<SiteKit | null> => {
    let p = kitsPending.get(name);
    if (!p) {
      // The URL is this extension's own packaged file (never page input, never the network).
      // eslint-disable-next-line no-unsanitized/method
      p = import(/* @vite-ignore */ browser.runtime.getURL(`/kit-${name}.js` as '/popup.html'))
        .then(() => registeredKit(name) ?? null)
        .catch(() => null);
      kitsPending.set(name, p);
    }
    return p.then((k) => {
      store.setState({ kit: k });
      return k;
    });
  };

  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let uiPending: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let mounted = false;
  let routeCtl: AbortController | null = null;
  let routeKey: string | null = null;

  // Once the extension is reloaded, updated or removed this copy is orphaned and the API throws synchronously.
  const send = (msg: unknown): Promise<unknown> => {
    try {
      return browser.runtime.sendMessage(msg).catch(() => undefined);
    } catch {
      return Promise.resolve(undefined);
    }
  };

  const getUi = () =>
    (uiPending ??= createShadowRootUi<HTMLElement>(ctx, {
      name: OVERLAY_TAG,
      position: 'overlay',
      anchor: () => document.documentElement,
      zIndex: 2147483000,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount(container) {
        const root = document.createElement('div');
        root.className = 'adr-root';
        container.append(root);
        render(h(Overlay, { store, onOpenDashboard: () => void send({ type: 'open-dashboard' }) }), root);
        return root;
      },
      onRemove(root) {
        if (root) render(null, root);
      },
    }).then((u) => (ui = u)));

  const setHostAttrs = (match: PageMatch, account?: string) => {
    const host = ui?.shadowHost;
    if (!host) return;
    host.setAttribute('data-page', match.page);
    const acc = account ?? match.account;
    if (acc) host.setAttribute('data-account', acc);
    else host.removeAttribute('data-account');
  };

  let recordKey: string | null = null;
  const refreshSummary = () => {
    const key = recordKey;
    if (!key) return;
    void browser.runtime
      .sendMessage({ type: 'summary', account: key.slice('acct:'.length) })
      .then((res) => {
        if (recordKey === key) store.setState({ summary: (res as { summary?: AccountSummary } | undefined)?.summary ?? null });
      })
      .catch(() => undefined);
  };
  const watchRecord = (account: string | undefined) => {
    recordKey = account ? accountStorageKey(account) : null;
    store.setState({ record: null, summary: null });
    if (!recordKey) return;
    const key = recordKey;
    void browser.storage.local.get(key).then((v) => {
      if (recordKey === key) store.setState({ record: (v[key] as AccountRecord) ?? null });
    });
    refreshSummary();
  };
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    if (recordKey && changes[recordKey]) {
      store.setState({ record: (changes[recordKey]!.newValue as AccountRecord) ?? null });
      refreshSummary();
    }
    if (changes[KEYS.settings]) {
      refreshSummary();
      store.setState({ settings: sanitizeSettings(changes[KEYS.settings]!.newValue, UI_LANGS) });
      void loadTranslator().then((tr) => store.setState({ tr })).catch(() => undefined);
    }
  };
  browser.storage.onChanged.addListener(onStorage);

  async function onRoute(href: string) {
    if (ctx.isInvalid) return; // orphaned: invalidation removes the overlay, nothing else to do
    const match = detectPage(href);
    const key = match ? `${match.page}|${match.account ?? ''}` : '';
    if (key === routeKey) return;
    routeKey = key;
    routeCtl?.abort();
    const ctl = (routeCtl = new AbortController());
    void send({ type: 'detected', url: href, match });
    if (!match) {
      recordKey = null;
      store.setState({ match: null, result: null, record: null, summary: null, open: false });
      if (ui && mounted) {
        ui.remove();
        mounted = false;
      }
      return;
    }
    store.setState({ match, phase: 'waiting', result: null, open: store.getState().open && store.getState().match?.account === match.account });
    const u = await getUi();
    if (ctl.signal.aborted || ctx.isInvalid) return;
    if (!mounted) {
      u.mount();
      mounted = true;
    }
    setHostAttrs(match);
    watchRecord(match.account);

    const kitName = kitFor(match.page);
    const kit = kitName ? await loadKit(kitName) : null;
    if (!kitName) store.setState({ kit: null });
    if (ctl.signal.aborted || ctx.isInvalid) return;
    const reader = kit?.readers.find((r) => r.pages.includes(match.page)) ?? genericReader;
    const ok = await waitUntil(document.body, () => reader.ready(document), ctl.signal, READ_TIMEOUT_MS);
    if (ctl.signal.aborted || ctx.isInvalid) return;
    const result = safeRead(reader, document, { url: new URL(href), match, now: Date.now() });
    if (!result.name && result.error !== 'reader-failed') {
      const name = readHeaderName(document, match, new URL(href));
      if (name) result.name = name;
    }
    store.setState({ result, phase: ok ? 'read' : 'timeout' });
    if (result.account && result.account !== match.account) {
      setHostAttrs(match, result.account);
      watchRecord(result.account);
    }
    await send({ type: 'report', url: href, match, result });
  }

  // The host lives directly under <html>, outside <body>: a host that rebuilds or transforms <body> (a
  // `transform`/`filter` there would make our `position: fixed` relative to the body) cannot move or drop it. If
  // the page removes it anyway, it is put back (one childList observer on <html>, no subtree: cheap).
  const reattach = () => {
    const host = ui?.shadowHost;
    if (mounted && host && !host.isConnected) document.documentElement.append(host);
  };
  const rootWatcher = new MutationObserver(reattach);
  rootWatcher.observe(document.documentElement, { childList: true });
  // An orphaned copy gets no event at all: a once-a-second `runtime.id` check (WXT's ctx.setInterval runs it) lets
  // WXT invalidate the context, which removes the overlay and every listener registered through ctx.
  ctx.setInterval(() => undefined, 1000);
  ctx.onInvalidated(() => {
    rootWatcher.disconnect();
    routeCtl?.abort();
    browser.storage.onChanged.removeListener(onStorage);
  });

  void browser.storage.local.get(KEYS.settings).then((v) => store.setState({ settings: sanitizeSettings(v[KEYS.settings], UI_LANGS) }));
  void loadTranslator()
    .then((tr) => store.setState({ tr }))
    .catch(() => undefined);

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void onRoute(newUrl.href));
  // Back/forward and replaceState are covered by the Navigation API `navigate` event WXT listens to; popstate
  // is a second, cheap signal for engines without it.
  ctx.addEventListener(window, 'popstate', () => void onRoute(location.href));
  void onRoute(location.href);
}
