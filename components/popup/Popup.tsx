/**
 * Popup: the current tab's account first (state, score, top findings, the one next action with a link to the
 * page where it is fixed), then every other account by urgency. Empty and first-run states explain what to do.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useStore } from '../../utils/ui/store';
import type { createPopupStore } from '../../utils/ui/popup-data';
import type { Finding } from '../../utils/rules/types';
import { urlFor } from '../../utils/pages/urls';
import type { Translator } from '../../utils/i18n';
import { Mark } from '../common/Mark';
import { FindingList, resolveParams } from '../common/FindingList';
import type { Current } from './current';

/** The popup lists the most urgent accounts; the dashboard has all of them. */
const MAX_OTHERS = 8;

function NextAction({ tr, findings, account }: { tr: Translator; findings: Finding[]; account: string }) {
  const next = findings.find((f) => f.status !== 'pass' && f.fix);
  if (!next?.fix) return null;
  const href = urlFor(next.fix.page, account.startsWith(next.fix.page.split('.')[0] + ':') ? account : null);
  return (
    <div class="adr-next" data-testid="next-action">
      <span class="adr-next-label">{tr.t('popup.nextAction')}</span>
      <span>{tr.t(next.message, resolveParams(tr, next.params))}</span>
      {href ? (
        <a class="adr-btn" href={href} target="_blank" rel="noreferrer noopener" data-testid="next-action-link">
          {tr.t('popup.openFix', { page: tr.t(`page.${next.fix.page}`) })}
        </a>
      ) : null}
    </div>
  );
}

export function Popup({ store, current }: { store: ReturnType<typeof createPopupStore>; current: Promise<Current> }) {
  const { tr, index, view, settings, loaded } = useStore(store, (s) => s);
  const [cur, setCur] = useState<Current | null>(null);

  const [notif, setNotif] = useState<boolean | null>(null);
  useEffect(() => {
    void current.then(setCur).catch(() => setCur({ match: null, account: null, fallback: false }));
    void browser.permissions?.contains({ permissions: ['notifications'] }).then(setNotif).catch(() => setNotif(null));
  }, []);
  const currentKey = cur?.account ?? null;
  useEffect(() => store.showAccount(currentKey), [currentKey]);
  const others = useMemo(() => (index?.urgent ?? []).filter((e) => e.key !== currentKey).slice(0, MAX_OTHERS), [index, currentKey]);
  const total = index?.total ?? 0;
  const othersTotal = total - (currentKey && view ? 1 : 0);
  if (!tr || !loaded || !cur) return <div class="adr-popup" aria-busy="true" />;

  const currentItem = view && view.entry.key === currentKey ? view.entry : undefined;
  const findings = currentItem ? view!.findings : [];
  const currentState = currentItem?.readiness ?? 'unknown';

  const openDashboard = () => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  const askNotifications = async () => {
    const ok = await browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
    setNotif(ok);
    if (ok) await browser.storage.local.set({ settings: { ...settings, notifications: true } });
  };

  return (
    <div class="adr-popup">
      <header class="adr-popup-head">
        <Mark size={22} />
        <h1>{tr.t('popup.title')}</h1>
        <button type="button" class="adr-btn adr-btn-quiet" onClick={openDashboard} data-testid="open-dashboard">
          {tr.t('popup.dashboard')}
        </button>
      </header>
      <section class="adr-card adr-current" aria-labelledby="adr-cur-h" data-testid="current">
        <h2 id="adr-cur-h" class="adr-eyebrow">{tr.t('popup.current')}</h2>
        {cur.match ? (
          <>
            <p class="adr-cur-page" data-testid="current-page" data-page={cur.match.page}>
              {tr.t(`site.${cur.match.site}`)} · {tr.t(`page.${cur.match.page}`)}
            </p>
            {currentKey ? (
              <p class="adr-cur-name" data-testid="current-account" data-account={currentKey} title={currentKey}>
                {currentItem?.name ?? currentKey.split(':').pop()}
              </p>
            ) : (
              <p class="adr-muted">{tr.t('popup.pageOnly', { page: tr.t(`page.${cur.match.page}`) })}</p>
            )}
          </>
        ) : (
          <p class="adr-muted" data-testid="current-none">
            {total ? tr.t('popup.noneCurrent') : tr.t('popup.firstRun')}
          </p>
        )}
        {cur.match && currentKey ? (
          <div class={`adr-readiness adr-r-${currentState}`} data-testid="readiness" data-state={currentState} role="status">
            <strong>{tr.t(`state.${currentState}`)}</strong>
            {currentItem ? <span class="adr-score">{tr.t('overlay.score', { score: currentItem.score })}</span> : null}
          </div>
        ) : null}
        {currentItem && currentKey ? (
          <>
            <NextAction tr={tr} findings={findings} account={currentKey} />
            <FindingList tr={tr} findings={findings} limit={3} showFix={false} />
            {!findings.length ? <p class="adr-muted">{tr.t('popup.noFindings')}</p> : null}
          </>
        ) : null}
      </section>
      {others.length ? (
        <section class="adr-card" aria-labelledby="adr-oth-h">
          <h2 id="adr-oth-h" class="adr-eyebrow">
            {tr.t('popup.others')} · {tr.tn('popup.accountCount', othersTotal)}
          </h2>
          <ul class="adr-acc-list" data-testid="others">
            {others.map((e) => (
              <li key={e.key} data-account={e.key} data-state={e.readiness}>
                <span class={`adr-dot adr-dot-${e.readiness}`} aria-hidden="true" />
                <span class="adr-acc-text">
                  <span class="adr-acc-name" title={e.key}>{e.name ?? e.key.split(':').pop()}</span>
                  <span class="adr-acc-site">{tr.t(`site.${e.site}`)}</span>
                </span>
                <span class="adr-acc-state">{tr.t(`state.${e.readiness}`)}</span>
              </li>
            ))}
          </ul>
          {othersTotal > others.length ? (
            <button type="button" class="adr-btn adr-btn-quiet adr-more" onClick={openDashboard} data-testid="more-accounts">
              {tr.tn('popup.moreAccounts', othersTotal - others.length)}
            </button>
          ) : null}
        </section>
      ) : null}
      {notif === false ? (
        <button type="button" class="adr-btn adr-btn-quiet adr-notif" onClick={() => void askNotifications()} data-testid="enable-notifications">
          {tr.t('popup.enableNotifications')}
        </button>
      ) : null}
    </div>
  );
}
