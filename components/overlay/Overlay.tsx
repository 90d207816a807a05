/**
 * The overlay: a collapsed pill (mark + localized page name + state dot) that opens a panel with the help that
 * fits the page. Keyboard reachable, Esc closes and returns focus to the pill, never steals focus on load.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useStore } from '../../utils/ui/store';
import type { OverlayStore } from '../../utils/content/runtime';
import { Mark } from '../common/Mark';
import { FindingList } from '../common/FindingList';
import { browser } from 'wxt/browser';

export function Overlay({ store, onOpenDashboard }: { store: OverlayStore; onOpenDashboard(): void }) {
  const s = useStore(store, (x) => x);
  const pillRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const slotRef = useRef<HTMLDivElement>(null);
  const { tr, match, record, result, settings, open, phase, summary, kit } = s;

  // Focus moves into the panel when it opens, and back to the pill when the user closes it (Esc, ×) — only then:
  // a panel closed by a navigation must not take focus from the page. A layout effect, so focus never falls to the
  // host's <body> in between (the keyup of the Enter / Esc that toggled us would reach the host's listeners).
  const restoreFocus = useRef(false);
  useLayoutEffect(() => {
    if (open) panelRef.current?.focus();
    else if (restoreFocus.current) pillRef.current?.focus();
    restoreFocus.current = false;
  }, [open]);

  const account = result?.account ?? match?.account;
  const hasPanel = !!(kit && match && kit.panelPages.includes(match.page));
  // The page's panel is rendered by the site kit (its own Preact tree) into a slot of ours.
  useEffect(() => {
    const el = slotRef.current;
    if (!el || !kit || !hasPanel || !tr || !match) return;
    kit.renderPanel(el, {
      tr,
      match,
      result,
      record,
      summary,
      settings,
      now: Date.now(),
      onTick: (item, value) => {
        if (account) void browser.runtime.sendMessage({ type: 'tick', account, item, value }).catch(() => undefined);
      },
    });
  });
  useEffect(() => {
    const el = slotRef.current;
    return () => {
      if (el && kit) kit.renderPanel(el, null);
    };
  }, [kit, open, match?.page]);

  if (!tr || !match) return null;
  const state = summary?.readiness ?? 'unknown';
  const close = () => {
    restoreFocus.current = true;
    store.setState({ open: false });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  };
  const pageName = tr.t(`page.${match.page}`);
  const unreadable = result?.unreadable ?? [];

  return (
    <div class="adr-overlay" data-state={state} onKeyDown={onKeyDown}>
      {!open ? (
        <button
          ref={pillRef}
          type="button"
          class="adr-pill"
          data-testid="pill"
          aria-expanded="false"
          aria-label={tr.t('overlay.open', { page: pageName })}
          onClick={() => store.setState({ open: true })}
        >
          <Mark size={18} />
          <span class="adr-pill-text">{pageName}</span>
          <span class={`adr-dot adr-dot-${state}`} aria-hidden="true" />
        </button>
      ) : (
        <div
          ref={panelRef}
          class="adr-panel"
          role="dialog"
          aria-modal="false"
          aria-labelledby="adr-title"
          tabIndex={-1}
          data-testid="panel"
        >
          <header class="adr-head">
            <Mark size={22} />
            <div class="adr-head-text">
              <h2 id="adr-title">{pageName}</h2>
              <p class="adr-account" title={record?.name ?? undefined}>
                {record?.name ?? result?.name ?? (match.account ? match.account.split(':').pop() : tr.t('overlay.noAccount'))}
              </p>
            </div>
            <button type="button" class="adr-icon-btn" aria-label={tr.t('overlay.close')} onClick={close} data-testid="close">
              ×
            </button>
          </header>
          <div class="adr-body">
            <section class={`adr-state adr-state-${state}`} aria-live="polite" data-testid="overlay-state" data-state={state}>
              <strong>{tr.t(`state.${state}`)}</strong>
              {summary ? <span class="adr-score">{tr.t('overlay.score', { score: summary.score })}</span> : null}
              {phase === 'waiting' ? <span class="adr-muted">{tr.t('overlay.reading')}</span> : null}
            </section>
            {result?.error ? (
              <p class="adr-warnbox" role="status" data-testid="read-error">
                {tr.t(result.error === 'no-label-table' ? 'overlay.noLabelTable' : 'overlay.readerFailed')}
              </p>
            ) : null}
            {hasPanel ? <div ref={slotRef} class="adr-panel-slot" data-testid="panel-slot" /> : null}
            {summary ? <FindingList tr={tr} findings={summary.findings.filter((f) => f.status !== 'pass')} /> : null}
            {unreadable.length ? (
              <section class="adr-unreadable" data-testid="unreadable">
                <h3>{tr.t('overlay.couldNotRead')}</h3>
                <ul>
                  {unreadable.map((k) => (
                    <li key={k} data-fact={k}>
                      {tr.t(`fact.${k}`)}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {!hasPanel && !summary?.findings.length && !unreadable.length && phase !== 'waiting' ? (
              <p class="adr-muted">{tr.t('overlay.nothingToReport')}</p>
            ) : null}
          </div>
          <footer class="adr-foot">
            <button type="button" class="adr-link-btn" onClick={onOpenDashboard} data-testid="open-dashboard">
              {tr.t('overlay.openDashboard')}
            </button>
            <span class="adr-muted adr-local">{tr.t('overlay.localOnly')}</span>
          </footer>
        </div>
      )}
    </div>
  );
}
