import type { Translator } from '../../utils/i18n';
import { useEffect, useState } from 'preact/hooks';
import type { Settings as S } from '../../utils/store/schema';
import type { AccountRecord } from '../../utils/facts/types';
import { loadRecord } from '../../utils/ui/data';
import { RULES } from '../../utils/rules';
import { summarize } from '../../utils/rules/engine';
import type { FactKey } from '../../utils/facts/types';
import { FindingList } from '../common/FindingList';
import { isStale } from '../../utils/rules/engine';
import { urlFor } from '../../utils/pages/urls';
import { formatFactValue } from './format';

export function AccountDetail({ tr, accountKey, seen, settings, onBack }: { tr: Translator; accountKey: string; seen: number; settings: S; onBack(): void }) {
  const [r, setR] = useState<AccountRecord | null | undefined>(undefined);
  useEffect(() => {
    void loadRecord(accountKey).then(setR);
  }, [accountKey, seen]);
  if (r === undefined) return <section class="adr-detail" aria-busy="true" />;
  if (!r) {
    return (
      <section class="adr-detail">
        <p>{tr.t('dash.notFound')}</p>
        <button type="button" class="adr-btn adr-btn-quiet" onClick={onBack}>
          {tr.t('dash.back')}
        </button>
      </section>
    );
  }
  const now = Date.now();
  const s = summarize(RULES, r, settings, now);
  const facts = Object.values(r.facts).filter(Boolean);
  const unreadable = Object.entries(r.unreadable ?? {});
  return (
    <section class="adr-detail" data-testid="account-detail" data-account={r.key}>
      <button type="button" class="adr-btn adr-btn-quiet adr-noprint" onClick={onBack}>
        ← {tr.t('dash.back')}
      </button>
      <h2>{r.name ?? r.key.split(':').pop()}</h2>
      <p class="adr-id">
        {tr.t(`site.${r.site}`)} · {r.key} · {tr.t('popup.lastSeen', { when: tr.relative(r.lastSeen, now) })}
      </p>
      <div class={`adr-readiness adr-r-${s.readiness}`} data-testid="detail-readiness" data-state={s.readiness}>
        <strong>{tr.t(`state.${s.readiness}`)}</strong>
        <span class="adr-score">{tr.t('overlay.score', { score: s.score })}</span>
      </div>
      {s.missingCore.length ? (
        <p class="adr-muted">{tr.t('dash.missingCore', { facts: s.missingCore.map((k) => tr.t(`fact.${k}`)).join(', ') })}</p>
      ) : null}
      <h3>{tr.t('dash.findings')}</h3>
      <FindingList tr={tr} findings={s.findings} />
      {s.findings.some((f) => f.fix) ? (
        <ul class="adr-muted">
          {[...new Set(s.findings.filter((f) => f.fix && f.status !== 'pass').map((f) => f.fix!.page))].map((p) => {
            const href = urlFor(p, r.key.startsWith(p.split('.')[0] + ':') ? r.key : null);
            return href ? (
              <li key={p}>
                <a href={href} target="_blank" rel="noreferrer noopener">
                  {tr.t('popup.openFix', { page: tr.t(`page.${p}`) })}
                </a>
              </li>
            ) : null;
          })}
        </ul>
      ) : null}
      <h3>{tr.t('dash.facts')}</h3>
      <table class="adr-facts" data-testid="facts-table">
        <thead>
          <tr>
            <th>{tr.t('dash.fact')}</th>
            <th>{tr.t('dash.value')}</th>
            <th>{tr.t('dash.readOn')}</th>
            <th>{tr.t('dash.readAt')}</th>
          </tr>
        </thead>
        <tbody>
          {facts.map((f) => (
            <tr key={f!.key} data-fact={f!.key}>
              <td>{tr.t(`fact.${f!.key}`)}</td>
              <td>{formatFactValue(tr, f!.key as FactKey, f!.value)}</td>
              <td>{tr.t(`page.${f!.page}`)}</td>
              <td>
                {tr.date(f!.readAt, { dateStyle: 'medium', timeStyle: 'short' })}
                {f!.source === 'page' && isStale(f!.key as FactKey, f!.readAt, now, settings) ? <span class="adr-muted"> · {tr.t('dash.stale')}</span> : null}
                {f!.source === 'user' ? <span class="adr-muted"> · {tr.t('dash.byYou')}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unreadable.length ? (
        <>
          <h3>{tr.t('overlay.couldNotRead')}</h3>
          <ul>
            {unreadable.map(([page, keys]) => (
              <li key={page}>
                {tr.t(`page.${page}`)}: {(keys ?? []).map((k) => tr.t(`fact.${k}`)).join(', ')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
